"""`desk-app support --out FILE.zip`: what a help desk needs to answer a call, and nothing of a citizen's.

In the file: the versions (the desk, Python, Qt, SQLite, the OS), the doctor's report, the settings
without secrets, the sync state, the daily backups' list and the tail of the recent logs. Never the
database nor the device token. Every text is masked before it is written: the personal details the
database holds for the recent dossiers and bookings and for every dossier a text names, then
anything shaped like an ID number, a phone number or an e-mail address. Logs are left out when the
database cannot be read, since the names to mask would then be unknown.
"""

from __future__ import annotations

import json
import platform
import re
import sqlite3
import sys
import tomllib
import zipfile
from contextlib import closing
from datetime import datetime
from pathlib import Path
from typing import Any, Iterable
from urllib.parse import urlsplit, urlunsplit

from desk_app.clock import LOCAL_TZ
from desk_app.domain.errors import DomainError
from desk_app.local_time import in_local_time, local_iso, local_text
from desk_app.messages import message_for
from desk_app.private_files import writing_private
from desk_app.store.backup import app_version, daily_backups
from desk_app.store.database import DATABASE_FILE
from desk_app.store.personal_data import personal_values

LOG_FOLDER = "logs"
LOG_BYTES = 2 * 10**6
"""The newest two megabytes of logs: the last days of a busy desk."""
RECENT_PEOPLE = 1000
MASK = "[đã ẩn]"
SECRET_KEY = re.compile(r"password|passwd|token|secret|mat_khau", re.IGNORECASE)
DOSSIER_CODE = re.compile(r"[0-9A-Z]{2,3}(?:\.[0-9A-Z]{2,3}){1,5}-\d{6}-\d{4}")
SHAPES = (
    (re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"), "[thư điện tử]"),
    (re.compile(r"(?<![\w+])(?:\+84|0)(?:[ .-]?\d){8,10}(?!\d)"), "[số điện thoại]"),
    (re.compile(r"(?<!\d)(?:\d{12}|\d{9})(?!\d)"), "[số định danh]"),
)


def write_support_file(data_dir: Path, explicit_data_dir: bool, out: Path) -> Path:
    from desk_app.doctor import run_checks
    from desk_app.settings import settings_path

    checks = run_checks(data_dir, explicit_data_dir)
    settings_file = settings_path(data_dir, explicit_data_dir)
    sync, token = _sync_state(data_dir, explicit_data_dir)
    logs = _recent_logs(data_dir / LOG_FOLDER)
    texts = {
        "versions.json": _json(_versions()),
        "doctor.txt": "\n".join(check.line() for check in checks) + "\n",
        "doctor.json": _json([check.as_json() for check in checks]),
        "settings.toml": _settings_without_secrets(settings_file),
        "sync.json": _json(in_local_time(sync)),
        "backups.json": _json([{"file": path.name, "at": local_iso(stamp.replace(tzinfo=LOCAL_TZ)),
                                "bytes": path.stat().st_size} for stamp, path in daily_backups(data_dir)]),
        **{f"logs/{name}": text for name, text in logs.items()},
    }
    secrets = {token} if token else set()
    people = _people(data_dir, texts.values())
    if people is None:
        texts = {name: text for name, text in texts.items() if not name.startswith("logs/")}
    texts["README.txt"] = message_for("support.readme", at=local_text(datetime.now(LOCAL_TZ)),
                                      logs=len(logs) if people is not None else 0)
    masked = {name: mask(text, (people or set()) | secrets) for name, text in texts.items()}
    try:
        with writing_private(out) as file, zipfile.ZipFile(file, "w", zipfile.ZIP_DEFLATED) as archive:
            for name, text in masked.items():
                archive.writestr(name, text)
    except OSError as err:
        raise DomainError("support.write", field=None, path=str(out), detail=err.strerror or str(err)) from None
    return out


def mask(text: str, values: Iterable[str]) -> str:
    """Each known value, longest first (so a name goes before the parts it contains), then the shapes."""
    for value in sorted(values, key=len, reverse=True):
        text = text.replace(value, MASK).replace(value.lower(), MASK)
    for pattern, replacement in SHAPES:
        text = pattern.sub(replacement, text)
    return text


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2) + "\n"


def _versions() -> dict[str, str]:
    from PySide6 import QtCore, __version__ as pyside_version

    return {"desk_app": app_version(), "python": platform.python_version(), "pyside6": pyside_version,
            "qt": QtCore.qVersion(), "sqlite": sqlite3.sqlite_version, "os": platform.platform(),
            "bundle": "yes" if getattr(sys, "frozen", False) else "no"}


def _settings_without_secrets(path: Path) -> str:
    """The settings as their values stand, less any key that names a secret and any password in an address."""
    import tomlkit

    try:
        document = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError) as err:
        return f"# {path}: {type(err).__name__}\n"

    def clean(table: dict[str, Any]) -> dict[str, Any]:
        kept = {}
        for key, value in table.items():
            if SECRET_KEY.search(key):
                continue
            if isinstance(value, dict):
                value = clean(value)
            elif isinstance(value, str) and urlsplit(value).password:
                parts = urlsplit(value)
                value = urlunsplit(parts._replace(netloc=parts.hostname + (f":{parts.port}" if parts.port else "")))
            kept[key] = value
        return kept

    return f"# {path}\n" + tomlkit.dumps(clean(document))


def _sync_state(data_dir: Path, explicit_data_dir: bool) -> tuple[dict[str, Any], str | None]:
    """The sync status and the set-aside changes (their reason codes, not the server's sentences,
    which may quote a dossier's contents); and the token, only to mask it should a log hold it."""
    from desk_app.services.desk import Desk
    from desk_app.sync import credentials

    try:
        desk = Desk.open(data_dir, explicit_data_dir)
    except DomainError as err:
        return {"error": err.code}, None
    try:
        status = desk.sync.status()
        problems = [{"op_id": p.op_id, "dossier_code": p.dossier_code, "kind": p.kind, "reason_code": p.reason_code,
                     "at": p.at.isoformat() if p.at else None} for p in desk.sync.problems()]
    finally:
        desk.close()
    token = None
    if status.registered and status.server_url and status.device_id:
        try:
            token = credentials.load_token(status.server_url, status.device_id)
        except DomainError:
            token = None
    return {"status": status.as_json(), "set_aside": problems}, token


def _recent_logs(folder: Path) -> dict[str, str]:
    """The newest log files, newest first, until LOG_BYTES; the oldest one kept is cut to its end."""
    files = sorted((p for p in folder.glob("*.log*") if p.is_file()), key=lambda p: p.stat().st_mtime,
                   reverse=True) if folder.is_dir() else []
    taken, left = {}, LOG_BYTES
    for path in files:
        if left <= 0:
            break
        size = path.stat().st_size
        with open(path, "rb") as file:
            file.seek(max(0, size - left))
            taken[path.name] = file.read(left).decode("utf-8", errors="replace")
        left -= size
    return taken


def _people(data_dir: Path, texts: Iterable[str]) -> set[str] | None:
    """What to mask: the details of every dossier the texts name and of the latest ones; None when the
    database cannot be read."""
    codes = {code for text in texts for code in DOSSIER_CODE.findall(text)}
    path = data_dir / DATABASE_FILE
    if not path.exists():
        return set()
    try:
        with closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as connection:
            return personal_values(connection, codes, RECENT_PEOPLE)
    except sqlite3.DatabaseError:
        return None
