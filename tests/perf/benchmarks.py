"""The figures the README promises, each measured the way an officer meets it at the counter.

Every benchmark goes through the same entry points the window uses (`create_main_window`, the
`Desk` facade), on the cached 1M-dossier desk from `dataset.py`, and returns all of its raw samples;
`run.py` takes the medians. Nothing here asserts: a figure over its target is reported, never
turned into a failing unit test, because timings belong to a machine and the test suite must not.
"""

from __future__ import annotations

import compileall
import json
import os
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator, TypeVar

from cold_start import PROFILE_ENV
from dataset import FAMILY_NAMES, GIVEN_NAMES, MIDDLE_NAMES, SECOND_MIDDLE, Dataset, flush_to_disk

import desk_app
from desk_app.domain.text import fold
from desk_app.services.desk import Desk
from desk_app.services.intake import IntakeRequest
from desk_app.store.database import DATABASE_FILE
from desk_app.store.issued_numbers import JOURNAL_FILE
from intake_support import paper_of

COLD_START_CHILD = Path(__file__).resolve().parent / "cold_start.py"
TYPEAHEAD_QUERIES = ("dang ky khai sinh", "chứng thực bản sao", "1.00", "thuong tru")
# Names as officers type them into the lookup: whole or partial, with or without marks.
NAME_QUERIES = (
    "nguyen thi hang", "Trần Văn", "le van nam", "Phạm Thị Thu Trang", "hoang minh duc", "do duc dat",
    "vu thi lan", "Bùi Thị Ngọc Ánh", "dang van hung", "ngo thi mai", "Nguyễn Văn An", "pham quang huy",
    "tran thi thu", "le thi hoa", "Huỳnh Văn", "Nguyễn Thị Thu Hằng", "dinh van long", "Lý Thị Mai",
    "duong van", "Hồ Văn Tâm", "thu hang", "nguyen hang", "tran minh", "Đỗ Thị Hương", "phan van thanh",
)
SAVE_PROCEDURE = "1.001193"
SAVES_PER_RUN = 20
QUERIES_PER_RUN = 60
KIB_PER_MIB = 1024

A = TypeVar("A")
T = TypeVar("T")


@dataclass(frozen=True)
class Measurement:
    """All samples of one figure, over all runs, in its unit, and what else the run learnt."""

    name: str
    samples: tuple[float, ...]
    runs: int
    notes: tuple[str, ...] = ()


def _ms(seconds: float) -> float:
    return seconds * 1000


def _timed(call: Callable[[A], T], argument: A) -> tuple[float, T]:
    """Seconds the call took, and what it returned (checked after the clock stops)."""
    started = time.perf_counter()
    result = call(argument)
    return time.perf_counter() - started, result


# Cold start and memory --------------------------------------------------------------------------


def cold_start(dataset: Dataset, runs: int) -> list[Measurement]:
    """`cold_start_s` and `rss_mb`, from the same fresh processes: what the officer waits for after
    a double-click, and what the desk then holds in memory. The desk's modules are compiled to
    bytecode first, as any install does (pip, the bundle), also where PYTHONDONTWRITEBYTECODE would
    have every launch compile them from source again; one untimed launch then warms the disk cache."""
    compileall.compile_dir(str(Path(desk_app.__file__).parent), quiet=1)
    launch(dataset.data_dir)
    seconds: list[float] = []
    resident: list[float] = []
    phases: list[dict[str, float]] = []
    for _ in range(runs):
        elapsed, report = launch(dataset.data_dir)
        seconds.append(elapsed)
        resident.append(report["rss_kib"] / KIB_PER_MIB)
        phases.append(report["phases"])
    breakdown = ", ".join(f"{name} {statistics.median(p[name] for p in phases):.3f} s" for name in phases[0])
    return [Measurement("cold_start_s", tuple(seconds), runs, (f"inside the process (medians): {breakdown}",)),
            Measurement("rss_mb", tuple(resident), runs)]


