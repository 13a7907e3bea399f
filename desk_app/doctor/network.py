"""The doctor's checks of the desk's link to the province: the keyring, the server, the sync backlog."""

from __future__ import annotations

import ipaddress
from datetime import datetime, timedelta
from typing import Callable
from urllib.parse import urlsplit

from desk_app.doctor.facts import Facts
from desk_app.doctor.report import Check
from desk_app.domain.errors import DomainError
from desk_app.local_time import local_text
from desk_app.messages import message_for

SERVER_TIMEOUT_S = 5.0
BACKLOG_AFTER = timedelta(days=1)
"""Changes waiting longer than this since the last good sync are a backlog someone should look at."""


def keyring_check(facts: Facts) -> Check:
    import keyring
    from keyring.backends import fail

    from desk_app.sync import credentials

    backend = keyring.get_keyring()
    name = getattr(backend, "name", type(backend).__name__)
    if isinstance(backend, fail.Keyring):
        return Check.of("keyring", False, "doctor.keyring.none")
    sync = facts.sync
    try:
        if sync is None or not sync["registered"]:
            credentials.load_token("https://doctor.invalid", "probe")
            unregistered = "doctor.keyring.ok_unchecked" if sync is None else "doctor.keyring.ok_unregistered"
            return Check.of("keyring", True, unregistered, backend=name)
        token = credentials.load_token(sync["server_url"], sync["device_id"])
    except DomainError as err:
        return Check.of("keyring", False, "doctor.keyring.error", backend=name, detail=err.params.get("detail", ""))
    if token is None:
        return Check.of("keyring", False, "doctor.keyring.no_token", backend=name)
    return Check.of("keyring", True, "doctor.keyring.ok", backend=name)


def _loopback(host: str | None) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host or "").is_loopback
    except ValueError:
        return False


def server_check(facts: Facts, clock: Callable[[], datetime]) -> Check:
    """Reachable, over verified TLS (plain http only to this very machine), with the clock in step."""
    from desk_app.sync import wire
    from desk_app.sync.backoff import RetryPolicy
    from desk_app.sync.transport import CLOCK_SKEW_LIMIT_S, SyncError, Transport

    if facts.sync is None:
        return Check.of("server", False, "doctor.unchecked")
    if not facts.sync["registered"]:
        settings = facts.settings
        return Check.of("server", True, "doctor.server.unregistered",
                        block=f"{settings.sequence_first}-{settings.sequence_last}")
    url = facts.sync["server_url"]
    parts = urlsplit(url)
    if parts.scheme != "https" and not _loopback(parts.hostname):
        return Check.of("server", False, "doctor.server.plain_http", server=url)
    skews: list[float] = []
    transport = Transport(url, None, RetryPolicy(attempts=1), clock, skews.append, SERVER_TIMEOUT_S)
    try:
        transport.call("GET", "/health", wire.Health)
    except SyncError as err:
        return Check.of("server", False, "doctor.server.unreachable", detail=str(err))
    finally:
        transport.close()
    skew = skews[-1] if skews else 0.0
    if abs(skew) > CLOCK_SKEW_LIMIT_S:
        return Check.of("server", False, "doctor.server.clock", server=url, minutes=round(abs(skew) / 60))
    tls = "doctor.server.tls" if parts.scheme == "https" else "doctor.server.local"
    return Check.of("server", True, "doctor.server.ok", server=url, link=message_for(tls), skew=round(skew))


def sync_check(facts: Facts, now: datetime) -> Check:
    sync = facts.sync
    if sync is None:
        return Check.of("sync", False, "doctor.unchecked")
    if not sync["registered"]:
        return Check.of("sync", True, "doctor.sync.unregistered", pending=sync["pending"])
    last = datetime.fromisoformat(sync["last_success"]) if sync["last_success"] else None
    shown = local_text(last) if last else message_for("doctor.sync.never")
    wrong = []
    if sync["needs_login"]:
        wrong.append(Check.of("sync", False, "doctor.sync.login"))
    if sync["problems"]:
        wrong.append(Check.of("sync", False, "doctor.sync.problems", problems=sync["problems"]))
    if sync.get("set_aside"):
        wrong.append(Check.of("sync", False, "doctor.sync.set_aside", count=sync["set_aside"]))
    if sync["pending"] and (last is None or now - last > BACKLOG_AFTER):
        wrong.append(Check.of("sync", False, "doctor.sync.backlog", pending=sync["pending"], last=shown))
    if wrong:
        return Check("sync", False, " ".join(check.message for check in wrong))
    return Check.of("sync", True, "doctor.sync.ok", last=shown, pending=sync["pending"])
