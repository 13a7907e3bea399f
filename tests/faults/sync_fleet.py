"""Desks of one agency behind their own fault proxies, a province server they share, and what each
side holds at the end, for the fault-injection suite.

Each desk is a real `Desk` on its own data directory, registered with the real server through its
own proxy, so one desk can be cut off while the others go on and every request it makes can be
faulted. The test records what the desks created (dossier codes and outbox op_ids, read from the
outbox right after each save, before anything could acknowledge them) and compares that with what
the server and the desks hold once the network is healthy again.
"""

from __future__ import annotations

import json
import random
import sqlite3
import threading
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, select

from desk_app.domain.dossier_state import TRANSITIONS, DossierStatus
from desk_app.domain.errors import DomainError
from desk_app.services.desk import Desk
from desk_app.services.intake import Decision
from desk_app.services.sync import SyncReport
from desk_app.store.database import DATABASE_FILE
from desk_app.sync.backoff import RetryPolicy
from fault_proxy import Fault, FaultPlan, FaultProxy
from intake_support import request_for
from provincial import backoffice
from provincial.db import make_engine
from provincial.schema import dossier_events, dossiers, operations
from provincial_support import RunningServer, add_agency, add_officer, provincial

PASSWORD = "motcua2026"
PROCEDURES = ("1.001193", "1.000894", "1.001022", "1.004884")
RETRY = RetryPolicy(attempts=3, first_wait_s=0.02, max_wait_s=0.1)
DESK_TIMEOUT_S = 0.5
"""Short enough that the longer DELAY faults time the desk out while the server still applies."""
WEIGHTS = {Fault.DROP_REQUEST: 0.08, Fault.DROP_RESPONSE: 0.12, Fault.DUPLICATE: 0.12, Fault.DELAY: 0.08,
           Fault.ERROR_500: 0.08, Fault.RESTART: 0.015}
"""Half the requests of a run are faulted; the lost answers and duplicates, which test exactly-once,
most often."""
DELAY_S = (0.05, 0.8)


class Province:
    """The server process and its database, shared by every run on one database engine."""

    def __init__(self, kind: str, db_url: str, server: RunningServer) -> None:
        self.kind = kind
        self.db_url = db_url
        self.server = server
        self.engine: Engine = make_engine(db_url, pool_size=2)
        self.restarts = 0
        self._restart = threading.Lock()

    def restart(self) -> None:
        """Kill the server and start it again on the same port; proxies of several desks may ask at
        once, and one restart serves them all."""
        if not self._restart.acquire(blocking=False):
            with self._restart:
                return
        try:
            self.server.restart(kill=True)
            self.restarts += 1
        finally:
            self._restart.release()

    def wait_for_restarts(self) -> int:
        """Once no restart is under way (a desk may give up on a request before the restart that
        request set off is over), the number of restarts so far."""
        with self._restart:
            return self.restarts

    def add_agency(self, code: str, officer: str) -> None:
        add_agency(self.db_url, code, f"UBND xã thử nghiệm {code}", "--place", "Tân Phong")
        add_officer(self.db_url, code, officer, PASSWORD, full_name="Nguyễn Thị Lan")

    def dossiers(self, agency: str) -> dict[str, tuple[str, str]]:
        """code → (uuid, status) of the agency's dossiers on the server."""
        with self.engine.connect() as connection:
            rows = connection.execute(select(dossiers.c.code, dossiers.c.uuid, dossiers.c.status)
                                      .where(dossiers.c.agency_code == agency)).all()
        return {row.code: (row.uuid, row.status) for row in rows}

    def intake_events(self, agency: str) -> dict[str, int]:
        """code → how many intake events the server recorded for it (one, whatever the retries)."""
        with self.engine.connect() as connection:
            rows = connection.execute(select(dossiers.c.code, dossier_events.c.kind)
                                      .join(dossier_events, dossier_events.c.dossier_id == dossiers.c.id)
                                      .where(dossiers.c.agency_code == agency, dossier_events.c.kind == "intake")).all()
        counts: dict[str, int] = {}
        for row in rows:
            counts[row.code] = counts.get(row.code, 0) + 1
        return counts

    def operations(self, agency: str) -> dict[str, tuple[str, str]]:
        """op_id → (device_id, outcome) of every operation the server recorded for the agency."""
        with self.engine.connect() as connection:
            rows = connection.execute(select(operations.c.op_id, operations.c.device_id, operations.c.outcome)
                                      .where(operations.c.agency_code == agency)).all()
        return {row.op_id: (row.device_id, row.outcome) for row in rows}

    def listed(self, agency: str) -> list[dict[str, Any]]:
        """The agency's dossiers as `provincial dossier list --json` prints them."""
        return json.loads(provincial(self.db_url, "dossier", "list", "--agency", agency, "--json").stdout)

    def advance_one(self, agency: str, rng: random.Random) -> tuple[str, str] | None:
        """The back office moves a random dossier of the agency on; the (code, new status), or None
        when none can move. This is the function `provincial dossier advance` runs, called in
        process: a command per move would cost a second each and starve the run of moves."""
        movable = sorted((code, status) for code, (_, status) in self.dossiers(agency).items()
                         if TRANSITIONS[DossierStatus(status)])
        if not movable:
            return None
        code, status = rng.choice(movable)
        target = rng.choice(sorted(TRANSITIONS[DossierStatus(status)]))
        with self.engine.begin() as connection:
            backoffice.advance(connection, code, target.value, reason="Kiểm thử")
        return code, target.value

    def close(self) -> None:
        self.engine.dispose()


