"""A backup file: the database copied while the desk keeps saving, the settings, and a manifest.

The copy is made with SQLite's online backup API from a connection of its own, so it is one
consistent state of the database even while the window commits dossiers (WAL lets those writes go
on meanwhile), and it never waits for the desk's own connection. The file is a zip: `manifest.json`
(which desk and agency, schema revision, when, how many of what, and the copy's SHA-256),
`desk.sqlite3` and `settings.toml`. It holds citizens' data, so it is created readable by the
desk's OS user only; it holds no secret, as the device token lives in the OS keyring.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import tempfile
import zipfile
from contextlib import closing
from dataclasses import asdict, dataclass, field
from datetime import datetime
from importlib import metadata
from pathlib import Path
from typing import Any

from desk_app.domain.errors import DomainError
from desk_app.private_files import writing_private
from desk_app.settings import DeskProfile, load_settings
from desk_app.store.health import integrity_problems
from desk_app.store.numbering import JOURNAL_KEY

FORMAT = "mot-cua-desk-backup"
FORMAT_VERSION = 1
MANIFEST_MEMBER = "manifest.json"
DATABASE_MEMBER = "desk.sqlite3"
SETTINGS_MEMBER = "settings.toml"

COUNTS = {
    "dossiers": ("dossiers", ""),
    "procedures": ("procedures", ""),
    "appointments": ("appointments", ""),
    "pending_changes": ("outbox", "WHERE state = 'pending'"),
    "set_aside_changes": ("outbox", "WHERE state = 'rejected'"),
}
"""What the manifest counts: name → (table, condition)."""


@dataclass(frozen=True)
class Manifest:
    created_at: datetime
    schema_revision: str | None
    database_sha256: str
    agency_code: str = ""
    agency_name: str = ""
    device_id: str | None = None
    device_name: str | None = None
    server_url: str | None = None
    journal_id: str | None = None
    """The folder journal of printed numbers that covered the database (`store.numbering`)."""
    app_version: str = ""
    counts: dict[str, int] = field(default_factory=dict)
    has_settings: bool = False

    def as_json(self) -> dict[str, Any]:
        values = asdict(self)
        values["created_at"] = self.created_at.isoformat()
        return {"format": FORMAT, "format_version": FORMAT_VERSION, **values}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "Manifest":
        values = {key: data[key] for key in cls.__dataclass_fields__ if key in data}
        values["created_at"] = datetime.fromisoformat(data["created_at"])
        return cls(**values)


def app_version() -> str:
    return metadata.version("mot-cua-desk")


def copy_database(source: Path, target: Path) -> None:
    """One consistent state of the source, however busy it is, into a self-contained file."""
    with closing(sqlite3.connect(source)) as live, closing(sqlite3.connect(target)) as copy:
        live.backup(copy)
        copy.execute("PRAGMA journal_mode=DELETE")


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as file:
        for chunk in iter(lambda: file.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def write_backup(database: Path, settings_file: Path, out: Path, now: datetime) -> Manifest:
    """Back the desk up into `out` (replaced if it exists)."""
    if not database.exists():
        raise DomainError("backup.no_database", field=None, path=str(database))
    descriptor, tmp = tempfile.mkstemp(dir=database.parent, prefix=".backup-", suffix=".sqlite3")
    os.close(descriptor)
    copy = Path(tmp)
    try:
        try:
            copy_database(database, copy)
        except sqlite3.DatabaseError as err:
            raise DomainError("backup.unreadable", field=None, path=str(database), detail=str(err)) from None
        problems = integrity_problems(copy, quick=True)
        if problems:
            raise DomainError("backup.unreadable", field=None, path=str(database), detail="; ".join(problems))
        manifest = _describe(copy, settings_file, now)
        try:
            # Level 1: on a desk of a million dossiers, half the time of the default level for a fifth more bytes.
            with (writing_private(out) as file,
                  zipfile.ZipFile(file, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive):
                archive.writestr(MANIFEST_MEMBER, json.dumps(manifest.as_json(), ensure_ascii=False, indent=2))
                archive.write(copy, DATABASE_MEMBER)
                if manifest.has_settings:
                    archive.write(settings_file, SETTINGS_MEMBER)
        except OSError as err:
            raise DomainError("backup.write", field=None, path=str(out), detail=err.strerror or str(err)) from None
    finally:
        copy.unlink(missing_ok=True)
    return manifest


def _describe(copy: Path, settings_file: Path, now: datetime) -> Manifest:
    with closing(sqlite3.connect(copy)) as connection:
        state = dict(connection.execute("SELECT key, value FROM sync_state").fetchall())
        revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        # A database not yet upgraded may lack the later tables: those are not counted.
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        counts = {name: connection.execute(f"SELECT COUNT(*) FROM {table} {where}").fetchone()[0]
                  for name, (table, where) in COUNTS.items() if table in tables}
    try:
        profile = load_settings(settings_file).profile
    except DomainError:
        profile = DeskProfile()
    return Manifest(
        created_at=now, schema_revision=revision[0] if revision else None, database_sha256=sha256_of(copy),
        agency_code=state.get("agency_code") or profile.agency_code, agency_name=profile.agency_name,
        device_id=state.get("device_id"), device_name=state.get("device_name"), server_url=state.get("server_url"),
        journal_id=state.get(JOURNAL_KEY), app_version=app_version(), counts=counts,
        has_settings=settings_file.exists())


def read_manifest(file: Path) -> Manifest:
    """The manifest of a backup file, or a clear refusal of anything that is not one."""
    try:
        with zipfile.ZipFile(file) as archive:
            names = set(archive.namelist())
            data = json.loads(archive.read(MANIFEST_MEMBER)) if MANIFEST_MEMBER in names else None
    except FileNotFoundError:
        raise DomainError("backup.missing", field=None, path=str(file)) from None
    except (zipfile.BadZipFile, OSError, ValueError):
        data, names = None, set()
    if not isinstance(data, dict) or data.get("format") != FORMAT or DATABASE_MEMBER not in names:
        raise DomainError("backup.not_a_backup", field=None, path=str(file))
    if not isinstance(data.get("format_version"), int) or data["format_version"] > FORMAT_VERSION:
        raise DomainError("backup.newer_format", field=None, path=str(file))
    try:
        return Manifest.from_json(data)
    except (KeyError, TypeError, ValueError):
        raise DomainError("backup.not_a_backup", field=None, path=str(file)) from None


def extract(file: Path, manifest: Manifest, folder: Path) -> tuple[Path, bytes | None]:
    """The backup's database as a private file in `folder` (checked against the manifest), and its
    settings as they were saved."""
    descriptor, tmp = tempfile.mkstemp(dir=folder, prefix=".restore-", suffix=".sqlite3")
    target = Path(tmp)
    try:
        try:
            with os.fdopen(descriptor, "wb") as out, zipfile.ZipFile(file) as archive:
                with archive.open(DATABASE_MEMBER) as member:
                    while chunk := member.read(1 << 20):
                        out.write(chunk)
                settings = archive.read(SETTINGS_MEMBER) if manifest.has_settings else None
                out.flush()
                os.fsync(out.fileno())
        except (zipfile.BadZipFile, KeyError, EOFError) as err:
            raise DomainError("backup.damaged", field=None, path=str(file), detail=str(err)) from None
        if sha256_of(target) != manifest.database_sha256:
            raise DomainError("backup.damaged", field=None, path=str(file), detail="SHA-256")
    except BaseException:
        target.unlink(missing_ok=True)
        raise
    return target, settings


BACKUP_FOLDER = "backups"
DAILY_NAME = "desk-%Y%m%d-%H%M%S.zip"


def backup_folder(data_dir: Path) -> Path:
    return data_dir / BACKUP_FOLDER


def daily_backups(data_dir: Path) -> list[tuple[datetime, Path]]:
    """The desk's own backups in its data folder, oldest first, by the local time in their names."""
    found = []
    folder = backup_folder(data_dir)
    for path in folder.glob("desk-*.zip") if folder.is_dir() else ():
        try:
            found.append((datetime.strptime(path.name, DAILY_NAME), path))
        except ValueError:
            continue
    return sorted(found)
