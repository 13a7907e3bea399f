"""Appointments: the ones this desk booked and the ones the provincial system sends, each kept as
it last stood, and the agency's booking grid as the province last sent it."""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from desk_app.clock import format_instant
from desk_app.store.database import Connection

CANCELLED = "cancelled"

SlotKey = tuple[str, str]
"""A slot as the desk's tables name it: the field and the start as stored."""


def slot_key(field: str, starts_at: datetime) -> SlotKey:
    return field, format_instant(starts_at)


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
    number: str = ""
    field: str = ""
    purpose: str = "submit"
    dossier_code: str | None = None
    holder: str | None = None
    """The device whose places the booking takes; None: the agency's pool."""
    reason: str = ""


COLUMNS = tuple(field.name for field in dataclasses.fields(AppointmentRecord))
_INSTANTS = frozenset({"starts_at", "updated_at"})

_UPSERT = (
    f"INSERT INTO appointments ({', '.join(COLUMNS)}) VALUES ({', '.join('?' for _ in COLUMNS)}) "
    f"ON CONFLICT (id) DO UPDATE SET {', '.join(f'{c} = excluded.{c}' for c in COLUMNS[1:])} "
    "WHERE excluded.updated_at >= appointments.updated_at"
)
"""An older state of an appointment (a feed read again from its start) never overwrites a newer one."""


def _values(record: AppointmentRecord) -> tuple:
    return tuple(format_instant(value) if name in _INSTANTS else value
                 for name, value in ((name, getattr(record, name)) for name in COLUMNS))


def _record(row) -> AppointmentRecord:
    return AppointmentRecord(**{name: datetime.fromisoformat(row[name]) if name in _INSTANTS else row[name]
                                for name in COLUMNS})


def upsert(connection: Connection, records: Iterable[AppointmentRecord]) -> None:
    connection.executemany(_UPSERT, [_values(record) for record in records])


def insert(connection: Connection, record: AppointmentRecord) -> None:
    """A booking made here; its number is unique (the index refuses a second one)."""
    connection.execute(f"INSERT INTO appointments ({', '.join(COLUMNS)}) VALUES ({', '.join('?' for _ in COLUMNS)})",
                       _values(record))


YIELDED = "2000-01-01T00:00:00+00:00"


def yield_to_province(connection: Connection, numbers: Iterable[str]) -> None:
    """Bookings whose change the province refused: the next state the feed brings wins, however
    old, since the desk's own newer state never reached the province."""
    connection.executemany("UPDATE appointments SET updated_at = ? WHERE number = ?",
                           [(YIELDED, number) for number in numbers])


def between(connection: Connection, start: datetime, end: datetime) -> list[AppointmentRecord]:
    """Appointments starting in [start, end), in time order."""
    rows = connection.execute(
        "SELECT * FROM appointments WHERE starts_at >= ? AND starts_at < ? ORDER BY starts_at, applicant_name",
        (format_instant(start), format_instant(end))).fetchall()
    return [_record(row) for row in rows]


def by_number(connection: Connection, number: str) -> AppointmentRecord | None:
    row = connection.execute("SELECT * FROM appointments WHERE number = ? AND number != ''", (number,)).fetchone()
    return None if row is None else _record(row)


def pickup_for(connection: Connection, dossier_code: str) -> AppointmentRecord | None:
    """The collection booked for a dossier (the first, by number, that is not cancelled)."""
    row = connection.execute("SELECT * FROM appointments WHERE dossier_code = ? AND purpose = 'collect' "
                             "AND status != ? AND number != '' ORDER BY number LIMIT 1",
                             (dossier_code, CANCELLED)).fetchone()
    return None if row is None else _record(row)


def taken(connection: Connection, start: datetime, end: datetime, holder: str | None = None,
          field: str | None = None) -> Counter:
    """Bookings that take a place, per slot (field, stored start) in [start, end): every holder's,
    or one's; of every field, or of one. A citizen who came, or did not, still had the slot; only a
    cancellation gives the place back."""
    query = ("SELECT field, starts_at, COUNT(*) AS n FROM appointments "
             "WHERE field != '' AND starts_at >= ? AND starts_at < ? AND status != ?")
    params: list = [format_instant(start), format_instant(end), CANCELLED]
    if holder is not None:
        query += " AND holder = ?"
        params.append(holder)
    if field is not None:
        query += " AND field = ?"
        params.append(field)
    rows = connection.execute(query + " GROUP BY field, starts_at", params)
    return Counter({(row["field"], row["starts_at"]): row["n"] for row in rows})


def schedule_json(connection: Connection, agency_code: str) -> str | None:
    row = connection.execute("SELECT data_json FROM appointment_schedule WHERE agency_code = ?",
                             (agency_code,)).fetchone()
    return None if row is None else row["data_json"]


def store_schedule(connection: Connection, agency_code: str, data_json: str, updated_at: datetime) -> None:
    """The newest grid of the agency wins; one sent again from the feed's start changes nothing."""
    connection.execute(
        "INSERT INTO appointment_schedule (agency_code, data_json, updated_at) VALUES (?, ?, ?) "
        "ON CONFLICT (agency_code) DO UPDATE SET data_json = excluded.data_json, updated_at = excluded.updated_at "
        "WHERE excluded.updated_at >= appointment_schedule.updated_at",
        (agency_code, data_json, format_instant(updated_at)))
