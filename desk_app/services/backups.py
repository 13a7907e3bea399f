"""The desk's backups: one on demand, one a day into the data folder with rotation, and restores.

None of it opens the desk: a backup reads the database through a connection of its own while the
window keeps saving, and a restore must work on a folder whose database is damaged or missing.
"""

from __future__ import annotations

import sqlite3
import time
from datetime import datetime
from pathlib import Path
from typing import Callable

from desk_app.clock import LOCAL_TZ, now_utc
from desk_app.domain.errors import DomainError
from desk_app.settings import Settings, load_settings, settings_path
from desk_app.private_files import FOLDER_MODE
from desk_app.store.backup import DAILY_NAME, Manifest, backup_folder, daily_backups, write_backup
from desk_app.store.database import DATABASE_FILE
from desk_app.store.health import is_damage
from desk_app.store.restore import Restored, restore

LEFTOVER_AGE_S = 3600
"""A half-written backup older than this was cut short by the desk closing; it is removed."""


def damaged_database_error(data_dir: Path, error: sqlite3.Error) -> DomainError | None:
    """The refusal to open a damaged database, with what to do next; None for any other failure."""
    if not is_damage(error):
        return None
    backups = daily_backups(data_dir)
    return DomainError("database.damaged", field=None, path=str(data_dir / DATABASE_FILE), detail=str(error),
                       backup=str(backups[-1][1]) if backups else "—")


def to_keep(stamps: list[datetime], daily: int, weekly: int) -> set[datetime]:
    """The newest backup of each of the last `daily` days that have one, and of each of the last
    `weekly` ISO weeks that have one: a week of days to go back to, and a month of weeks."""
    keep: set[datetime] = set()
    for count, period in ((daily, lambda t: t.date()), (weekly, lambda t: t.isocalendar()[:2])):
        periods: list[object] = []
        for stamp in sorted(stamps, reverse=True):
            if period(stamp) in periods:
                continue
            if len(periods) == count:
                break
            periods.append(period(stamp))
            keep.add(stamp)
    return keep


class Backups:
    def __init__(self, data_dir: Path, settings_file: Path, keep_daily: int, keep_weekly: int,
                 clock: Callable[[], datetime] = now_utc) -> None:
        self.data_dir = data_dir
        self.settings_file = settings_file
        self.keep_daily = keep_daily
        self.keep_weekly = keep_weekly
        self._clock = clock

    @classmethod
    def for_folder(cls, data_dir: Path, explicit_data_dir: bool, clock: Callable[[], datetime] = now_utc) -> "Backups":
        """Settings that cannot be read still leave the desk a way to back up and restore: the defaults."""
        file = settings_path(data_dir, explicit_data_dir)
        try:
            settings = load_settings(file)
        except DomainError:
            settings = Settings()
        return cls(data_dir, file, settings.backup_keep_daily, settings.backup_keep_weekly, clock)

    def back_up(self, out: Path) -> Manifest:
        return write_backup(self.data_dir / DATABASE_FILE, self.settings_file, out, self._now())

    def restore(self, file: Path, force: bool) -> Restored:
        return restore(self.data_dir, self.settings_file, file, force, self._now())

    def latest(self) -> tuple[datetime, Path] | None:
        """The newest of the desk's daily backups, by its local time."""
        found = daily_backups(self.data_dir)
        return found[-1] if found else None

    def run_daily(self) -> Path | None:
        """Back up into the data folder unless today's backup is there, then drop what rotation does
        not keep; the new file, or None when there was nothing to do."""
        now = self._now()
        self._remove_leftovers()
        latest = self.latest()
        if latest is not None and latest[0].date() == now.date():
            return None
        if not (self.data_dir / DATABASE_FILE).exists():
            return None
        target = backup_folder(self.data_dir) / now.strftime(DAILY_NAME)
        backup_folder(self.data_dir).mkdir(mode=FOLDER_MODE, parents=True, exist_ok=True)
        self.back_up(target)
        found = daily_backups(self.data_dir)
        keep = to_keep([stamp for stamp, _ in found], self.keep_daily, self.keep_weekly)
        for stamp, path in found:
            if stamp not in keep:
                path.unlink(missing_ok=True)
        return target

    def _remove_leftovers(self) -> None:
        cutoff = time.time() - LEFTOVER_AGE_S
        for pattern, folder in ((".backup-*.sqlite3", self.data_dir), (".*.tmp", backup_folder(self.data_dir))):
            for path in folder.glob(pattern) if folder.is_dir() else ():
                if path.stat().st_mtime < cutoff:
                    path.unlink(missing_ok=True)

    def _now(self) -> datetime:
        return self._clock().astimezone(LOCAL_TZ)
