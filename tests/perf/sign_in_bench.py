"""`sign_in_timing_ratio`: how much longer a sign-in with one kind of name takes than with the other.

A refused sign-in must not tell whether its username exists: a known name costs an argon2
verification, so an unknown one is verified against a hash nobody has (provincial/passwords.py).
Each run signs in with a wrong password, alternately under a known and an unknown name, against the
server application in this process on a seeded SQLite database whose officers' hashes are made at
argon2's default cost, as in production; the throttle's counts are cleared before each attempt so
that every attempt takes the same path. The figure is the larger median over the smaller (1.0 when
they take as long).
"""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

ATTEMPTS = 15
KNOWN, UNKNOWN = "canbo1", "khongcoai"


def _times(client, engine) -> dict[str, list[float]]:
    from sqlalchemy import delete

    from desk_app.sync import wire
    from provincial.schema import sign_in_failures

    found: dict[str, list[float]] = {KNOWN: [], UNKNOWN: []}
    for _ in range(ATTEMPTS):
        for username in (KNOWN, UNKNOWN):
            with engine.begin() as connection:
                connection.execute(delete(sign_in_failures))
            started = time.perf_counter()
            answer = client.post(f"{wire.API_PREFIX}/devices", json={
                "username": username, "password": "sai-mat-khau", "device_name": "Quầy đo"})
            found[username].append(time.perf_counter() - started)
            if answer.status_code != 401:
                raise RuntimeError(f"a wrong password was answered {answer.status_code}: {answer.text}")
    return found


def sign_in_timing(_dataset: object, runs: int) -> list:
    from fastapi.testclient import TestClient

    from benchmarks import Measurement
    from provincial.api.app import create_app
    from provincial.db import make_engine
    from provincial.migrate import upgrade_to_head
    from provincial.seed import seed

    ratios, notes = [], []
    for _ in range(runs):
        with tempfile.TemporaryDirectory(prefix="sign-in-bench-") as scratch:
            url = f"sqlite:///{Path(scratch) / 'provincial.sqlite3'}"
            engine = make_engine(url)
            upgrade_to_head(engine)
            with engine.begin() as connection:
                seed(connection)
            with TestClient(create_app(url, engine)) as client:
                found = _times(client, engine)
            engine.dispose()
        known, unknown = statistics.median(found[KNOWN]), statistics.median(found[UNKNOWN])
        ratios.append(max(known, unknown) / min(known, unknown))
        notes.append(f"known name {known * 1000:.0f} ms, unknown name {unknown * 1000:.0f} ms (medians of {ATTEMPTS})")
    return [Measurement("sign_in_timing_ratio", tuple(ratios), runs, tuple(notes))]
