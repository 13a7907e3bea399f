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


def take_number(connection: Connection, agency_code: str, day: date, reserve: tuple[int, int],
                above: int = 0) -> tuple[int, str] | None:
    """The next number for the day and where it came from: leases in order, then the reserve slice;
    never one at or below `above`, the folder's record of what it has printed (`issued_numbers`)."""
    key = (agency_code, day.isoformat())
    start = above + 1
    row = connection.execute(
        "SELECT first, MAX(next_value, ?) AS next_value, source FROM code_blocks "
        "WHERE agency_code = ? AND day = ? AND MAX(next_value, ?) <= last "
        "ORDER BY source = ?, first LIMIT 1", (start, *key, start, RESERVE)).fetchone()
    if row is None:
        number = max(reserve[0], start)
        if number > reserve[1]:
            return None
        inserted = connection.execute(
            "INSERT INTO code_blocks (agency_code, day, first, last, next_value, source) VALUES (?, ?, ?, ?, ?, ?) "
            "ON CONFLICT DO NOTHING", (*key, reserve[0], reserve[1], number + 1, RESERVE))
        return (number, RESERVE) if inserted.rowcount == 1 else None
    connection.execute("UPDATE code_blocks SET next_value = ? WHERE agency_code = ? AND day = ? AND first = ?",
                       (row["next_value"] + 1, *key, row["first"]))
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


def burn(connection: Connection, agency_code: str, days: Iterable[date], reserve: tuple[int, int]) -> None:
    """No number of these blocks may be printed any more: every block from the first day on, and
    the reserve slice of each day (see `store.numbering`)."""
    wanted = sorted(d.isoformat() for d in days)
    connection.execute("UPDATE code_blocks SET next_value = last + 1 WHERE day >= ?", (wanted[0],))
    connection.executemany(
        "INSERT INTO code_blocks (agency_code, day, first, last, next_value, source) VALUES (?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (agency_code, day, first) DO UPDATE SET next_value = excluded.next_value",
        [(agency_code, day, reserve[0], reserve[1], reserve[1] + 1, RESERVE) for day in wanted])


def forget_before(connection: Connection, day: date) -> None:
    """Blocks of past days can never be used again."""
    connection.execute("DELETE FROM code_blocks WHERE day < ?", (day.isoformat(),))
