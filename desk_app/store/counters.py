"""Per-day dossier sequence numbers and the tracking book's running entry number.

Both are taken inside the transaction that saves the dossier, so a crash between taking a number
and saving cannot burn or duplicate one.
"""

from __future__ import annotations

from datetime import date

from desk_app.store.database import Connection


def take_sequence(connection: Connection, agency_code: str, day: date, first: int, last: int,
                  above: int = 0) -> int | None:
    """The next number of the desk's block for that agency and day, or None when the block is used up;
    never one at or below `above`, the folder's record of what it has printed (`issued_numbers`).

    The block is the one configured now, so a block widened during the day takes effect at once;
    last_value records the end that was in force at the last number."""
    key = (agency_code, day.isoformat())
    start = max(first, above + 1)
    row = connection.execute(
        "SELECT next_value, last_value FROM sequence_counters WHERE agency_code = ? AND day = ?", key).fetchone()
    if row is None:
        if start > last:
            return None
        connection.execute("INSERT INTO sequence_counters (agency_code, day, next_value, last_value) "
                           "VALUES (?, ?, ?, ?)", (*key, start + 1, last))
        return start
    next_value = max(row["next_value"], start)
    if next_value > last:
        return None
    connection.execute("UPDATE sequence_counters SET next_value = ?, last_value = ? WHERE agency_code = ? AND day = ?",
                       (next_value + 1, last, *key))
    return next_value


def take_book_entry(connection: Connection, year: int, above: int = 0) -> int:
    """The next line of the year's tracking book, above `above` like the sequence numbers."""
    row = connection.execute("SELECT last_entry FROM book_counters WHERE year = ?", (year,)).fetchone()
    entry = max(0 if row is None else row["last_entry"], above) + 1
    connection.execute("INSERT INTO book_counters (year, last_entry) VALUES (?, ?) "
                       "ON CONFLICT (year) DO UPDATE SET last_entry = excluded.last_entry", (year, entry))
    return entry
