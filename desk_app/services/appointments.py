"""The day's appointments at this desk's agency, as the provincial system booked them.

Citizens book online or by phone; the feed brings each booking (and its cancellation) here, so the
officer sees who is coming even while the line is down.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from desk_app.clock import LOCAL_TZ
from desk_app.domain.appointment import AppointmentStatus, local_day_bounds
from desk_app.messages import QT_TRANSLATE_NOOP
from desk_app.store import appointments_repo
from desk_app.store.appointments_repo import AppointmentRecord
from desk_app.store.database import Database

CHANNEL_LABELS = {"online": QT_TRANSLATE_NOOP("AppointmentChannel", "Trực tuyến"),
                  "phone": QT_TRANSLATE_NOOP("AppointmentChannel", "Điện thoại"),
                  "desk": QT_TRANSLATE_NOOP("AppointmentChannel", "Tại quầy")}
"""How the citizen booked, as the officer reads it; the GUI translates it in context "AppointmentChannel"."""


@dataclass(frozen=True)
class Appointment:
    id: str
    starts_at: datetime
    """In the desk's time zone."""
    minutes: int
    procedure_code: str
    procedure_name: str
    applicant_name: str
    applicant_phone: str
    applicant_id_number: str
    applicant_email: str
    note: str
    channel: str
    status: AppointmentStatus

    @property
    def ends_at(self) -> datetime:
        return self.starts_at + timedelta(minutes=self.minutes)

    @property
    def channel_label(self) -> str:
        return CHANNEL_LABELS.get(self.channel, self.channel)

    def as_json(self) -> dict[str, Any]:
        """`desk-app appointment list --json`: local times, stable identifiers."""
        return {"id": self.id, "starts_at": self.starts_at.isoformat(), "minutes": self.minutes,
                "procedure": {"code": self.procedure_code, "name": self.procedure_name},
                "applicant": {"full_name": self.applicant_name, "phone": self.applicant_phone,
                              "id_number": self.applicant_id_number, "email": self.applicant_email},
                "note": self.note, "channel": self.channel, "status": self.status.value}


def _appointment(record: AppointmentRecord) -> Appointment:
    return Appointment(
        id=record.id, starts_at=record.starts_at.astimezone(LOCAL_TZ), minutes=record.minutes,
        procedure_code=record.procedure_code, procedure_name=record.procedure_name,
        applicant_name=record.applicant_name, applicant_phone=record.applicant_phone,
        applicant_id_number=record.applicant_id_number, applicant_email=record.applicant_email, note=record.note,
        channel=record.channel, status=AppointmentStatus(record.status))


class AppointmentService:
    def __init__(self, database: Database) -> None:
        self._database = database

    def day(self, day: date) -> list[Appointment]:
        """The appointments of one local day in time order, cancelled ones included (a citizen who
        cancelled online may still come, and the officer should know why they are not expected)."""
        start, end = local_day_bounds(day)
        with self._database.read() as connection:
            rows = appointments_repo.between(connection, start, end)
        return [_appointment(row) for row in rows]
