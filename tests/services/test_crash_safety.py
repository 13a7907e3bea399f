"""A desk killed at any moment loses no committed dossier and leaves nothing half-saved."""

from __future__ import annotations

import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

TESTS = Path(__file__).resolve().parents[1]

CHILD = f"""
import sys
sys.path.insert(0, {str(TESTS)!r})
from pathlib import Path
from desk_app.services.desk import Desk
from intake_support import request_for
desk = Desk.open(Path(sys.argv[1]))
while True:
    result = desk.intake.submit(request_for(desk))
    print(result.code, flush=True)
"""


def run_and_kill(data_dir: Path, seed: int) -> list[str]:
    """Start a desk saving dossiers as fast as it can, kill -9 it at a random moment, return what it
    had reported as committed."""
    rng = random.Random(seed)
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(data_dir)], stdout=subprocess.PIPE, text=True)
    assert child.stdout is not None
    committed = [child.stdout.readline().strip()]
    time.sleep(rng.uniform(0.05, 0.6))
    child.send_signal(signal.SIGKILL)
    committed += [line.strip() for line in child.stdout]
    child.wait()
    return [code for code in committed if code]


def test_kill_during_saves_loses_nothing_committed(data_dir):
    reported: list[str] = []
    for seed in range(3):
        reported += run_and_kill(data_dir, seed)
    database = sqlite3.connect(data_dir / "desk.sqlite3")
    assert database.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    stored = {row[0] for row in database.execute("SELECT code FROM dossiers")}
    assert set(reported) <= stored
    assert len(stored) >= len(reported)
    incomplete = database.execute(
        "SELECT d.code FROM dossiers d WHERE NOT EXISTS (SELECT 1 FROM dossier_events e WHERE e.dossier_id = d.id)"
        " OR NOT EXISTS (SELECT 1 FROM outbox o WHERE o.dossier_code = d.code)"
        " OR NOT EXISTS (SELECT 1 FROM dossier_documents x WHERE x.dossier_id = d.id)"
    ).fetchall()
    assert incomplete == []
    codes = [row[0] for row in database.execute("SELECT code FROM dossiers")]
    assert len(codes) == len(set(codes))
