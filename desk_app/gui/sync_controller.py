"""The sync cycle's clock: on a timer, on "Đồng bộ ngay", and soon after a change made at this desk.

Sync runs on a Worker of its own, never on the desk's that saves dossiers: a slow or dead network
must not hold a save back. Between cycles it waits what the sync service says (30 s when all is
well, up to 5 minutes with jitter while the server cannot be reached); through an outage it also
asks the server's health check every ~10 s and starts a cycle as soon as that is answered, so the
desk resumes within seconds of the network's return and no officer has to restart anything. What a cycle pulled reaches the screens
the way every change does, on the ChangeBus; a change queued here for the province (Kind.OUTBOX)
arrives the same way and brings the next cycle forward.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

from PySide6.QtCore import QObject, QTimer, Signal

from desk_app.gui.change_bus import ChangeBus
from desk_app.gui.worker import Task, Worker
from desk_app.services.changes import Changes, Kind
from desk_app.services.sync import SyncReport, SyncService, SyncState

AFTER_CHANGE_MS = 2000
"""A dossier saved while online reaches the province within seconds, several saves in one batch."""


@dataclass(frozen=True)
class _Cycle:
    report: SyncReport
    status: SyncState

    @property
    def changes(self) -> Changes:
        return self.report.changes


class SyncController(QObject):
    status_changed = Signal(object)
    progress = Signal(int, int, str)
    running = Signal(bool)
    login_needed = Signal()
    failed = Signal(object)

    def __init__(self, sync: SyncService, changes: ChangeBus, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._sync = sync
        self._worker = Worker("desk-sync", changes, self)
        self._worker.failed.connect(self.failed)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.sync_now)
        self._probe = QTimer(self)
        self._probe.setSingleShot(True)
        self._probe.timeout.connect(self._ask_server)
        self._failures = 0
        self._woken_by_probe = False
        """Set when an answered probe started the cycle: if that cycle fails too (a server that
        answers /health but times out on a sync), the back-off alone holds the next attempt, so a
        half-alive server is not sent a full cycle every few seconds."""
        self._running = False
        self._again = False
        self._closed = False
        self._status: SyncState | None = None
        changes.changed.connect(self._changed)

    @property
    def is_running(self) -> bool:
        return self._running

    @property
    def status(self) -> SyncState | None:
        return self._status

    def start(self) -> None:
        """Show the state the desk was left in, then start the cycle if the desk is registered."""
        self._worker.run(self._sync.status, self._started)

    def _started(self, status: SyncState) -> None:
        self._show(status)
        if status.registered and not status.needs_login:
            self.sync_now()

    def sync_now(self) -> None:
        """Start a cycle now; one asked for during a cycle runs right after it."""
        if self._closed:
            return
        if self._running:
            self._again = True
            return
        self._timer.stop()
        self._probe.stop()
        self._running = True
        self.running.emit(True)
        self._worker.start(self._cycle, self._cycle_done, self._cycle_failed)

    def _changed(self, changes: Changes) -> None:
        if changes.touches(Kind.OUTBOX):
            self.local_change()
        elif changes.touches(Kind.SYNC):
            self.refresh_status()

    def local_change(self) -> None:
        """Something was queued for the province: send it soon, unless the server is known to be
        away, in which case the backed-off timer already holds the next attempt."""
        self.refresh_status()
        online = self._status is not None and self._status.registered and not self._status.needs_login
        if online and self._failures == 0 and not self._running:
            self._timer.start(AFTER_CHANGE_MS)

    def refresh_status(self) -> None:
        self._worker.run(self._sync.status, self._show)

    def registered(self) -> None:
        """A registration just succeeded: sync at once, to fetch leases, catalogue and calendar."""
        self._failures = 0
        self._woken_by_probe = False
        self.sync_now()

    def _cycle(self, task: Task) -> _Cycle:
        task.progressed.connect(self.progress)
        report = self._sync.run_once(progress=task.progress)
        return _Cycle(report, self._sync.status())

    def _cycle_done(self, outcome: _Cycle) -> None:
        self._running = False
        self.running.emit(False)
        self._failures = 0 if outcome.report.ok else self._failures + 1
        if not self._failures:
            self._woken_by_probe = False
        self._show(outcome.status)
        if outcome.status.needs_login:
            self.login_needed.emit()
            return
        if self._again:
            self._again = False
            self.sync_now()
            return
        self._schedule()

    def _cycle_failed(self, error: BaseException) -> None:
        self._running = False
        self.running.emit(False)
        self._failures += 1
        self.failed.emit(error)
        self._schedule()

    def _show(self, status: SyncState) -> None:
        self._status = status
        self.status_changed.emit(status)

    def _schedule(self) -> None:
        self._timer.start(int(self._sync.next_delay(self._failures) * 1000))
        offline = self._status is None or self._status.online is not True
        if self._failures and offline and not self._woken_by_probe:
            self._schedule_probe()

    def _schedule_probe(self) -> None:
        if not self._closed and not self._running:
            self._probe.start(int(self._sync.probe_delay() * 1000))

    def _ask_server(self) -> None:
        if self._closed or self._running:
            return
        self._worker.run(self._sync.server_answers, self._answered, lambda error: self._schedule_probe())

    def _answered(self, answers: bool) -> None:
        if self._closed or self._running:
            return
        if answers:
            self._woken_by_probe = True
            self.sync_now()
        else:
            self._schedule_probe()

    def run(self, work: Callable[[], Any], then: Callable[[Any], None],
            on_error: Callable[[BaseException], None] | None = None) -> None:
        """Other network work (registration, a retry) on the sync's thread, so it queues behind a
        cycle in flight instead of racing it; then/on_error are called on the GUI thread."""
        self._worker.run(work, then, on_error)

    def shutdown(self) -> None:
        """Stop the timer and a cycle in flight: it ends after the exchange on the wire, with its
        transaction, before the process exits (no wait for retries or the rest of a backlog)."""
        self._closed = True
        self._timer.stop()
        self._probe.stop()
        self._sync.stop()
        self._worker.shutdown()
