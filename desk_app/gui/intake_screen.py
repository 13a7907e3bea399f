"""Tiếp nhận hồ sơ: the screen an officer lives in, built for the keyboard and the scanner.

Type a few letters of the procedure and press Enter, scan or type the applicant, tick the papers,
press F9: the dossier is saved durably on the desk worker, then its form is printed. Errors come
back as domain errors and are shown at the field that caused them.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QWidget

from desk_app.domain.catalogue import Procedure
from desk_app.domain.citizen_id import CccdQr, Sex
from desk_app.domain.errors import DomainError, ValidationFailed
from desk_app.domain.text import decimal_comma, format_vnd, lacks_diacritics
from desk_app.gui.change_bus import ChangeBus
from desk_app.gui.field_errors import ERROR_STYLE
from desk_app.gui.forms.ui_intake_screen import Ui_IntakeScreen
from desk_app.gui.guards import discard_confirmed
from desk_app.gui.labels import label, weekday
from desk_app.gui.message_room import WHOLE, keep_room, keep_room_when_hidden, say
from desk_app.gui.messages import error_text, unexpected_text
from desk_app.gui.procedure_list import ProcedureListModel
from desk_app.gui.worker import Worker
from desk_app.services.changes import Changes, Kind
from desk_app.services.desk import Desk
from desk_app.services.forms import RenderedForm
from desk_app.domain.papers import missing_papers
from desk_app.gui.paper_list import PaperList
from desk_app.services.intake import Decision, IntakeRequest, IntakeResult

if TYPE_CHECKING:
    from desk_app.services.appointments import Appointment

log = logging.getLogger(__name__)

WARNING_STYLE = "color: #8a5300; font-weight: bold;"
DUE_STYLE = "font-size: 15pt; font-weight: bold; color: #0b5394;"
DUE_REFRESH_MS = 30_000
FIELD_MESSAGE_LINES = 3
PAPERS_MESSAGE_LINES = 5
PICKUPS_OFFERED = 12
"""Pickup times offered: the first free slots from the due date on (a morning's, on a quiet desk)."""


@dataclass(frozen=True)
class SavedIntake:
    """A committed intake and its form (or why the form could not be made: the save stands)."""

    result: IntakeResult
    rendered: RenderedForm | Exception

    @property
    def changes(self) -> Changes:
        return self.result.changes


class IntakeScreen(QWidget):
    saved = Signal(object, object)

    def __init__(self, desk: Desk, operations: Worker, changes: ChangeBus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self._operations = operations
        self._procedure: Procedure | None = None
        self._saving = False
        self.form = Ui_IntakeScreen()
        self.form.setupUi(self)
        self._model = ProcedureListModel()
        self.form.intakeProcedureList.setModel(self._model)
        self.form.intakeApplicantSex.addItems(["", label(Sex.MALE), label(Sex.FEMALE)])
        self.form.intakeDueDate.setStyleSheet(DUE_STYLE)
        self._error_labels: dict[str, QLabel] = {
            "procedure": self.form.intakeProcedureError,
            "full_name": self.form.intakeApplicantNameError,
            "id_number": self.form.intakeApplicantIdError,
            "birth_date": self.form.intakeApplicantBirthDateError,
            "sex": self.form.intakeApplicantBirthDateError,
            "address": self.form.intakeApplicantAddressError,
            "phone": self.form.intakeApplicantPhoneError,
            "email": self.form.intakeApplicantEmailError,
            "documents": self.form.intakeDocumentError,
            "sets": self.form.intakeDocumentError,
            "reason": self.form.intakeNoteError,
            "return_method": self.form.intakeApplicantAddressError,
        }
        self._focus_for = {
            "procedure": self.form.intakeProcedureSearch,
            "full_name": self.form.intakeApplicantName,
            "id_number": self.form.intakeApplicantId,
            "birth_date": self.form.intakeApplicantBirthDate,
            "sex": self.form.intakeApplicantSex,
            "address": self.form.intakeApplicantAddress,
            "phone": self.form.intakeApplicantPhone,
            "email": self.form.intakeApplicantEmail,
            "documents": self.form.intakeDocumentList,
            "sets": self.form.intakeSets,
            "reason": self.form.intakeNote,
            "pickup": self.form.intakePickupSlot,
        }
        self._pickups_for: tuple[str, datetime] | None = None
        """The procedure and due date the pickup times on offer were read for."""
        for error_label in set(self._error_labels.values()):
            keep_room(error_label, PAPERS_MESSAGE_LINES if error_label is self.form.intakeDocumentError
                      else FIELD_MESSAGE_LINES)
        keep_room(self.form.intakeDueDetail, 2, Qt.AlignmentFlag.AlignVCenter)
        keep_room(self.form.intakeStatus, 2, Qt.AlignmentFlag.AlignVCenter)
        keep_room_when_hidden(self.form.intakeNameConfirmed)
        self._clear_errors()
        self.form.intakeNameConfirmed.hide()
        self.form.intakeProcedureSearch.textChanged.connect(self._search)
        self.form.intakeProcedureSearch.installEventFilter(self)
        self.form.intakeProcedureList.activated.connect(lambda index: self._choose_row(index.row()))
        self.form.intakeProcedureList.clicked.connect(lambda index: self._choose_row(index.row()))
        self.form.intakeApplicantName.textChanged.connect(self._check_name)
        for field in ("id_number", "birth_date", "address", "phone", "email"):
            widget = self._focus_for[field]
            widget.editingFinished.connect(lambda field=field: self._check_field(field))
            widget.textChanged.connect(lambda _text, field=field: self._check_field(field, while_typing=True))
        self.form.intakeApplicantSex.currentIndexChanged.connect(
            lambda _index: self._check_field("sex", while_typing=True))
        self.form.intakeByPost.toggled.connect(lambda _on: self._check_field("address", while_typing=True))
        self.form.intakeNote.textChanged.connect(lambda: self._check_field("reason", while_typing=True))
        self._papers = PaperList(self.form.intakeDocumentList)
        self._papers.changed.connect(self._papers_changed)
        self.form.intakeCheckAll.clicked.connect(self._papers.check_all)
        self.form.intakeReturnOriginal.clicked.connect(self._papers.toggle_return)
        self.form.intakeSaveAndPrint.clicked.connect(lambda: self.submit(Decision.RECEIVE))
        self.form.intakeRequestSupplement.clicked.connect(lambda: self.submit(Decision.SUPPLEMENT))
        self.form.intakeRefuse.clicked.connect(lambda: self.submit(Decision.REFUSE))
        self.form.intakeClear.clicked.connect(self.new_dossier)
        self._due_timer = QTimer(self)
        self._due_timer.setInterval(DUE_REFRESH_MS)
        self._due_timer.timeout.connect(self.refresh_due)
        self._due_timer.start()
        changes.changed.connect(self._changed)
        self._search("")

    # Procedure type-ahead -------------------------------------------------------------------

    def _search(self, text: str) -> None:
        self._model.set_procedures(self._desk.catalogue.search(text))
        if self._model.rowCount():
            self.form.intakeProcedureList.setCurrentIndex(self._model.index(0))

    def _changed(self, changes: Changes) -> None:
        """The catalogue, the calendar or the office hours changed (a sync, an import, the profile):
        the list and the due date follow them."""
        if changes.touches(Kind.CATALOGUE):
            self._search(self.form.intakeProcedureSearch.text())
        if changes.touches(Kind.CATALOGUE) or changes.touches(Kind.CALENDAR) or changes.touches(Kind.PROFILE):
            self.refresh_due()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        """Up/Down move through the matches and Enter picks one, without leaving the search field."""
        if obj is self.form.intakeProcedureSearch and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            view = self.form.intakeProcedureList
            row = view.currentIndex().row()
            if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                step = 1 if event.key() == Qt.Key.Key_Down else -1
                target = max(0, min(self._model.rowCount() - 1, row + step))
                view.setCurrentIndex(self._model.index(target))
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
                self._choose_row(max(row, 0))
                return True
        return super().eventFilter(obj, event)

    def _choose_row(self, row: int) -> None:
        procedure = self._model.procedure(row)
        if procedure is None:
            self._show_error("procedure", self.tr("Không tìm thấy thủ tục phù hợp. Hãy gõ tên hoặc mã khác."))
            return
        self.choose_procedure(procedure)
        self.form.intakeApplicantName.setFocus()

    def choose_procedure(self, procedure: Procedure) -> None:
        self._procedure = procedure
        _take_back(self.form.intakeProcedureError)
        self.form.intakeProcedureChosen.setText(f"{procedure.name} ({procedure.code})")
        processing = (self.tr("giải quyết ngay trong ngày") if procedure.processing_days == 0
                      else self.tr("{days} ngày làm việc").format(days=decimal_comma(procedure.processing_days)))
        cutoff = (self.tr(" · nhận sau {time} tính từ ngày làm việc tiếp theo").format(
            time=procedure.cutoff.strftime("%H:%M")) if procedure.cutoff else "")
        self.form.intakeProcedureInfo.setText(
            self.tr("{field} · {level} · Thời hạn: {processing}{cutoff}").format(
                field=procedure.field, level=procedure.level, processing=processing, cutoff=cutoff))
        fee = procedure.fee_total_vnd
        self.form.intakeFee.setText(self.tr("Phí, lệ phí: {amount}").format(amount=format_vnd(fee)) if fee
                                    else self.tr("Không thu phí, lệ phí"))
        self._papers.show(procedure.documents)
        self.refresh_due()

    def _offer_pickups(self, code: str, due_at: datetime) -> None:
        """The first free slots from the due date on, read on the worker whenever the procedure or
        the due date changes; none chosen unless the officer picks one."""
        if self._pickups_for == (code, due_at):
            return
        self._pickups_for = (code, due_at)

        def offered(slots: list) -> None:
            if self._pickups_for != (code, due_at):
                return
            combo = self.form.intakePickupSlot
            chosen = combo.currentData()
            combo.clear()
            combo.addItem(self.tr("Không hẹn giờ"), None)
            for slot in slots:
                combo.addItem(f"{slot.starts_at:%H:%M}–{slot.ends_at:%H:%M} {weekday(slot.starts_at)} "
                              f"{slot.starts_at:%d/%m}", slot.starts_at)
            combo.setCurrentIndex(max(0, combo.findData(chosen)) if chosen is not None else 0)

        self._operations.run(lambda: self._desk.appointments.free_after(code, due_at, PICKUPS_OFFERED), offered,
                             lambda _error: offered([]))

    def refresh_due(self) -> None:
        """The due date moves as the clock passes a cut-off or the end of office hours."""
        if self._procedure is None:
            self.form.intakeDueDate.setText("—")
            self.form.intakeDueDetail.clear()
            return
        plan = self._desk.intake.plan_due(self._procedure)
        self._offer_pickups(self._procedure.code, plan.due_at)
        self.form.intakeDueDate.setText(plan.due_at.strftime("%d/%m/%Y"))
        detail = self.tr("lúc {time}").format(time=plan.due_at.strftime("%H:%M"))
        if plan.counted_from > plan.received_at:
            detail += self.tr(" · thời hạn tính từ {start}").format(
                start=plan.counted_from.strftime(self.tr("%H:%M ngày %d/%m/%Y")))
        self.form.intakeDueDetail.setText(detail)

    # Applicant -------------------------------------------------------------------------------

    def has_work(self) -> bool:
        """The form holds something of a citizen's that a clear would lose (a procedure chosen
        alone does not count: the usual order picks it, then scans the card)."""
        form = self.form
        typed = any(field.text().strip() for field in (
            form.intakeApplicantName, form.intakeApplicantId, form.intakeApplicantBirthDate,
            form.intakeApplicantAddress, form.intakeApplicantPhone, form.intakeApplicantEmail))
        return typed or self._papers.any_given() or bool(form.intakeNote.toPlainText().strip())

    def new_dossier(self) -> bool:
        """Ctrl+N: a fresh form, once the officer agrees to drop what this one holds."""
        if self.has_work() and not discard_confirmed(self):
            return False
        self.clear()
        return True

    def fill_from_qr(self, qr: CccdQr) -> bool:
        """A CCCD QR fills the applicant; the officer still checks what the card says. Another
        citizen's card over a form that already holds an applicant asks first; False when the
        officer kept the form."""
        form = self.form
        holder = form.intakeApplicantId.text().strip() or form.intakeApplicantName.text().strip()
        if holder and form.intakeApplicantId.text().strip() != qr.id_number:
            if not discard_confirmed(self):
                return False
            procedure, search = self._procedure, form.intakeProcedureSearch.text()
            self.clear()
            if procedure is not None:
                form.intakeProcedureSearch.setText(search)
                self.choose_procedure(procedure)
        form.intakeApplicantName.setText(qr.full_name)
        form.intakeApplicantId.setText(qr.id_number)
        form.intakeApplicantBirthDate.setText(qr.birth_date.strftime("%d/%m/%Y"))
        form.intakeApplicantSex.setCurrentIndex(1 if qr.sex.value == "male" else 2)
        form.intakeApplicantAddress.setText(qr.address)
        for field in ("full_name", "id_number", "birth_date", "address"):
            _take_back(self._error_labels[field])
        self._check_name(qr.full_name)
        form.intakeApplicantPhone.setFocus()
        return True

    def start_from_appointment(self, appointment: Appointment) -> None:
        """A booked citizen at the counter: a fresh form with what they gave when booking, the
        procedure chosen when this desk's catalogue has it; the officer goes on from the first
        field the booking left empty."""
        self.clear()
        form = self.form
        form.intakeApplicantName.setText(appointment.applicant_name)
        form.intakeApplicantId.setText(appointment.applicant_id_number)
        form.intakeApplicantPhone.setText(appointment.applicant_phone)
        form.intakeApplicantEmail.setText(appointment.applicant_email)
        try:
            procedure = self._desk.catalogue.get(appointment.procedure_code)
            form.intakeProcedureSearch.setText(procedure.code)
            self.choose_procedure(procedure)
        except DomainError as error:
            form.intakeProcedureSearch.setText(appointment.procedure_name)
            self._show_error("procedure", error_text(error))
            form.intakeProcedureSearch.setFocus()
            return
        empty = next((field for field in (form.intakeApplicantId, form.intakeApplicantAddress)
                      if not field.text()), form.intakeApplicantBirthDate)
        empty.setFocus()

    def _check_name(self, text: str) -> None:
        label = self.form.intakeApplicantNameError
        confirm = self.form.intakeNameConfirmed
        self._check_field("full_name", while_typing=True)
        if text.strip() and lacks_diacritics(text):
            label.setStyleSheet(WARNING_STYLE)
            say(label, self.tr("Họ tên không có dấu: hãy đối chiếu và sửa theo thẻ căn cước trước khi lưu."))
            confirm.setChecked(False)
            confirm.show()
        else:
            if confirm.isVisible():
                _take_back(label)
            confirm.setChecked(False)
            confirm.hide()

    def _check_field(self, field: str, while_typing: bool = False) -> None:
        """Say what is wrong with a field as soon as the officer leaves it, not only at F9; and take a
        message back the moment it stops being true, while the officer is still typing."""
        if self._saving:
            return
        error_label = self._error_labels[field]
        if while_typing and error_label.styleSheet() != ERROR_STYLE:
            return
        widget = self._focus_for.get(field)
        if not while_typing and (widget is None or not widget.text().strip()):
            return
        decision = Decision.REFUSE if field == "reason" else Decision.RECEIVE
        errors = self._desk.intake.field_errors(self.request(decision))
        sharing = [name for name, shown in self._error_labels.items() if shown is error_label and name in errors]
        if while_typing and sharing:
            still = {error_text(errors[name]) for name in sharing}
            if not still < set((error_label.property(WHOLE) or "").split("\n")):
                return
        _take_back(error_label)
        for name in sharing:
            self._show_error(name, error_text(errors[name]))

    # Documents -------------------------------------------------------------------------------

    def tick_all_papers(self) -> None:
        """F7: what the citizen handed in, in one key; the focus then rests on the list, where Space
        settles a paper of a case and R marks an original to give back."""
        self._papers.check_all()
        self.form.intakeDocumentList.setFocus()

    def _papers_changed(self) -> None:
        """The error under the checklist goes as soon as nothing is missing any more."""
        if not missing_papers(self._papers.papers()):
            _take_back(self.form.intakeDocumentError)

    # Save and print --------------------------------------------------------------------------

    def request(self, decision: Decision) -> IntakeRequest:
        form = self.form
        sex_index = form.intakeApplicantSex.currentIndex()
        return IntakeRequest(
            procedure_code=self._procedure.code if self._procedure else "",
            full_name=form.intakeApplicantName.text(),
            id_number=form.intakeApplicantId.text(),
            birth_date=form.intakeApplicantBirthDate.text(),
            sex={1: "male", 2: "female"}.get(sex_index, ""),
            address=form.intakeApplicantAddress.text(),
            phone=form.intakeApplicantPhone.text(),
            email=form.intakeApplicantEmail.text(),
            documents=self._papers.papers(),
            sets=form.intakeSets.value(),
            note=form.intakeNote.toPlainText() if decision is Decision.RECEIVE else "",
            return_method="post" if form.intakeByPost.isChecked() else "desk",
            decision=decision,
            reason=form.intakeNote.toPlainText() if decision is not Decision.RECEIVE else "",
            accept_name_without_diacritics=form.intakeNameConfirmed.isChecked(),
            pickup_at=form.intakePickupSlot.currentData() if decision is Decision.RECEIVE else None,
        )

    def submit(self, decision: Decision) -> None:
        """Save on the desk worker, then render the form there too; print only after the commit."""
        if self._saving:
            return
        self._clear_errors()
        if self._procedure is None:
            self._show_error("procedure", self.tr("Hãy chọn thủ tục hành chính trước khi lưu."))
            self.form.intakeProcedureSearch.setFocus()
            return
        request = self.request(decision)
        desk = self._desk

        def work() -> SavedIntake:
            result = desk.intake.submit(request)
            try:
                return SavedIntake(result, desk.forms.render(result.code))
            except Exception as error:  # the dossier is saved: say the print failed, never save it twice
                log.exception("rendering the form of %s failed", result.code)
                return SavedIntake(result, error)

        self._set_saving(True)
        say(self.form.intakeStatus, self.tr("Đang lưu hồ sơ…"))
        self._operations.run(work, self._saved, self._failed, initiator=self)

    def _saved(self, outcome: SavedIntake) -> None:
        result, rendered = outcome.result, outcome.rendered
        self._set_saving(False)
        self.clear()
        if isinstance(rendered, Exception):
            self.form.intakeStatus.setStyleSheet(ERROR_STYLE)
            say(self.form.intakeStatus, self.tr(
                "Đã lưu hồ sơ {code} nhưng chưa in được phiếu ({detail}). In lại ở màn hình Tra cứu (F3)."
            ).format(code=result.code, detail=rendered))
            return
        saved = self.tr("Đã lưu hồ sơ {code} ({status}).").format(code=result.code, status=label(result.status))
        if result.pickup_number:
            saved += " " + self.tr("Đã hẹn giờ nhận kết quả, số lịch hẹn {number}.").format(number=result.pickup_number)
        say(self.form.intakeStatus, saved)
        self.saved.emit(result, rendered)

    def _failed(self, error: BaseException) -> None:
        self._set_saving(False)
        say(self.form.intakeStatus, "")
        errors = error.errors if isinstance(error, ValidationFailed) else [error]
        first_focus = None
        for err in errors:
            if isinstance(err, DomainError):
                self._show_error(err.field or "", error_text(err))
                first_focus = first_focus or self._focus_for.get(err.field or "")
            else:
                self.form.intakeStatus.setStyleSheet(ERROR_STYLE)
                say(self.form.intakeStatus, unexpected_text(err))
        if any(isinstance(e, DomainError) and e.code == "applicant.name_without_diacritics" for e in errors):
            self.form.intakeNameConfirmed.show()
        if first_focus is not None:
            first_focus.setFocus()

    def _set_saving(self, saving: bool) -> None:
        self._saving = saving
        for button in (self.form.intakeSaveAndPrint, self.form.intakeRequestSupplement, self.form.intakeRefuse):
            button.setEnabled(not saving)

    def _show_error(self, field: str, text: str) -> None:
        shown = self._error_labels.get(field, self.form.intakeStatus)
        before = shown.property(WHOLE) or shown.text()
        shown.setStyleSheet(ERROR_STYLE)
        say(shown, text if not before or shown is self.form.intakeStatus else f"{before}\n{text}")
        shown.show()

    def _clear_errors(self) -> None:
        for error_label in set(self._error_labels.values()):
            _take_back(error_label)
        self.form.intakeStatus.setStyleSheet("")

    def clear(self) -> None:
        """Ready for the next citizen: the last saved code stays in the status line."""
        form = self.form
        for line_edit in (form.intakeApplicantName, form.intakeApplicantId, form.intakeApplicantBirthDate,
                          form.intakeApplicantAddress, form.intakeApplicantPhone, form.intakeApplicantEmail,
                          form.intakeProcedureSearch):
            line_edit.clear()
        form.intakeApplicantSex.setCurrentIndex(0)
        form.intakeByPost.setChecked(False)
        form.intakeSets.setValue(1)
        form.intakeNote.clear()
        self._papers.clear()
        form.intakeProcedureChosen.setText(self.tr("Chưa chọn thủ tục."))
        form.intakeProcedureInfo.clear()
        form.intakeFee.clear()
        form.intakePickupSlot.clear()
        self._pickups_for = None
        self._procedure = None
        self._clear_errors()
        self.refresh_due()
        form.intakeProcedureSearch.setFocus()


def _take_back(message: QLabel) -> None:
    say(message, "")
    message.setStyleSheet("")
