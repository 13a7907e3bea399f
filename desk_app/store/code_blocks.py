"""Blocks of dossier sequence numbers a registered desk may print, per agency and day.

`lease` blocks come from the provincial server (never handed to another desk); the `reserve` block
is the desk's own slice of 9000–9999, assigned once at registration, used only when the leases of
the day are spent. A number is taken inside the transaction that saves the dossier, so a crash
cannot burn or repeat one.
"""

from __future__ import annotations

from datetime import date
from typing import Iterable

from desk_app.store.database import Connection

LEASE = "lease"
RESERVE = "reserve"


def take_number(connection: Connection, agency_code: str, day: date, reserve: tuple[int, int]) -> tuple[int, str] | None:
    """The next number for the day and where it came from: leases in order, then the reserve slice."""
    key = (agency_code, day.isoformat())
    row = connection.execute(
        "SELECT first, next_value, source FROM code_blocks WHERE agency_code = ? AND day = ? AND next_value <= last "
        "ORDER BY source = ?, first LIMIT 1", (*key, RESERVE)).fetchone()
    if row is None:
        inserted = connection.execute(
            "INSERT INTO code_blocks (agency_code, day, first, last, next_value, source) VALUES (?, ?, ?, ?, ?, ?) "
            "ON CONFLICT DO NOTHING", (*key, reserve[0], reserve[1], reserve[0] + 1, RESERVE))
        return (reserve[0], RESERVE) if inserted.rowcount == 1 else None
    connection.execute("UPDATE code_blocks SET next_value = next_value + 1 WHERE agency_code = ? AND day = ? AND first = ?",
                       (*key, row["first"]))
    return row["next_value"], row["source"]


def add_leases(connection: Connection, agency_code: str, blocks: Iterable[tuple[date, int, int]]) -> None:
    connection.executemany(
        "INSERT INTO code_blocks (agency_code, day, first, last, next_value, source) VALUES (?, ?, ?, ?, ?, ?) "
        "ON CONFLICT DO NOTHING",
        [(agency_code, day.isoformat(), first, last, first, LEASE) for day, first, last in blocks])


def unused_leased(connection: Connection, agency_code: str, days: Iterable[date]) -> dict[date, int]:
    """How many leased numbers are still unprinted for each of the days."""
    wanted = [d.isoformat() for d in days]
    found = dict.fromkeys(wanted, 0)
    rows = connection.execute(
        f"SELECT day, SUM(last - next_value + 1) AS unused FROM code_blocks "
        f"WHERE agency_code = ? AND source = ? AND next_value <= last AND day IN ({', '.join('?' for _ in wanted)}) "
        "GROUP BY day", (agency_code, LEASE, *wanted))
    for row in rows:
        found[row["day"]] = row["unused"]
    return {date.fromisoformat(d): n for d, n in found.items()}


def on_reserve(connection: Connection, agency_code: str, day: date) -> bool:
    """True once the day's leases are spent and the desk has printed from its reserve."""
    return connection.execute(
        "SELECT 1 FROM code_blocks WHERE agency_code = ? AND day = ? AND source = ?",
        (agency_code, day.isoformat(), RESERVE)).fetchone() is not None


def forget_before(connection: Connection, day: date) -> None:
    """Blocks of past days can never be used again."""
    connection.execute("DELETE FROM code_blocks WHERE day < ?", (day.isoformat(),))
