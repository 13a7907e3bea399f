"""Appointments (lịch hẹn): a citizen books a time at the one-stop desk to hand in a dossier or
to collect a result.

Bookings are taken at the desk (at the counter, on the phone) and by the provincial system
(online, on the public service portal, or by phone), and reach every desk of the agency through
the sync. The rules of a booking live here so the province that takes it and the desk that shows
it cannot disagree: a slot starts in the future, on a working day, and lies wholly inside one of
the sessions (buổi), because a citizen who is told to come at 11:25 for a 15-minute slot would find
the morning session closed at 11:30; the grid of slots is `appointment_schedule`'s.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum

from desk_app.domain.appointment_schedule import Schedule, Slot
from desk_app.domain.applicant import check_full_name, check_id_number
from desk_app.domain.contact import normalize_email, normalize_phone
from desk_app.domain.due_date import LOCAL_TZ
from desk_app.domain.errors import DomainError, ErrorCollector
from desk_app.domain.text import nfc
from desk_app.domain.working_calendar import WorkingCalendar
from desk_app.messages import QT_TRANSLATE_NOOP

NOTE_MAX_LENGTH = 500


class AppointmentStatus(StrEnum):
    """Stable identifiers on the wire and in both databases; officers see the labels."""

    BOOKED = "booked"
    CANCELLED = "cancelled"
    ARRIVED = "arrived"
    NO_SHOW = "no_show"

    @property
    def label(self) -> str:
        return _LABELS[self]


_LABELS = {
    AppointmentStatus.BOOKED: QT_TRANSLATE_NOOP("AppointmentStatus", "Đã đặt hẹn"),
    AppointmentStatus.CANCELLED: QT_TRANSLATE_NOOP("AppointmentStatus", "Đã hủy"),
    AppointmentStatus.ARRIVED: QT_TRANSLATE_NOOP("AppointmentStatus", "Đã đến"),
    AppointmentStatus.NO_SHOW: QT_TRANSLATE_NOOP("AppointmentStatus", "Không đến"),
}


class Purpose(StrEnum):
    SUBMIT = "submit"
    """To hand in a dossier (nộp hồ sơ)."""
    COLLECT = "collect"
    """To collect a result (nhận kết quả)."""

    @property
    def label(self) -> str:
        return _PURPOSES[self]


_PURPOSES = {
    Purpose.SUBMIT: QT_TRANSLATE_NOOP("Purpose", "Nộp hồ sơ"),
    Purpose.COLLECT: QT_TRANSLATE_NOOP("Purpose", "Nhận kết quả"),
}


class Attendance(StrEnum):
    """How today's list reads a booking at a given moment."""

    EXPECTED = "expected"
    LATE = "late"
    ARRIVED = "arrived"
    ABSENT = "absent"
    CANCELLED = "cancelled"

    @property
    def label(self) -> str:
        return _ATTENDANCE[self]


_ATTENDANCE = {
    Attendance.EXPECTED: QT_TRANSLATE_NOOP("Attendance", "Chưa đến giờ"),
    Attendance.LATE: QT_TRANSLATE_NOOP("Attendance", "Đến muộn"),
    Attendance.ARRIVED: QT_TRANSLATE_NOOP("Attendance", "Đã đến"),
    Attendance.ABSENT: QT_TRANSLATE_NOOP("Attendance", "Không đến"),
    Attendance.CANCELLED: QT_TRANSLATE_NOOP("Attendance", "Đã hủy"),
}

LATE_AFTER = timedelta(minutes=5)
"""A citizen not there five minutes into their slot is late."""
ABSENT_AFTER = timedelta(minutes=30)
"""A citizen not there half an hour after their slot ended did not come, marked or not."""


