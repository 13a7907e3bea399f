"""Appointments as the provincial system sends them: the desk keeps the latest state of each."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from desk_app.store.database import Connection

COLUMNS = ("id", "agency_code", "procedure_code", "procedure_name", "starts_at", "minutes", "applicant_name",
           "applicant_phone", "applicant_id_number", "applicant_email", "note", "channel", "status", "updated_at")

_UPSERT = (
    f"INSERT INTO appointments ({', '.join(COLUMNS)}) VALUES ({', '.join('?' for _ in COLUMNS)}) "
    f"ON CONFLICT (id) DO UPDATE SET {', '.join(f'{c} = excluded.{c}' for c in COLUMNS[1:])} "
    "WHERE excluded.updated_at >= appointments.updated_at"
)
"""An older state of an appointment (a feed read again from its start) never overwrites a newer one."""


def upsert(connection: Connection, rows: Iterable[Mapping[str, Any]]) -> None:
    """Rows keyed by COLUMNS, instants as ISO 8601 text in UTC."""
    connection.executemany(_UPSERT, [tuple(row[column] for column in COLUMNS) for row in rows])


def between(connection: Connection, start: str, end: str) -> list[Mapping[str, Any]]:
    """Appointments starting in [start, end), in time order; bounds as ISO 8601 text in UTC."""
    return connection.execute(
        "SELECT * FROM appointments WHERE starts_at >= ? AND starts_at < ? ORDER BY starts_at, applicant_name",
        (start, end)).fetchall()
