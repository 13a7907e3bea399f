"""Lịch hẹn (F4): the day's bookings in time order with who has come, the week's slots with the
places left, and the booking form: book a citizen into a slot this desk holds places in, print
the slip, check the citizen in when they come back, move, cancel or mark a booking.

Everything reads and saves on the desk's worker, offline as online: the desk books into the
places the province leased it, so the list, the week and the form work with the line down.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, Qt, Signal
from PySide6.QtGui import QColor, QFont, QKeySequence, QShortcut, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QHeaderView, QTableWidgetItem, QWidget

from desk_app.clock import LOCAL_TZ
from desk_app.domain.appointment import AppointmentStatus, Attendance, Purpose
from desk_app.domain.errors import DomainError
from desk_app.gui.change_bus import ChangeBus
from desk_app.gui.field_errors import ERROR_STYLE, FieldErrors
from desk_app.gui.forms.ui_appointments_screen import Ui_AppointmentsScreen
from desk_app.gui.labels import label, translated, weekday
from desk_app.gui.message_room import keep_room, say
from desk_app.gui.messages import error_text, unexpected_text
from desk_app.gui.row_table import RowTableModel
from desk_app.gui.step_dialog import StepDialog
from desk_app.gui.worker import Worker
from desk_app.services.appointments import SEARCH_DAYS, Appointment, BookingRequest, SlotView
from desk_app.services.changes import Changes, Kind
from desk_app.services.desk import Desk
from desk_app.services.forms import RenderedForm

CANCELLED_COLOUR = QColor("#8a8a8a")
ATTENDANCE_COLOURS = {Attendance.ARRIVED: QColor("#1b7f3b"), Attendance.LATE: QColor("#b35c00"),
                      Attendance.ABSENT: QColor("#b00020")}
FREE_COLOUR = QColor("#e3f4e6")
FULL_COLOUR = QColor("#eeeeee")
SLOT_ROLE = Qt.ItemDataRole.UserRole


class AppointmentTableModel(RowTableModel[Appointment]):
    HEADERS = (QT_TRANSLATE_NOOP("AppointmentTableModel", "Giờ hẹn"),
               QT_TRANSLATE_NOOP("AppointmentTableModel", "Người đặt hẹn"),
               QT_TRANSLATE_NOOP("AppointmentTableModel", "Điện thoại"),
               QT_TRANSLATE_NOOP("AppointmentTableModel", "Số định danh"),
               QT_TRANSLATE_NOOP("AppointmentTableModel", "Thủ tục"),
               QT_TRANSLATE_NOOP("AppointmentTableModel", "Hình thức"),
               QT_TRANSLATE_NOOP("AppointmentTableModel", "Trạng thái"),
               QT_TRANSLATE_NOOP("AppointmentTableModel", "Ghi chú"),
               QT_TRANSLATE_NOOP("AppointmentTableModel", "Số hẹn"),
               QT_TRANSLATE_NOOP("AppointmentTableModel", "Mục đích"))
    STATUS_COLUMN = 6

    def __init__(self, now: datetime) -> None:
        super().__init__()
        self.now = now
        """The moment the attendance is read at: the desk's clock when the list was read."""

    def cells(self, row: Appointment) -> tuple[str, ...]:
        return (
            f"{row.starts_at:%H:%M}–{row.ends_at:%H:%M}",
            row.applicant_name,
            row.applicant_phone,
            row.applicant_id_number,
            row.procedure_name,
            translated("AppointmentChannel", row.channel_label),
            label(row.attendance(self.now)),
            row.note,
            row.number,
            label(row.purpose),
        )

    def style(self, row: Appointment, column: int, role: int) -> Any:
        """A cancelled booking is greyed and struck through, all but its status; who came, who is
        late and who did not come are coloured in the status column."""
        if row.status is not AppointmentStatus.CANCELLED:
            if role == Qt.ItemDataRole.ForegroundRole and column == self.STATUS_COLUMN:
                return ATTENDANCE_COLOURS.get(row.attendance(self.now))
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            return CANCELLED_COLOUR
        if role == Qt.ItemDataRole.FontRole and column != self.STATUS_COLUMN:
            font = QFont()
            font.setStrikeOut(True)
            return font
        return None


