"""The sync figures: a long outage's backlog pushed, and a long outage's back-office work pulled.

Both run the desk's own sync (`desk.sync.run_once`) against a real `provincial serve` process on
loopback PostgreSQL, as a commune desk meets them on the morning the line comes back. Only the
set-up takes shortcuts, never the measured part:

- the backlog is 10,000 dossiers saved through `desk.intake.submit` over four working days before
  today (the desk's clock is injected, not frozen globally), so every outbox row has the real
  payload; it is built once per invocation and copied for each run, and each run pushes it to a
  fresh database;
- the 100,000 status changes are written on the server in bulk with the server's own feed writer
  and tables, ten moves each for the 10,000 dossiers the desk already holds, because going through
  `provincial dossier advance` one process per change would take hours; each run pulls them into a
  fresh copy of the desk, in a child process whose peak RSS is the memory figure.

Run as a script with `pull DATA_DIR` it is that child: it prints one JSON line with the seconds the
pull took, the peak RSS, the RSS before the pull (the part that is not the pull's) and the peak
after its first tenth (equal to the final peak when memory stays flat).
"""

from __future__ import annotations

import atexit
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, datetime, time as clock_time, timedelta, timezone
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from typing import Any, Iterator

HERE = Path(__file__).resolve().parent
TESTS = HERE.parent
sys.path[:0] = [str(HERE), str(TESTS)]

from benchmarks import APPLICANTS, KIB_PER_MIB, SAVE_PROCEDURE, Measurement  # noqa: E402
from dataset import AGENCY_CODE, AGENCY_NAME, DESK_SETTINGS, PARENT_AGENCY_NAME, PLACE_NAME  # noqa: E402

BACKLOG = 10_000
BACKLOG_DAYS = 4
SAVE_INTERVAL = timedelta(seconds=5)
PULL_ROUNDS = 10
"""Moves per dossier: 10 × the 10,000 dossiers of the backlog = 100,000 status changes."""
CYCLE = ("in_progress", "supplement_requested", "received")
"""received → in_progress → supplement_requested → received → …: a loop the state machine allows."""
OFFICER = ("canbo1", "motcua2026", "Nguyễn Thị Lan")
KEYRING_BACKEND = "keyrings.alt.file.PlaintextKeyring"


# Set-up shared by both figures ------------------------------------------------------------------


@cache
def scratch() -> Path:
    """One directory for the whole invocation, with a keyring of its own: the device tokens the
    benchmark desks get must not land in the machine's real keyring."""
    directory = Path(tempfile.mkdtemp(prefix="sync-bench-"))
    atexit.register(shutil.rmtree, directory, True)
    os.environ["PYTHON_KEYRING_BACKEND"] = KEYRING_BACKEND
    os.environ["XDG_DATA_HOME"] = str(directory / "xdg")
    return directory


def working_days_before(today: date, count: int) -> list[date]:
    from desk_app.domain.working_calendar import WorkingCalendar

    calendar = WorkingCalendar({})
    days: list[date] = []
    day = today
    while len(days) < count:
        day -= timedelta(days=1)
        if calendar.is_working_day(day):
            days.append(day)
    return sorted(days)


@cache
def backlog_desk() -> Path:
    """A desk, not yet registered, holding BACKLOG dossiers it saved while the line was down."""
    from desk_app.clock import LOCAL_TZ
    from desk_app.services.desk import Desk
    from intake_support import request_for

    directory = scratch() / "backlog"
    directory.mkdir()
    (directory / "settings.toml").write_text(DESK_SETTINGS, encoding="utf-8")
    moment = [datetime.now(timezone.utc)]
    desk = Desk.open(directory, clock=lambda: moment[0])
    try:
        requests = [request_for(desk, SAVE_PROCEDURE, **applicant) for applicant in APPLICANTS]
        per_day = BACKLOG // BACKLOG_DAYS
        for day in working_days_before(datetime.now(LOCAL_TZ).date(), BACKLOG_DAYS):
            moment[0] = datetime.combine(day, clock_time(7, 30), LOCAL_TZ)
            for i in range(per_day):
                moment[0] += SAVE_INTERVAL
                desk.intake.submit(requests[i % len(requests)])
        if desk.pending_operations() != BACKLOG:
            raise RuntimeError(f"the backlog desk queued {desk.pending_operations()} operations, not {BACKLOG}")
    finally:
        desk.close()
    return directory


def copy_desk(source: Path, name: str) -> Path:
    target = scratch() / name
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(source, target)
    return target


def prepare_province(db_url: str) -> None:
    """The desk's agency, one officer of it and the province's catalogue, added as an operator would."""
    from desk_app.catalogue_file import sample_catalogue_path
    from provincial_support import add_agency, add_officer, provincial

    add_agency(db_url, AGENCY_CODE, AGENCY_NAME, "--parent", PARENT_AGENCY_NAME, "--place", PLACE_NAME)
    add_officer(db_url, AGENCY_CODE, OFFICER[0], OFFICER[1], full_name=OFFICER[2])
    provincial(db_url, "catalogue", "import", str(sample_catalogue_path()))


