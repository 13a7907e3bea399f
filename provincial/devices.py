"""Desks registered with the province: their tokens, their agency, their reserve slice of numbers.

The token is shown once, at registration, and only its SHA-256 is stored, so a copy of the database
lets nobody act as a desk. Each device of an agency owns one of RESERVE_SLOTS slices of 9000–9999
for as long as it is not revoked: the numbers it may print when its leases run out offline.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from sqlalchemy import Connection, and_, bindparam, select, update
from sqlalchemy.exc import IntegrityError

from desk_app.sync import wire
from provincial.errors import ServerError
from provincial import places
from provincial.leases import local_today, raise_allocations
from provincial.schema import agencies, device_claims, devices, officers

_REGISTER_ATTEMPTS = 5


@dataclass(frozen=True)
class Device:
    id: str
    agency_code: str
    name: str
    reserve_slot: int

    @property
    def reserve_first(self) -> int:
        return wire.RESERVE_FIRST + wire.RESERVE_SIZE * self.reserve_slot

    @property
    def reserve_last(self) -> int:
        return self.reserve_first + wire.RESERVE_SIZE - 1


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


_BY_TOKEN = (select(devices.c.id, devices.c.agency_code, devices.c.name, devices.c.reserve_slot,
                    devices.c.first_used_at)
             .where(devices.c.token_hash == bindparam("token_hash"), devices.c.revoked_at.is_(None)))
"""Built once: every request runs it."""

MAX_TOKEN_LENGTH = 200


def authenticate(connection: Connection, token: str | None) -> Device:
    """The device holding this token; an unknown or revoked token is 401 auth.token. A device's
    first request is noted once: from then on its id is its own (see `_register`)."""
    if token and len(token) <= MAX_TOKEN_LENGTH and token.isascii():
        row = connection.execute(_BY_TOKEN, {"token_hash": token_hash(token)}).first()
        if row is not None:
            if row.first_used_at is None:
                connection.execute(update(devices).where(devices.c.id == row.id, devices.c.first_used_at.is_(None))
                                   .values(first_used_at=datetime.now(timezone.utc)))
            return Device(row.id, row.agency_code, row.name, row.reserve_slot)
    raise ServerError("auth.token", 401)


def verify_officer(connection: Connection, username: str, password: str, address: str | None = None):
    """The officer, if the password is theirs. An unknown name costs the same hash as a known one,
    so the time to answer says nothing about which names exist; repeated failures are throttled."""
    from provincial import throttle
    from provincial.passwords import verify, verify_nobody

    now = datetime.now(timezone.utc)
    throttle.check(connection, username, address, now)
    row = connection.execute(select(officers).where(officers.c.username == username)).first()
    if row is None:
        verify_nobody(password)
    if row is None or not verify(row.password_hash, password):
        throttle.failed(connection, username, address, now)
        raise ServerError("auth.credentials", 401)
    throttle.succeeded(connection, username)
    if not row.active:
        raise ServerError("auth.officer_inactive", 403, username=username)
    return row


def register(engine, request: wire.RegisterRequest, token: str | None = None,
             address: str | None = None) -> wire.RegisterResponse:
    """A new token for the officer's agency: for the same device when it proves it is that device
    (its current `token`), or when the same officer registered it and it was never used (the
    answer to that registration was lost); else for a new device with the lowest free reserve slot,
    under the id the desk proposed unless some device has had it. A failed sign-in is counted in a
    transaction of its own, so that the refusal does not undo it."""
    with engine.begin() as connection:
        try:
            officer = verify_officer(connection, request.username, request.password, address)
        except ServerError as refused:
            failure = refused
        else:
            failure = None
    if failure is not None:
        raise failure
    for attempt in range(_REGISTER_ATTEMPTS):
        try:
            with engine.begin() as connection:
                return _register(connection, officer, request, token)
        except IntegrityError:
            if attempt == _REGISTER_ATTEMPTS - 1:
                raise
    raise AssertionError("unreachable")


def _register(connection: Connection, officer, request: wire.RegisterRequest,
              token_given: str | None) -> wire.RegisterResponse:
    token = secrets.token_urlsafe(32)
    existing = None
    if request.device_id:
        existing = connection.execute(select(devices).where(
            devices.c.id == request.device_id, devices.c.agency_code == officer.agency_code,
            devices.c.revoked_at.is_(None))).first()
    if existing is not None and not _proves(existing, officer, token_given):
        existing = None
    if existing is not None:
        connection.execute(update(devices).where(devices.c.id == existing.id).values(
            token_hash=token_hash(token), name=request.device_name, officer_id=officer.id))
        device = Device(existing.id, existing.agency_code, request.device_name, existing.reserve_slot)
    else:
        taken = set(connection.execute(select(devices.c.reserve_slot).where(
            devices.c.agency_code == officer.agency_code, devices.c.reserve_slot.is_not(None))).scalars())
        free = [slot for slot in range(wire.RESERVE_SLOTS) if slot not in taken]
        if not free:
            raise ServerError("device.reserve_exhausted", 409, slots=wire.RESERVE_SLOTS)
        proposed = request.device_id
        if proposed is None or connection.execute(select(devices.c.id).where(devices.c.id == proposed)).first():
            proposed = str(uuid.uuid4())
        device = Device(proposed, officer.agency_code, request.device_name, free[0])
        connection.execute(devices.insert().values(
            id=device.id, agency_code=device.agency_code, officer_id=officer.id, name=device.name,
            token_hash=token_hash(token), reserve_slot=device.reserve_slot, created_at=datetime.now(timezone.utc)))
    _claim(connection, device, request.claims)
    return wire.RegisterResponse(
        device_id=device.id, token=token, agency=agency_of(connection, officer.agency_code),
        officer=officer_entry(officer), reserve_first=device.reserve_first, reserve_last=device.reserve_last)


def _proves(existing, officer, token: str | None) -> bool:
    """Whether this registration may take over the existing device: the desk showed the device's
    current token, or the device was never used and the same officer made it."""
    if token is not None and hmac.compare_digest(token_hash(token), existing.token_hash):
        return True
    return existing.first_used_at is None and existing.officer_id == officer.id


def _claim(connection: Connection, device: Device, claims: list[wire.Claim]) -> None:
    """Record the numbers the desk says it printed before it held leases, as this device's; and,
    like every number seen on a receipt, raise the day's allocation past them so that no lease
    hands them out again. Claims for days outside the window a desk can have worked offline are
    left out."""
    today = local_today()
    kept = [claim for claim in claims
            if today - timedelta(days=wire.CLAIM_MAX_DAYS_BACK) <= claim.day <= today + timedelta(days=1)
            and claim.first <= claim.last]
    if not kept:
        return
    now = datetime.now(timezone.utc)
    connection.execute(device_claims.insert(), [
        {"device_id": device.id, "agency_code": device.agency_code, "day": claim.day, "first": claim.first,
         "last": claim.last, "created_at": now} for claim in kept])
    raise_allocations(connection, device.agency_code,
                      {claim.day: claim.last + 1 for claim in kept if claim.first <= wire.LEASE_LAST})


def agency_of(connection: Connection, code: str) -> wire.Agency:
    row = connection.execute(select(agencies).where(agencies.c.code == code)).one()
    return wire.Agency(code=row.code, name=row.name, parent_name=row.parent_name, place_name=row.place_name,
                       office_hours=row.office_hours)


def officer_entry(row) -> wire.OfficerEntry:
    return wire.OfficerEntry(username=row.username, full_name=row.full_name, title=row.title, role=row.role,
                             active=bool(row.active))


def device_info(connection: Connection, device: Device) -> wire.DeviceInfo:
    return wire.DeviceInfo(device_id=device.id, name=device.name, agency=agency_of(connection, device.agency_code),
                           reserve_first=device.reserve_first, reserve_last=device.reserve_last)


def revoke(connection: Connection, device_id: str) -> None:
    """The token stops working at once, the reserve slot is freed for a new desk, and the
    appointment places it held but did not use go back to its agency."""
    done = connection.execute(update(devices).where(and_(devices.c.id == device_id, devices.c.revoked_at.is_(None)))
                              .values(revoked_at=datetime.now(timezone.utc), reserve_slot=None))
    if done.rowcount == 0:
        raise ServerError("device.unknown", 404, device_id=device_id)
    agency = connection.execute(select(devices.c.agency_code).where(devices.c.id == device_id)).scalar_one()
    places.lock_agency(connection, agency)
    places.release_spare(connection, device_id)