def launch(data_dir: Path, extra_env: dict[str, str] | None = None) -> tuple[float, dict]:
    """Start the desk in a fresh interpreter; seconds from Popen to READY, and the child's report."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(extra_env or {})}
    started = time.perf_counter()
    child = subprocess.Popen([sys.executable, str(COLD_START_CHILD), str(data_dir)],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    assert child.stdout is not None
    for line in child.stdout:
        if line.startswith("READY "):
            elapsed = time.perf_counter() - started
            child.communicate()
            return elapsed, json.loads(line.removeprefix("READY "))
    _, errors = child.communicate()
    raise RuntimeError(f"the desk did not start (exit {child.returncode}):\n{errors}")


def profile_cold_start(dataset: Dataset) -> str:
    """One start under pyinstrument, inside the child: where the officer's wait goes."""
    with tempfile.TemporaryDirectory(prefix="desk-profile-") as scratch:
        report = Path(scratch) / "cold_start.txt"
        launch(dataset.data_dir, {PROFILE_ENV: str(report)})
        return report.read_text(encoding="utf-8")


def profile_in_process(measure: Callable[[Dataset, int], list[Measurement]]) -> Callable[[Dataset], str]:
    """One run of an in-process benchmark under pyinstrument."""
    def profile(dataset: Dataset) -> str:
        from pyinstrument import Profiler

        profiler = Profiler(interval=0.0002)
        profiler.start()
        measure(dataset, 1)
        profiler.stop()
        return profiler.output_text(color=False)

    return profile


# Type-ahead -----------------------------------------------------------------------------------


def keystrokes() -> Iterator[str]:
    """What the search field holds after each key press of each query, as typed from empty."""
    for query in TYPEAHEAD_QUERIES:
        for end in range(1, len(query) + 1):
            yield query[:end]


def typeahead(dataset: Dataset, runs: int) -> list[Measurement]:
    """Each run on a freshly opened desk with its catalogue loaded, as the intake screen leaves it:
    the first key press also folds every procedure's search key, which the median absorbs and
    the note shows."""
    samples: list[float] = []
    first: list[float] = []
    for _ in range(runs):
        desk = Desk.open(dataset.data_dir)
        try:
            desk.catalogue.all()  # loaded while the intake screen is built, before any key press
            run = [_ms(_timed(desk.catalogue.search, text)[0]) for text in keystrokes()]
        finally:
            desk.close()
        first.append(run[0])
        samples.extend(run)
    return [Measurement("typeahead_ms", tuple(samples), runs,
                        (f"first key press after start (folds every search key): {statistics.median(first):.1f} ms",))]


# Lookup ---------------------------------------------------------------------------------------


def random_codes(database: Path, count: int, rng: random.Random) -> list[str]:
    connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    try:
        (highest,) = connection.execute("SELECT max(id) FROM dossiers").fetchone()
        ids = [rng.randint(1, highest) for _ in range(count)]
        return [connection.execute("SELECT code FROM dossiers WHERE id = ?", (i,)).fetchone()[0] for i in ids]
    finally:
        connection.close()


def random_names(count: int, rng: random.Random) -> list[str]:
    """The fixed queries, then names drawn like the dataset's, half typed without marks, some
    shortened to the family and given name only as officers often do."""
    names = list(NAME_QUERIES)
    while len(names) < count:
        sex = rng.choice(("male", "female"))
        family = rng.choice([n for n, _ in FAMILY_NAMES[:16]])
        middle = rng.choice([n for n, _ in MIDDLE_NAMES[sex]] + list(SECOND_MIDDLE[sex]))
        given = rng.choice(GIVEN_NAMES[sex])
        name = f"{family} {given}" if rng.random() < 0.25 else f"{family} {middle} {given}"
        names.append(fold(name) if rng.random() < 0.5 else name)
    return names[:count]


