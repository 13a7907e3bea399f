"""The transport's own words for a server that does not answer."""

from __future__ import annotations

import socket
from datetime import datetime, timezone

import pytest

from desk_app.sync import wire
from desk_app.sync.backoff import RetryPolicy
from desk_app.sync.transport import SyncError, Transport


def test_a_short_timeout_is_said_with_its_fraction_of_a_second():
    with socket.socket() as silent:  # accepts the connection, never answers
        silent.bind(("127.0.0.1", 0))
        silent.listen()
        url = f"http://127.0.0.1:{silent.getsockname()[1]}"
        transport = Transport(url, None, RetryPolicy(attempts=1, first_wait_s=0.01, max_wait_s=0.01),
                              lambda: datetime.now(timezone.utc), lambda _skew: None, timeout_s=0.3)
        with pytest.raises(SyncError) as failed:
            transport.call("GET", "/health", wire.Health)
    assert failed.value.code == "sync.timeout" and failed.value.transient
    assert "không trả lời sau 0,3 giây" in str(failed.value)
