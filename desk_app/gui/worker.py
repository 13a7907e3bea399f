"""The one bridge between the GUI thread and slow work: saves, prints, previews, imports, lookups, sync.

A Worker owns one thread, so the work it is given runs in order and two writes never race for the
SQLite lock; the window has two of them, the desk's and the sync's, so that a dead network never
holds a save back. `run` hands work to the thread and calls back on the GUI thread with the result
or the error. A result that is or carries `changes` is published on the ChangeBus, stamped with
the screen that asked for it. An error is typed: a DomainError (a rule the data broke) goes to the
caller's handler, to be shown at its field; anything else is logged (without its message, see
desk_app/logs.py) and goes to the same handler, or to `failed` for the window to show. A Task can
report progress, hand over parts of its result before the whole (a preview's first page), and be
cancelled: its callbacks are then never called, and work not yet begun is not begun.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Signal

from desk_app.domain.errors import DomainError
from desk_app.gui.change_bus import ChangeBus
from desk_app.services.changes import Changes

log = logging.getLogger(__name__)

Callback = Callable[[Any], None]


class Task(QObject):
    """One piece of work handed to a Worker."""

    progressed = Signal(int, int, str)
    """done, total (0: not known), phase — on the GUI thread."""
    part_ready = Signal(object)
    """A part of the result, ready before the whole — on the GUI thread."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cancelled = threading.Event()

    def cancel(self) -> None:
        self._cancelled.set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def progress(self, done: int, total: int, phase: str) -> None:
        """Called from the work's thread; Qt carries it to the GUI thread."""
        self.progressed.emit(done, total, phase)

    def hand_over(self, part: Any) -> None:
        """Called from the work's thread, so that the screen can show a part while the rest is done;
        nothing is handed over once the task is cancelled."""
        if not self.cancelled:
            self.part_ready.emit(part)


class Worker(QObject):
    busy = Signal(bool)
    failed = Signal(object)
    """An error of work that was given no handler of its own."""
    _finished = Signal(object, object)

    def __init__(self, name: str, changes: ChangeBus, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix=name)
        self._changes = changes
        self._pending = 0
        self._closed = False
        self._finished.connect(self._deliver)

    @property
    def pending(self) -> int:
        return self._pending

    def run(self, work: Callable[[], Any], on_success: Callback | None = None, on_error: Callback | None = None,
            *, initiator: Any = None) -> Task:
        """Run `work()` on the worker's thread; the callbacks are called on the GUI thread."""
        return self.start(lambda _task: work(), on_success, on_error, initiator=initiator)

    def start(self, job: Callable[[Task], Any], on_success: Callback | None = None,
              on_error: Callback | None = None, *, initiator: Any = None, on_part: Callback | None = None) -> Task:
        """Like `run`, for work that reports progress, hands over parts or looks whether it was
        cancelled: `job(task)`. `on_part` is connected before the job can begin, so no part is missed."""
        task = Task(self)
        if on_part is not None:
            task.part_ready.connect(on_part)
        if self._closed:
            task.cancel()
            return task
        self._pending += 1
        if self._pending == 1:
            self.busy.emit(True)

        def call() -> Any:
            return None if task.cancelled else job(task)

        future = self._executor.submit(call)
        future.add_done_callback(lambda done: self._finished.emit(done, (task, on_success, on_error, initiator)))
        return task

    def _deliver(self, future: Future, handlers: tuple[Task, Callback | None, Callback | None, Any]) -> None:
        task, on_success, on_error, initiator = handlers
        self._pending -= 1
        if self._pending == 0 and not self._closed:
            self.busy.emit(False)
        task.deleteLater()
        if self._closed or task.cancelled:
            return
        error = future.exception()
        if error is not None:
            if isinstance(error, DomainError):
                log.info("work refused: %s", error.code)
            else:
                log.warning("work failed", exc_info=error)
            (on_error or self.failed.emit)(error)
            return
        result = future.result()
        changes = result if isinstance(result, Changes) else getattr(result, "changes", None)
        if isinstance(changes, Changes):
            self._changes.publish(changes.started_by(initiator))
        if on_success is not None:
            on_success(result)

    def shutdown(self) -> None:
        """Let the work already begun (a save in flight) finish before the process exits; nothing is
        delivered any more, since the window it belongs to is gone."""
        self._closed = True
        self._executor.shutdown(wait=True)