def register(data_dir: Path, server_url: str) -> None:
    with opened(data_dir) as desk:
        desk.sync.register(server_url, OFFICER[0], OFFICER[1], "Máy tiếp nhận 1")


def count_dossiers(db_url: str) -> int:
    from sqlalchemy import func, select

    from provincial.db import make_engine
    from provincial.schema import dossiers

    engine = make_engine(db_url, pool_size=1)
    try:
        with engine.connect() as connection:
            return connection.execute(select(func.count()).select_from(dossiers)
                                      .where(dossiers.c.agency_code == AGENCY_CODE)).scalar_one()
    finally:
        engine.dispose()


@contextmanager
def opened(data_dir: Path) -> Iterator[Any]:
    from desk_app.services.desk import Desk

    desk = Desk.open(data_dir)
    try:
        yield desk
    finally:
        desk.close()


def checked_run(desk: Any, progress: Any = None) -> None:
    """One sync cycle that must leave nothing pending and nothing set aside."""
    report = desk.sync.run_once(progress)
    if not report.ok or report.problems:
        raise RuntimeError(f"sync left {report.pending} pending, {report.problems} problems: {report.error}")


# sync_backlog_10k_s ---------------------------------------------------------------------------


def sync_backlog(dataset: object, runs: int) -> list[Measurement]:
    """Each run: a fresh PostgreSQL database and server, a fresh copy of the backlog desk
    registered to it, then one sync cycle. The figure is the push: from the start of the cycle to
    the last batch acknowledged, when the lease top-up begins (the leases and the pull that follow
    are noted, not counted)."""
    from provincial_support import postgres_database, running_server

    template = backlog_desk()
    pushes: list[float] = []
    cycles: list[float] = []
    for run in range(runs):
        with postgres_database() as db_url:
            prepare_province(db_url)
            with running_server(db_url) as server:
                data_dir = copy_desk(template, f"backlog-{run}")
                register(data_dir, server.url)
                leases_began: list[float] = []

                def progress(done: int, total: int, phase: str) -> None:
                    if phase == "leases":
                        leases_began.append(time.perf_counter())

                with opened(data_dir) as desk:
                    started = time.perf_counter()
                    checked_run(desk, progress)
                    cycles.append(time.perf_counter() - started)
                pushes.append(leases_began[0] - started)
                if count_dossiers(db_url) != BACKLOG:
                    raise RuntimeError(f"the server holds {count_dossiers(db_url)} dossiers, not {BACKLOG}")
                shutil.rmtree(data_dir)
    note = f"whole cycle with leases and pull (median): {statistics.median(cycles):.2f} s"
    return [Measurement("sync_backlog_10k_s", tuple(pushes), runs, (note,))]


# sync_pull_100k_s and sync_pull_rss_mb --------------------------------------------------------


def moves() -> list[tuple[str, str]]:
    """(from, to) of each round, starting from the received state every backlog dossier is in."""
    path = ["received", *(CYCLE[i % len(CYCLE)] for i in range(PULL_ROUNDS))]
    return list(zip(path, path[1:]))


def advance_all(db_url: str) -> int:
    """PULL_ROUNDS moves of every dossier of the agency, each with its event and feed entry written
    as `provincial.backoffice.advance` writes them, but in one transaction per round; the number of
    changes written."""
    from sqlalchemy import select, update

    from desk_app.sync import wire
    from provincial import backoffice, feed
    from provincial.db import make_engine
    from provincial.push import status_event
    from provincial.schema import dossier_events, dossiers

    engine = make_engine(db_url, pool_size=1)
    written = 0
    try:
        for status_from, status_to in moves():
            at = datetime.now(timezone.utc)
            with engine.begin() as connection:
                rows = connection.execute(select(dossiers.c.id, dossiers.c.code)
                                          .where(dossiers.c.agency_code == AGENCY_CODE)
                                          .order_by(dossiers.c.id)).all()
                changes = [wire.StatusChange(code=row.code, status_from=status_from, status_to=status_to, at=at,
                                             officer=backoffice.BACK_OFFICE) for row in rows]
                connection.execute(update(dossiers).where(dossiers.c.agency_code == AGENCY_CODE)
                                   .values(status=status_to, updated_at=at))
                connection.execute(dossier_events.insert(), [
                    {"dossier_id": row.id, **status_event(change)} for row, change in zip(rows, changes)])
                feed.append(connection, AGENCY_CODE, [
                    feed.NewEntry(wire.FeedKind.DOSSIER_STATUS, change.code, change.model_dump(mode="json"))
                    for change in changes])
            written += len(rows)
    finally:
        engine.dispose()
    return written