@dataclass
class FleetDesk:
    """One desk, its proxy, and everything it created, as the test saw it being created."""

    name: str
    desk: Desk
    proxy: FaultProxy
    codes: set[str] = field(default_factory=set)
    op_ids: set[str] = field(default_factory=set)
    reports: list[SyncReport] = field(default_factory=list)
    exhausted: int = 0

    @classmethod
    def open(cls, name: str, data_dir: Path, settings: str, province: Province, rng: random.Random) -> "FleetDesk":
        data_dir.mkdir(parents=True)
        (data_dir / "settings.toml").write_text(settings, encoding="utf-8")
        desk = _open(data_dir)
        plan = FaultPlan(rng=random.Random(rng.getrandbits(64)), delay_s=DELAY_S)
        proxy = FaultProxy(("127.0.0.1", province.server.port), plan, restart_upstream=province.restart).start()
        return cls(name, desk, proxy)

    def register(self, username: str) -> None:
        """Registration goes through the proxy with no faults and the default timeout (checking a
        password is slow on purpose); a lost registration answer has its own test in tests/sync."""
        self.desk.sync.register(self.proxy.url, username, PASSWORD, self.name)
        self.desk.sync.settings = replace(self.desk.sync.settings, timeout_s=DESK_TIMEOUT_S)

    def reopen(self) -> None:
        """The officer closes the application and starts it again: sync must resume from what the
        database and the keyring hold, nothing kept in memory."""
        data_dir = self.desk.data_dir
        self.desk.close()
        self.desk = _open(data_dir)
        self.desk.sync.settings = replace(self.desk.sync.settings, timeout_s=DESK_TIMEOUT_S)

    def faults_on(self) -> None:
        self.proxy.plan.weights = WEIGHTS

    def faults_off(self) -> None:
        self.proxy.plan.weights = {}
        self.proxy.plan.scripted.clear()
        self.proxy.set_offline(False)

    def save(self, rng: random.Random) -> str | None:
        """One dossier as an officer saves it: mostly received, some asked to supplement, a few
        refused. None when the desk has no dossier number left for today (offline too long)."""
        decision = rng.choices(list(Decision), [0.75, 0.15, 0.10])[0]
        procedure = rng.choice(PROCEDURES)
        if decision is Decision.RECEIVE:
            request = request_for(self.desk, procedure)
        else:
            request = request_for(self.desk, procedure, received=False, decision=decision,
                                  reason="Thiếu giấy tờ theo quy định")
        try:
            code = self.desk.intake.submit(request).code
        except DomainError as err:
            if err.code != "dossier_code.exhausted_all":
                raise
            self.exhausted += 1
            return None
        self.codes.add(code)
        self.op_ids |= set(self.outbox())
        return code

    def sync(self) -> SyncReport:
        report = self.desk.sync.run_once()
        self.reports.append(report)
        return report

    def outbox(self) -> dict[str, str]:
        """op_id → state of every row still in the outbox."""
        return dict(self._query("SELECT op_id, state FROM outbox"))

    def held(self) -> dict[str, tuple[str, str]]:
        """code → (uuid, status) of every dossier this desk holds."""
        return {code: (uuid_, status) for code, uuid_, status in self._query("SELECT code, uuid, status FROM dossiers")}

    def printed(self, code: str) -> dict[str, Any]:
        return self.desk.lookup.get(code).printed

    @property
    def device_id(self) -> str:
        device = self.desk.sync.status().device_id
        assert device is not None
        return device

    def _query(self, sql: str) -> list[tuple[Any, ...]]:
        connection = sqlite3.connect(f"file:{self.desk.data_dir / DATABASE_FILE}?mode=ro", uri=True)
        try:
            return connection.execute(sql).fetchall()
        finally:
            connection.close()

    def close(self) -> None:
        self.proxy.stop()
        self.desk.close()


def _open(data_dir: Path) -> Desk:
    desk = Desk.open(data_dir)
    desk.sync.retry = RETRY
    return desk
