"""Booking numbers (số lịch hẹn), printed on the slip: `LH<yy>-<NNNNNN>`, e.g. `LH26-000123`.

Like a dossier code, a number is printed on paper and scanned back, so it never changes and is
never given twice in an agency: the province hands each desk blocks of a year's numbers (the
province itself books from the same counter), and a desk books offline from its blocks. A
rescheduled booking keeps its number, which is why the number carries the year it was issued in
and not the day of the appointment. The letters tell a slip from a receipt at the scanner.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from desk_app.domain.errors import DomainError

FIRST = 1
LAST = 999_999
_NUMBER = re.compile(r"LH(\d{2})-(\d{6})", re.ASCII)


@dataclass(frozen=True)
class BookingNumber:
    year: int
    sequence: int

    def __str__(self) -> str:
        return format_booking_number(self.year, self.sequence)


def format_booking_number(year: int, sequence: int) -> str:
    if not 2000 <= year <= 2099:
        raise DomainError("booking_number.year", year=year)
    if not FIRST <= sequence <= LAST:
        raise DomainError("booking_number.sequence", sequence=sequence)
    return f"LH{year % 100:02d}-{sequence:06d}"


def parse_booking_number(text: str) -> BookingNumber | None:
    """The number a scanner or an officer typed (any case, spaces around), or None."""
    match = _NUMBER.fullmatch(text.strip().upper())
    if match is None or int(match.group(2)) < FIRST:
        return None
    return BookingNumber(2000 + int(match.group(1)), int(match.group(2)))
