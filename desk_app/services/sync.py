"""Sync with the provincial system, as the window and `desk-app sync` use it.

`SyncService.run_once` is one cycle (push the outbox, top up the leased dossier numbers, pull the
feed) and is meant for a worker thread: it holds no database lock across the network, writes one
short transaction per pushed batch and per pulled page, and lets intake saves interleave. The
outcome of every exchange is kept in the sync_state table, so `status()` is cheap, survives a
restart and reads the same from the command line. The scheduler between cycles asks `next_delay`.

httpx, pydantic and keyring load on the first sync, not at the window's start-up.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Callable, Sequence

from desk_app.clock import LOCAL_TZ
from desk_app.domain.errors import DomainError
from desk_app.domain.working_calendar import OfficeHours, WorkingCalendar
from desk_app.messages import message_for
from desk_app.services.changes import Changes
from desk_app.settings import DeskProfile
from desk_app.store import code_blocks, outbox_repo, sync_state_repo
from desk_app.store.database import Database
from desk_app.sync.backoff import RetryPolicy, next_delay

Progress = Callable[[int, int, str], None]
"""progress(done, total, phase): phase "push" (operations sent of total pending), "leases", then
"pull" (feed entries applied; total 0 = not known in advance)."""

CLOCK_SKEW_LIMIT_S = 300.0
PROPOSED_DEVICE = "proposed_device_id"
"""sync_state key of the device id a desk not yet registered asks for (see `_proposed_device_id`)."""


@dataclass(frozen=True)
class SyncProblem:
    """An operation the provincial system rejected, set aside until the officer retries it."""

    op_id: str
    dossier_code: str | None
    kind: str
    reason: str
    at: datetime | None
    reason_code: str = ""


@dataclass(frozen=True)
class SyncStatus:
    registered: bool
    server_url: str | None
    online: bool | None
    """None until the desk has tried to reach the server."""
    pending: int
    problems: int
    last_success: datetime | None
    last_error: str | None
    needs_login: bool
    clock_skew_s: float | None
    """The desk's clock minus the server's, at the last exchange."""
    on_reserve_today: bool
    agency_code: str | None = None
    device_id: str | None = None

    @property
    def clock_warning(self) -> str | None:
        if self.clock_skew_s is None or abs(self.clock_skew_s) <= CLOCK_SKEW_LIMIT_S:
            return None
        return message_for("sync.clock_skew", minutes=round(abs(self.clock_skew_s) / 60))

    def as_json(self) -> dict[str, Any]:
        return {
            "registered": self.registered,
            "server_url": self.server_url,
            "agency_code": self.agency_code,
            "device_id": self.device_id,
            "online": self.online,
            "pending": self.pending,
            "problems": self.problems,
            "last_success": self.last_success.isoformat() if self.last_success else None,
            "last_error": self.last_error,
            "needs_login": self.needs_login,
            "clock_skew_s": self.clock_skew_s,
            "clock_warning": self.clock_warning,
            "on_reserve_today": self.on_reserve_today,
        }


@dataclass(frozen=True)
class SyncReport:
    """One cycle's outcome. `ok` means the outbox was emptied (rejected operations aside, see
    `rejected`/`problems`) and the feed pulled to its end."""

    ok: bool
    pushed: int = 0
    duplicates: int = 0
    rejected: int = 0
    pulled: int = 0
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
    changes: Changes = field(default_factory=lambda: Changes(profile=True))


class SyncService:
    def __init__(self, database: Database, clock: Callable[[], datetime], calendar: Callable[[], WorkingCalendar],
                 profile: Callable[[], DeskProfile], on_registered: Callable[[DeskProfile, OfficeHours], None],
                 on_pulled: Callable[[bool, bool], None]) -> None:
        self._database = database
        self._clock = clock
        self._calendar = calendar
        self._profile = profile
        self._on_registered = on_registered
        self._on_pulled = on_pulled
        self._busy = threading.Lock()
        self._stop = threading.Event()
        self.retry_policy = RetryPolicy()
        """Retries inside a cycle; tests shorten the waits."""
        self.timeout_s = 15.0
        self.page_size = 1000
        self.batch_size: int | None = None
        """Operations per push request (None: the most the server takes); tests make it small."""

    def stop(self) -> None:
        """The desk is closing: a cycle in flight ends after the exchange on the wire (each batch and
        page is its own transaction, so nothing is half-applied) and none starts again."""
        self._stop.set()

    # Registration

    def register(self, server_url: str, username: str, password: str, device_name: str) -> RegistrationResult:
        """Register this desk (or log it in again) with an officer's credentials. A wrong password is
        a DomainError on field "password"; the token goes to the keyring, never to a file."""
        from desk_app.sync import credentials, wire
        from desk_app.sync.transport import SyncError, Transport, normalize_server_url

        url = normalize_server_url(server_url)
        errors = [DomainError("profile.required", field=name) for name, value in
                  (("username", username), ("password", password), ("device_name", device_name)) if not value.strip()]
        if errors:
            from desk_app.domain.errors import ValidationFailed

            raise ValidationFailed(errors)
        with self._busy:
            with self._database.read() as connection:
                previous = sync_state_repo.registration(connection)
            known_device = previous.device_id if previous and previous.server_url == url else None
            if known_device is None:
                known_device = self._proposed_device_id()
            transport = Transport(url, None, self.retry_policy, self._clock, lambda skew: None, self.timeout_s,
                                  self._stop)
            try:
                answer = transport.call("POST", "/devices", wire.RegisterResponse, idempotent=False, body=wire.RegisterRequest(
                    username=username.strip(), password=password, device_name=device_name.strip()[:120],
                    device_id=known_device))
            except SyncError as err:
                if err.code == "auth.credentials" and err.field is None:
                    err.field = "password"
                raise
            finally:
                transport.close()
            credentials.store_token(url, answer.device_id, answer.token)
            if previous is not None and (previous.server_url, previous.device_id) != (url, answer.device_id):
                credentials.forget_token(previous.server_url, previous.device_id)
            same_feed = previous is not None and previous.server_url == url and previous.agency_code == answer.agency.code
            with self._database.write() as connection:
                sync_state_repo.put(connection, {
                    "server_url": url, "device_id": answer.device_id, "device_name": device_name.strip(),
                    "agency_code": answer.agency.code, "reserve_first": str(answer.reserve_first),
                    "reserve_last": str(answer.reserve_last), "needs_login": None, "last_error": None,
                    "last_error_code": None, "cursor": sync_state_repo.get(connection, "cursor") if same_feed else None,
                    PROPOSED_DEVICE: None,
                })
                from desk_app.store import officers_repo

                officer = answer.officer
                officers_repo.upsert(connection, [officers_repo.OfficerRow(
                    username=officer.username, full_name=officer.full_name, title=officer.title, role=officer.role,
                    active=officer.active)])
            current = self._profile()
            agency = answer.agency
            profile = DeskProfile(
                agency_code=agency.code, agency_name=agency.name, parent_agency_name=agency.parent_name,
                place_name=agency.place_name or current.place_name or agency.name,
                officer_name=officer.full_name, officer_title=officer.title or current.officer_title,
                lookup_url=current.lookup_url, return_place=current.return_place)
            self._on_registered(profile, OfficeHours.parse(agency.office_hours))
        return RegistrationResult(device_id=answer.device_id, agency_code=agency.code, agency_name=agency.name,
                                  officer_name=officer.full_name, reserve_first=answer.reserve_first,
                                  reserve_last=answer.reserve_last)

    def _proposed_device_id(self) -> str:
        """The id this desk asks to be registered under, kept until a registration succeeds: if the
        server's answer is lost, the next try names the same device and the server finds it."""
        import uuid

        with self._database.write() as connection:
            proposed = sync_state_repo.get(connection, PROPOSED_DEVICE)
            if proposed is None:
                proposed = str(uuid.uuid4())
                sync_state_repo.put(connection, {PROPOSED_DEVICE: proposed})
        return proposed

    # The cycle

    def run_once(self, progress: Progress | None = None) -> SyncReport:
        with self._busy:
            return self._cycle(progress)

    def _cycle(self, progress: Progress | None) -> SyncReport:
        from desk_app.sync import credentials
        from desk_app.sync.feed import Applied, pull_feed
        from desk_app.sync.leases import top_up
        from desk_app.sync.push import Pushed, push_outbox
        from desk_app.sync.transport import SyncError, Transport

        with self._database.read() as connection:
            registration = sync_state_repo.registration(connection)
            needs_login = sync_state_repo.get(connection, "needs_login") == "1"
        if registration is None:
            return self._finish(SyncError("sync.not_registered"), None, Pushed(), 0, Applied(), None)
        if needs_login:
            return self._finish(SyncError("sync.needs_login"), None, Pushed(), 0, Applied(), None)
        try:
            token = credentials.load_token(registration.server_url, registration.device_id)
        except DomainError as err:
            return self._finish(err, None, Pushed(), 0, Applied(), None)
        if token is None:
            return self._finish(SyncError("sync.needs_login"), None, Pushed(), 0, Applied(), None)
        skew: list[float] = []
        transport = Transport(registration.server_url, token, self.retry_policy, self._clock, skew.append, self.timeout_s,
                              self._stop)
        pushed, leased, applied = Pushed(), 0, Applied()
        error: DomainError | None = None
        notes: list[str] = []
        try:
            pushed = push_outbox(self._database, transport, self._stamp, progress, self.batch_size)
            if progress is not None:
                progress(0, 0, "leases")
            try:
                leased = top_up(self._database, transport, registration.agency_code, self._clock(), self._calendar)
            except SyncError as refused:
                if refused.transient or refused.status in (None, 401):
                    raise
                notes.append(str(refused))
            pull_feed(self._database, transport, self.page_size, applied, progress)
        except DomainError as err:
            error = err
        finally:
            transport.close()
        if applied.catalogue or applied.calendar:
            self._on_pulled(applied.catalogue, applied.calendar)
        return self._finish(error, transport, pushed, leased, applied, skew[-1] if skew else None, notes)

    def _finish(self, error: DomainError | None, transport: Any, pushed: Any, leased: int, applied: Any,
                skew: float | None, notes: Sequence[str] = ()) -> SyncReport:
        """notes: what went wrong without stopping the cycle, such as leases refused (a desk whose
        clock is a day off); the desk still pushed and pulled, and falls back on its reserve."""
        reached = bool(transport is not None and transport.reached)
        transient = bool(getattr(error, "transient", False))
        online = True if reached or (transport is not None and error is None) else (False if transient else None)
        stopped = error is not None and error.code == "sync.stopped"
        now = self._stamp()
        with self._database.write() as connection:
            state = sync_state_repo.read_all(connection)
            failures = 0 if error is None else int(state.get("failures", "0")) + 1
            values: dict[str, str | None] = {
                "failures": str(failures),
                "last_error": str(error) if error is not None else None,
                "last_error_code": error.code if error is not None else None,
            }
            if error is None:
                values["last_success"] = now
            if online is not None:
                values["online"] = "1" if online else "0"
            if skew is not None:
                values["clock_skew_s"] = f"{skew:.0f}"
            if error is not None and error.code == "sync.needs_login" and "device_id" in state:
                values["needs_login"] = "1"
            if not stopped:  # closing the desk is not a failure of the sync
                sync_state_repo.put(connection, values)
            pending = outbox_repo.pending_count(connection)
            problems = outbox_repo.rejected_count(connection)
        warnings = [*notes, *applied.skipped]
        if skew is not None and abs(skew) > CLOCK_SKEW_LIMIT_S:
            warnings.insert(0, message_for("sync.clock_skew", minutes=round(abs(skew) / 60)))
        return SyncReport(
            ok=error is None and pending == 0, pushed=pushed.applied, duplicates=pushed.duplicates,
            rejected=pushed.rejected, pulled=applied.entries, leased=leased, pending=pending, problems=problems,
            online=online, error=str(error) if error is not None else None,
            error_code=error.code if error is not None else None, warnings=tuple(warnings),
            changes=Changes(dossier_codes=frozenset(applied.dossier_codes), catalogue=applied.catalogue,
                            appointments=applied.appointments))

    # What the window shows

    def status(self) -> SyncStatus:
        today = self._clock().astimezone(LOCAL_TZ).date()
        with self._database.read() as connection:
            state = sync_state_repo.read_all(connection)
            pending = outbox_repo.pending_count(connection)
            problems = outbox_repo.rejected_count(connection)
            agency = state.get("agency_code")
            on_reserve = bool(agency) and code_blocks.on_reserve(connection, agency, today) and \
                code_blocks.unused_leased(connection, agency, [today])[today] == 0
        online = state.get("online")
        return SyncStatus(
            registered="device_id" in state, server_url=state.get("server_url"),
            online=None if online is None else online == "1", pending=pending, problems=problems,
            last_success=datetime.fromisoformat(state["last_success"]) if "last_success" in state else None,
            last_error=state.get("last_error"), needs_login=state.get("needs_login") == "1",
            clock_skew_s=float(state["clock_skew_s"]) if "clock_skew_s" in state else None,
            on_reserve_today=on_reserve, agency_code=agency, device_id=state.get("device_id"))

    def problems(self) -> list[SyncProblem]:
        with self._database.read() as connection:
            rows = outbox_repo.rejected(connection)
        return [_problem(r) for r in rows]

    def problem_for(self, dossier_code: str) -> SyncProblem | None:
        with self._database.read() as connection:
            rows = outbox_repo.rejected(connection, dossier_code)
        return _problem(rows[0]) if rows else None

    def retry(self, op_id: str) -> Changes:
        """Put a rejected operation back in the queue; the next cycle sends it again."""
        with self._database.write() as connection:
            row = outbox_repo.requeue(connection, op_id)
        if row is None:
            raise DomainError("sync.problem_unknown", field=None, op_id=op_id)
        return Changes(dossier_codes=frozenset({row.dossier_code}) if row.dossier_code else frozenset())

    def next_delay(self, failures: int | None = None) -> float:
        """Seconds the scheduler waits before the next cycle: ~30 s, growing to at most 5 minutes
        after failed cycles in a row (by default, those recorded), with jitter."""
        if failures is None:
            with self._database.read() as connection:
                failures = int(sync_state_repo.get(connection, "failures") or 0)
        return next_delay(failures)

    def _stamp(self) -> str:
        return self._clock().replace(microsecond=0).isoformat()


def _problem(row: outbox_repo.RejectedRow) -> SyncProblem:
    return SyncProblem(op_id=row.op_id, dossier_code=row.dossier_code, kind=row.kind, reason=row.reason,
                       at=datetime.fromisoformat(row.rejected_at) if row.rejected_at else None,
                       reason_code=row.reason_code)
