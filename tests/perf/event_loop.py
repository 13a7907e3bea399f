"""Waiting for the window in a benchmark: the Qt event loop turns (timers fire, workers' results
arrive) until what is awaited has happened; a wait that never ends is an error, never a figure."""

from __future__ import annotations

import time
from collections.abc import Callable


def turn_until(app, done: Callable[[], bool], limit_s: float, what: str, pause_s: float = 0.0) -> None:
    """`pause_s` > 0 sleeps between turns, for waits of minutes that need not spin a core."""
    deadline = time.monotonic() + limit_s
    while not done():
        if time.monotonic() > deadline:
            raise RuntimeError(f"{what}: nothing after {limit_s:.0f} s")
        app.processEvents()
        if pause_s:
            time.sleep(pause_s)
