"""Appointments (lịch hẹn): a citizen books a time at the one-stop desk to hand in a dossier.

Bookings are taken by the provincial system (online, on the public service portal, or by phone)
and reach every desk of the agency through the feed. The rules of a slot live here so the province
that takes a booking and the desk that shows it cannot disagree: a slot starts in the future, on a
working day, and lies wholly inside one of the desk's sessions (buổi), because a citizen who is
told to come at 11:25 for a 15-minute slot would find the morning session closed at 11:30.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum

from desk_app.domain.applicant import check_full_name, check_id_number
from desk_app.domain.contact import normalize_email, normalize_phone
from desk_app.domain.due_date import LOCAL_TZ
from desk_app.domain.errors import DomainError, ErrorCollector
from desk_app.domain.text import nfc
from desk_app.domain.working_calendar import OfficeHours, WorkingCalendar
from desk_app.messages import QT_TRANSLATE_NOOP

MIN_MINUTES = 5
MAX_MINUTES = 240
DEFAULT_MINUTES = 15
NOTE_MAX_LENGTH = 500


class AppointmentStatus(StrEnum):
    """Stable identifiers on the wire and in both databases; officers see the labels."""

    BOOKED = "booked"
    CANCELLED = "cancelled"

    @property
    def label(self) -> str:
        return _LABELS[self]


_LABELS = {
    AppointmentStatus.BOOKED: QT_TRANSLATE_NOOP("AppointmentStatus", "Đã đặt hẹn"),
    AppointmentStatus.CANCELLED: QT_TRANSLATE_NOOP("AppointmentStatus", "Đã hủy"),
}


@dataclass(frozen=True)
class Booking:
    """A booking as checked: the names and numbers normalised, the slot known to be open."""

    full_name: str
    phone: str
    id_number: str
    email: str
    starts_at: datetime
    minutes: int
    note: str

    @property
    def ends_at(self) -> datetime:
        return self.starts_at + timedelta(minutes=self.minutes)


def validate_booking(
    *,
    full_name: str,
    phone: str,
    id_number: str,
    email: str,
    starts_at: datetime,
    minutes: int,
    note: str,
    now: datetime,
    calendar: WorkingCalendar,
    hours: OfficeHours,
    provinces: Mapping[str, str],
) -> Booking:
    """Normalise a booking and raise ValidationFailed listing every wrong field. A phone number is
    required (the desk calls a citizen who is late); the ID number and e-mail are optional."""
    checks = ErrorCollector()
    attempt = checks.attempt
    name = attempt(lambda: check_full_name(full_name))
    phone_number = attempt(lambda: normalize_phone(phone))
    today = now.astimezone(LOCAL_TZ).date()
    cid = attempt(lambda: check_id_number(id_number, today, provinces).number if nfc(id_number) else "")
    email_address = attempt(lambda: normalize_email(email) if nfc(email) else "")
    text = nfc(note)
    if len(text) > NOTE_MAX_LENGTH:
        checks.errors.append(DomainError("appointment.note.length", field="note", max=NOTE_MAX_LENGTH))
    attempt(lambda: check_slot(starts_at, minutes, now, calendar, hours))
    checks.raise_if_any()
    assert name is not None and phone_number is not None and cid is not None and email_address is not None
    return Booking(full_name=name, phone=phone_number, id_number=cid, email=email_address,
                   starts_at=starts_at, minutes=minutes, note=text)


def check_slot(starts_at: datetime, minutes: int, now: datetime, calendar: WorkingCalendar,
               hours: OfficeHours) -> None:
    """The slot's own rules, in the desk's time zone: length, not past, a working day, one session."""
    if starts_at.tzinfo is None:
        raise ValueError("appointment times are timezone-aware")
    if not MIN_MINUTES <= minutes <= MAX_MINUTES:
        raise DomainError("appointment.minutes", field="minutes", min=MIN_MINUTES, max=MAX_MINUTES)
    if starts_at <= now:
        raise DomainError("appointment.past", field="starts_at")
    start = starts_at.astimezone(LOCAL_TZ)
    end = start + timedelta(minutes=minutes)
    if not calendar.is_working_day(start.date()):
        raise DomainError("appointment.day_off", field="starts_at", day=start.strftime("%d/%m/%Y"))
    inside = end.date() == start.date() and any(
        open_at <= start.time() and end.time() <= close_at for open_at, close_at in hours.sessions)
    if not inside:
        raise DomainError("appointment.hours", field="starts_at", hours=_hours_text(hours))


def local_day_bounds(day: date) -> tuple[datetime, datetime]:
    """The instants a local day starts and ends, for "the appointments of 25/11"."""
    start = datetime(day.year, day.month, day.day, tzinfo=LOCAL_TZ)
    return start, start + timedelta(days=1)


def _hours_text(hours: OfficeHours) -> str:
    return ", ".join(f"{start:%H:%M}–{end:%H:%M}" for start, end in hours.sessions)
