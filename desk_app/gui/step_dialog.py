"""A small form for one step of a record (an extension, a withdrawal, a cancellation…): its
fields with their errors under them, saved on the desk's worker; it closes once the save is done."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QWidget,
)

from desk_app.gui.field_errors import FieldErrors
from desk_app.gui.worker import Worker


class StepDialog(QDialog):
    """A small form for one step (an extension, a withdrawal, papers brought, a posting): its fields
    with their errors under them; OK saves on the desk's worker and closes once it is saved."""

    def __init__(self, title: str, operations: Worker, parent: QWidget) -> None:
        super().__init__(parent)
        self._operations = operations
        self.setWindowTitle(title)
        self.setObjectName("stepDialog")
        self._form = QFormLayout(self)
        self._labels: dict[str, QLabel] = {}
        self._fields: dict[str, QWidget] = {}
        self._fallback = QLabel()
        self._fallback.setWordWrap(True)
        self.save: Callable[[], object] = lambda: None
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        self._buttons = buttons

    def _add(self, name: str, caption: str, widget: QWidget) -> None:
        widget.setObjectName(f"step_{name}")
        error = QLabel()
        error.setWordWrap(True)
        self._form.addRow(caption, widget)
        self._form.addRow("", error)
        self._labels[name] = error
        self._fields[name] = widget

    def date_field(self, name: str, caption: str, day: Any) -> QDateEdit:
        edit = QDateEdit(QDate(day) if day is not None else QDate.currentDate())
        edit.setDisplayFormat("dd/MM/yyyy")
        edit.setCalendarPopup(True)
        self._add(name, caption, edit)
        return edit

    def text_field(self, name: str, caption: str) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setTabChangesFocus(True)
        edit.setMaximumHeight(80)
        self._add(name, caption, edit)
        return edit

    def line_field(self, name: str, caption: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setMaxLength(40)
        self._add(name, caption, edit)
        return edit

    def check_list(self, name: str, caption: str, items: list[str]) -> Callable[[], list[str]]:
        widget = QListWidget()
        for text in items:
            item = QListWidgetItem(text)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            widget.addItem(item)
        self._add(name, caption, widget)
        return lambda: [widget.item(i).text() for i in range(widget.count())
                        if widget.item(i).checkState() == Qt.CheckState.Checked]

    def exec(self) -> int:  # noqa: A003 (Qt's name)
        self._form.addRow(self._fallback)
        self._form.addRow(self._buttons)
        return super().exec()

    def reject(self) -> None:
        """Escape or the close button while the save runs would leave it saved and unprinted."""
        if self._buttons.isEnabled():
            super().reject()

    def _accept(self) -> None:
        errors = FieldErrors(self._labels, self._fields, self._fallback)
        errors.reset()
        self._buttons.setEnabled(False)

        def refused(error: BaseException) -> None:
            self._buttons.setEnabled(True)
            errors.refused(error)

        self._operations.run(self.save, lambda _step: self.accept(), refused, initiator=self.parent())
