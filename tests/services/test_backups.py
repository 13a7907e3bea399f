"""The desk's daily backups into its data folder: one a day, a week of days and a month of weeks kept."""

from __future__ import annotations

import os
import stat
import time
from datetime import datetime, timedelta

import pytest

from backup_support import backups, new_folder, save
from desk_app.clock import LOCAL_TZ
from desk_app.domain.errors import DomainError
from desk_app.services.backups import Backups, to_keep
from desk_app.store.backup import daily_backups

MONDAY = datetime(2026, 11, 23, 9, 15)


def test_rotation_keeps_the_newest_of_each_of_seven_days_and_of_four_weeks():
    stamps = [MONDAY - timedelta(days=n, hours=h) for n in range(60) for h in (0, 5)]
    kept = to_keep(stamps, daily=7, weekly=4)
    days = sorted({s.date() for s in kept}, reverse=True)
    assert days[:7] == [(MONDAY - timedelta(days=n)).date() for n in range(7)]
    assert all(s.hour == 9 for s in kept), "the newest backup of its day"
    weeks = sorted({s.isocalendar()[:2] for s in kept}, reverse=True)
    # The newest of this week and of last week are among the seven days; two Sundays more.
    assert len(weeks) == 4 and len(kept) == 7 + 2


def test_a_day_without_backups_does_not_count_as_one_of_the_seven():
    stamps = [MONDAY - timedelta(days=n) for n in (0, 3, 10, 11, 12, 13, 14, 15, 16)]
    assert len(to_keep(stamps, daily=7, weekly=0)) == 7


def test_one_backup_a_day_then_rotation(tmp_path, time_machine):
    folder = new_folder(tmp_path, "desk")
    time_machine.move_to(MONDAY.replace(tzinfo=LOCAL_TZ), tick=True)
    save(folder, 1)
    desk_backups = Backups(folder, folder / "settings.toml", keep_daily=3, keep_weekly=1)
    first = desk_backups.run_daily()
    assert first is not None and first.parent == folder / "backups"
    assert stat.S_IMODE(first.stat().st_mode) == 0o600
    assert stat.S_IMODE(first.parent.stat().st_mode) == 0o700
    assert desk_backups.run_daily() is None, "today's backup is there"
    for _ in range(5):
        time_machine.shift(timedelta(days=1))
        assert desk_backups.run_daily() is not None
    assert [stamp.date() for stamp, _ in daily_backups(folder)] == [
        (MONDAY + timedelta(days=n)).date() for n in (3, 4, 5)]


def test_the_settings_choose_how_many_are_kept(tmp_path):
    folder = new_folder(tmp_path, "desk")
    with open(folder / "settings.toml", "a", encoding="utf-8") as settings:
        settings.write("[backup]\nkeep_daily = 14\nkeep_weekly = 8\n")
    found = backups(folder)
    assert (found.keep_daily, found.keep_weekly) == (14, 8)


def test_a_backup_cut_short_by_the_desk_closing_is_cleared_away(tmp_path):
    folder = new_folder(tmp_path, "desk")
    save(folder, 1)
    stale = folder / ".backup-abc.sqlite3"
    stale.write_bytes(b"half a copy")
    old = time.time() - 2 * 3600
    os.utime(stale, (old, old))
    backups(folder).run_daily()
    assert not stale.exists()


def test_a_folder_without_a_database_has_nothing_to_back_up(tmp_path):
    folder = new_folder(tmp_path, "desk")
    assert backups(folder).run_daily() is None
    with pytest.raises(DomainError) as raised:
        backups(folder).back_up(tmp_path / "b.zip")
    assert raised.value.code == "backup.no_database"
