"""Topping up the desk's leased dossier numbers while it is online, so it can work offline.

For today and the next ten working days the desk keeps at least `size` unprinted leased numbers,
size being twice its busiest day of the last ten (at least 20, at most 1000): room for a rush and
for a few days without network. Past that, the reserve slice takes over (see `store.code_blocks`).
"""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime, timedelta, timezone
from typing import Callable

from desk_app.clock import LOCAL_TZ
from desk_app.domain.working_calendar import WorkingCalendar
from desk_app.store import code_blocks
from desk_app.store.database import Database
from desk_app.sync import wire
from desk_app.sync.transport import Transport

DAYS_AHEAD = 10
MIN_SIZE = 20
MAX_SIZE = 1000
HISTORY_DAYS = 10


def days_to_cover(today: date, calendar: WorkingCalendar) -> list[date]:
    """Today (a desk may open on a Saturday for a campaign) and the next working days."""
    days = [today]
    day = today
    while len(days) <= DAYS_AHEAD:
        day = calendar.next_working_day(day)
        if (day - today).days > wire.LEASE_MAX_DAYS_AHEAD:
            break
        days.append(day)
    return days


def lease_size(received_at: list[str], today: date) -> int:
    """Twice the busiest of the last ten days, within [MIN_SIZE, MAX_SIZE]."""
    since = today - timedelta(days=HISTORY_DAYS)
    per_day = Counter(d for d in (datetime.fromisoformat(s).astimezone(LOCAL_TZ).date() for s in received_at)
                      if since < d <= today)
    return min(MAX_SIZE, max(MIN_SIZE, 2 * max(per_day.values(), default=0)))


def top_up(database: Database, transport: Transport, agency_code: str, now: datetime,
           calendar: Callable[[], WorkingCalendar]) -> int:
    """Ask for what each day lacks; returns how many numbers were leased."""
    today = now.astimezone(LOCAL_TZ).date()
    days = days_to_cover(today, calendar())
    since = datetime.combine(today - timedelta(days=HISTORY_DAYS), datetime.min.time(), LOCAL_TZ)
    with database.read() as connection:
        received = [r[0] for r in connection.execute(
            "SELECT received_at FROM dossiers WHERE agency_code = ? AND received_at >= ?",
            (agency_code, since.astimezone(timezone.utc).isoformat()))]
        unused = code_blocks.unused_leased(connection, agency_code, days)
    size = lease_size(received, today)
    asks = [wire.LeaseAsk(day=day, count=size - unused[day]) for day in days if unused[day] < size]
    if not asks:
        return 0
    answer = transport.call("POST", "/leases", wire.LeaseResponse, body=wire.LeaseRequest(days=asks))
    asked = {ask.day for ask in asks}
    blocks = [(lease.day, lease.first, lease.last) for lease in answer.leases
              if lease.day in asked and wire.LEASE_FIRST <= lease.first <= lease.last <= wire.LEASE_LAST]
    with database.write() as connection:
        code_blocks.add_leases(connection, agency_code, blocks)
        code_blocks.forget_before(connection, today)
    return sum(last - first + 1 for _, first, last in blocks)
