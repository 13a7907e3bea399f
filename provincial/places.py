"""The agency's appointment places and booking numbers, as the province keeps them.

Every change to who holds or takes a place of an agency's slots runs under the agency's lock (its
row, FOR UPDATE on PostgreSQL; the database's write lock on SQLite), so two desks renewing their
holdings, a desk's pushed bookings and an online booking never count the same free place twice.
The arithmetic is the domain's (`desk_app/domain/appointment_places.py`); this module reads the
counts it needs and writes back what it decides.

Booking numbers come from one counter per agency and year: the agency's own bookings take the
next number, a desk takes a block, recorded so a pushed booking is known to be that desk's.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, and_, func, select, update

from desk_app.domain import appointment_places as place_rules
from desk_app.domain import booking_number
from desk_app.domain.appointment import AppointmentStatus
from desk_app.domain.appointment_schedule import FieldRule, Schedule, Slot
from desk_app.domain.due_date import LOCAL_TZ
from desk_app.domain.errors import DomainError
from desk_app.domain.working_calendar import WorkingCalendar
from desk_app.sync import wire
from provincial import feed, sql
from provincial.errors import ServerError
from provincial.rules import AgencyRules
from provincial.schema import (
    agencies,
    appointment_places,
    appointment_schedules,
    appointments,
    booking_blocks,
    booking_counters,
)

if TYPE_CHECKING:
    from provincial.devices import Device

SlotKey = tuple[str, datetime]
"""A slot as both sides name it: the field and the start, in UTC."""


def slot_key(field_name: str, starts_at: datetime) -> SlotKey:
    return field_name, starts_at.astimezone(timezone.utc)


def lock_agency(connection: Connection, agency_code: str) -> None:
    """Serialise the agency's place changes; released when the caller's transaction ends."""
    found = connection.execute(select(agencies.c.code).where(agencies.c.code == agency_code).with_for_update()).first()
    if found is None:
        raise ServerError("agency.unknown", 404, code=agency_code)


def schedule_entry(connection: Connection, agency_code: str) -> wire.ScheduleEntry:
    """The agency's grid as stored, or the defaults on the agency's office hours."""
    row = connection.execute(select(appointment_schedules.c.data_json)
                             .where(appointment_schedules.c.agency_code == agency_code)).first()
    if row is not None:
        return wire.ScheduleEntry.model_validate_json(row.data_json)
    hours = connection.execute(select(agencies.c.office_hours).where(agencies.c.code == agency_code)).scalar_one()
    rule = FieldRule()
    return wire.ScheduleEntry(agency_code=agency_code, sessions=hours, minutes=rule.minutes, capacity=rule.capacity,
                              updated_at=datetime(2000, 1, 1, tzinfo=timezone.utc))


def store_schedule(connection: Connection, entry: wire.ScheduleEntry) -> None:
    """Keep the grid and send it to the agency's desks in the same transaction."""
    values = {"data_json": entry.model_dump_json(), "updated_at": entry.updated_at}
    connection.execute(sql.insert(connection, appointment_schedules).values(agency_code=entry.agency_code, **values)
                       .on_conflict_do_update(index_elements=[appointment_schedules.c.agency_code], set_=values))
    feed.append(connection, entry.agency_code, [feed.NewEntry(wire.FeedKind.APPOINTMENT_SCHEDULE, entry.agency_code,
                                                              entry.model_dump(mode="json"))])


@dataclass
class SlotCounts:
    """Who holds and who has taken the places of some slots of one agency."""

    held: dict[SlotKey, dict[str, int]] = field(default_factory=lambda: defaultdict(dict))
    used: dict[SlotKey, dict[str | None, int]] = field(default_factory=lambda: defaultdict(dict))
    """Active bookings per holder; None is the pool."""

    def held_by_others(self, key: SlotKey, device_id: str | None) -> int:
        return sum(n for holder, n in self.held[key].items() if holder != device_id)

    def pool_booked(self, key: SlotKey) -> int:
        return self.used[key].get(None, 0)

    def pool_free(self, key: SlotKey, capacity: int) -> int:
        return place_rules.pool_free(capacity, self.held_by_others(key, None), self.pool_booked(key))


def read_counts(connection: Connection, agency_code: str, keys: Iterable[SlotKey]) -> SlotCounts:
    """The counts of the slots named, in two reads over the span of their starts."""
    wanted = set(keys)
    counts = SlotCounts()
    if not wanted:
        return counts
    first = min(start for _, start in wanted)
    last = max(start for _, start in wanted)
    rows = connection.execute(select(appointment_places.c.field, appointment_places.c.starts_at,
                                     appointment_places.c.device_id, appointment_places.c.held).where(
        appointment_places.c.agency_code == agency_code,
        appointment_places.c.starts_at >= first, appointment_places.c.starts_at <= last))
    for row in rows:
        key = slot_key(row.field, row.starts_at)
        if key in wanted:
            counts.held[key][row.device_id] = row.held
    booked = connection.execute(
        select(appointments.c.field, appointments.c.starts_at, appointments.c.holder_device_id, func.count())
        .where(appointments.c.agency_code == agency_code, appointments.c.status != AppointmentStatus.CANCELLED.value,
               appointments.c.starts_at >= first, appointments.c.starts_at <= last, appointments.c.field != "")
        .group_by(appointments.c.field, appointments.c.starts_at, appointments.c.holder_device_id))
    for slot_field, starts_at, holder, number in booked:
        key = slot_key(slot_field, starts_at)
        if key in wanted:
            counts.used[key][holder] = number
    return counts


