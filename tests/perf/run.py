"""`make bench`: every figure the README promises, on the 1M-dossier desk, several runs each.

    QT_QPA_PLATFORM=offscreen python tests/perf/run.py [--only NAME ...] [--profile]

Prints the machine, then a table of medians against their targets (with the spread of the samples
and what each run noted below it), and writes `tests/perf/results.json` (a list of
{"name", "median", "unit", "target"}) and `tests/perf/machine.json` beside it. A figure over its
target is marked, not raised: the exit status is 0 whenever the benchmarks ran, because a slow
machine is not a broken build. `--only` runs just the named figures (and the others measured with
them) and writes no files, so a partial run never replaces the full record. `--profile` adds one
run of each under pyinstrument (`pip install pyinstrument`) and prints where the time went.

Run as a script, not as `-m tests.perf.run`: `tests` is no package (the unit tests import their
siblings by path), and a script needs none.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import platform
import sqlite3
import statistics
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Sequence

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]

from benchmarks import (  # noqa: E402
    Measurement,
    cold_start,
    lookup,
    profile_cold_start,
    profile_in_process,
    save_print,
    typeahead,
)
from appointments_bench import appointments  # noqa: E402
from bundle_benchmarks import bundle_cold_start, bundle_size, outside_the_process  # noqa: E402
from dataset import Dataset, ensure_dataset  # noqa: E402
from intake_keys_bench import intake_keys  # noqa: E402
from preview_bench import preview_open  # noqa: E402
from province_load import profile_province, province  # noqa: E402
from resume_bench import resume_after_outage  # noqa: E402
from returns_bench import returns  # noqa: E402
from sign_in_bench import sign_in_timing  # noqa: E402
from sync_benchmarks import profile_sync_pull, sync_backlog, sync_pull  # noqa: E402

RESULTS = HERE / "results.json"
MACHINE = HERE / "machine.json"


@dataclass(frozen=True)
class Target:
    unit: str
    target: float


TARGETS = {
    "cold_start_s": Target("s", 0.8),
    "typeahead_ms": Target("ms", 2),
    "save_print_ms": Target("ms", 80),
    "intake_keys": Target("keys", 8),
    "preview_open_ms": Target("ms", 1000),
    "lookup_code_ms": Target("ms", 1),
    "lookup_name_ms": Target("ms", 10),
    "rss_mb": Target("MB", 200),
    "province_p99_ms": Target("ms", 100),
    "sync_backlog_10k_s": Target("s", 3),
    "sync_pull_100k_s": Target("s", 15),
    "sync_pull_rss_mb": Target("MB", 300),
    "sign_in_timing_ratio": Target("×", 1.2),
    "resume_after_outage_s": Target("s", 30),
    "bundle_size_mb": Target("MB", 150),
    "bundle_cold_start_ratio": Target("×", 1.3),
    "open_scanned_ms": Target("ms", 50),
    "handover_ms": Target("ms", 80),
    "today_view_ms": Target("ms", 50),
    "book_month_s": Target("s", 3),
    "free_slot_ms": Target("ms", 10),
    "week_view_ms": Target("ms", 100),
    "booking_print_ms": Target("ms", 80),
}


@dataclass(frozen=True)
class Suite:
    """One measuring routine, the figures it yields, and how many runs it gets: ≥5 where a run is
    cheap, 3 where a run means copying the database."""

    measure: Callable[[Dataset, int], list[Measurement]]
    figures: tuple[str, ...]
    runs: int
    profile: Callable[[Dataset], str]
    on_desk_dataset: bool = True
    """False for the sync figures, which build their own desks: `--only` them needs no 1M-dossier desk."""


SUITES = (
    Suite(cold_start, ("cold_start_s", "rss_mb"), 7, profile_cold_start),
    Suite(typeahead, ("typeahead_ms",), 5, profile_in_process(typeahead)),
    Suite(save_print, ("save_print_ms",), 3, profile_in_process(save_print)),
    Suite(intake_keys, ("intake_keys",), 5, profile_in_process(intake_keys), on_desk_dataset=False),
    Suite(preview_open, ("preview_open_ms",), 5, profile_in_process(preview_open), on_desk_dataset=False),
    Suite(lookup, ("lookup_code_ms", "lookup_name_ms"), 5, profile_in_process(lookup)),
    Suite(returns, ("open_scanned_ms", "handover_ms", "today_view_ms", "book_month_s"), 3,
          profile_in_process(returns)),
    Suite(appointments, ("free_slot_ms", "week_view_ms", "booking_print_ms"), 5, profile_in_process(appointments),
          on_desk_dataset=False),
    Suite(province, ("province_p99_ms",), 1, profile_province, on_desk_dataset=False),
    Suite(sync_backlog, ("sync_backlog_10k_s",), 5, profile_in_process(sync_backlog), on_desk_dataset=False),
    Suite(sync_pull, ("sync_pull_100k_s", "sync_pull_rss_mb"), 3, profile_sync_pull, on_desk_dataset=False),
    Suite(sign_in_timing, ("sign_in_timing_ratio",), 3, profile_in_process(sign_in_timing), on_desk_dataset=False),
    Suite(resume_after_outage, ("resume_after_outage_s",), 3, profile_in_process(resume_after_outage),
          on_desk_dataset=False),
    Suite(bundle_size, ("bundle_size_mb",), 1, outside_the_process, on_desk_dataset=False),
    Suite(bundle_cold_start, ("bundle_cold_start_ratio",), 7, outside_the_process),
)


def machine() -> dict[str, object]:
    """What the figures were measured on; they mean little without it."""
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor() or platform.machine())
    memory_kib = next(int(line.split()[1]) for line in Path("/proc/meminfo").read_text().splitlines()
                      if line.startswith("MemTotal:"))
    os_release = Path("/etc/os-release")
    pretty = next((line.split("=", 1)[1].strip('"') for line in os_release.read_text().splitlines()
                   if line.startswith("PRETTY_NAME=")), platform.system()) if os_release.exists() else platform.system()
    from PySide6 import QtCore

    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "ram_gib": round(memory_kib / 2**20, 1),
        "os": f"{pretty} (Linux {platform.release()})",
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
        "qt": QtCore.qVersion(),
    }


def median(measurement: Measurement) -> float:
    value = statistics.median(measurement.samples)
    return round(value, 3 if value < 10 else 1)


def table(rows: Sequence[tuple[Measurement, float]]) -> str:
    lines = [f"{'name':<24}{'median':>10}  {'unit':<5}{'target':>8}  {'':<6}{'runs':>12}"]
    for measurement, value in rows:
        target = TARGETS[measurement.name]
        mark = "ok" if value <= target.target else "OVER"
        per_run = len(measurement.samples) // measurement.runs
        runs = f"{measurement.runs}" if per_run == 1 else f"{measurement.runs} × {per_run}"
        lines.append(f"{measurement.name:<24}{value:>10g}  {target.unit:<5}{target.target:>8g}  {mark:<6}{runs:>12}")
    return "\n".join(lines)


def spread(measurement: Measurement) -> str:
    """Min, 90th percentile and max: a median that passes can hide a stall every tenth time."""
    samples = sorted(measurement.samples)
    p90 = samples[min(len(samples) - 1, round(0.9 * (len(samples) - 1)))]
    unit = TARGETS[measurement.name].unit
    return f"{measurement.name:<24}min {samples[0]:.3g}, p90 {p90:.3g}, max {samples[-1]:.3g} {unit}"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", nargs="+", choices=list(TARGETS), help="run only these figures; write no files")
    parser.add_argument("--profile", action="store_true", help="also profile one run of each with pyinstrument")
    args = parser.parse_args(argv)
    if args.profile and importlib.util.find_spec("pyinstrument") is None:
        parser.error("--profile needs pyinstrument: pip install pyinstrument")
    started = time.perf_counter()
    about = machine()
    print(f"Machine: {about['cpu']}, {about['cores']} cores, {about['ram_gib']} GiB RAM, {about['os']}, "
          f"Python {about['python']}, SQLite {about['sqlite']}, Qt {about['qt']}", flush=True)
    wanted = set(args.only or TARGETS)
    dataset = None
    if any(suite.on_desk_dataset and not wanted.isdisjoint(suite.figures) for suite in SUITES):
        dataset = ensure_dataset(lambda text: print(text, flush=True))
        print(f"Desk: {dataset.dossiers:,} dossiers ({dataset.first_day} … {dataset.last_day}), "
              f"{dataset.procedures:,} procedures, built in {dataset.build_seconds:.0f} s", flush=True)
    rows: list[tuple[Measurement, float]] = []
    profiles: list[tuple[Suite, str]] = []
    for suite in SUITES:
        if wanted.isdisjoint(suite.figures):
            continue
        print(f"… {', '.join(suite.figures)} ({suite.runs} runs)", flush=True)
        rows.extend((m, median(m)) for m in suite.measure(dataset, suite.runs))
        if args.profile:
            profiles.append((suite, suite.profile(dataset)))
    rows.sort(key=lambda row: list(TARGETS).index(row[0].name))
    for suite, report in profiles:
        print(f"\nProfile of one run of {', '.join(suite.figures)}:\n{report}")
    print()
    print(table(rows))
    print("\nSpread of the samples:")
    print("\n".join(spread(m) for m, _ in rows))
    notes = [f"{m.name}: {note}" for m, _ in rows for note in m.notes]
    if notes:
        print("\nNotes:\n" + "\n".join(notes))
    print(f"\n{time.perf_counter() - started:.0f} s in all")
    if args.only is None:
        RESULTS.write_text(json.dumps(
            [{"name": m.name, "median": value, "unit": TARGETS[m.name].unit, "target": TARGETS[m.name].target}
             for m, value in rows], indent=2) + "\n", encoding="utf-8")
        MACHINE.write_text(json.dumps(about, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
