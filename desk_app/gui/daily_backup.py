"""The desk's daily backup into its data folder, while the window is open.

A window may stay open for days, so the check runs a little after the start and then every hour;
the backup runs on a thread of its own (it reads the database through its own connection), so a
save at the counter never waits behind it. A failure is shown in the status bar and logged; the
doctor reports the age of the last backup.
"""

from __future__ import annotations

import logging
import threading

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QMainWindow

from desk_app.domain.errors import DomainError
from desk_app.gui.messages import error_text
from desk_app.services.backups import Backups

log = logging.getLogger(__name__)

FIRST_CHECK_MS = 2 * 60 * 1000
CHECK_EVERY_MS = 60 * 60 * 1000
STATUS_MESSAGE_MS = 15_000


class DailyBackup(QObject):
    failed = Signal(str)

    def __init__(self, backups: Backups, window: QMainWindow, first_check_ms: int = FIRST_CHECK_MS,
                 check_every_ms: int = CHECK_EVERY_MS) -> None:
        super().__init__(window)
        self._backups = backups
        self._running: threading.Thread | None = None
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._check)
        self._first_check_ms = first_check_ms
        self._check_every_ms = check_every_ms
        self._window = window
        self.failed.connect(self._show_failure)

    def start(self) -> None:
        QTimer.singleShot(self._first_check_ms, self, self._check)
        self._timer.start(self._check_every_ms)

    def _check(self) -> None:
        if self._running is not None and self._running.is_alive():
            return
        # A daemon thread: closing the window does not wait for a backup; what it left half-written
        # is removed by the next one.
        self._running = threading.Thread(target=self._run, name="desk-daily-backup", daemon=True)
        self._running.start()

    def _run(self) -> None:
        try:
            made = self._backups.run_daily()
        except DomainError as error:
            log.warning("daily backup failed: %s", error.code)
            self.failed.emit(self.tr("Sao lưu hằng ngày không thành công: {reason}").format(reason=error_text(error)))
            return
        except OSError as error:
            log.warning("daily backup failed: %s", type(error).__name__)
            self.failed.emit(self.tr("Sao lưu hằng ngày không thành công: {reason}").format(
                reason=error.strerror or type(error).__name__))
            return
        if made is not None:
            log.info("daily backup written: %s", made.name)

    def _show_failure(self, text: str) -> None:
        """On the GUI thread: the signal comes from the backup's thread and is queued to this object's."""
        self._window.statusBar().showMessage(text, STATUS_MESSAGE_MS)