@cache
def pull_setup() -> Path:
    """A registered desk that has pushed its backlog and is up to date, and a running server
    whose feed then got PULL_ROUNDS × BACKLOG status changes for that desk's dossiers. The server
    and its database live until the process ends."""
    from provincial_support import create_postgres_database, drop_postgres_database, RunningServer

    db_url = create_postgres_database()
    atexit.register(drop_postgres_database, db_url)
    prepare_province(db_url)
    server = RunningServer(db_url)
    server.start()
    atexit.register(server.stop)
    data_dir = copy_desk(backlog_desk(), "pull-base")
    register(data_dir, server.url)
    with opened(data_dir) as desk:
        checked_run(desk)
    changes = advance_all(db_url)
    if changes != PULL_ROUNDS * BACKLOG:
        raise RuntimeError(f"{changes} status changes written, not {PULL_ROUNDS * BACKLOG}")
    return data_dir


def sync_pull(dataset: object, runs: int) -> list[Measurement]:
    """Each run pulls every change into a fresh copy of the up-to-date desk, in a child process."""
    base = pull_setup()
    reports: list[dict[str, float]] = []
    for run in range(runs):
        data_dir = copy_desk(base, f"pull-{run}")
        reports.append(pull_in_child(data_dir))
        check_pulled(data_dir)
        shutil.rmtree(data_dir)

    def mib(key: str) -> float:
        return statistics.median(report[key] for report in reports) / KIB_PER_MIB

    note = (f"medians: {mib('baseline_kib'):.0f} MB before the pull (desk open, sync not loaded yet), "
            f"peak {mib('tenth_kib'):.0f} MB after the first 10,000 entries, {mib('rss_kib'):.0f} MB after all")
    return [Measurement("sync_pull_100k_s", tuple(r["seconds"] for r in reports), runs),
            Measurement("sync_pull_rss_mb", tuple(r["rss_kib"] / KIB_PER_MIB for r in reports), runs, (note,))]


def pull_in_child(data_dir: Path) -> dict[str, float]:
    child = subprocess.run([sys.executable, __file__, "pull", str(data_dir)], capture_output=True, text=True,
                           env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    lines = [line for line in child.stdout.splitlines() if line.startswith("{")]
    if child.returncode != 0 or not lines:
        raise RuntimeError(f"the pull failed (exit {child.returncode}):\n{child.stderr}")
    return json.loads(lines[-1])


def check_pulled(data_dir: Path) -> None:
    """Every dossier of the desk ended where the last round left it on the server."""
    import sqlite3

    from desk_app.store.database import DATABASE_FILE

    final = moves()[-1][1]
    connection = sqlite3.connect(f"file:{data_dir / DATABASE_FILE}?mode=ro", uri=True)
    try:
        statuses = dict(connection.execute("SELECT status, COUNT(*) FROM dossiers GROUP BY status").fetchall())
    finally:
        connection.close()
    if statuses != {final: BACKLOG}:
        raise RuntimeError(f"after the pull the desk's dossiers are {statuses}, not all {final}")


def _proc_kib(field: str) -> int:
    """VmRSS (the resident set now) or VmHWM (its peak) of this process, from /proc. Not ru_maxrss:
    Linux carries that across exec, so a child started by a big benchmark process would report the
    parent's peak."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    raise RuntimeError(f"no {field} in /proc/self/status")


def _pull(data_dir: Path) -> dict[str, float]:
    """One cycle on the desk at data_dir; its seconds, and the memory it took: the peak, the
    resident set before it, and after the first tenth of the entries (flat memory means the peak
    is reached early and not raised by the other nine tenths)."""
    early: list[int] = []

    def progress(done: int, total: int, phase: str) -> None:
        if phase == "pull" and not early and done >= PULL_ROUNDS * BACKLOG // 10:
            early.append(_proc_kib("VmHWM"))

    with opened(data_dir) as desk:
        baseline = _proc_kib("VmRSS")
        started = time.perf_counter()
        report = desk.sync.run_once(progress)
        seconds = time.perf_counter() - started
    if not report.ok or report.pulled < PULL_ROUNDS * BACKLOG:
        raise RuntimeError(f"the pull failed after {report.pulled} entries: {report.error}")
    return {"seconds": seconds, "rss_kib": _proc_kib("VmHWM"),
            "baseline_kib": baseline, "tenth_kib": early[0] if early else 0}


def profile_sync_pull(dataset: object) -> str:
    """One pull under pyinstrument, in this process: where the time of the child's pull goes."""
    from pyinstrument import Profiler

    data_dir = copy_desk(pull_setup(), "pull-profile")
    profiler = Profiler(interval=0.001)
    profiler.start()
    _pull(data_dir)
    profiler.stop()
    shutil.rmtree(data_dir)
    return profiler.output_text(color=False)


if __name__ == "__main__":
    if len(sys.argv) != 3 or sys.argv[1] != "pull":
        sys.exit(f"usage: {sys.argv[0]} pull DATA_DIR")
    print(json.dumps(_pull(Path(sys.argv[2]))), flush=True)
