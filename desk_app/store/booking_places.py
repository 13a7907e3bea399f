"""The appointment places this desk holds, per slot (field and start), as the province granted
them; and its blocks of booking numbers. A booking takes its number and counts against its
holding inside the transaction that saves it, so a crash can neither burn nor repeat either."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime

from desk_app.clock import format_instant
from desk_app.store.database import Connection


def holdings(connection: Connection, start: datetime, end: datetime, field: str | None = None) -> dict[tuple[str, str], int]:
    """Places held per slot (field, stored start) for slots starting in [start, end), of every
    field or of one."""
    query = "SELECT field, starts_at, held FROM appointment_places WHERE starts_at >= ? AND starts_at < ?"
    params = [format_instant(start), format_instant(end)]
    if field is not None:
        query += " AND field = ?"
        params.append(field)
    rows = connection.execute(query, params)
    return {(row["field"], row["starts_at"]): row["held"] for row in rows}


def held(connection: Connection, field: str, starts_at: datetime) -> int:
    row = connection.execute("SELECT held FROM appointment_places WHERE field = ? AND starts_at = ?",
                             (field, format_instant(starts_at))).fetchone()
    return 0 if row is None else row["held"]


def set_holdings(connection: Connection, items: Iterable[tuple[str, datetime, int]]) -> None:
    connection.executemany(
        "INSERT INTO appointment_places (field, starts_at, held) VALUES (?, ?, ?) "
        "ON CONFLICT (field, starts_at) DO UPDATE SET held = excluded.held",
        [(field, format_instant(starts_at), count) for field, starts_at, count in items])


def forget_before(connection: Connection, moment: datetime) -> None:
    """Holdings of slots already begun are of no more use."""
    connection.execute("DELETE FROM appointment_places WHERE starts_at < ?", (format_instant(moment),))


def take_number(connection: Connection, above: Callable[[int], int]) -> tuple[int, int] | None:
    """The next booking number (year, sequence) from the oldest block with one left, never one at
    or below `above(year)`, the folder's record of what it has printed (`issued_numbers`)."""
    rows = connection.execute("SELECT year, first, last, next_value FROM booking_blocks WHERE next_value <= last "
                              "ORDER BY year, first").fetchall()
    for row in rows:
        start = max(row["next_value"], above(row["year"]) + 1)
        if start <= row["last"]:
            connection.execute("UPDATE booking_blocks SET next_value = ? WHERE year = ? AND first = ?",
                               (start + 1, row["year"], row["first"]))
            return row["year"], start
    return None


def forget_all(connection: Connection) -> None:
    """Another device, or another agency: the places and numbers leased to the old one are not this
    device's to use (the province keeps them for the bookings the old one made)."""
    connection.execute("DELETE FROM appointment_places")
    connection.execute("DELETE FROM booking_blocks")


def burn_numbers(connection: Connection) -> None:
    """A database the folder's journal does not cover may have handed out numbers it no longer
    knows of: none of its blocks is used again."""
    connection.execute("UPDATE booking_blocks SET next_value = last + 1")


def add_number_blocks(connection: Connection, blocks: Iterable[tuple[int, int, int]]) -> None:
    connection.executemany("INSERT INTO booking_blocks (year, first, last, next_value) VALUES (?, ?, ?, ?) "
                           "ON CONFLICT DO NOTHING", [(year, first, last, first) for year, first, last in blocks])


def unused_numbers(connection: Connection) -> int:
    return connection.execute("SELECT COALESCE(SUM(last - next_value + 1), 0) FROM booking_blocks "
                              "WHERE next_value <= last").fetchone()[0]
