"""Renewing the appointment places this desk holds, and its booking numbers, at each sync.

For today and the next ten working days, in every field of the catalogue, the desk wants to keep
`spare` places free in each slot it offers beyond the ones it has used: the most it ever booked
into one slot lately, at least one; in a slot it no longer offers (the catalogue or its own booking
hours changed), only the ones it has used. It first gives back, in its own database, what it holds beyond that, then
tells the province the holdings it keeps and asks for what it lacks; the answer replaces them.
Between the two transactions a booking at the counter can only use places, never hold more, and
the province answers no less than it was told unless its own record was already lower (a desk
put back to an older copy of its database), so no booking is left without its place.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from functools import lru_cache

from desk_app.clock import LOCAL_TZ
from desk_app.domain import appointment_places
from desk_app.domain.appointment import local_day_bounds
from desk_app.domain.appointment_schedule import Schedule
from desk_app.domain.working_calendar import OfficeHours, WorkingCalendar
from desk_app.store import appointments_repo, booking_places, catalogue_repo, sync_state_repo
from desk_app.store.database import Connection, Database
from desk_app.sync import wire
from desk_app.sync.leases import HISTORY_DAYS, days_to_cover
from desk_app.sync.transport import Transport

MIN_NUMBERS = 50


def schedule_in_force(connection: Connection, hours: OfficeHours) -> Schedule:
    """The agency's grid as the province last sent it; the defaults on the desk's own office hours
    until it has."""
    registration = sync_state_repo.registration(connection)
    text = None if registration is None else appointments_repo.schedule_json(connection, registration.agency_code)
    return _schedule(text, hours)


@lru_cache(maxsize=4)
def _schedule(text: str | None, hours: OfficeHours) -> Schedule:
    return Schedule(hours) if text is None else wire.ScheduleEntry.model_validate_json(text).schedule()


def renew(database: Database, transport: Transport, device_id: str, now: datetime,
          calendar: Callable[[], WorkingCalendar], hours: OfficeHours, booking_hours: OfficeHours | None = None) -> int:
    """Give back, ask, keep the answer; returns how many places the province added. A desk that
    takes bookings in fewer sessions than the agency (`booking_hours`) holds places in those only."""
    with database.write() as connection:
        request = _kept(connection, device_id, now, calendar(), schedule_in_force(connection, hours).offering(
            booking_hours))
    if not request.holdings and not request.numbers:
        return 0
    answer = transport.call("POST", "/places", wire.PlacesResponse, body=request)
    sent = {appointments_repo.slot_key(h.field, h.starts_at): h.held for h in request.holdings}
    kept = [(h.field, h.starts_at, h.held) for h in answer.holdings if appointments_repo.slot_key(h.field, h.starts_at) in sent]
    with database.write() as connection:
        booking_places.set_holdings(connection, kept)
        booking_places.add_number_blocks(connection, [(b.year, b.first, b.last) for b in answer.numbers
                                                      if b.first <= b.last])
        booking_places.forget_before(connection, now)
    return sum(held - sent[appointments_repo.slot_key(field_name, starts_at)] for field_name, starts_at, held in kept)


def _kept(connection: Connection, device_id: str, now: datetime, calendar: WorkingCalendar,
          schedule: Schedule) -> wire.PlacesRequest:
    """The request, once the desk has given back what it will not use (in this transaction)."""
    days = days_to_cover(now.astimezone(LOCAL_TZ).date(), calendar)
    start, _ = local_day_bounds(days[0])
    _, end = local_day_bounds(days[-1])
    held = booking_places.holdings(connection, start, end)
    used = appointments_repo.taken(connection, start, end, device_id)
    recent_start = start - timedelta(days=HISTORY_DAYS)
    recent = appointments_repo.taken(connection, recent_start, end, device_id)
    spare = max(1, max(recent.values(), default=0))
    holdings, released, offered = [], [], set()

    def ask(field_name: str, starts_at: datetime, keep: int, wanted: int, had: int) -> None:
        if keep < had:
            released.append((field_name, starts_at, keep))
        if keep < had or keep < wanted:
            holdings.append(wire.Holding(field=field_name, starts_at=starts_at, held=keep, wanted=wanted))

    for field_name in catalogue_repo.fields_in_force(connection):
        for day in days:
            for slot in schedule.slots_of_day(day, field_name, calendar):
                if slot.starts_at <= now:
                    continue
                key = appointments_repo.slot_key(field_name, slot.starts_at)
                offered.add(key)
                had, mine = held.get(key, 0), used.get(key, 0)
                ask(field_name, slot.starts_at, appointment_places.kept(had, mine, spare),
                    min(slot.capacity, mine + spare), had)
    for key, had in held.items():
        starts_at = datetime.fromisoformat(key[1])
        if key not in offered and starts_at > now:
            mine = used.get(key, 0)
            ask(key[0], starts_at, appointment_places.kept(had, mine, 0), mine, had)
    booking_places.set_holdings(connection, released)
    unused = booking_places.unused_numbers(connection)
    wanted_numbers = max(MIN_NUMBERS, 2 * sum(recent.values()))
    numbers = min(wire.BOOKING_NUMBERS_MAX_ASK, wanted_numbers - unused) if unused < wanted_numbers // 2 else 0
    return wire.PlacesRequest(holdings=holdings[:wire.PLACES_MAX_SLOTS], numbers=max(0, numbers))