def attendance(status: AppointmentStatus, starts_at: datetime, ends_at: datetime, now: datetime) -> Attendance:
    if status is AppointmentStatus.CANCELLED:
        return Attendance.CANCELLED
    if status is AppointmentStatus.ARRIVED:
        return Attendance.ARRIVED
    if status is AppointmentStatus.NO_SHOW or now >= ends_at + ABSENT_AFTER:
        return Attendance.ABSENT
    return Attendance.LATE if now >= starts_at + LATE_AFTER else Attendance.EXPECTED


@dataclass(frozen=True)
class Citizen:
    """Who booked, as checked: the name and numbers normalised. A phone number is required (the
    desk calls a citizen who is late); the ID number and e-mail are optional."""

    full_name: str
    phone: str
    id_number: str
    email: str


def _citizen(checks: ErrorCollector, full_name: str, phone: str, id_number: str, email: str, today: date,
             provinces: Mapping[str, str]) -> Citizen | None:
    attempt = checks.attempt
    name = attempt(lambda: check_full_name(full_name))
    phone_number = attempt(lambda: normalize_phone(phone))
    cid = attempt(lambda: check_id_number(id_number, today, provinces).number if nfc(id_number) else "")
    email_address = attempt(lambda: normalize_email(email) if nfc(email) else "")
    if name is None or phone_number is None or cid is None or email_address is None:
        return None
    return Citizen(name, phone_number, cid, email_address)


def _note(checks: ErrorCollector, note: str) -> str:
    text = nfc(note)
    if len(text) > NOTE_MAX_LENGTH:
        checks.errors.append(DomainError("appointment.note.length", field="note", max=NOTE_MAX_LENGTH))
    return text


def validate_slot_booking(
    *,
    full_name: str,
    phone: str,
    id_number: str,
    email: str,
    starts_at: datetime,
    field_name: str,
    note: str,
    now: datetime,
    calendar: WorkingCalendar,
    schedule: Schedule,
    provinces: Mapping[str, str],
) -> tuple[Citizen, Slot, str]:
    """A booking into the schedule's grid: the citizen, the slot starting then, the note; every
    wrong field at once (ValidationFailed). Whether the slot has a place left is the caller's."""
    checks = ErrorCollector()
    citizen = _citizen(checks, full_name, phone, id_number, email, now.astimezone(LOCAL_TZ).date(), provinces)
    text = _note(checks, note)
    slot = checks.attempt(lambda: _future_slot(schedule, starts_at, field_name, now, calendar))
    checks.raise_if_any()
    assert citizen is not None and slot is not None
    return citizen, slot, text


def _future_slot(schedule: Schedule, starts_at: datetime, field_name: str, now: datetime,
                 calendar: WorkingCalendar) -> Slot:
    if starts_at.tzinfo is None:
        raise ValueError("appointment times are timezone-aware")
    if starts_at <= now:
        raise DomainError("appointment.past", field="starts_at")
    return schedule.slot_at(starts_at, field_name, calendar)


def local_day_bounds(day: date) -> tuple[datetime, datetime]:
    """The instants a local day starts and ends, for "the appointments of 25/11"."""
    start = datetime(day.year, day.month, day.day, tzinfo=LOCAL_TZ)
    return start, start + timedelta(days=1)


_NEXT = {
    AppointmentStatus.BOOKED: frozenset(AppointmentStatus),
    AppointmentStatus.NO_SHOW: frozenset({AppointmentStatus.ARRIVED, AppointmentStatus.BOOKED}),
    AppointmentStatus.ARRIVED: frozenset(),
    AppointmentStatus.CANCELLED: frozenset(),
}
"""A booked citizen may come, not come, cancel or move; one marked absent who turns up after all
is marked arrived, or is given another time (`booked` again, moved). A visit that happened and a
cancellation are final: a new time is a new booking."""


def check_change(current: AppointmentStatus, to: AppointmentStatus) -> None:
    """Refuse a change the booking's status does not allow, on the desk and the server alike."""
    if to not in _NEXT[current]:
        raise DomainError("appointment.change", field="status", current=current.label, to=to.label)
