"""Blocks of dossier sequence numbers handed to desks ahead of need, one agency and day at a time.

Each (agency, day) has one row holding the next number to hand out. A lease locks that row (row
lock on PostgreSQL, the file lock on SQLite), takes its block and moves the row on, in one
transaction; the unique (agency, day, first) constraint is the last guard. So no number of
1–8999 is ever handed out twice, whatever the number of server processes.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime, timedelta, timezone
from functools import cache
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, case, select, update

from desk_app.domain.due_date import LOCAL_TZ
from desk_app.sync import wire
from provincial import sql
from provincial.errors import ServerError
from provincial.schema import leases, sequence_allocations

if TYPE_CHECKING:
    from provincial.devices import Device


def local_today() -> date:
    return datetime.now(LOCAL_TZ).date()


def grant(engine: Engine, device: Device, request: wire.LeaseRequest) -> wire.LeaseResponse:
    """Blocks for the days asked for from today to LEASE_MAX_DAYS_AHEAD; a day outside that window
    is left out of the answer like a day with no numbers left, so that a desk whose clock is still
    on yesterday at midnight gets its other days. A request with no day in the window is refused."""
    today = local_today()
    last_day = today + timedelta(days=wire.LEASE_MAX_DAYS_AHEAD)
    days = [ask for ask in request.days if today <= ask.day <= last_day]
    if not days:
        raise ServerError("lease.day", 422, field="day", max_days=wire.LEASE_MAX_DAYS_AHEAD,
                          day=request.days[0].day.strftime("%d/%m/%Y"))
    granted: list[wire.Lease] = []
    with engine.begin() as connection:
        now = datetime.now(timezone.utc)
        for ask in sorted(days, key=lambda a: a.day):
            key = (sequence_allocations.c.agency_code == device.agency_code) & (sequence_allocations.c.day == ask.day)
            connection.execute(sql.insert(connection, sequence_allocations).values(
                agency_code=device.agency_code, day=ask.day, next_value=wire.LEASE_FIRST).on_conflict_do_nothing())
            first = connection.execute(
                select(sequence_allocations.c.next_value).where(key).with_for_update()).scalar_one()
            if first > wire.LEASE_LAST:
                continue
            last = min(first + ask.count - 1, wire.LEASE_LAST)
            connection.execute(update(sequence_allocations).where(key).values(next_value=last + 1))
            connection.execute(leases.insert().values(device_id=device.id, agency_code=device.agency_code,
                                                      day=ask.day, first=first, last=last, created_at=now))
            granted.append(wire.Lease(day=ask.day, first=first, last=last))
    return wire.LeaseResponse(leases=granted)


def raise_allocations(connection: Connection, agency_code: str, next_values: Mapping[date, int]) -> None:
    """Numbers printed on receipts are never leased afterwards: each day's next number is raised
    past them (and never lowered)."""
    if next_values:
        connection.execute(_raise_statement(connection.dialect.name),
                           [{"agency_code": agency_code, "day": day, "next_value": min(value, wire.LEASE_LAST + 1)}
                            for day, value in sorted(next_values.items())])


@cache
def _raise_statement(dialect_name: str) -> Any:
    statement = sql.insert_for(dialect_name, sequence_allocations)
    current = sequence_allocations.c.next_value
    return statement.on_conflict_do_update(
        index_elements=[sequence_allocations.c.agency_code, sequence_allocations.c.day],
        set_={"next_value": case((current < statement.excluded.next_value, statement.excluded.next_value),
                                 else_=current)})
