"""The province's changes to the national calendar, as stored on the desk."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Connection, select

from desk_app.store.schema import calendar_days


def load_overrides(connection: Connection) -> dict[date, bool]:
    return {row.day: row.is_working for row in connection.execute(select(calendar_days))}
