"""The window backs the desk up once a day on a thread of its own, and says so when it cannot."""

from __future__ import annotations

from desk_app.domain.errors import DomainError
from desk_app.gui.daily_backup import DailyBackup
from desk_app.services.backups import Backups
from desk_app.store.backup import daily_backups


def test_the_open_window_writes_the_days_backup(qtbot, window, data_dir):
    DailyBackup(Backups.for_folder(data_dir, True), window, first_check_ms=0).start()
    qtbot.waitUntil(lambda: len(daily_backups(data_dir)) == 1, timeout=10_000)


class FailingBackups:
    def run_daily(self):
        raise DomainError("backup.write", path="/mnt/usb/b.zip", detail="No space left on device")


def test_a_failed_backup_is_shown_in_the_status_bar(qtbot, window):
    DailyBackup(FailingBackups(), window, first_check_ms=0).start()
    qtbot.waitUntil(lambda: "Sao lưu hằng ngày không thành công" in window.statusBar().currentMessage(),
                    timeout=10_000)
    assert "No space left on device" in window.statusBar().currentMessage()
