"""The sync cycle's clock and thread: on a timer, on "Đồng bộ ngay", and soon after a local change.

Sync runs on its own worker thread, never on the desk worker that saves dossiers: a slow or dead
network must not hold a save back. Between cycles it waits what the sync service says (30 s when
all is well, longer with jitter while the server cannot be reached), so it resumes by itself when
the network returns and no officer has to restart anything.
"""

from __future__ import annotations

import logging
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, Callable

from PySide6.QtCore import QObject, QTimer, Signal

from desk_app.domain.errors import DomainError
from desk_app.services.sync import SyncReport, SyncService, SyncState

log = logging.getLogger(__name__)

AFTER_CHANGE_MS = 2000
"""A dossier saved while online reaches the province within seconds, several saves in one batch."""


class SyncController(QObject):
    status_changed = Signal(object)
    progress = Signal(int, int, str)
    running = Signal(bool)
    login_needed = Signal()
    changed = Signal(object)
    failed = Signal(object)
    _done = Signal(object, object)

    def __init__(self, sync: SyncService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._sync = sync
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="desk-sync")
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.sync_now)
        self._failures = 0
        self._running = False
        self._again = False
        self._closed = False
        self._status: SyncState | None = None
        self._done.connect(self._deliver)

    @property
    def is_running(self) -> bool:
        return self._running

    @property
    def status(self) -> SyncState | None:
        return self._status

    def start(self) -> None:
        """Show the state the desk was left in, then start the cycle if the desk is registered."""
        self._submit(self._sync.status, self._started)

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
        self._running = True
        self.running.emit(True)
        self._submit(self._cycle, self._cycle_done, self._cycle_failed)

    def local_change(self) -> None:
        """Something was saved on this desk: send it soon, unless the server is known to be away,
        in which case the backed-off timer already holds the next attempt."""
        self.refresh_status()
        online = self._status is not None and self._status.registered and not self._status.needs_login
        if online and self._failures == 0 and not self._running:
            self._timer.start(AFTER_CHANGE_MS)

    def refresh_status(self) -> None:
        self._submit(self._sync.status, self._show)

    def registered(self) -> None:
        """A registration just succeeded: sync at once, to fetch leases, catalogue and calendar."""
        self._failures = 0
        self.sync_now()

    def _cycle(self) -> tuple[SyncReport, SyncState]:
        report = self._sync.run_once(progress=self.progress.emit)
        return report, self._sync.status()

    def _cycle_done(self, outcome: tuple[SyncReport, SyncState]) -> None:
        report, status = outcome
        self._running = False
        self.running.emit(False)
        self._failures = 0 if report.ok else self._failures + 1
        if report.changes is not None:
            self.changed.emit(report.changes)
        self._show(status)
        if status.needs_login:
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

    def run(self, work: Callable[[], Any], then: Callable[[Any], None],
            on_error: Callable[[BaseException], None] | None = None) -> None:
        """Other network work (registration) on the sync thread, so it queues behind a cycle in
        flight instead of racing it; then/on_error are called on the GUI thread."""
        self._submit(work, then, on_error)

    def _submit(self, work: Callable[[], Any], then: Callable[[Any], None],
                on_error: Callable[[BaseException], None] | None = None) -> None:
        if self._closed:
            return
        future = self._executor.submit(work)
        future.add_done_callback(lambda done: self._done.emit(done, (then, on_error or self.failed.emit)))

    def _deliver(self, future: Future, callbacks: tuple[Callable[[Any], None], Callable[[BaseException], None]]) -> None:
        if self._closed:
            return
        then, on_error = callbacks
        error = future.exception()
        if error is not None:
            if isinstance(error, DomainError):
                log.info("sync work refused: %s", error.code)
            else:
                log.warning("sync work failed", exc_info=error)
            on_error(error)
            return
        then(future.result())

    def shutdown(self) -> None:
        """Stop the timer and a cycle in flight: it ends after the exchange on the wire, with its
        transaction, before the process exits (no wait for retries or the rest of a backlog)."""
        self._closed = True
        self._timer.stop()
        self._sync.stop()
        self._executor.shutdown(wait=True)
