"""A backup file: a consistent copy taken while the desk saves, its manifest, private to the desk's user."""

from __future__ import annotations

import json
import sqlite3
import stat
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from backup_support import backups, new_folder, save
from desk_app.domain.errors import DomainError
from desk_app.services.desk import Desk
from desk_app.store.backup import read_manifest
from desk_app.store.health import integrity_problems

TESTS = Path(__file__).resolve().parents[1]
SAVER = """
import sys
sys.path.insert(0, {tests!r})
from pathlib import Path
from desk_app.services.desk import Desk
from intake_support import request_for
desk = Desk.open(Path({folder!r}))
print("started", flush=True)
for _ in range({count}):
    desk.intake.submit(request_for(desk))
desk.close()
"""


def test_a_backup_taken_while_another_process_saves_restores_whole_into_a_new_folder(tmp_path):
    folder = new_folder(tmp_path, "desk")
    save(folder, 1)
    saver = subprocess.Popen([sys.executable, "-c", SAVER.format(tests=str(TESTS), folder=str(folder), count=150)],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert saver.stdout.readline().strip() == "started"
    files = []
    while saver.poll() is None:
        files.append(tmp_path / f"backup-{len(files)}.zip")
        backups(folder).back_up(files[-1])
    assert saver.wait() == 0, saver.stderr.read()
    assert len(files) >= 2
    counts = []
    for index, file in enumerate(files):
        target = tmp_path / f"restored-{index}"
        restored = backups(target).restore(file, force=False)
        assert restored.set_aside is None
        assert integrity_problems(target / "desk.sqlite3") == []
        connection = sqlite3.connect(target / "desk.sqlite3")
        dossiers = connection.execute("SELECT COUNT(*) FROM dossiers").fetchone()[0]
        # Each save wrote its dossier, documents, event and outbox row in one transaction: a copy
        # that holds one part of a save holds all of it.
        assert connection.execute("SELECT COUNT(*) FROM outbox").fetchone()[0] == dossiers
        assert connection.execute("SELECT COUNT(*) FROM dossier_events").fetchone()[0] == dossiers
        assert connection.execute("SELECT COUNT(DISTINCT dossier_id) FROM dossier_documents").fetchone()[0] == dossiers
        connection.close()
        assert restored.manifest.counts["dossiers"] == dossiers
        desk = Desk.open(target)
        assert desk.pending_operations() == dossiers
        desk.close()
        counts.append(dossiers)
    assert counts == sorted(counts) and counts[0] >= 1


def test_the_backup_file_is_private_and_says_what_it_holds(tmp_path):
    folder = new_folder(tmp_path, "desk")
    codes = save(folder, 2)
    out = tmp_path / "out" / "sao-luu.zip"
    manifest = backups(folder).back_up(out)
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert manifest == read_manifest(out)
    assert manifest.agency_code == "000.00.12.H12" and manifest.schema_revision
    assert manifest.counts == {"dossiers": 2, "procedures": 49, "appointments": 0, "pending_changes": 2,
                               "set_aside_changes": 0}
    with zipfile.ZipFile(out) as archive:
        assert sorted(archive.namelist()) == ["desk.sqlite3", "manifest.json", "settings.toml"]
        data = json.loads(archive.read("manifest.json"))
        assert data["format"] == "mot-cua-desk-backup" and data["database_sha256"] == manifest.database_sha256
        assert codes[0].encode() in archive.read("desk.sqlite3")
    assert not list(folder.glob(".backup-*")) and not list(out.parent.glob("*.tmp"))


def test_a_damaged_database_is_not_backed_up(tmp_path):
    folder = new_folder(tmp_path, "desk")
    save(folder, 1)
    database = folder / "desk.sqlite3"
    data = bytearray(database.read_bytes())
    data[4096 * 2:4096 * 4] = b"\xa5" * 8192
    database.write_bytes(bytes(data))
    out = tmp_path / "sao-luu.zip"
    with pytest.raises(DomainError) as raised:
        backups(folder).back_up(out)
    assert raised.value.code == "backup.unreadable" and "doctor" in str(raised.value)
    assert not out.exists()
