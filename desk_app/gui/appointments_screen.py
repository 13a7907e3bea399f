"""Lịch hẹn: who has booked a time at the desk today (or any day), and starting their intake.

The bookings come from the provincial system through the sync, so the list is there offline too.
A cancelled booking stays on the list, struck through: the citizen may come all the same.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, Qt, Signal
from PySide6.QtGui import QColor, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import QHeaderView, QWidget

from desk_app.clock import LOCAL_TZ
from desk_app.domain.appointment import AppointmentStatus
from desk_app.gui.forms.ui_appointments_screen import Ui_AppointmentsScreen
from desk_app.gui.change_bus import ChangeBus
from desk_app.gui.labels import label, translated
from desk_app.gui.messages import unexpected_text
from desk_app.gui.row_table import RowTableModel
from desk_app.gui.worker import Worker
from desk_app.services.appointments import Appointment
from desk_app.services.changes import Changes, Kind
from desk_app.services.desk import Desk

CANCELLED_COLOUR = QColor("#8a8a8a")


class AppointmentTableModel(RowTableModel[Appointment]):
    HEADERS = (QT_TRANSLATE_NOOP("AppointmentTableModel", "Giờ hẹn"),
               QT_TRANSLATE_NOOP("AppointmentTableModel", "Người đặt hẹn"),
               QT_TRANSLATE_NOOP("AppointmentTableModel", "Điện thoại"),
               QT_TRANSLATE_NOOP("AppointmentTableModel", "Số định danh"),
               QT_TRANSLATE_NOOP("AppointmentTableModel", "Thủ tục"),
               QT_TRANSLATE_NOOP("AppointmentTableModel", "Hình thức"),
               QT_TRANSLATE_NOOP("AppointmentTableModel", "Trạng thái"),
               QT_TRANSLATE_NOOP("AppointmentTableModel", "Ghi chú"))
    STATUS_COLUMN = 6

    def cells(self, row: Appointment) -> tuple[str, ...]:
        return (
            f"{row.starts_at:%H:%M}–{row.ends_at:%H:%M}",
            row.applicant_name,
            row.applicant_phone,
            row.applicant_id_number,
            row.procedure_name,
            translated("AppointmentChannel", row.channel_label),
            label(row.status),
            row.note,
        )

    def style(self, row: Appointment, column: int, role: int) -> Any:
        """A cancelled booking is greyed and struck through, all but its status."""
        if row.status is not AppointmentStatus.CANCELLED:
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            return CANCELLED_COLOUR
        if role == Qt.ItemDataRole.FontRole and column != self.STATUS_COLUMN:
            font = QFont()
            font.setStrikeOut(True)
            return font
        return None


class AppointmentsScreen(QWidget):
    receive = Signal(object)
    """The officer starts the intake of a booked citizen: the Appointment to fill the form from."""

    def __init__(self, desk: Desk, operations: Worker, changes: ChangeBus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self._operations = operations
        self.form = Ui_AppointmentsScreen()
        self.form.setupUi(self)
        self._model = AppointmentTableModel()
        table = self.form.appointmentsTable
        table.setModel(self._model)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().hide()
        table.selectionModel().currentRowChanged.connect(lambda current, _: self._selected(current.row()))
        table.doubleClicked.connect(lambda index: self._receive(index.row()))
        self.form.appointmentsDay.setDate(self._today())
        self.form.appointmentsDay.dateChanged.connect(lambda _: self.refresh())
        self.form.appointmentsPrevious.clicked.connect(lambda: self._move(-1))
        self.form.appointmentsNext.clicked.connect(lambda: self._move(1))
        self.form.appointmentsToday.clicked.connect(lambda: self.form.appointmentsDay.setDate(self._today()))
        self.form.appointmentsReceive.clicked.connect(lambda: self._receive(table.currentIndex().row()))
        for keys, step in (("Alt+Left", -1), ("Alt+Right", 1)):
            QShortcut(QKeySequence(keys), self, lambda step=step: self._move(step))
        changes.changed.connect(self._changed)

    def _changed(self, changes: Changes) -> None:
        if changes.touches(Kind.APPOINTMENT):
            self.refresh()

    def day(self) -> date:
        return self.form.appointmentsDay.date().toPython()

    def show_today(self) -> None:
        """F4: the list of today, fresh."""
        if self.day() != self._today().toPython():
            self.form.appointmentsDay.setDate(self._today())
        else:
            self.refresh()
        self.form.appointmentsTable.setFocus()

    def refresh(self) -> None:
        day = self.day()
        self._operations.run(lambda: self._desk.appointments.day(day), lambda rows: self._show(day, rows),
                             self._failed)

    def _today(self) -> QDate:
        return QDate(self._desk.clock().astimezone(LOCAL_TZ).date())

    def _move(self, days: int) -> None:
        self.form.appointmentsDay.setDate(self.form.appointmentsDay.date().addDays(days))

    def _show(self, day: date, rows: list[Appointment]) -> None:
        if day != self.day():
            return
        self._model.set_rows(rows)
        cancelled = sum(row.status is AppointmentStatus.CANCELLED for row in rows)
        if not rows:
            text = self.tr("Không có lịch hẹn nào trong ngày {day}.")
        elif cancelled:
            text = self.tr("{n} lịch hẹn ngày {day}, trong đó {cancelled} đã hủy.")
        else:
            text = self.tr("{n} lịch hẹn ngày {day}.")
        self.form.appointmentsSummary.setText(text.format(n=len(rows), day=f"{day:%d/%m/%Y}", cancelled=cancelled))
        if rows:
            self.form.appointmentsTable.selectRow(0)
        else:
            self._selected(-1)

    def _selected(self, row: int) -> None:
        appointment = self._model.row(row)
        self.form.appointmentsReceive.setEnabled(appointment is not None)
        if appointment is None:
            self.form.appointmentsDetail.clear()
            return
        lines = [self.tr("{start}–{end} · {name} · {phone}").format(
            start=f"{appointment.starts_at:%H:%M}", end=f"{appointment.ends_at:%H:%M}",
            name=appointment.applicant_name, phone=appointment.applicant_phone)]
        lines.append(f"{appointment.procedure_name} ({appointment.procedure_code})")
        if appointment.applicant_email:
            lines.append(self.tr("Thư điện tử: {email}").format(email=appointment.applicant_email))
        if appointment.note:
            lines.append(self.tr("Ghi chú: {note}").format(note=appointment.note))
        if appointment.status is AppointmentStatus.CANCELLED:
            lines.append(self.tr("Công dân đã hủy lịch hẹn này."))
        self.form.appointmentsDetail.setText("\n".join(lines))

    def _receive(self, row: int) -> None:
        appointment = self._model.row(row)
        if appointment is not None:
            self.receive.emit(appointment)

    def _failed(self, error: BaseException) -> None:
        self.form.appointmentsSummary.setText(unexpected_text(error))
