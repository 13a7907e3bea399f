"""Which days the desk works, and the hours it is open on them.

The national calendar (Tết, 30/4–1/5, 2/9, Giỗ Tổ, and the Saturdays officially swapped into
working days) comes from the `holidays` package; a province can add its own make-up Saturdays or
days off, and those win. Due dates ask this calendar thousands of times while a catalogue is
shown, so each year is worked out once into a sorted list of working days.
"""

from __future__ import annotations

import re
import threading
from bisect import bisect_left, bisect_right
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, time, timedelta


from desk_app.domain.errors import DomainError

# The settings key the hours are read from, so the settings dialog can mark it.
OFFICE_HOURS_FIELD = "hours.office_hours"
_SESSION = re.compile(r"(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})", re.ASCII)


@dataclass(frozen=True)
class OfficeHours:
    """The sessions (buổi) the desk receives dossiers in, in order, e.g. morning and afternoon."""

    sessions: tuple[tuple[time, time], ...] = ((time(7, 30), time(11, 30)), (time(13, 30), time(17, 0)))

    def __post_init__(self) -> None:
        moments = [moment for session in self.sessions for moment in session]
        in_order = moments == sorted(moments) and all(start < end for start, end in self.sessions)
        if not self.sessions or not in_order:
            raise DomainError("settings.office_hours", field=OFFICE_HOURS_FIELD, value=self.to_text())

    @classmethod
    def parse(cls, text: str) -> OfficeHours:
        """Read the settings spelling "07:30-11:30,13:30-17:00"."""
        sessions = [_parse_session(part) for part in text.split(",")]
        if None in sessions:
            raise DomainError("settings.office_hours", field=OFFICE_HOURS_FIELD, value=text.strip())
        return cls(tuple(sessions))

    def to_text(self) -> str:
        """The settings spelling, the inverse of `parse`."""
        return ",".join(f"{start:%H:%M}-{end:%H:%M}" for start, end in self.sessions)


def _parse_session(text: str) -> tuple[time, time] | None:
    match = _SESSION.fullmatch(text.strip())
    if match is None:
        return None
    h1, m1, h2, m2 = (int(group) for group in match.groups())
    try:
        return time(h1, m1), time(h2, m2)
    except ValueError:
        return None


@dataclass(frozen=True)
class _Year:
    working_days: tuple[date, ...]
    working_set: frozenset[date]


class WorkingCalendar:
    """The national working calendar of Việt Nam with the province's own exceptions on top."""

    def __init__(self, overrides: Mapping[date, bool] | None = None) -> None:
        import holidays  # costs a tenth of a second; the desk builds its calendar only when first needed

        self._national = holidays.country_holidays("VN", language="vi")
        self._overrides = dict(overrides or {})
        self._years: dict[int, _Year] = {}
        self._lock = threading.Lock()

    def is_working_day(self, d: date) -> bool:
        return d in self._year(d.year).working_set

    def holiday_name(self, d: date) -> str | None:
        """The national holiday's name as printed on calendars.

        A province's own day off has no name, and a holiday the province works through shows none.
        """
        if self._overrides.get(d):
            return None
        with self._lock:
            return self._national.get(d)

    def next_working_day(self, d: date) -> date:
        """The first working day strictly after d."""
        return self.add_working_days(d, 1)

    def previous_working_day(self, d: date) -> date:
        """The last working day strictly before d."""
        year = d.year
        days = self._year(year).working_days
        index = bisect_left(days, d) - 1
        while index < 0:
            year -= 1
            days = self._year(year).working_days
            index = len(days) - 1
        return days[index]

    def add_working_days(self, d: date, n: int) -> date:
        """The n-th working day after d (d itself when n is 0), counting only working days."""
        if n < 0:
            raise ValueError(f"n must not be negative, got {n}")
        if n == 0:
            return d
        year = d.year
        days = self._year(year).working_days
        index = bisect_right(days, d) + n - 1
        while index >= len(days):
            index -= len(days)
            year += 1
            days = self._year(year).working_days
        return days[index]

    def _year(self, year: int) -> _Year:
        """A year is built once; the lock matters because `holidays` fills a year lazily and not
        thread-safely, and the desk asks from the window and from its worker."""
        cached = self._years.get(year)
        if cached is not None:
            return cached
        with self._lock:
            cached = self._years.get(year)
            if cached is not None:
                return cached
            first = date(year, 1, 1)
            every_day = (first + timedelta(days=i) for i in range((date(year + 1, 1, 1) - first).days))
            working = tuple(
                d for d in every_day if self._overrides.get(d, self._national.is_working_day(d))
            )
            cached = self._years[year] = _Year(working, frozenset(working))
        return cached
