"""Appointments as the provincial system sends them: the desk keeps the latest state of each."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from desk_app.clock import format_instant
from desk_app.store.database import Connection


@dataclass(frozen=True)
class AppointmentRecord:
    id: str
    agency_code: str
    procedure_code: str
    procedure_name: str
    starts_at: datetime
    minutes: int
    applicant_name: str
    applicant_phone: str
    applicant_id_number: str
    applicant_email: str
    note: str
    channel: str
    status: str
    updated_at: datetime


COLUMNS = tuple(field.name for field in dataclasses.fields(AppointmentRecord))
_INSTANTS = frozenset({"starts_at", "updated_at"})

_UPSERT = (
    f"INSERT INTO appointments ({', '.join(COLUMNS)}) VALUES ({', '.join('?' for _ in COLUMNS)}) "
    f"ON CONFLICT (id) DO UPDATE SET {', '.join(f'{c} = excluded.{c}' for c in COLUMNS[1:])} "
    "WHERE excluded.updated_at >= appointments.updated_at"
)
"""An older state of an appointment (a feed read again from its start) never overwrites a newer one."""


def upsert(connection: Connection, records: Iterable[AppointmentRecord]) -> None:
    connection.executemany(_UPSERT, [
        tuple(format_instant(value) if name in _INSTANTS else value
              for name, value in ((name, getattr(record, name)) for name in COLUMNS))
        for record in records])


def between(connection: Connection, start: datetime, end: datetime) -> list[AppointmentRecord]:
    """Appointments starting in [start, end), in time order."""
    rows = connection.execute(
        "SELECT * FROM appointments WHERE starts_at >= ? AND starts_at < ? ORDER BY starts_at, applicant_name",
        (format_instant(start), format_instant(end))).fetchall()
    return [AppointmentRecord(**{name: datetime.fromisoformat(row[name]) if name in _INSTANTS else row[name]
                                 for name in COLUMNS}) for row in rows]