def lookup(dataset: Dataset, runs: int) -> list[Measurement]:
    """By code (as scanned from a receipt) and by name, each query on a different dossier or name
    per run so that the page cache is as warm as on a desk that has been open for a while, no warmer."""
    rng = random.Random(7)
    desk = Desk.open(dataset.data_dir)
    by_code: list[float] = []
    by_name: list[float] = []
    try:
        for _ in range(runs):
            for code in random_codes(dataset.database, QUERIES_PER_RUN, rng):
                seconds, found = _timed(desk.lookup.find, code)
                if [summary.code for summary in found] != [code]:
                    raise RuntimeError(f"lookup of {code} found {[summary.code for summary in found]}")
                by_code.append(_ms(seconds))
            for name in random_names(QUERIES_PER_RUN, rng):
                by_name.append(_ms(_timed(desk.lookup.find, name)[0]))
    finally:
        desk.close()
    return [Measurement("lookup_code_ms", tuple(by_code), runs), Measurement("lookup_name_ms", tuple(by_name), runs)]


# Save and print -------------------------------------------------------------------------------


APPLICANTS = (
    {"full_name": "Nguyễn Thị Thu Hằng", "id_number": "034190012345", "birth_date": "05/03/1990", "sex": "female",
     "address": "Thôn Đông, xã Đông Hưng, tỉnh Hưng Yên", "phone": "0912 345 678", "email": "hang.nguyen@example.vn"},
    {"full_name": "Đỗ Đức Đạt", "id_number": "001095000123", "birth_date": "01/01/1995", "sex": "male",
     "address": "Số 12 đường Lý Bôn, phường Trà Lý, tỉnh Hưng Yên", "phone": "+84 987 654 321", "email": ""},
)


def intake_request(desk: Desk, applicant: dict[str, str]) -> IntakeRequest:
    """A birth registration with every paper handed in: the most common receipt at a commune desk."""
    procedure = desk.catalogue.get(SAVE_PROCEDURE)
    documents = tuple(paper_of(d, not d.case) for d in procedure.documents)
    return IntakeRequest(procedure_code=SAVE_PROCEDURE, documents=documents, **applicant)


@contextmanager
def scratch_copy(dataset: Dataset) -> Iterator[Path]:
    """A data folder holding a copy of the 1M-dossier desk, for figures that write: the cached desk
    stays exactly as built. The copy is flushed to disk before it is used: otherwise the first
    fsync of the database file (at the first WAL checkpoint) would write out the whole 1.6 GB copy
    and stall one save for seconds, a cost no real desk pays."""
    with tempfile.TemporaryDirectory(prefix="desk-bench-") as scratch:
        data_dir = Path(scratch)
        _checkpoint(dataset.database)
        shutil.copyfile(dataset.data_dir / "settings.toml", data_dir / "settings.toml")
        shutil.copyfile(dataset.database, data_dir / DATABASE_FILE)
        # The folder's record of printed numbers goes with the database: without it the copy is a
        # database from elsewhere, whose numbers of the day the desk must not print.
        if (dataset.data_dir / JOURNAL_FILE).exists():
            shutil.copyfile(dataset.data_dir / JOURNAL_FILE, data_dir / JOURNAL_FILE)
        flush_to_disk(data_dir / DATABASE_FILE)
        yield data_dir


def save_print(dataset: Dataset, runs: int) -> list[Measurement]:
    """F9 as the intake screen does it: the durable save, then the A4 receipt in its two copies,
    into a scratch copy of the desk. One untimed save first loads the PDF machinery and the fonts."""
    samples: list[float] = []
    with scratch_copy(dataset) as data_dir:
        desk = Desk.open(data_dir)
        try:
            requests = [intake_request(desk, applicant) for applicant in APPLICANTS]

            def save_and_print(request: IntakeRequest) -> None:
                rendered = desk.forms.render(desk.intake.submit(request).code)
                if rendered.paper != "a4" or not rendered.pdf.startswith(b"%PDF"):
                    raise RuntimeError(f"unexpected form for {rendered.code}: {rendered.paper}")

            save_and_print(requests[0])
            for _ in range(runs):
                samples.extend(_ms(_timed(save_and_print, requests[i % len(requests)])[0])
                               for i in range(SAVES_PER_RUN))
        finally:
            desk.close()
    return [Measurement("save_print_ms", tuple(samples), runs)]


def _checkpoint(database: Path) -> None:
    """Fold any WAL left by a killed desk into the main file, so copying that one file is enough."""
    connection = sqlite3.connect(database)
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        connection.close()
