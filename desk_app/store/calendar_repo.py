"""The province's changes to the national calendar, as stored on the desk."""

from __future__ import annotations

from datetime import date

from desk_app.store.database import Connection


def load_overrides(connection: Connection) -> dict[date, bool]:
    return {date.fromisoformat(row["day"]): bool(row["is_working"])
            for row in connection.execute("SELECT day, is_working FROM calendar_days")}


def upsert_days(connection: Connection, days: list[tuple[date, bool, str]]) -> None:
    connection.executemany("INSERT INTO calendar_days (day, is_working, note) VALUES (?, ?, ?) "
                           "ON CONFLICT (day) DO UPDATE SET is_working = excluded.is_working, note = excluded.note",
                           [(d.isoformat(), is_working, note) for d, is_working, note in days])
