"""Waits between tries: short and growing inside a cycle, 30 s to 5 min between cycles, always jittered."""

from __future__ import annotations

import random

from desk_app.sync.backoff import RetryPolicy, next_delay, probe_delay


def test_between_cycles_thirty_seconds_growing_to_five_minutes_with_jitter():
    rng = random.Random(7)
    assert all(24 <= next_delay(0, rng) <= 30 for _ in range(100))
    assert all(48 <= next_delay(1, rng) <= 60 for _ in range(100))
    assert all(240 <= next_delay(n, rng) <= 300 for n in (4, 5, 40) for _ in range(100))
    assert len({round(next_delay(3, rng), 3) for _ in range(20)}) > 10


def test_inside_a_cycle_the_waits_double_up_to_their_cap():
    policy = RetryPolicy(attempts=5, first_wait_s=0.5, max_wait_s=2.0)
    rng = random.Random(1)
    assert [0.25 <= policy.wait_before(1, rng) <= 0.5, 0.5 <= policy.wait_before(2, rng) <= 1.0,
            1.0 <= policy.wait_before(3, rng) <= 2.0, 1.0 <= policy.wait_before(9, rng) <= 2.0] == [True] * 4


def test_through_an_outage_the_health_check_is_asked_every_eight_to_ten_seconds():
    rng = random.Random(3)
    delays = [probe_delay(rng) for _ in range(100)]
    assert all(8 <= delay <= 10 for delay in delays)
    assert len({round(delay, 3) for delay in delays}) > 50
