"""The intake's checklist of papers, as the law lists them, driven by the keyboard.

One row per paper of the procedure. Space ticks a paper handed in (for a paper only shown: shown
and given back). A paper needed only in a case has three states, in the order Space walks them:
its case does not apply (nothing asked), handed in, and "the case applies but the paper is
missing" (so that a request to complete names it). Alternatives are marked as such; one of them is
enough. R, or the button, marks an original handed in to be returned with the result.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QListWidget, QListWidgetItem

from desk_app.domain.catalogue import DocumentKind, RequiredDocument
from desk_app.domain.papers import Given, Paper
from desk_app.gui.labels import label

RETURN_ROLE = Qt.ItemDataRole.UserRole + 1
ALTERNATIVE_ROLE = Qt.ItemDataRole.UserRole + 2
"""A paper of a group after its first: shown as "or"."""


class PaperList(QObject):
    changed = Signal()
    """A paper's state changed: the screen checks what is still missing."""

    def __init__(self, widget: QListWidget) -> None:
        super().__init__(widget)
        self.widget = widget
        widget.itemChanged.connect(self._item_changed)
        widget.installEventFilter(self)

    def show(self, documents: tuple[RequiredDocument, ...]) -> None:
        self.widget.clear()
        seen_groups: set[str] = set()
        self.widget.blockSignals(True)
        for document in documents:
            item = QListWidgetItem()
            flags = item.flags() | Qt.ItemFlag.ItemIsUserCheckable
            if document.case:
                flags |= Qt.ItemFlag.ItemIsUserTristate
            item.setFlags(flags)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setData(Qt.ItemDataRole.UserRole, document)
            item.setData(RETURN_ROLE, document.return_original)
            alternative = bool(document.group) and document.group in seen_groups
            seen_groups.add(document.group)
            item.setData(ALTERNATIVE_ROLE, alternative)
            if document.group:
                item.setToolTip(QCoreApplication.translate("PaperList", "Một trong các giấy tờ nhóm “{group}”: nộp một là đủ.").format(group=document.group))
            self._label(item)
            self.widget.addItem(item)
        self.widget.blockSignals(False)
        if self.widget.count():
            self.widget.setCurrentRow(0)

    def clear(self) -> None:
        self.widget.clear()

    def check_all(self) -> None:
        """Every paper always needed is given; of alternatives, the first unless one is already
        ticked (one is enough, and the citizen hands in one); papers of a case keep what the
        officer said of them."""
        items = [self.widget.item(row) for row in range(self.widget.count())]
        ticked_groups = {item.data(Qt.ItemDataRole.UserRole).group for item in items
                         if item.checkState() == Qt.CheckState.Checked}
        for item in items:
            document: RequiredDocument = item.data(Qt.ItemDataRole.UserRole)
            if document.case:
                continue
            if document.group:
                if document.group in ticked_groups:
                    continue
                ticked_groups.add(document.group)
            item.setCheckState(Qt.CheckState.Checked)

    def toggle_return(self) -> None:
        item = self.widget.currentItem()
        if item is None or item.data(Qt.ItemDataRole.UserRole).kind is not DocumentKind.ORIGINAL \
                or item.data(Qt.ItemDataRole.UserRole).shown:
            return
        item.setData(RETURN_ROLE, not item.data(RETURN_ROLE))
        self._label(item)
        self.changed.emit()

    def papers(self) -> tuple[Paper, ...]:
        return tuple(self._paper(self.widget.item(row)) for row in range(self.widget.count()))

    def any_given(self) -> bool:
        return any(self.widget.item(row).checkState() != Qt.CheckState.Unchecked for row in range(self.widget.count()))

    @staticmethod
    def _paper(item: QListWidgetItem) -> Paper:
        document: RequiredDocument = item.data(Qt.ItemDataRole.UserRole)
        state = item.checkState()
        handed = state == Qt.CheckState.Checked
        given = (Given.SHOWN if document.shown else Given.HANDED) if handed else Given.NONE
        return Paper(document, given, case_applies=bool(document.case) and state != Qt.CheckState.Unchecked,
                     return_original=handed and bool(item.data(RETURN_ROLE)) and document.kind is DocumentKind.ORIGINAL
                     and not document.shown)

    def _item_changed(self, item: QListWidgetItem) -> None:
        self.widget.blockSignals(True)
        self._label(item)
        self.widget.blockSignals(False)
        self.changed.emit()

    def _label(self, item: QListWidgetItem) -> None:
        document: RequiredDocument = item.data(Qt.ItemDataRole.UserRole)
        if document.shown:
            text = QCoreApplication.translate("PaperList", "{name} — xuất trình (đối chiếu, trả lại ngay)").format(name=document.name)
        else:
            text = QCoreApplication.translate("PaperList", "{name} — {kind}, {copies} bản").format(name=document.name, kind=label(document.kind),
                                                             copies=document.copies)
        if item.data(ALTERNATIVE_ROLE):
            text = QCoreApplication.translate("PaperList", "hoặc: {text}").format(text=text)
        if document.case:
            state = item.checkState()
            if state == Qt.CheckState.Unchecked:
                text = QCoreApplication.translate("PaperList", "{text} [{case}: không áp dụng]").format(text=text, case=document.case)
            elif state == Qt.CheckState.PartiallyChecked:
                text = QCoreApplication.translate("PaperList", "{text} [{case}: còn thiếu]").format(text=text, case=document.case)
            else:
                text = QCoreApplication.translate("PaperList", "{text} [{case}]").format(text=text, case=document.case)
        if item.data(RETURN_ROLE) and document.kind is DocumentKind.ORIGINAL and not document.shown:
            text = QCoreApplication.translate("PaperList", "{text} · trả lại bản chính").format(text=text)
        item.setText(text)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        """R marks the current original to be returned; Space walks a case paper's three states in
        the order the officer meets them (not applying, handed in, missing)."""
        if obj is self.widget and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_R and not event.modifiers():
                self.toggle_return()
                return True
            item = self.widget.currentItem()
            if event.key() == Qt.Key.Key_Space and item is not None and item.data(Qt.ItemDataRole.UserRole).case:
                following = {Qt.CheckState.Unchecked: Qt.CheckState.Checked,
                             Qt.CheckState.Checked: Qt.CheckState.PartiallyChecked,
                             Qt.CheckState.PartiallyChecked: Qt.CheckState.Unchecked}
                item.setCheckState(following[item.checkState()])
                return True
        return super().eventFilter(obj, event)