@dataclass(frozen=True)
class _Day:
    day: date
    rows: list[Appointment]
    slots: list[SlotView]
    week: list[tuple[date, list[SlotView]]]
    procedure: str


@dataclass(frozen=True)
class _Booked:
    appointment: Appointment
    rendered: RenderedForm
    changes: Changes


class AppointmentsScreen(QWidget):
    receive = Signal(object)
    """The officer starts the intake of a booked citizen: the Appointment to fill the form from."""
    checked_in = Signal(object)
    """A citizen checked in (the button or their slip scanned): the Appointment, marked arrived."""
    printed = Signal(object)
    """A slip to print (RenderedForm), drawn from the saved booking."""

    def __init__(self, desk: Desk, operations: Worker, changes: ChangeBus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self._operations = operations
        self.form = Ui_AppointmentsScreen()
        self.form.setupUi(self)
        form = self.form
        self._model = AppointmentTableModel(desk.clock().astimezone(LOCAL_TZ))
        self._last_booked: str | None = None
        self._pending_slot: datetime | None = None
        """A slot chosen on the week or found free, selected in the form once its day is read."""
        table = form.appointmentsTable
        table.setModel(self._model)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        for logical, visual in ((8, 0), (9, 5), (6, 6)):
            header.moveSection(header.visualIndex(logical), visual)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        form.apptSplitter.setStretchFactor(0, 3)
        form.apptSplitter.setStretchFactor(1, 2)
        form.apptBookingForm.setMaximumWidth(560)
        for error_label, lines in ((form.apptProcedureError, 1), (form.apptDossierCodeError, 1),
                                   (form.apptSlotError, 3), (form.apptCitizenNameError, 2),
                                   (form.apptCitizenPhoneError, 2), (form.apptCitizenIdError, 2),
                                   (form.apptBookingMessage, 2), (form.apptActionMessage, 1)):
            keep_room(error_label, lines)
        table.selectionModel().currentRowChanged.connect(lambda current, _: self._selected(current.row()))
        table.doubleClicked.connect(lambda index: self._receive(index.row()))
        form.appointmentsDay.setDate(self._today())
        form.appointmentsDay.dateChanged.connect(lambda _: self.refresh())
        form.appointmentsPrevious.clicked.connect(lambda: self._move(-1))
        form.appointmentsNext.clicked.connect(lambda: self._move(1))
        form.appointmentsToday.clicked.connect(lambda: form.appointmentsDay.setDate(self._today()))
        form.appointmentsReceive.clicked.connect(lambda: self._receive(table.currentIndex().row()))
        form.apptCheckIn.clicked.connect(self._check_in_selected)
        form.apptNoShow.clicked.connect(lambda: self._mark(AppointmentStatus.NO_SHOW))
        form.apptCancel.clicked.connect(self._ask_cancel)
        form.apptReschedule.clicked.connect(self._reschedule)
        form.apptNewBooking.clicked.connect(self.new_booking)
        form.apptBook.clicked.connect(self.book)
        form.apptPrintSlip.clicked.connect(self._print_slip)
        form.apptNextFree.clicked.connect(self._next_free)
        form.apptWeekTable.cellDoubleClicked.connect(self._week_cell_chosen)
        for keys, step in (("Alt+Left", -1), ("Alt+Right", 1)):
            QShortcut(QKeySequence(keys), self, lambda step=step: self._move(step))
        QShortcut(QKeySequence("Ctrl+N"), self, self.new_booking)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), form.apptBookingForm, self.book)
        self._fill_choices()
        self._errors = FieldErrors(
            {"procedure": form.apptProcedureError, "starts_at": form.apptSlotError,
             "full_name": form.apptCitizenNameError, "phone": form.apptCitizenPhoneError,
             "id_number": form.apptCitizenIdError, "dossier_code": form.apptDossierCodeError},
            {"procedure": form.apptProcedure, "starts_at": form.apptSlotList, "full_name": form.apptCitizenName,
             "phone": form.apptCitizenPhone, "id_number": form.apptCitizenId, "dossier_code": form.apptDossierCode,
             "note": form.apptNote}, form.apptBookingMessage)
        form.apptProcedure.currentIndexChanged.connect(lambda _: self.refresh())
        form.apptPurpose.currentIndexChanged.connect(self._purpose_changed)
        changes.changed.connect(self._changed)

    def _fill_choices(self) -> None:
        form = self.form
        for purpose in Purpose:
            form.apptPurpose.addItem(label(purpose), purpose.value)
        combo = form.apptProcedure
        self._fill_procedures()
        completer = QCompleter(combo.model(), combo)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        combo.setCompleter(completer)
        self._slots = QStandardItemModel(self)
        form.apptSlotList.setModel(self._slots)

    def _fill_procedures(self) -> None:
        """The catalogue's procedures, the one chosen kept when it is still there."""
        combo = self.form.apptProcedure
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for procedure in self._desk.catalogue.all():
            combo.addItem(f"{procedure.name} ({procedure.code})", procedure.code)
        combo.setCurrentIndex(max(0, combo.findData(chosen)) if chosen else 0)
        combo.blockSignals(False)

    def _changed(self, changes: Changes) -> None:
        if changes.touches(Kind.CATALOGUE):
            self._fill_procedures()
        if changes.touches(Kind.APPOINTMENT) or changes.touches(Kind.CATALOGUE):
            self.refresh()

    def day(self) -> date:
        return self.form.appointmentsDay.date().toPython()

    def procedure_code(self) -> str:
        return self.form.apptProcedure.currentData() or ""

    def show_today(self) -> None:
        """F4: the list of today, fresh."""
        if self.day() != self._today().toPython():
            self.form.appointmentsDay.setDate(self._today())
        else:
            self.refresh()
        self.form.appointmentsTable.setFocus()

    def refresh(self) -> None:
        day, code = self.day(), self.procedure_code()
        monday = day - timedelta(days=day.weekday())

        def read() -> _Day:
            service = self._desk.appointments
            rows = service.day(day)
            if not code:
                return _Day(day, rows, [], [], code)
            week = service.days(monday, 7, code)
            return _Day(day, rows, week[day.weekday()][1], week, code)

        self._operations.run(read, self._show, self._failed)

    def _today(self) -> QDate:
        return QDate(self._desk.clock().astimezone(LOCAL_TZ).date())

    def _move(self, days: int) -> None:
        self.form.appointmentsDay.setDate(self.form.appointmentsDay.date().addDays(days))

    def _show(self, shown: _Day) -> None:
        if shown.day != self.day() or shown.procedure != self.procedure_code():
            return
        rows = shown.rows
        current = self._model.row(self.form.appointmentsTable.currentIndex().row())
        self._model.now = self._desk.clock().astimezone(LOCAL_TZ)
        self._model.set_rows(rows)
        cancelled = sum(row.status is AppointmentStatus.CANCELLED for row in rows)
        arrived = sum(row.status is AppointmentStatus.ARRIVED for row in rows)
        if not rows:
            text = self.tr("Không có lịch hẹn nào trong ngày {day}.")
        elif cancelled:
            text = self.tr("{n} lịch hẹn ngày {day}, {arrived} đã đến, {cancelled} đã hủy.")
        else:
            text = self.tr("{n} lịch hẹn ngày {day}, {arrived} đã đến.")
        self.form.appointmentsSummary.setText(text.format(n=len(rows), day=f"{shown.day:%d/%m/%Y}",
                                                          cancelled=cancelled, arrived=arrived))
        self._show_slots(shown.slots)
        self._show_week(shown.week)
        numbers = [row.number for row in rows]
        keep = current.number if current is not None and current.number in numbers else None
        if keep is not None:
            self.form.appointmentsTable.selectRow(numbers.index(keep))
        elif rows:
            self.form.appointmentsTable.selectRow(0)
        else:
            self._selected(-1)

    def _show_slots(self, slots: list[SlotView]) -> None:
        """The day's slots; one this desk has no place left in, or already begun, cannot be chosen."""
        chosen = self._pending_slot or self.form.apptSlotList.currentData(SLOT_ROLE)
        self._pending_slot = None
        self._slots.clear()
        for view in slots:
            if view.begun:
                text = self.tr("{time} · đã qua")
            elif view.bookable:
                text = self.tr("{time} · còn {free} chỗ ở quầy này ({booked}/{capacity} đã đặt)")
            else:
                text = self.tr("{time} · hết chỗ ở quầy này ({booked}/{capacity} đã đặt)")
            item = QStandardItem(text.format(time=f"{view.starts_at:%H:%M}", free=view.free_here, booked=view.booked,
                                             capacity=view.slot.capacity))
            item.setData(view.starts_at, SLOT_ROLE)
            item.setEnabled(view.bookable)
            self._slots.appendRow(item)
        bookable = [i for i, view in enumerate(slots) if view.bookable]
        again = [i for i, view in enumerate(slots) if view.starts_at == chosen and view.bookable]
        self.form.apptSlotList.setCurrentIndex((again or bookable or [-1])[0])

    def _show_week(self, week: list[tuple[date, list[SlotView]]]) -> None:
        table = self.form.apptWeekTable
        times = sorted({view.starts_at.time() for _, views in week for view in views})
        table.clear()
        table.setRowCount(len(times))
        table.setColumnCount(len(week))
        table.setHorizontalHeaderLabels([f"{weekday(day)}\n{day:%d/%m}" for day, _ in week])
        table.setVerticalHeaderLabels([f"{moment:%H:%M}" for moment in times])
        free = booked = 0
        for column, (day, views) in enumerate(week):
            by_time = {view.starts_at.time(): view for view in views}
            for row, moment in enumerate(times):
                view = by_time.get(moment)
                item = QTableWidgetItem()
                if view is None:
                    item.setText(self.tr("nghỉ") if not views else "")
                    item.setBackground(FULL_COLOUR)
                else:
                    item.setText(self.tr("{booked}/{capacity} · còn {free}").format(
                        booked=view.booked, capacity=view.slot.capacity, free=view.free_here))
                    item.setBackground(FREE_COLOUR if view.bookable else FULL_COLOUR)
                    item.setData(SLOT_ROLE, view.starts_at)
                    free += view.free_here if not view.begun else 0
                    booked += view.booked
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                table.setItem(row, column, item)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.form.apptWeekSummary.setText(self.tr(
            "Tuần từ {first} đến {last}: {booked} lịch hẹn; quầy này còn {free} chỗ. Nhấp đúp một ô để đặt lịch vào khung đó.")
            .format(first=f"{week[0][0]:%d/%m}", last=f"{week[-1][0]:%d/%m/%Y}", booked=booked, free=free)
            if week else "")

    def _week_cell_chosen(self, row: int, column: int) -> None:
        item = self.form.apptWeekTable.item(row, column)
        starts_at = item.data(SLOT_ROLE) if item is not None else None
        if starts_at is not None:
            self._choose_slot(starts_at)

    def _choose_slot(self, starts_at: datetime) -> None:
        """Put a slot in the booking form: its day on the list, the slot chosen once it is read."""
        self.form.apptViews.setCurrentWidget(self.form.apptDayView)
        self._pending_slot = starts_at
        if starts_at.date() != self.day():
            self.form.appointmentsDay.setDate(QDate(starts_at.date()))
        else:
            self.refresh()
        self.form.apptCitizenName.setFocus()

    def _next_free(self) -> None:
        code = self.procedure_code()
        if not code:
            self._errors.show([_procedure_missing()])
            return

        def found(view: SlotView | None) -> None:
            if view is None:
                self._errors.show([DomainError("appointment.none_free", field="starts_at", days=SEARCH_DAYS)])
                return
            self._choose_slot(view.starts_at)

        self._operations.run(lambda: self._desk.appointments.next_free(code), found, self._failed)

    def _selected(self, row: int) -> None:
        appointment = self._model.row(row)
        form = self.form
        open_booking = appointment is not None and appointment.status is not AppointmentStatus.CANCELLED
        form.appointmentsReceive.setEnabled(appointment is not None)
        form.apptCheckIn.setEnabled(open_booking and appointment.status is not AppointmentStatus.ARRIVED
                                    and bool(appointment.number))
        form.apptNoShow.setEnabled(open_booking and appointment.status is AppointmentStatus.BOOKED
                                   and bool(appointment.number))
        form.apptCancel.setEnabled(open_booking and appointment.status is AppointmentStatus.BOOKED
                                   and bool(appointment.number))
        form.apptReschedule.setEnabled(open_booking and appointment.status is not AppointmentStatus.ARRIVED
                                       and bool(appointment.number))
        form.apptPrintSlip.setEnabled(self._slip_number() is not None)
        if appointment is None:
            form.appointmentsDetail.clear()
            return
        lines = [self.tr("{start}–{end} · {name} · {phone}").format(
            start=f"{appointment.starts_at:%H:%M}", end=f"{appointment.ends_at:%H:%M}",
            name=appointment.applicant_name, phone=appointment.applicant_phone)]
        lines.append(f"{appointment.procedure_name} ({appointment.procedure_code})")
        if appointment.number:
            lines.append(self.tr("Số lịch hẹn: {number} · {purpose}").format(
                number=appointment.number, purpose=label(appointment.purpose)))
        if appointment.dossier_code:
            lines.append(self.tr("Hồ sơ: {code}").format(code=appointment.dossier_code))
        if appointment.applicant_email:
            lines.append(self.tr("Thư điện tử: {email}").format(email=appointment.applicant_email))
        if appointment.note:
            lines.append(self.tr("Ghi chú: {note}").format(note=appointment.note))
        if appointment.status is AppointmentStatus.CANCELLED:
            lines.append(self.tr("Lịch hẹn đã hủy: {reason}").format(reason=appointment.reason)
                         if appointment.reason else self.tr("Công dân đã hủy lịch hẹn này."))
        form.appointmentsDetail.setText("\n".join(lines))

    def _current(self) -> Appointment | None:
        return self._model.row(self.form.appointmentsTable.currentIndex().row())

    def _slip_number(self) -> str | None:
        """The booking whose slip "In lại phiếu hẹn" prints: the one chosen in the list, else the
        one just booked."""
        current = self._current()
        if current is not None and current.number:
            return current.number
        return self._last_booked

    def _receive(self, row: int) -> None:
        appointment = self._model.row(row)
        if appointment is not None:
            self.receive.emit(appointment)

    def new_booking(self) -> None:
        """A fresh booking form, the procedure first."""
        form = self.form
        self._errors.reset()
        for field in (form.apptCitizenName, form.apptCitizenPhone, form.apptCitizenId, form.apptNote,
                      form.apptDossierCode):
            field.clear()
        form.apptPurpose.setCurrentIndex(0)
        form.apptViews.setCurrentWidget(form.apptDayView)
        form.apptProcedure.setFocus()
        form.apptProcedure.lineEdit().selectAll()

    def book(self) -> None:
        """Save the booking, then draw its slip from what was saved and print it."""
        form = self.form
        self._errors.reset()
        code = self.procedure_code()
        if not code:
            self._errors.show([_procedure_missing()])
            return
        starts_at = form.apptSlotList.currentData(SLOT_ROLE)
        if starts_at is None:
            self._errors.show([DomainError("appointment.choose_slot", field="starts_at")])
            return
        purpose = Purpose(form.apptPurpose.currentData())
        request = BookingRequest(
            procedure_code=code, starts_at=starts_at, full_name=form.apptCitizenName.text(),
            phone=form.apptCitizenPhone.text(), id_number=form.apptCitizenId.text(), note=form.apptNote.text(),
            purpose=purpose, dossier_code=form.apptDossierCode.text() if purpose is Purpose.COLLECT else "")
        desk = self._desk

        def save() -> _Booked:
            booked, changes = desk.appointments.book(request)
            return _Booked(booked, desk.forms.render_booking_slip(booked.number), changes)

        form.apptBook.setEnabled(False)
        self._operations.run(save, self._booked, self._refused, initiator=self)

    def _booked(self, saved: _Booked) -> None:
        form = self.form
        form.apptBook.setEnabled(True)
        booking = saved.appointment
        self._last_booked = booking.number
        form.apptBookingMessage.setStyleSheet("")
        say(form.apptBookingMessage, self.tr("Đã đặt lịch {number} lúc {time} cho {name}.").format(
            number=booking.number, time=f"{booking.starts_at:%H:%M %d/%m/%Y}", name=booking.applicant_name))
        for field in (form.apptCitizenName, form.apptCitizenPhone, form.apptCitizenId, form.apptNote,
                      form.apptDossierCode):
            field.clear()
        form.apptPrintSlip.setEnabled(True)
        self.printed.emit(saved.rendered)

    def _refused(self, error: BaseException) -> None:
        self.form.apptBook.setEnabled(True)
        self._errors.refused(error)

    def _print_slip(self) -> None:
        number = self._slip_number()
        if number is not None:
            self._operations.run(lambda: self._desk.forms.render_booking_slip(number), self.printed.emit,
                                 self._action_failed)

    def check_in(self, number: str, on_error: Callable[[BaseException], None] | None = None) -> None:
        """The citizen is here (their slip scanned, or the officer's button): marked arrived on
        the worker, then the window starts what they came for. A refusal goes to `on_error` (the
        window's status bar for a scan, wherever the officer is), else under the list."""
        self._operations.run(lambda: self._desk.appointments.check_in(number), lambda done: self.checked_in.emit(done[0]),
                             on_error or self._action_failed, initiator=self)

    def _check_in_selected(self) -> None:
        current = self._current()
        if current is not None and current.number:
            self.check_in(current.number)

    def _mark(self, status: AppointmentStatus) -> None:
        current = self._current()
        if current is not None and current.number:
            self._operations.run(lambda: self._desk.appointments.mark(current.number, status), self._done,
                                 self._action_failed, initiator=self)

    def _reschedule(self) -> None:
        current = self._current()
        starts_at = self.form.apptSlotList.currentData(SLOT_ROLE)
        if current is None or not current.number:
            return
        chosen = self._desk.catalogue.snapshot().by_code.get(self.procedure_code())
        if starts_at is None or chosen is None or chosen.field != current.field:
            self._action_failed_text(self.tr(
                "Hãy chọn một thủ tục lĩnh vực “{field}” và khung giờ mới của nó ở phần đặt lịch bên phải.")
                .format(field=current.field))
            return
        self._operations.run(lambda: self._desk.appointments.reschedule(current.number, starts_at), self._done,
                             self._action_failed, initiator=self)

    def _ask_cancel(self) -> None:
        current = self._current()
        if current is None or not current.number:
            return
        dialog = StepDialog(self.tr("Hủy lịch hẹn {number}").format(number=current.number), self._operations, self)
        reason = dialog.text_field("reason", self.tr("Lý do hủy"))
        dialog.save = lambda: self._desk.appointments.cancel(current.number, reason.toPlainText())
        dialog.exec()

    def _done(self, _changes: Changes) -> None:
        self.form.apptActionMessage.setStyleSheet("")
        say(self.form.apptActionMessage, "")

    def _action_failed(self, error: BaseException) -> None:
        self._action_failed_text(error_text(error) if isinstance(error, DomainError) else unexpected_text(error))

    def _action_failed_text(self, text: str) -> None:
        self.form.apptActionMessage.setStyleSheet(ERROR_STYLE)
        say(self.form.apptActionMessage, text)

    def _purpose_changed(self) -> None:
        collect = self.form.apptPurpose.currentData() == Purpose.COLLECT.value
        self.form.apptDossierCode.setEnabled(collect)

    def _failed(self, error: BaseException) -> None:
        self.form.appointmentsSummary.setText(unexpected_text(error))


def _procedure_missing() -> DomainError:
    return DomainError("appointment.procedure_unknown", field="procedure")
