"""Registering a desk with the provincial system, or logging it in again.

A desk proposes its own device id, kept until a registration succeeds, so a registration whose
answer was lost and is tried again finds the device it made; a desk logging in again sends the
token it holds, which proves it is that device and keeps its reserve slice. It declares the numbers
it has printed and not yet pushed (as a desk on its own, or under a registration since revoked),
so that the server accepts them as this device's. The token goes to the keyring, never to a file.
"""

from __future__ import annotations

import threading
import uuid
from collections.abc import Callable
from datetime import datetime

from desk_app.domain.errors import DomainError, ValidationFailed
from desk_app.store import booking_places, officers_repo, outbox_repo, sync_state_repo
from desk_app.store.database import Database
from desk_app.sync import credentials, mapping, wire
from desk_app.sync.cycle import Settings
from desk_app.sync.transport import SyncError, Transport, normalize_server_url

PROPOSED_DEVICE = "proposed_device_id"
"""sync_state key of the device id a desk not yet registered asks for."""


def register(database: Database, clock: Callable[[], datetime], settings: Settings, stop: threading.Event,
             server_url: str, username: str, password: str, device_name: str) -> wire.RegisterResponse:
    """A wrong password is a DomainError on field "password"."""
    url = normalize_server_url(server_url)
    errors = [DomainError("profile.required", field=name) for name, value in
              (("username", username), ("password", password), ("device_name", device_name)) if not value.strip()]
    if errors:
        raise ValidationFailed(errors)
    with database.read() as connection:
        previous = sync_state_repo.registration(connection)
        claims = [wire.Claim(day=day, first=first, last=last) for day, first, last in outbox_repo.printed_runs(connection)]
    known_device = previous.device_id if previous and previous.server_url == url else None
    token = _current_token(url, known_device)
    transport = Transport(url, token, settings.retry_policy, clock, lambda skew: None, settings.timeout_s, stop)
    try:
        answer = transport.call("POST", "/devices", wire.RegisterResponse, idempotent=False, body=wire.RegisterRequest(
            username=username.strip(), password=password, device_name=device_name.strip()[:120],
            device_id=known_device or _proposed_device_id(database), claims=claims[-wire.MAX_CLAIMS:]))
    except SyncError as err:
        if err.code == "auth.credentials" and err.field is None:
            err.field = "password"
        raise
    finally:
        transport.close()
    credentials.store_token(url, answer.device_id, answer.token)
    if previous is not None and (previous.server_url, previous.device_id) != (url, answer.device_id):
        credentials.forget_token(previous.server_url, previous.device_id)
    same_feed = previous is not None and previous.server_url == url and previous.agency_code == answer.agency.code
    with database.write() as connection:
        sync_state_repo.put(connection, {
            "server_url": url, "device_id": answer.device_id, "device_name": device_name.strip(),
            "agency_code": answer.agency.code, "reserve_first": str(answer.reserve_first),
            "reserve_last": str(answer.reserve_last), "needs_login": None, "last_error": None,
            "last_error_code": None, "last_error_params": None,
            "cursor": sync_state_repo.get(connection, "cursor") if same_feed else None, PROPOSED_DEVICE: None,
        })
        officers_repo.upsert(connection, [mapping.officer_row(answer.officer)])
        if previous is None or (previous.server_url, previous.device_id) != (url, answer.device_id):
            booking_places.forget_all(connection)
    return answer


def _current_token(url: str, device_id: str | None) -> str | None:
    """The token this desk holds for the device; an unreadable keyring only means a new device."""
    if device_id is None:
        return None
    try:
        return credentials.load_token(url, device_id)
    except DomainError:
        return None


def _proposed_device_id(database: Database) -> str:
    with database.write() as connection:
        proposed = sync_state_repo.get(connection, PROPOSED_DEVICE)
        if proposed is None:
            proposed = str(uuid.uuid4())
            sync_state_repo.put(connection, {PROPOSED_DEVICE: proposed})
    return proposed
