"""The doctor's checks of the data folder: settings, database, who may read the files, disk, backups."""

from __future__ import annotations

import os
import shutil
import sqlite3
from datetime import date
from decimal import Decimal
from pathlib import Path

from desk_app.clock import LOCAL_TZ
from desk_app.doctor.facts import Facts
from desk_app.doctor.report import Check
from desk_app.domain.text import decimal_comma
from desk_app.local_time import local_text
from desk_app.store.backup import backup_folder, daily_backups
from desk_app.store.database import DATABASE_FILE, current_revision
from desk_app.store.health import integrity_problems
from desk_app.store.issued_numbers import JOURNAL_FILE
from desk_app.store.revision import HEAD_REVISION

MIN_FREE_BYTES = 500 * 10**6
BACKUP_MAX_AGE_DAYS = 2


def gigabytes(size: int) -> str:
    return decimal_comma(round(Decimal(size) / 10**9, 1))


def megabytes(size: int) -> str:
    return f"{decimal_comma(round(Decimal(size) / 10**6, 1))} MB"


def settings_check(facts: Facts) -> Check:
    path = facts.settings_file
    if facts.settings_error is not None:
        return Check.of("settings", False, "doctor.settings.invalid", path=path, detail=str(facts.settings_error))
    if not path.exists():
        return Check.of("settings", False, "doctor.settings.missing", path=path)
    profile = facts.settings.profile
    if not profile.is_complete:
        return Check.of("settings", False, "doctor.settings.incomplete", path=path)
    return Check.of("settings", True, "doctor.settings.ok", path=path, agency=f"{profile.agency_name} "
                    f"({profile.agency_code})")


def database_check(facts: Facts) -> Check:
    path = facts.data_dir / DATABASE_FILE
    if not path.exists():
        return Check.of("database", False, "doctor.database.missing", path=path)
    problems = integrity_problems(path)
    try:
        revision = None if problems else current_revision(path)
    except sqlite3.DatabaseError as err:
        problems = [str(err)]
    if problems:
        backups = daily_backups(facts.data_dir)
        return Check.of("database", False, "doctor.database.damaged", path=path, detail="; ".join(problems),
                        backup=backups[-1][1] if backups else "<tệp sao lưu>")
    if revision is not None and revision > HEAD_REVISION:
        return Check.of("database", False, "doctor.database.newer", path=path, revision=revision, head=HEAD_REVISION)
    if revision != HEAD_REVISION:
        return Check.of("database", True, "doctor.database.upgrade", path=path, revision=revision, head=HEAD_REVISION)
    return Check.of("database", True, "doctor.database.ok", path=path, revision=revision,
                    size=megabytes(path.stat().st_size))


def at_current_schema(facts: Facts) -> bool:
    """The desk would open this database as it is: the doctor leaves an upgrade to the desk itself."""
    return current_revision(facts.data_dir / DATABASE_FILE) == HEAD_REVISION


def _desk_files(facts: Facts) -> list[Path]:
    folder = facts.data_dir
    names = (DATABASE_FILE, f"{DATABASE_FILE}-wal", f"{DATABASE_FILE}-shm", JOURNAL_FILE)
    found = [folder / name for name in names if (folder / name).exists()]
    if facts.settings_file.exists():
        found.append(facts.settings_file)
    backups = backup_folder(folder)
    if backups.is_dir():
        found += [backups, *(path for _, path in daily_backups(folder))]
    return found


def permissions_check(facts: Facts) -> Check:
    """Citizens' data stays with the desk's own OS account: nobody else may read the folder or its files."""
    folder = facts.data_dir
    if not folder.is_dir():
        return Check.of("permissions", False, "doctor.permissions.no_folder", path=folder)
    if not os.access(folder, os.W_OK):
        return Check.of("permissions", False, "doctor.permissions.readonly", path=folder)
    if os.name == "nt":
        return Check.of("permissions", True, "doctor.permissions.windows", path=folder)
    paths = [folder, *_desk_files(facts)]
    foreign = [p for p in paths if p.stat().st_uid != os.getuid()]
    if foreign:
        return Check.of("permissions", False, "doctor.permissions.owner", paths=", ".join(map(str, foreign)))
    open_to_others = [p for p in paths if p.stat().st_mode & 0o077]
    if open_to_others:
        return Check.of("permissions", False, "doctor.permissions.open", paths=", ".join(map(str, open_to_others)))
    return Check.of("permissions", True, "doctor.permissions.ok", path=folder)


def disk_check(facts: Facts) -> Check:
    """Room for the day's work and for a backup: a copy of the database and its zip beside it."""
    folder = facts.data_dir if facts.data_dir.is_dir() else facts.data_dir.parent
    database = facts.data_dir / DATABASE_FILE
    size = database.stat().st_size if database.exists() else 0
    need = max(MIN_FREE_BYTES, 3 * size)
    free = shutil.disk_usage(folder).free
    if free < need:
        return Check.of("disk", False, "doctor.disk.low", path=folder, free=gigabytes(free), need=gigabytes(need))
    return Check.of("disk", True, "doctor.disk.ok", path=folder, free=gigabytes(free), size=megabytes(size))


def backup_check(facts: Facts, today: date) -> Check:
    backups = daily_backups(facts.data_dir)
    if not backups:
        return Check.of("backup", False, "doctor.backup.none", folder=backup_folder(facts.data_dir))
    stamp, path = backups[-1]
    days = (today - stamp.date()).days
    if days > BACKUP_MAX_AGE_DAYS:
        return Check.of("backup", False, "doctor.backup.old", days=days, path=path)
    return Check.of("backup", True, "doctor.backup.ok", path=path, at=local_text(stamp.replace(tzinfo=LOCAL_TZ)))
