"""Per-day dossier sequence numbers and the tracking book's running entry number.

Both are taken inside the transaction that saves the dossier, so a crash between taking a number
and saving cannot burn or duplicate one.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Connection, insert, select, update

from desk_app.store.schema import book_counters, sequence_counters


def take_sequence(connection: Connection, agency_code: str, day: date, first: int, last: int) -> int | None:
    """The next number of the desk's block for that agency and day, or None when the block is used up."""
    key = (sequence_counters.c.agency_code == agency_code) & (sequence_counters.c.day == day)
    row = connection.execute(select(sequence_counters.c.next_value, sequence_counters.c.last_value).where(key)).first()
    if row is None:
        connection.execute(insert(sequence_counters).values(
            agency_code=agency_code, day=day, next_value=first + 1, last_value=last))
        return first
    next_value = max(row.next_value, first)
    if next_value > min(row.last_value, last):
        return None
    connection.execute(update(sequence_counters).where(key).values(next_value=next_value + 1))
    return next_value


def take_book_entry(connection: Connection, year: int) -> int:
    key = book_counters.c.year == year
    last = connection.execute(select(book_counters.c.last_entry).where(key)).scalar_one_or_none()
    if last is None:
        connection.execute(insert(book_counters).values(year=year, last_entry=1))
        return 1
    connection.execute(update(book_counters).where(key).values(last_entry=last + 1))
    return last + 1
