"""The day's appointments at this desk's agency, as the provincial system booked them.

Citizens book online or by phone; the feed brings each booking (and its cancellation) here, so the
officer sees who is coming even while the line is down.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any, Mapping

from desk_app.clock import LOCAL_TZ, format_instant
from desk_app.domain.appointment import AppointmentStatus, local_day_bounds
from desk_app.store import appointments_repo
from desk_app.store.database import Database

CHANNEL_LABELS = {"online": "Trực tuyến", "phone": "Điện thoại", "desk": "Tại quầy"}


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


def _appointment(row: Mapping[str, Any]) -> Appointment:
    return Appointment(
        id=row["id"], starts_at=datetime.fromisoformat(row["starts_at"]).astimezone(LOCAL_TZ), minutes=row["minutes"],
        procedure_code=row["procedure_code"], procedure_name=row["procedure_name"],
        applicant_name=row["applicant_name"], applicant_phone=row["applicant_phone"],
        applicant_id_number=row["applicant_id_number"], applicant_email=row["applicant_email"], note=row["note"],
        channel=row["channel"], status=AppointmentStatus(row["status"]))


class AppointmentService:
    def __init__(self, database: Database) -> None:
        self._database = database

    def day(self, day: date) -> list[Appointment]:
        """The appointments of one local day in time order, cancelled ones included (a citizen who
        cancelled online may still come, and the officer should know why they are not expected)."""
        start, end = local_day_bounds(day)
        with self._database.read() as connection:
            rows = appointments_repo.between(connection, format_instant(start), format_instant(end))
        return [_appointment(row) for row in rows]
