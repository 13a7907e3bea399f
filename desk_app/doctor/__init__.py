"""`desk-app doctor`: what is wrong at this counter, one line a check, each saying what to do.

Each check stands alone: one that fails, or breaks unexpectedly, never stops the others, and a
damaged database is named in its line, never shown as a traceback. The sync state is read through
the desk itself, and only once the database is known to be sound and at this release's schema.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Callable

from desk_app.clock import LOCAL_TZ, now_utc
from desk_app.doctor.facts import gather
from desk_app.doctor.folder import (
    at_current_schema,
    backup_check,
    database_check,
    disk_check,
    permissions_check,
    settings_check,
)
from desk_app.doctor.machine import fonts_check, printers_check
from desk_app.doctor.network import keyring_check, server_check, sync_check
from desk_app.doctor.report import Check


def _guarded(name: str, check: Callable[[], Check]) -> Check:
    try:
        return check()
    except Exception as err:  # noqa: BLE001 — the report goes on; this line says what broke
        return Check.of(name, False, "doctor.unexpected", detail=f"{type(err).__name__}: {err}")


def run_checks(data_dir: Path, explicit_data_dir: bool, clock: Callable[[], datetime] = now_utc) -> list[Check]:
    now = clock().astimezone(LOCAL_TZ)
    facts = gather(data_dir, explicit_data_dir)
    database = _guarded("database", lambda: database_check(facts))
    # Before the desk is opened for the sync's state: opening it narrows the modes it finds.
    permissions = _guarded("permissions", lambda: permissions_check(facts))
    if database.ok and at_current_schema(facts):
        facts = facts.with_sync()
    return [
        _guarded("settings", lambda: settings_check(facts)),
        database,
        permissions,
        _guarded("disk", lambda: disk_check(facts)),
        _guarded("keyring", lambda: keyring_check(facts)),
        _guarded("server", lambda: server_check(facts, clock)),
        _guarded("printers", lambda: printers_check(facts)),
        _guarded("fonts", lambda: fonts_check(facts)),
        _guarded("backup", lambda: backup_check(facts, now.date())),
        _guarded("sync", lambda: sync_check(facts, now)),
    ]