def write_holding(connection: Connection, agency_code: str, key: SlotKey, device_id: str, held: int) -> None:
    values = {"held": held}
    connection.execute(sql.insert(connection, appointment_places).values(
        agency_code=agency_code, field=key[0], starts_at=key[1], device_id=device_id, **values)
        .on_conflict_do_update(index_elements=[appointment_places.c.agency_code, appointment_places.c.field,
                                               appointment_places.c.starts_at, appointment_places.c.device_id],
                               set_=values))


@dataclass(frozen=True)
class Grid:
    """The agency's slots as the push and the lease read them: the schedule, the calendar, and
    the fields its catalogue has (a desk is granted places only in those)."""

    schedule: Schedule
    calendar: WorkingCalendar
    fields: frozenset[str]

    def slot(self, field_name: str, starts_at: datetime) -> Slot | None:
        if field_name not in self.fields and field_name not in self.schedule.fields:
            return None
        try:
            return self.schedule.slot_at(starts_at, field_name, self.calendar)
        except DomainError:
            return None


def read_grid(connection: Connection, agency_code: str) -> Grid:
    rules = AgencyRules(connection, agency_code)
    fields = frozenset(procedure.field for procedure in rules.procedures.values() if procedure.field)
    return Grid(schedule_entry(connection, agency_code).schedule(), rules.calendar, fields)


def grant(engine: Engine, device: Device, request: wire.PlacesRequest) -> wire.PlacesResponse:
    """Lower each named slot to the holding the desk keeps, raise it towards what it wants from
    the pool, and hand out the booking numbers asked for; one transaction under the agency's lock.
    A slot already begun, further ahead than LEASE_MAX_DAYS_AHEAD or off the grid is never raised."""
    now = datetime.now(timezone.utc)
    horizon = now + timedelta(days=wire.LEASE_MAX_DAYS_AHEAD + 1)
    with engine.begin() as connection:
        lock_agency(connection, device.agency_code)
        grid = read_grid(connection, device.agency_code)
        keys = [slot_key(h.field, h.starts_at) for h in request.holdings]
        counts = read_counts(connection, device.agency_code, keys)
        answered = []
        for holding, key in zip(request.holdings, keys):
            recorded = counts.held[key].get(device.id, 0)
            mine = counts.used[key].get(device.id, 0)
            held = place_rules.claimed(recorded, holding.held, mine)
            slot = grid.slot(*key) if now < key[1] < horizon else None
            if slot is not None:
                held = place_rules.granted(held, holding.wanted, slot.capacity,
                                                  counts.held_by_others(key, device.id), counts.pool_booked(key))
            if held != recorded:
                write_holding(connection, device.agency_code, key, device.id, held)
                counts.held[key][device.id] = held
            answered.append(wire.Holding(field=key[0], starts_at=key[1], held=held))
        blocks = [lease_numbers(connection, device, request.numbers, now)] if request.numbers else []
    return wire.PlacesResponse(holdings=answered, numbers=blocks)


def _take_numbers(connection: Connection, agency_code: str, year: int, count: int) -> tuple[int, int]:
    key = and_(booking_counters.c.agency_code == agency_code, booking_counters.c.year == year)
    connection.execute(sql.insert(connection, booking_counters).values(
        agency_code=agency_code, year=year, next_value=booking_number.FIRST).on_conflict_do_nothing())
    first = connection.execute(select(booking_counters.c.next_value).where(key).with_for_update()).scalar_one()
    if first > booking_number.LAST:
        raise ServerError("booking_number.exhausted", 409, year=year)
    last = min(first + count - 1, booking_number.LAST)
    connection.execute(update(booking_counters).where(key).values(next_value=last + 1))
    return first, last


def lease_numbers(connection: Connection, device: Device, count: int, now: datetime) -> wire.NumberBlock:
    year = now.astimezone(LOCAL_TZ).year
    first, last = _take_numbers(connection, device.agency_code, year, count)
    connection.execute(booking_blocks.insert().values(device_id=device.id, agency_code=device.agency_code, year=year,
                                                      first=first, last=last, created_at=now))
    return wire.NumberBlock(year=year, first=first, last=last)


def agency_number(connection: Connection, agency_code: str, now: datetime) -> str:
    """The next number for a booking the agency takes itself (online, by phone, the operator)."""
    year = now.astimezone(LOCAL_TZ).year
    first, _ = _take_numbers(connection, agency_code, year, 1)
    return booking_number.format_booking_number(year, first)


def device_holds_number(connection: Connection, device: Device, number: str) -> bool:
    parsed = booking_number.parse_booking_number(number)
    if parsed is None:
        return False
    return connection.execute(select(booking_blocks.c.id).where(
        booking_blocks.c.device_id == device.id, booking_blocks.c.agency_code == device.agency_code,
        booking_blocks.c.year == parsed.year, booking_blocks.c.first <= parsed.sequence,
        booking_blocks.c.last >= parsed.sequence).limit(1)).first() is not None


def release_spare(connection: Connection, device_id: str) -> None:
    """A revoked device makes no more bookings: of its places, only those its bookings use stay
    held (they still count against the slot), the rest go back to the agency."""
    used = (select(func.count()).select_from(appointments).where(
        appointments.c.agency_code == appointment_places.c.agency_code,
        appointments.c.field == appointment_places.c.field,
        appointments.c.starts_at == appointment_places.c.starts_at,
        appointments.c.holder_device_id == appointment_places.c.device_id,
        appointments.c.status != AppointmentStatus.CANCELLED.value).scalar_subquery())
    connection.execute(update(appointment_places).where(appointment_places.c.device_id == device_id)
                       .values(held=used))
