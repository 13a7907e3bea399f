"""Sync with the provincial system, as the window and `desk-app sync` use it.

A thin use case over desk_app/sync: `register` (sync/registration.py), `run_once` (one cycle,
sync/cycle.py; for a worker thread), `status` (the one typed state, sync/state.py), `retry`, and
for the scheduler `next_delay`, `probe_delay` and `server_answers` (the health check that ends an
outage early). Only one exchange runs at a time. httpx, pydantic and keyring load on
the first sync, not at the window's start-up.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Callable

from desk_app.clock import LOCAL_TZ
from desk_app.domain.errors import DomainError
from desk_app.domain.working_calendar import OfficeHours, WorkingCalendar
from desk_app.messages import message_for
from desk_app.services.changes import Changes, Kind
from desk_app.settings import DeskProfile
from desk_app.store import outbox_repo
from desk_app.store.database import Database
from desk_app.sync.backoff import next_delay, probe_delay
from desk_app.sync.state import CLOCK_SKEW_LIMIT_S, SyncProblem, SyncState, read_problems, read_state

if TYPE_CHECKING:
    from desk_app.sync.feed import Applied

__all__ = ["RegistrationResult", "SyncProblem", "SyncReport", "SyncService", "SyncState"]

Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class SyncReport:
    """One cycle's outcome. `ok` means the outbox was emptied (rejected operations aside, see
    `rejected`/`problems`) and the feed pulled to its end."""

    ok: bool
    pushed: int = 0
    duplicates: int = 0
    rejected: int = 0
    pulled: int = 0
    set_aside: int = 0
    leased: int = 0
    pending: int = 0
    problems: int = 0
    online: bool | None = None
    error: str | None = None
    """Why the cycle stopped, in Vietnamese."""
    error_code: str | None = None
    warnings: tuple[str, ...] = ()
    changes: Changes = field(default_factory=Changes)


@dataclass(frozen=True)
class RegistrationResult:
    device_id: str
    agency_code: str
    agency_name: str
    officer_name: str
    reserve_first: int
    reserve_last: int
    changes: Changes = field(default_factory=lambda: Changes.of(Kind.PROFILE, Kind.SYNC))


class SyncService:
    def __init__(self, database: Database, clock: Callable[[], datetime], calendar: Callable[[], WorkingCalendar],
                 profile: Callable[[], DeskProfile], on_registered: Callable[[DeskProfile, OfficeHours], None],
                 on_pulled: Callable[[bool, bool], None], hours: Callable[[], OfficeHours] = OfficeHours,
                 booking_hours: Callable[[], OfficeHours | None] = lambda: None) -> None:
        from desk_app.sync.cycle import Settings

        self._database = database
        self._clock = clock
        self._calendar = calendar
        self._profile = profile
        self._on_registered = on_registered
        self._on_pulled = on_pulled
        self._hours = hours
        self._booking_hours = booking_hours
        self._busy = threading.Lock()
        self._stop = threading.Event()
        self.settings = Settings()
        """How cycles talk to the server; tests shorten the waits and batches (dataclasses.replace)."""

    def stop(self) -> None:
        """The desk is closing: a cycle in flight ends after the exchange on the wire (each batch and
        page is its own transaction, so nothing is half-applied) and none starts again."""
        self._stop.set()

    def register(self, server_url: str, username: str, password: str, device_name: str) -> RegistrationResult:
        """Register this desk (or log it in again) with an officer's credentials; the province then
        tells the desk who it is (agency, officer, office hours)."""
        from desk_app.sync.registration import register

        with self._busy:
            answer = register(self._database, self._clock, self.settings, self._stop, server_url, username,
                              password, device_name)
            current, agency, officer = self._profile(), answer.agency, answer.officer
            self._on_registered(DeskProfile(
                agency_code=agency.code, agency_name=agency.name, parent_agency_name=agency.parent_name,
                place_name=agency.place_name or current.place_name or agency.name,
                officer_name=officer.full_name, officer_title=officer.title or current.officer_title,
                lookup_url=current.lookup_url, return_place=current.return_place), OfficeHours.parse(agency.office_hours))
        return RegistrationResult(device_id=answer.device_id, agency_code=agency.code, agency_name=agency.name,
                                  officer_name=officer.full_name, reserve_first=answer.reserve_first,
                                  reserve_last=answer.reserve_last)

    def run_once(self, progress: Progress | None = None) -> SyncReport:
        from desk_app.sync.cycle import run_cycle

        with self._busy:
            result = run_cycle(self._database, self._clock, self._calendar, self.settings, self._stop, progress,
                               self._hours, self._booking_hours)
        applied = result.applied
        if applied.catalogue or applied.calendar:
            self._on_pulled(applied.catalogue, applied.calendar)
        with self._database.read() as connection:
            pending = outbox_repo.pending_count(connection)
            problems = outbox_repo.rejected_count(connection)
        warnings = list(result.notes)
        if applied.set_aside:
            warnings.append(message_for("sync.set_aside", count=applied.set_aside))
        if result.clock_skew_s is not None and abs(result.clock_skew_s) > CLOCK_SKEW_LIMIT_S:
            warnings.insert(0, message_for("sync.clock_skew", minutes=round(abs(result.clock_skew_s) / 60)))
        error = result.error
        return SyncReport(
            ok=error is None and pending == 0, pushed=result.pushed.applied, duplicates=result.pushed.duplicates,
            rejected=result.pushed.rejected, pulled=applied.entries, set_aside=applied.set_aside,
            leased=result.leased, pending=pending, problems=problems, online=result.online,
            error=str(error) if error is not None else None, error_code=error.code if error is not None else None,
            warnings=tuple(warnings),
            changes=_pulled_changes(applied))

    def status(self) -> SyncState:
        today = self._clock().astimezone(LOCAL_TZ).date()
        with self._database.read() as connection:
            return read_state(connection, today)

    def problems(self) -> list[SyncProblem]:
        with self._database.read() as connection:
            return read_problems(connection)

    def problem_for(self, dossier_code: str) -> SyncProblem | None:
        with self._database.read() as connection:
            found = read_problems(connection, dossier_code)
        return found[0] if found else None

    def retry(self, op_id: str) -> Changes:
        """Put a rejected operation back in the queue; the next cycle sends it again."""
        with self._database.write() as connection:
            row = outbox_repo.requeue(connection, op_id)
        if row is None:
            raise DomainError("sync.problem_unknown", field=None, op_id=op_id)
        return Changes.of(Kind.OUTBOX, Kind.SYNC, dossier=[row.dossier_code] if row.dossier_code else [])

    def server_answers(self) -> bool:
        """Whether the registered server answers its health check now (one quick try, no token)."""
        from desk_app.sync.cycle import server_answers

        return server_answers(self._database, self._clock, self.settings, self._stop)

    def probe_delay(self) -> float:
        """Seconds between health checks while the server cannot be reached (~10 s, with jitter)."""
        return probe_delay()

    def next_delay(self, failures: int | None = None) -> float:
        """Seconds the scheduler waits before the next cycle: ~30 s, growing to at most 5 minutes
        after failed cycles in a row (by default, those recorded), with jitter."""
        if failures is None:
            failures = self.status().failures
        return next_delay(failures)


def _pulled_changes(applied: Applied) -> Changes:
    """What a cycle changed on this desk: the sync's own state always, and what the feed brought."""
    kinds = [Kind.SYNC]
    kinds += [kind for kind, touched in ((Kind.CATALOGUE, applied.catalogue), (Kind.CALENDAR, applied.calendar),
                                         (Kind.APPOINTMENT, applied.appointments)) if touched]
    return Changes.of(*kinds, **({"dossier": applied.dossier_codes} if applied.dossier_codes else {}))
