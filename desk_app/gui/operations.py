"""Every slow call from the GUI goes through here: off the GUI thread, back on it with the result.

One worker thread serialises all desk work, so two writes never race for the SQLite lock and the
window never waits on the disk, the printer driver or the network. Results that carry `changes`
are announced on one app-wide signal; each screen decides whether it cares.
"""

from __future__ import annotations

import logging
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, Callable

from PySide6.QtCore import QObject, Signal

log = logging.getLogger(__name__)

Callback = Callable[[Any], None]


class Operations(QObject):
    changed = Signal(object)
    busy = Signal(bool)
    failed = Signal(object)
    _finished = Signal(object, object, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="desk-worker")
        self._pending = 0
        self._closed = False
        self._finished.connect(self._deliver)

    def run(self, work: Callable[[], Any], on_success: Callback | None = None,
            on_error: Callback | None = None) -> None:
        """Run work on the desk worker; on_success/on_error are called on the GUI thread.

        An error without on_error goes to the `failed` signal, which the main window shows.
        Once the window has closed, nothing new starts."""
        if self._closed:
            return
        self._pending += 1
        if self._pending == 1:
            self.busy.emit(True)
        future = self._executor.submit(work)
        future.add_done_callback(lambda done: self._finished.emit(done, on_success, on_error))

    @property
    def pending(self) -> int:
        return self._pending

    def _deliver(self, future: Future, on_success: Callback | None, on_error: Callback | None) -> None:
        self._pending -= 1
        if self._closed:
            return
        if self._pending == 0:
            self.busy.emit(False)
        error = future.exception()
        if error is not None:
            log.warning("desk operation failed", exc_info=error)
            (on_error or self.failed.emit)(error)
            return
        result = future.result()
        changes = getattr(result, "changes", None)
        if changes is not None:
            self.changed.emit(changes)
        if on_success is not None:
            on_success(result)

    def shutdown(self) -> None:
        """Let the work already queued (a save in flight) finish before the process exits; its
        results are not shown any more, since the window they belong to is gone."""
        self._closed = True
        self._executor.shutdown(wait=True)
