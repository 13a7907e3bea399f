"""Sync through a hostile network: desks of one agency, each behind a proxy that drops requests,
loses answers after the server applied them, duplicates, delays, answers 500 and restarts the
server mid-batch, going offline and online at random while officers keep saving dossiers, the back
office moves dossiers on, and now and then an officer restarts the application. Once the network
heals, one clean sync of every desk must leave:

- every dossier any desk saved on the server exactly once (one row, one intake event), nothing else;
- every code unique, on the server and on every desk;
- every desk holding every dossier of the agency, in the server's status, and printing it
  (`dossier show --json`) exactly as `provincial dossier list --json` does;
- no outbox row lost: for each desk, pending + rejected + acknowledged = created.

Each seed is one run; a failure names its seed, and the same seed replays the same actions and
faults (thread timing aside). SYNC_FAULT_SEEDS=N runs N seeds per database instead of the default.
"""

from __future__ import annotations

import contextlib
import os
import random
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Iterator

import pytest

from intake_support import DESK_SETTINGS
from fault_proxy import Fault
from provincial_support import postgres_database, running_server, seed as seed_province, sqlite_url
from sync_fleet import FleetDesk, Province

SEEDS = {"postgresql": int(os.environ.get("SYNC_FAULT_SEEDS", "5")),
         "sqlite": int(os.environ.get("SYNC_FAULT_SEEDS", "3"))}
STEPS = 24
BURST = 25
"""Dossiers saved at once before the push that the server is killed in the middle of."""
BURST_CYCLES = 5
FINAL_ROUNDS = 4


@contextlib.contextmanager
def province_on(kind: str, db_url: str) -> Iterator[Province]:
    """One seeded server per database engine for all its runs; each run gets an agency of its own."""
    seed_province(db_url)
    with running_server(db_url) as server:
        province = Province(kind, db_url, server)
        try:
            yield province
        finally:
            province.wait_for_restarts()
            province.close()


@pytest.fixture(scope="module")
def postgresql_province() -> Iterator[Province]:
    with postgres_database() as db_url, province_on("postgresql", db_url) as province:
        yield province


@pytest.fixture(scope="module")
def sqlite_province(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Province]:
    with province_on("sqlite", sqlite_url(tmp_path_factory.mktemp("province"))) as province:
        yield province


@pytest.fixture(autouse=True)
def keyring_in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyrings.alt.file.PlaintextKeyring")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))


@pytest.mark.parametrize("run", range(SEEDS["postgresql"]))
def test_desks_converge_on_postgresql(postgresql_province: Province, run: int, tmp_path: Path) -> None:
    converge(postgresql_province, run, run, tmp_path)


@pytest.mark.parametrize("run", range(SEEDS["sqlite"]))
def test_desks_converge_on_sqlite(sqlite_province: Province, run: int, tmp_path: Path) -> None:
    converge(sqlite_province, run, 1000 + run, tmp_path)


def converge(province: Province, run: int, seed: int, tmp_path: Path) -> None:
    rng = random.Random(seed)
    agency = f"G22.39.{run:02d}"
    officer = f"kiemthu{run}"
    province.add_agency(agency, officer)
    desks = [FleetDesk.open(f"Máy {i + 1}", tmp_path / f"desk{i}", DESK_SETTINGS, province, rng)
             for i in range(rng.choice((2, 3)))]
    try:
        for desk in desks:
            desk.register(officer)
            desk.faults_on()
        play(rng, province, agency, desks)
        heal(desks)
        check(province, agency, desks, seed)
    finally:
        province.wait_for_restarts()
        for desk in desks:
            desk.close()


def play(rng: random.Random, province: Province, agency: str, desks: list[FleetDesk]) -> None:
    """STEPS random actions; one of them is the burst whose push the server dies in."""
    burst_at = rng.randrange(STEPS)
    with ThreadPoolExecutor(max_workers=len(desks)) as pool:
        for step in range(STEPS):
            if step == burst_at:
                burst(rng, province, rng.choice(desks))
                continue
            action = rng.choices(("save", "sync", "network", "advance", "reopen"), (0.38, 0.35, 0.13, 0.1, 0.04))[0]
            if action == "save":
                desk = rng.choice(desks)
                for _ in range(rng.randint(1, 4)):
                    desk.save(rng)
            elif action == "sync":
                chosen = rng.sample(desks, rng.randint(1, len(desks)))
                for report in pool.map(FleetDesk.sync, chosen):
                    assert report.ok or (report.error and report.error_code), f"a failed cycle without a reason: {report}"
            elif action == "network":
                desk = rng.choice(desks)
                desk.proxy.set_offline(not desk.proxy.offline)
            elif action == "advance":
                province.advance_one(agency, rng)
            else:
                rng.choice(desks).reopen()


