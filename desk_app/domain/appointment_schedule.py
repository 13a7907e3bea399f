"""The agency's booking grid: which slots exist, how long each is and how many citizens it takes.

A slot is one start time on one day for one procedure field (lĩnh vực): the province sets the
sessions the agency books in, a slot length and a capacity for every field (a default for the
fields it does not name). The desk and the server both cut days into slots here, so a slot the
province leases and the slot the desk books are the same slot, to the minute, in Asia/Ho_Chi_Minh.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta

from desk_app.domain.due_date import LOCAL_TZ
from desk_app.domain.errors import DomainError
from desk_app.domain.working_calendar import OfficeHours, WorkingCalendar

DEFAULT_MINUTES = 15
DEFAULT_CAPACITY = 4
"""Two places for the desks to hold ahead, two kept for the portal and the phone (appointment_places)."""
MAX_CAPACITY = 100
MIN_SLOT_MINUTES = 5
MAX_SLOT_MINUTES = 240
FIELD_MAX_LENGTH = 200
"""A field is named by the catalogue's `field` text, which the catalogue bounds the same way."""


@dataclass(frozen=True)
class FieldRule:
    minutes: int = DEFAULT_MINUTES
    capacity: int = DEFAULT_CAPACITY

    def __post_init__(self) -> None:
        if not MIN_SLOT_MINUTES <= self.minutes <= MAX_SLOT_MINUTES:
            raise DomainError("appointment.minutes", field="minutes", min=MIN_SLOT_MINUTES, max=MAX_SLOT_MINUTES)
        if not 1 <= self.capacity <= MAX_CAPACITY:
            raise DomainError("appointment.capacity", field="capacity", max=MAX_CAPACITY)


@dataclass(frozen=True)
class Slot:
    """One bookable time of one field; `starts_at` is aware, in the desk's time zone."""

    field: str
    starts_at: datetime
    minutes: int
    capacity: int

    @property
    def ends_at(self) -> datetime:
        return self.starts_at + timedelta(minutes=self.minutes)


@dataclass(frozen=True)
class Schedule:
    """Sessions (the lunch break is the gap between them) on the calendar's working days."""

    hours: OfficeHours = OfficeHours()
    default: FieldRule = FieldRule()
    fields: Mapping[str, FieldRule] = field(default_factory=dict)
    offered: OfficeHours | None = None
    """The sessions a desk takes bookings in, when it narrows the agency's: only the agency's slots
    lying wholly inside them are offered (the grid stays the agency's, so the province knows each)."""

    def rule(self, field_name: str) -> FieldRule:
        return self.fields.get(field_name, self.default)

    def offering(self, hours: OfficeHours | None) -> Schedule:
        """The same grid, of which a desk offers only the slots inside `hours` (None: all)."""
        return replace(self, offered=hours)

    @property
    def sessions(self) -> tuple[tuple[time, time], ...]:
        """Where bookings are taken: the desk's own sessions when it narrows the agency's."""
        return (self.offered or self.hours).sessions

    def slots_of_day(self, day: date, field_name: str, calendar: WorkingCalendar) -> list[Slot]:
        """Every slot of the day for the field, in time order; none on a day off. A slot lies
        wholly inside one session: the last one of the morning ends at its close, not after."""
        if not calendar.is_working_day(day):
            return []
        rule = self.rule(field_name)
        step = timedelta(minutes=rule.minutes)
        found = []
        for open_at, close_at in self.hours.sessions:
            start = datetime.combine(day, open_at, LOCAL_TZ)
            close = datetime.combine(day, close_at, LOCAL_TZ)
            while start + step <= close:
                found.append(Slot(field_name, start, rule.minutes, rule.capacity))
                start += step
        if self.offered is not None:
            found = [slot for slot in found if any(a <= slot.starts_at.time() and slot.ends_at.time() <= b
                                                   and slot.ends_at.date() == day for a, b in self.offered.sessions)]
        return found

    def slot_at(self, starts_at: datetime, field_name: str, calendar: WorkingCalendar) -> Slot:
        """The slot that starts exactly then, or the reason there is none: a day off, outside the
        sessions (the lunch break included), or between two slots of the grid."""
        if starts_at.tzinfo is None:
            raise ValueError("appointment times are timezone-aware")
        local = starts_at.astimezone(LOCAL_TZ)
        if not calendar.is_working_day(local.date()):
            raise DomainError("appointment.day_off", field="starts_at", day=local.strftime("%d/%m/%Y"))
        slots = self.slots_of_day(local.date(), field_name, calendar)
        for slot in slots:
            if slot.starts_at == local:
                return slot
        inside = any(datetime.combine(local.date(), a, LOCAL_TZ) <= local < datetime.combine(local.date(), b, LOCAL_TZ)
                     for a, b in self.sessions)
        if inside and slots:
            raise DomainError("appointment.grid", field="starts_at", minutes=self.rule(field_name).minutes,
                              first=slots[0].starts_at.strftime("%H:%M"))
        raise DomainError("appointment.hours", field="starts_at", hours=self.hours_text())

    def slots_between(self, start: date, end: date, field_name: str, calendar: WorkingCalendar) -> Iterator[Slot]:
        """The field's slots of the days [start, end), day after day."""
        day = start
        while day < end:
            yield from self.slots_of_day(day, field_name, calendar)
            day += timedelta(days=1)

    def hours_text(self) -> str:
        return ", ".join(f"{a:%H:%M}–{b:%H:%M}" for a, b in self.sessions)


def free_slots(schedule: Schedule, field_name: str, calendar: WorkingCalendar, after: datetime, days: int,
               free: Callable[[Slot], int], wanted: int = 1) -> list[Slot]:
    """The first `wanted` slots starting after `after`, within `days` days, with a place `free`
    says is left, in time order."""
    local = after.astimezone(LOCAL_TZ)
    found: list[Slot] = []
    for slot in schedule.slots_between(local.date(), local.date() + timedelta(days=days), field_name, calendar):
        if slot.starts_at > local and free(slot) > 0:
            found.append(slot)
            if len(found) == wanted:
                break
    return found
