"""One sync cycle: push the outbox, top up the leased dossier numbers, pull the feed, renew the
appointment places and booking numbers, in that order (the places are counted on the grid and
the catalogue just pulled); and the cheap question asked between cycles while the server is
away: does it answer again?

It holds no database lock across the network: each pushed batch and each pulled page is its own
short transaction, so saves at the counter interleave with a long cycle. A lease refused
(a desk whose clock is a day off) is a warning, not the end: the desk still pulls, and falls back
on its reserve. The cycle's outcome is recorded in the sync state (desk_app/sync/state.py).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from desk_app.domain.errors import DomainError
from desk_app.domain.working_calendar import OfficeHours, WorkingCalendar
from desk_app.store import sync_state_repo
from desk_app.store.database import Database
from desk_app.sync import credentials
from desk_app.sync import wire
from desk_app.sync.backoff import RetryPolicy
from desk_app.sync.feed import Applied, pull_feed
from desk_app.sync.leases import top_up
from desk_app.sync.places import renew
from desk_app.sync.push import Pushed, push_outbox
from desk_app.sync.state import Outcome, record_outcome
from desk_app.sync.transport import SyncError, Transport

Progress = Callable[[int, int, str], None]
"""progress(done, total, phase): phase "push" (operations sent of total pending), "leases", then
"pull" (feed entries applied; total 0 = not known in advance)."""


@dataclass(frozen=True)
class Settings:
    """How a cycle talks to the server; tests make the waits and batches small."""

    retry_policy: RetryPolicy = RetryPolicy()
    timeout_s: float = 15.0
    page_size: int = 1000
    batch_size: int | None = None
    """Operations per push request (None: the most the server takes)."""


PROBE_TIMEOUT_S = 3.0
"""A server that is back answers its health check in milliseconds; a line still down must not hold
the sync's thread (and a "Đồng bộ ngay" queued behind it) for a whole cycle's timeout."""


@dataclass
class CycleResult:
    error: DomainError | None = None
    pushed: Pushed = field(default_factory=Pushed)
    leased: int = 0
    places: int = 0
    """Appointment places the province added to this desk's holdings."""
    applied: Applied = field(default_factory=Applied)
    notes: list[str] = field(default_factory=list)
    """What went wrong without stopping the cycle (a lease refused)."""
    clock_skew_s: float | None = None
    online: bool | None = None


def run_cycle(database: Database, clock: Callable[[], datetime], calendar: Callable[[], WorkingCalendar],
              settings: Settings, stop: threading.Event, progress: Progress | None = None,
              hours: Callable[[], OfficeHours] = OfficeHours,
              booking_hours: Callable[[], OfficeHours | None] = lambda: None) -> CycleResult:
    result = _exchange(database, clock, calendar, settings, stop, progress, hours, booking_hours)
    stopped = result.error is not None and result.error.code == "sync.stopped"
    with database.write() as connection:
        record_outcome(connection, Outcome(result.error, result.online, result.clock_skew_s, stopped),
                       clock().replace(microsecond=0).isoformat())
    return result


def _exchange(database: Database, clock: Callable[[], datetime], calendar: Callable[[], WorkingCalendar],
              settings: Settings, stop: threading.Event, progress: Progress | None,
              hours: Callable[[], OfficeHours], booking_hours: Callable[[], OfficeHours | None]) -> CycleResult:
    result = CycleResult()
    with database.read() as connection:
        registration = sync_state_repo.registration(connection)
        needs_login = sync_state_repo.get(connection, "needs_login") == "1"
    if registration is None:
        result.error = SyncError("sync.not_registered")
        return result
    if needs_login:
        result.error = SyncError("sync.needs_login")
        return result
    try:
        token = credentials.load_token(registration.server_url, registration.device_id)
    except DomainError as err:
        result.error = err
        return result
    if token is None:
        result.error = SyncError("sync.needs_login")
        return result
    skews: list[float] = []
    transport = Transport(registration.server_url, token, settings.retry_policy, clock, skews.append,
                          settings.timeout_s, stop)

    def stamp() -> str:
        return clock().replace(microsecond=0).isoformat()

    try:
        result.pushed = push_outbox(database, transport, stamp, progress, settings.batch_size)
        if progress is not None:
            progress(0, 0, "leases")
        try:
            result.leased = top_up(database, transport, registration.agency_code, clock(), calendar)
        except SyncError as refused:
            if refused.transient or refused.status in (None, 401):
                raise
            result.notes.append(str(refused))
        pull_feed(database, transport, settings.page_size, result.applied, progress)
        try:
            result.places = renew(database, transport, registration.device_id, clock(), calendar, hours(),
                                  booking_hours())
        except SyncError as refused:
            if refused.transient or refused.status in (None, 401):
                raise
            result.notes.append(str(refused))
    except DomainError as err:
        result.error = err
    finally:
        transport.close()
    result.clock_skew_s = skews[-1] if skews else None
    transient = bool(getattr(result.error, "transient", False))
    result.online = True if transport.reached or result.error is None else (False if transient else None)
    return result


def server_answers(database: Database, clock: Callable[[], datetime], settings: Settings,
                   stop: threading.Event) -> bool:
    """One unauthenticated GET of the health check, no retries: True when the registered server
    answers it. It writes nothing (the sync state is the cycles'), so probing every few seconds
    through an outage leaves no trace but the answer."""
    with database.read() as connection:
        registration = sync_state_repo.registration(connection)
    if registration is None:
        return False
    transport = Transport(registration.server_url, None, RetryPolicy(attempts=1), clock, lambda skew: None,
                          min(settings.timeout_s, PROBE_TIMEOUT_S), stop)
    try:
        transport.call("GET", "/health", wire.Health)
    except DomainError:
        return False
    finally:
        transport.close()
    return True
