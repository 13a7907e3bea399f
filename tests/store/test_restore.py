"""Restoring a backup: every refusal leaves the folder as it was; a restore keeps what it replaced."""

from __future__ import annotations

import json
import sqlite3
import zipfile
from pathlib import Path

import pytest

from backup_support import backups, new_folder, save, snapshot
from desk_app.domain.errors import DomainError
from desk_app.services.desk import Desk
from desk_app.store.revision import HEAD_REVISION
from intake_support import DESK_SETTINGS

OTHER_AGENCY_SETTINGS = DESK_SETTINGS.replace("000.00.12.H12", "000.00.13.H12")


@pytest.fixture
def backed_up(tmp_path) -> tuple[Path, Path]:
    """A desk with two dossiers, and its backup."""
    folder = new_folder(tmp_path, "desk")
    save(folder, 2)
    file = tmp_path / "sao-luu.zip"
    backups(folder).back_up(file)
    return folder, file


def rewrite(file: Path, target: Path, manifest_change=None, drop: str | None = None) -> Path:
    with zipfile.ZipFile(file) as source, zipfile.ZipFile(target, "w") as out:
        for name in source.namelist():
            if name == drop:
                continue
            data = source.read(name)
            if name == "manifest.json" and manifest_change:
                manifest = json.loads(data)
                manifest_change(manifest)
                data = json.dumps(manifest).encode()
            out.writestr(name, data)
    return target


def refused(folder: Path, file: Path, code: str, force: bool = False) -> DomainError:
    before = snapshot(folder)
    with pytest.raises(DomainError) as raised:
        backups(folder).restore(file, force=force)
    assert raised.value.code == code, raised.value
    assert "không có gì bị thay đổi" in str(raised.value).lower() or code == "backup.missing"
    assert snapshot(folder) == before
    return raised.value


def test_junk_is_refused_and_nothing_changes(backed_up, tmp_path):
    folder, file = backed_up
    junk = tmp_path / "anh.zip"
    junk.write_bytes(b"\x89PNG not a backup")
    refused(folder, junk, "backup.not_a_backup")
    some_zip = tmp_path / "other.zip"
    with zipfile.ZipFile(some_zip, "w") as archive:
        archive.writestr("manifest.json", "{}")
    refused(folder, some_zip, "backup.not_a_backup")
    refused(folder, rewrite(file, tmp_path / "no-db.zip", drop="desk.sqlite3"), "backup.not_a_backup")
    refused(folder, tmp_path / "missing.zip", "backup.missing")


def test_another_agencys_backup_is_refused_and_nothing_changes(backed_up, tmp_path):
    folder, _ = backed_up
    other = new_folder(tmp_path, "other", OTHER_AGENCY_SETTINGS)
    save(other, 1)
    foreign = tmp_path / "khac.zip"
    backups(other).back_up(foreign)
    error = refused(folder, foreign, "backup.other_agency")
    assert "000.00.13.H12" in str(error) and "000.00.12.H12" in str(error)


def test_a_newer_schema_is_refused_and_nothing_changes(backed_up, tmp_path):
    folder, file = backed_up
    newer = rewrite(file, tmp_path / "moi.zip", lambda m: m.update(schema_revision="9999"))
    error = refused(folder, newer, "backup.newer_schema")
    assert "9999" in str(error) and HEAD_REVISION in str(error)
    refused(folder, rewrite(file, tmp_path / "format.zip", lambda m: m.update(format_version=2)), "backup.newer_format")


def test_a_backup_damaged_in_transit_is_refused_and_nothing_changes(backed_up, tmp_path):
    folder, file = backed_up
    tampered = rewrite(file, tmp_path / "hong.zip", lambda m: m.update(database_sha256="0" * 64))
    refused(folder, tampered, "backup.damaged")


def test_restoring_over_unsent_work_is_refused_unless_forced(backed_up):
    folder, file = backed_up
    save(folder, 3)
    error = refused(folder, file, "restore.unsynced")
    assert "3 thay đổi" in str(error) and "--force" in str(error)
    restored = backups(folder).restore(file, force=True)
    assert restored.unsynced_dropped == 3
    aside = restored.set_aside
    assert aside is not None and (aside / "desk.sqlite3").exists() and (aside / "settings.toml").exists()
    assert sqlite3.connect(aside / "desk.sqlite3").execute("SELECT COUNT(*) FROM dossiers").fetchone()[0] == 5
    desk = Desk.open(folder)
    assert desk.pending_operations() == 2
    desk.close()


def test_work_the_backup_also_holds_does_not_stop_a_restore(backed_up):
    folder, file = backed_up
    assert backups(folder).restore(file, force=False).unsynced_dropped == 0


def test_a_desk_open_in_another_process_is_not_restored_under_it(backed_up):
    folder, file = backed_up
    desk = Desk.open(folder)
    try:
        refused(folder, file, "restore.in_use")
    finally:
        desk.close()


def test_a_damaged_database_is_replaced_only_when_forced_and_kept_aside(backed_up):
    folder, file = backed_up
    (folder / "desk.sqlite3").write_bytes(b"\0" * 8192)
    error = refused(folder, file, "restore.current_damaged")
    assert "--force" in str(error)
    restored = backups(folder).restore(file, force=True)
    assert (restored.set_aside / "desk.sqlite3").read_bytes() == b"\0" * 8192
    desk = Desk.open(folder)
    assert desk.pending_operations() == 2
    desk.close()
