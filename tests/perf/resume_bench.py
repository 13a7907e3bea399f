"""`resume_after_outage_s`: how long after the provincial server answers again a dossier saved
during the outage reaches it.

Each run: a fresh PostgreSQL database and `provincial serve` process, a desk registered to it and
synced, and the window's own scheduler (the SyncController, with its real back-off and health
checks) running in a Qt event loop. The server is stopped for `OUTAGE_S`, long enough for the
back-off to have grown past two minutes; a dossier is saved meanwhile. The server is started again
in a thread while the loop keeps turning; the figure runs from the moment it answers its health
check to the moment the desk's state says nothing is pending and it is online. Nothing is
shortened: the waits are those an officer's desk would wait.
"""

from __future__ import annotations

import statistics
import threading
import time
from pathlib import Path

from event_loop import turn_until
from sync_benchmarks import DESK_SETTINGS, opened, prepare_province, register, scratch

OUTAGE_S = 90.0
GIVE_UP_S = 600.0


def _turn_until(app, done, limit_s: float) -> None:
    turn_until(app, done, limit_s, "the sync", pause_s=0.02)


def _one_run(app, run: int) -> tuple[float, int]:
    from desk_app.gui.change_bus import ChangeBus
    from desk_app.gui.sync_controller import SyncController
    from intake_support import request_for
    from provincial_support import postgres_database, running_server

    with postgres_database() as db_url:
        prepare_province(db_url)
        with running_server(db_url) as server:
            data_dir: Path = scratch() / f"outage-{run}"
            data_dir.mkdir()
            (data_dir / "settings.toml").write_text(DESK_SETTINGS, encoding="utf-8")
            register(data_dir, server.url)
            with opened(data_dir) as desk:
                asked: list[bool] = []
                answers = desk.sync.server_answers
                desk.sync.server_answers = lambda: asked.append(answers()) or asked[-1]
                states = []
                controller = SyncController(desk.sync, ChangeBus())
                controller.status_changed.connect(states.append)
                try:
                    controller.start()
                    _turn_until(app, lambda: states and states[-1].online is True and not controller.is_running, 60)
                    server.stop()
                    outage_began = time.monotonic()
                    controller.sync_now()
                    _turn_until(app, lambda: states[-1].online is False and not controller.is_running, 60)
                    desk.intake.submit(request_for(desk))
                    _turn_until(app, lambda: time.monotonic() - outage_began >= OUTAGE_S, OUTAGE_S + 10)
                    asked.clear()
                    back: list[float] = []
                    restart = threading.Thread(target=lambda: (server.start(), back.append(time.perf_counter())))
                    restart.start()
                    _turn_until(app, lambda: bool(back) and states[-1].pending == 0 and states[-1].online is True,
                                GIVE_UP_S)
                    resumed = time.perf_counter() - back[0]
                    restart.join()
                finally:
                    controller.shutdown()
                    controller.deleteLater()
                    app.processEvents()
    return resumed, len(asked)


def resume_after_outage(_dataset: object, runs: int) -> list:
    from PySide6.QtWidgets import QApplication

    from benchmarks import Measurement

    app = QApplication.instance() or QApplication([])
    samples, probes = [], []
    for run in range(runs):
        resumed, asked = _one_run(app, run)
        samples.append(resumed)
        probes.append(asked)
    note = (f"outage of {OUTAGE_S:.0f} s; health checks asked from the restart to the resumed cycle "
            f"(median): {statistics.median(probes):g}")
    return [Measurement("resume_after_outage_s", tuple(samples), runs, (note,))]
