"""One cold start of the desk, run in a fresh interpreter by the `cold_start_s` benchmark.

`python tests/perf/cold_start.py DATA_DIR` does what `desk-app` does up to the moment an officer
can type (a QApplication, `create_main_window`, the window shown with the procedure search focused,
one pass of the event loop), prints one line `READY {json}` and exits at once. The parent times
the whole process from its own Popen to that line, so interpreter start-up and every import count;
the JSON carries this process's resident memory then and where its own time went, to tell a
regression in the imports from one in the database or the screens.

With DESK_BENCH_PROFILE=FILE in the environment the start runs under pyinstrument, whose report
goes to FILE (`run.py --profile cold_start_s`); the timings are then the profiler's, not the desk's.
"""

from __future__ import annotations

import time

STARTED = time.perf_counter()

import json  # noqa: E402
import os  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402

PROFILE_ENV = "DESK_BENCH_PROFILE"


def resident_kib() -> int:
    """VmRSS of this process, in KiB, as the kernel reports it."""
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    raise RuntimeError("no VmRSS in /proc/self/status")


def main(data_dir: Path) -> None:
    profile_to = os.environ.get(PROFILE_ENV)
    if profile_to:
        from pyinstrument import Profiler

        profiler = Profiler(interval=0.0005)
        profiler.start()
    phases: dict[str, float] = {}
    mark = STARTED

    def lap(name: str) -> None:
        nonlocal mark
        now = time.perf_counter()
        phases[name] = now - mark
        mark = now

    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    lap("qt_import_and_app")
    from desk_app.app import create_main_window

    lap("import_desk_app")
    window = create_main_window(data_dir)
    lap("create_main_window")
    window.show()
    window.intake.form.intakeProcedureSearch.setFocus()
    app.processEvents()
    lap("show_and_first_events")
    if profile_to:
        profiler.stop()
        Path(profile_to).write_text(profiler.output_text(color=False), encoding="utf-8")
    print("READY " + json.dumps({"rss_kib": resident_kib(), "phases": phases}), flush=True)
    # Straight out, as the measurement ends here: no teardown of Qt, the worker thread or the pool.
    os._exit(0)


if __name__ == "__main__":
    main(Path(sys.argv[1]))
