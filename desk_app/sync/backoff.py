"""How long to wait before trying the provincial server again.

Two clocks: inside one sync cycle a transient failure (no connection, a timeout, a 5xx) is retried a
few times after short, growing, jittered waits; between cycles the window's scheduler waits
`next_delay(failures)`: 30 s while things go well, doubling per failed cycle up to 5 minutes while
the desk is offline. While it is, the scheduler also asks the server's health check every
`probe_delay()` seconds, a request small enough to send often, and starts a cycle the moment it is
answered: the back-off spares the server full cycles, the probe keeps the desk's return quick.
Jitter keeps the desks of a province from all knocking at the same second when the network comes
back.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

CYCLE_INTERVAL_S = 30.0
OFFLINE_CAP_S = 300.0
PROBE_INTERVAL_S = 10.0


@dataclass(frozen=True)
class RetryPolicy:
    """Retries inside one cycle; tests shrink the waits."""

    attempts: int = 3
    first_wait_s: float = 0.5
    max_wait_s: float = 4.0

    def wait_before(self, attempt: int, rng: random.Random | None = None) -> float:
        """The wait before retry number `attempt` (1 = the first retry): exponential, full jitter
        over its upper half so it never collapses to zero."""
        ceiling = min(self.max_wait_s, self.first_wait_s * 2 ** (attempt - 1))
        return ceiling * (rng or random).uniform(0.5, 1.0)


def next_delay(failures: int, rng: random.Random | None = None,
               interval_s: float = CYCLE_INTERVAL_S, cap_s: float = OFFLINE_CAP_S) -> float:
    """Seconds until the next cycle after `failures` failed cycles in a row (0 after a success)."""
    ceiling = min(cap_s, interval_s * 2 ** max(0, failures))
    return ceiling * (rng or random).uniform(0.8, 1.0)


def probe_delay(rng: random.Random | None = None, interval_s: float = PROBE_INTERVAL_S) -> float:
    """Seconds until the next health check while the server cannot be reached."""
    return interval_s * (rng or random).uniform(0.8, 1.0)
