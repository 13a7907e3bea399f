"""`make bench` is run by hand, seldom, and takes long: an import broken by a change elsewhere must
show in the suite, not at the next measurement."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

RUNNER = Path(__file__).resolve().parents[1] / "perf" / "run.py"


def test_the_benchmark_runner_loads_every_benchmark_and_lists_every_figure():
    done = subprocess.run([sys.executable, str(RUNNER), "--help"], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    for figure in ("cold_start_s", "save_print_ms", "resume_after_outage_s", "bundle_cold_start_ratio"):
        assert figure in done.stdout
