"""Putting a backup back: every check first, then the current files set aside and the backup's moved in.

A refusal changes nothing. The database being replaced is moved whole (with its WAL) into a
`before-restore-<time>` folder beside it, never deleted. The numbers printed since the backup are
not in the restored database; the first open squares it with the folder's journal (`numbering`).
"""

from __future__ import annotations

import os
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from desk_app.clock import LOCAL_TZ
from desk_app.domain.errors import DomainError
from desk_app.settings import load_settings
from desk_app.private_files import FOLDER_MODE, writing_private
from desk_app.store.backup import Manifest, extract, read_manifest
from desk_app.store.database import DATABASE_FILE
from desk_app.store.health import integrity_problems, is_damage
from desk_app.store.numbering import RESTORED_KEY
from desk_app.store.revision import HEAD_REVISION

SET_ASIDE = "before-restore-%Y%m%d-%H%M%S"
DATABASE_FILES = (DATABASE_FILE, f"{DATABASE_FILE}-wal", f"{DATABASE_FILE}-shm")


@dataclass(frozen=True)
class Restored:
    manifest: Manifest
    set_aside: Path | None
    """Where the replaced database and settings were put (None when there was nothing to replace)."""
    unsynced_dropped: int
    """Changes not yet sent that the backup lacks, replaced anyway with --force."""


@dataclass(frozen=True)
class _Current:
    agency_code: str
    unsynced: frozenset[str]
    damaged: bool


def restore(data_dir: Path, settings_file: Path, file: Path, force: bool, now: datetime) -> Restored:
    manifest = read_manifest(file)
    if manifest.schema_revision is None or manifest.schema_revision > HEAD_REVISION:
        raise DomainError("backup.newer_schema", field=None, path=str(file), revision=manifest.schema_revision,
                          expected=HEAD_REVISION)
    current = _current(data_dir, settings_file)
    if current.agency_code and manifest.agency_code and current.agency_code != manifest.agency_code:
        raise DomainError("backup.other_agency", field=None, path=str(file), agency=manifest.agency_code,
                          current=current.agency_code)
    data_dir.mkdir(mode=FOLDER_MODE, parents=True, exist_ok=True)
    database, settings = extract(file, manifest, data_dir)
    try:
        backed_up = _check_restored(database, manifest, file)
        lacking = len(current.unsynced - backed_up)
        if lacking and not force:
            raise DomainError("restore.unsynced", field=None, count=lacking)
        if current.damaged and not force:
            raise DomainError("restore.current_damaged", field=None, path=str(data_dir / DATABASE_FILE))
        with closing(sqlite3.connect(database)) as connection, connection:
            connection.execute("INSERT INTO sync_state (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE "
                               "SET value = excluded.value", (RESTORED_KEY, manifest.created_at.isoformat()))
        try:
            set_aside = _set_aside(data_dir, settings_file, now)
        except OSError as err:
            raise DomainError("restore.write", field=None, path=str(data_dir), detail=err.strerror or str(err)) from None
        try:
            os.replace(database, data_dir / DATABASE_FILE)
            if settings is not None:
                with writing_private(settings_file) as out:
                    out.write(settings)
        except OSError as err:
            if set_aside is not None:
                _put_back(set_aside, data_dir, settings_file)
            raise DomainError("restore.write", field=None, path=str(data_dir), detail=err.strerror or str(err)) from None
    finally:
        database.unlink(missing_ok=True)
    return Restored(manifest=manifest, set_aside=set_aside, unsynced_dropped=lacking)


def _current(data_dir: Path, settings_file: Path) -> _Current:
    """What the restore would replace: its agency, the changes it has not sent yet, whether it is
    damaged. A desk still open in another process is refused: its saves would go on into the file
    set aside."""
    try:
        agency = load_settings(settings_file).profile.agency_code
    except DomainError:
        agency = ""
    path = data_dir / DATABASE_FILE
    if not path.exists():
        return _Current(agency, frozenset(), damaged=False)
    try:
        with closing(sqlite3.connect(path, isolation_level=None, timeout=0.2)) as connection:
            connection.execute("PRAGMA locking_mode=EXCLUSIVE")
            connection.execute("BEGIN EXCLUSIVE")
            registered = connection.execute("SELECT value FROM sync_state WHERE key = 'agency_code'").fetchone()
            unsynced = frozenset(row[0] for row in connection.execute("SELECT op_id FROM outbox"))
            connection.execute("ROLLBACK")
    except sqlite3.DatabaseError as err:
        if is_damage(err):
            return _Current(agency, frozenset(), damaged=True)
        if isinstance(err, sqlite3.OperationalError) and "locked" in str(err):
            raise DomainError("restore.in_use", field=None, path=str(path)) from None
        raise
    return _Current(registered[0] if registered else agency, unsynced, damaged=False)


def _check_restored(database: Path, manifest: Manifest, file: Path) -> frozenset[str]:
    """The extracted copy is whole and what the manifest says; its queued changes' ids."""
    problems = integrity_problems(database)
    if problems:
        raise DomainError("backup.damaged", field=None, path=str(file), detail="; ".join(problems))
    with closing(sqlite3.connect(database)) as connection:
        revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        if revision is None or revision[0] != manifest.schema_revision:
            raise DomainError("backup.damaged", field=None, path=str(file), detail="schema")
        return frozenset(row[0] for row in connection.execute("SELECT op_id FROM outbox"))


def _set_aside(data_dir: Path, settings_file: Path, now: datetime) -> Path | None:
    """Move the database files into a new folder and copy the settings there; on a failure put back
    what was moved."""
    present = [data_dir / name for name in DATABASE_FILES if (data_dir / name).exists()]
    if not present and not settings_file.exists():
        return None
    name = now.astimezone(LOCAL_TZ).strftime(SET_ASIDE)
    folder = data_dir / name
    for again in range(2, 100):
        if not folder.exists():
            break
        folder = data_dir / f"{name}-{again}"
    folder.mkdir(mode=FOLDER_MODE)
    try:
        if settings_file.exists():
            with writing_private(folder / settings_file.name) as out:
                out.write(settings_file.read_bytes())
        for path in present:
            path.replace(folder / path.name)
    except OSError:
        _put_back(folder, data_dir, None)
        raise
    return folder


def _put_back(folder: Path, data_dir: Path, settings_file: Path | None) -> None:
    for name in DATABASE_FILES:
        if (folder / name).exists():
            (folder / name).replace(data_dir / name)
    if settings_file is not None and (folder / settings_file.name).exists():
        with writing_private(settings_file) as out:
            out.write((folder / settings_file.name).read_bytes())