def burst(rng: random.Random, province: Province, desk: FleetDesk) -> None:
    """A batch saved offline, then pushed through a restart of the server while it applies it.
    Other faults may stop a cycle before its push, so it takes as many cycles as needed."""
    desk.proxy.set_offline(False)
    for _ in range(BURST):
        desk.save(rng)
    restarts = province.restarts
    desk.proxy.script([Fault.RESTART], only=lambda method, path: method == "POST" and path.endswith("/operations"))
    for _ in range(BURST_CYCLES):
        province.wait_for_restarts()
        desk.sync()
        if province.wait_for_restarts() > restarts:
            return
    raise AssertionError(f"no push reached the server in {BURST_CYCLES} cycles: {desk.reports[-BURST_CYCLES:]}")


def heal(desks: list[FleetDesk]) -> None:
    """The network is fine again: sync every desk in turn until a whole round changes nothing."""
    for desk in desks:
        desk.faults_off()
    for _ in range(FINAL_ROUNDS):
        reports = [desk.sync() for desk in desks]
        if all(r.ok and r.pushed == 0 and r.duplicates == 0 and r.pulled == 0 for r in reports):
            return
    failing = {d.name: (r.ok, r.error) for d, r in zip(desks, reports)}
    raise AssertionError(f"sync did not settle after {FINAL_ROUNDS} clean rounds: {failing}")


def check(province: Province, agency: str, desks: list[FleetDesk], seed: int) -> None:
    context = f"seed {seed}, faults " + ", ".join(f"{d.name}: {dict(d.proxy.faults_done())}" for d in desks)
    created = set().union(*(d.codes for d in desks))
    assert sum(len(d.codes) for d in desks) == len(created), f"two desks saved the same code; {context}"

    server = province.dossiers(agency)
    assert set(server) == created, (f"missing on the server: {sorted(created - set(server))}, "
                                    f"unknown: {sorted(set(server) - created)}; {context}")
    listed = {row["code"]: row for row in province.listed(agency)}
    assert sorted(listed) == sorted(created), f"`dossier list` disagrees with the database; {context}"
    assert province.intake_events(agency) == dict.fromkeys(created, 1), f"intake applied twice; {context}"
    assert len({uuid_ for uuid_, _ in server.values()}) == len(server), f"a uuid twice; {context}"

    for desk in desks:
        held = desk.held()
        assert held == server, (f"{desk.name} differs from the server: "
                                f"{ {c: (held.get(c), server.get(c)) for c in set(held) | set(server) if held.get(c) != server.get(c)} }; "
                                f"{context}")

    recorded = province.operations(agency)
    for desk in desks:
        outbox = desk.outbox()
        pending = {op for op, state in outbox.items() if state == "pending"}
        rejected = {op for op, state in outbox.items() if state == "rejected"}
        acknowledged = {op for op in desk.op_ids - set(outbox) if recorded.get(op) == (desk.device_id, "applied")}
        assert not pending and not rejected, (f"{desk.name}: pending {len(pending)}, rejected "
                                              f"{[(p.dossier_code, p.reason) for p in desk.desk.sync.problems()]}; {context}")
        assert pending | rejected | acknowledged == desk.op_ids, (
            f"{desk.name}: {len(desk.op_ids - pending - rejected - acknowledged)} operations left the outbox "
            f"without reaching the server; {context}")
        mine = {op for op, (device, _) in recorded.items() if device == desk.device_id}
        assert mine == desk.op_ids, f"{desk.name}: the server holds operations the desk never made; {context}"

    for code, shown in listed.items():
        for desk in desks:
            assert desk.printed(code) == shown, f"{desk.name} prints {code} differently; {context}"
