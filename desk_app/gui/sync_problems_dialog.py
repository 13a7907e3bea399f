"""What sync set aside so that the rest goes on: changes the provincial system refused, with its
reason, and records from the province this desk could not use.

The officer reads why, opens the dossier, and sends a refused change again once it is put right; a
record from the province is for its operator to mend, and stays listed so that it is seen.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QTableWidgetItem, QWidget

from desk_app.clock import LOCAL_TZ
from desk_app.gui.forms.ui_sync_problems_dialog import Ui_SyncProblemsDialog
from desk_app.gui.labels import translated
from desk_app.gui.messages import problem_text
from desk_app.gui.sync_controller import SyncController
from desk_app.services.sync import SyncProblem, SyncService

_KINDS = {"dossier.intake": QT_TRANSLATE_NOOP("SyncProblemsDialog", "Tiếp nhận hồ sơ"),
          "dossier.status": QT_TRANSLATE_NOOP("SyncProblemsDialog", "Chuyển trạng thái")}


class SyncProblemsDialog(QDialog):
    open_dossier = Signal(str)

    def __init__(self, sync: SyncService, controller: SyncController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._sync = sync
        self._controller = controller
        self._problems: list[SyncProblem] = []
        self.form = Ui_SyncProblemsDialog()
        self.form.setupUi(self)
        table = self.form.problemsTable
        table.setColumnCount(4)
        table.setHorizontalHeaderLabels([self.tr("Mã hồ sơ"), self.tr("Thay đổi"), self.tr("Lúc"),
                                         self.tr("Lý do hệ thống tỉnh từ chối")])
        table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().hide()
        self.form.problemsButtons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Đóng"))
        self.form.problemsButtons.rejected.connect(self.reject)
        self.form.problemsOpen.clicked.connect(self._open)
        self.form.problemsRetry.clicked.connect(self._retry)
        table.itemSelectionChanged.connect(self._selection_changed)
        self.reload()

    def reload(self) -> None:
        self._controller.run(self._sync.problems, self._show)

    def _show(self, problems: list[SyncProblem]) -> None:
        self._problems = problems
        table = self.form.problemsTable
        table.setRowCount(len(problems))
        for row, problem in enumerate(problems):
            when = problem.at.astimezone(LOCAL_TZ).strftime("%H:%M %d/%m/%Y") if problem.at else ""
            what = (translated("SyncProblemsDialog", _KINDS.get(problem.kind, problem.kind)) if problem.retryable
                    else self.tr("Bản ghi từ hệ thống tỉnh ({kind})").format(kind=problem.kind))
            for column, text in enumerate((problem.dossier_code or "", what, when, problem_text(problem))):
                table.setItem(row, column, QTableWidgetItem(text))
        table.resizeColumnsToContents()
        table.resizeRowsToContents()
        if problems:
            table.selectRow(0)
        self._selection_changed()

    def _selected(self) -> SyncProblem | None:
        rows = self.form.problemsTable.selectionModel().selectedRows()
        return self._problems[rows[0].row()] if rows else None

    def _selection_changed(self) -> None:
        selected = self._selected()
        self.form.problemsOpen.setEnabled(selected is not None and bool(selected.dossier_code))
        self.form.problemsRetry.setEnabled(selected is not None and selected.retryable)

    def _open(self) -> None:
        problem = self._selected()
        if problem is not None and problem.dossier_code:
            self.open_dossier.emit(problem.dossier_code)
            self.accept()

    def _retry(self) -> None:
        problem = self._selected()
        if problem is not None and problem.retryable:
            self._controller.run(lambda: self._sync.retry(problem.op_id), lambda _: self.reload())
