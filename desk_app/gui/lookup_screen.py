"""Tra cứu hồ sơ: find a dossier by scanned code, ID number, phone or name, reprint its form, and
work on it in the dossier view below the results (gui/dossier_view.py): the hand-over and the
other steps after intake."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import QHeaderView, QWidget

from desk_app.domain.errors import DomainError
from desk_app.gui.forms.ui_lookup_screen import Ui_LookupScreen
from desk_app.gui.change_bus import ChangeBus
from desk_app.gui.dossier_view import DossierView
from desk_app.gui.labels import label
from desk_app.gui.messages import error_text, problem_text, unexpected_text
from desk_app.gui.row_table import RowTableModel
from desk_app.gui.worker import Worker
from desk_app.services.changes import Changes, Kind
from desk_app.services.desk import Desk
from desk_app.services.forms import RenderedForm
from desk_app.services.lookup import DossierDetail, DossierSummary

DATE_TIME = "%H:%M %d/%m/%Y"


class SummaryTableModel(RowTableModel[DossierSummary]):
    HEADERS = (QT_TRANSLATE_NOOP("SummaryTableModel", "Mã hồ sơ"),
               QT_TRANSLATE_NOOP("SummaryTableModel", "Trạng thái"),
               QT_TRANSLATE_NOOP("SummaryTableModel", "Người nộp"),
               QT_TRANSLATE_NOOP("SummaryTableModel", "Số định danh"),
               QT_TRANSLATE_NOOP("SummaryTableModel", "Thủ tục"),
               QT_TRANSLATE_NOOP("SummaryTableModel", "Tiếp nhận"),
               QT_TRANSLATE_NOOP("SummaryTableModel", "Hẹn trả"))

    def cells(self, row: DossierSummary) -> tuple[str, ...]:
        return (
            row.code,
            label(row.status),
            row.applicant_name,
            row.applicant_id_number,
            row.procedure_name,
            row.received_at.strftime(DATE_TIME),
            row.due_at.strftime(DATE_TIME) if row.due_at else "",
        )


class LookupScreen(QWidget):
    reprinted = Signal(object)

    def __init__(self, desk: Desk, operations: Worker, changes: ChangeBus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self._operations = operations
        self.form = Ui_LookupScreen()
        self.form.setupUi(self)
        self._model = SummaryTableModel()
        table = self.form.lookupResults
        table.setModel(self._model)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().hide()
        table.selectionModel().currentRowChanged.connect(lambda current, _: self._selected(current.row()))
        self.form.lookupQuery.returnPressed.connect(self.search)
        self.form.lookupSearch.clicked.connect(self.search)
        self.form.lookupReprint.clicked.connect(self.reprint)
        self.dossier = DossierView(desk, operations, self)
        self.layout().insertWidget(self.layout().indexOf(self.form.lookupDetail) + 1, self.dossier, 2)
        self.dossier.printed.connect(self.reprinted)
        changes.changed.connect(self._changed)
        changes.changed.connect(self.dossier.changed)

    def open_code(self, code: str) -> None:
        """A receipt barcode scanned anywhere lands here with that dossier selected."""
        self.form.lookupQuery.setText(code)
        self.search()

    def _changed(self, changes: Changes) -> None:
        """Dossiers changed (a sync, a save, a retry): search again if one of them is on screen, so
        its status and its sync problem are current."""
        shown = {row.code for row in self._model.rows()}
        if changes.initiator is not self and shown & changes.ids(Kind.DOSSIER):
            self.search()

    def search(self) -> None:
        query = self.form.lookupQuery.text()
        self.form.lookupMessage.setText(self.tr("Đang tìm…"))
        self._operations.run(lambda: self._desk.lookup.find(query), self._found, self._failed, initiator=self)

    def _found(self, rows: list[DossierSummary]) -> None:
        self._model.set_rows(rows)
        self.form.lookupMessage.setText(self.tr("Tìm thấy {n} hồ sơ.").format(n=len(rows)) if rows
                                        else self.tr("Không tìm thấy hồ sơ nào."))
        if rows:
            self.form.lookupResults.selectRow(0)
            self.form.lookupResults.setFocus()
        else:
            self._selected(-1)

    def _selected(self, row: int) -> None:
        summary = self._model.row(row)
        self.form.lookupReprint.setEnabled(summary is not None)
        if summary is None:
            self.form.lookupDetail.clear()
            self.dossier.clear()
            return
        due = summary.due_at.strftime(DATE_TIME) if summary.due_at else "—"
        text = self.tr("{code} · {status}\n{name} — {procedure}\nHẹn trả: {due}").format(
            code=summary.code, status=label(summary.status), name=summary.applicant_name,
            procedure=summary.procedure_name, due=due)
        self.form.lookupDetail.setText(text)
        if self.dossier.shown_code != summary.code:
            self.dossier.show_code(summary.code)
        self._operations.run(lambda: self._desk.lookup.get(summary.code),
                             lambda detail: self._show_sync_problem(summary.code, text, detail), self._failed)

    def _show_sync_problem(self, code: str, text: str, detail: DossierDetail) -> None:
        """A change the province refused stays on the dossier, with its reason, until it is sent again."""
        if detail.sync_problem is not None and self.selected_code() == code:
            self.form.lookupDetail.setText(text + "\n" + self.tr("⚠ Hệ thống tỉnh từ chối: {reason}").format(
                reason=problem_text(detail.sync_problem)))

    def selected_code(self) -> str | None:
        summary = self._model.row(self.form.lookupResults.currentIndex().row())
        return summary.code if summary else None

    def reprint(self) -> None:
        code = self.selected_code()
        if code is None:
            return
        self._operations.run(lambda: self._desk.forms.render(code), self._rendered, self._failed)

    def _rendered(self, rendered: RenderedForm) -> None:
        self.reprinted.emit(rendered)

    def _failed(self, error: BaseException) -> None:
        self.form.lookupMessage.setText(error_text(error) if isinstance(error, DomainError)
                                        else unexpected_text(error))
