"""The feed cursor: where a device is in each of its two streams, signed so it cannot be forged.

A desk sends back the cursor as it got it; the signature (HMAC-SHA256 with a key the migration made
and the database keeps, so every server process shares it) stops a desk from pointing its cursor
at another agency's stream or inventing positions.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
from dataclasses import dataclass

from sqlalchemy import URL, Connection, select

from provincial.errors import ServerError
from provincial.schema import server_secrets

_KEYS: dict[URL, bytes] = {}
MAX_POSITION = 2**62
"""Positions are feed sequence numbers: a 64-bit column holds them."""


@dataclass(frozen=True)
class Position:
    global_seq: int
    agency_seq: int


def _key(connection: Connection) -> bytes:
    """Read once per database; the key never changes after the migration made it."""
    cache_key = connection.engine.url
    key = _KEYS.get(cache_key)
    if key is None:
        value = connection.execute(select(server_secrets.c.value).where(server_secrets.c.name == "cursor_key")).scalar_one()
        key = _KEYS[cache_key] = bytes.fromhex(value)
    return key


def _sign(key: bytes, body: bytes) -> str:
    return base64.urlsafe_b64encode(hmac.new(key, body, hashlib.sha256).digest()).rstrip(b"=").decode("ascii")


def encode(connection: Connection, agency_code: str, position: Position) -> str:
    body = base64.urlsafe_b64encode(json.dumps(
        {"g": position.global_seq, "a": position.agency_seq, "ag": agency_code}, separators=(",", ":")
    ).encode()).rstrip(b"=")
    return body.decode("ascii") + "." + _sign(_key(connection), body)


def decode(connection: Connection, agency_code: str, cursor: str | None) -> Position:
    """No cursor: the beginning. A cursor not signed here, or another agency's: 400 feed.cursor."""
    if not cursor:
        return Position(0, 0)
    body, _, signature = cursor.partition(".")
    data = None
    if body.isascii() and signature.isascii():
        raw = body.encode("ascii")
        if hmac.compare_digest(_sign(_key(connection), raw).encode("ascii"), signature.encode("ascii")):
            try:
                data = json.loads(base64.urlsafe_b64decode(raw + b"=" * (-len(raw) % 4)))
            except (binascii.Error, ValueError):
                data = None
    if (not isinstance(data, dict) or data.get("ag") != agency_code
            or not all(type(data.get(k)) is int and 0 <= data[k] <= MAX_POSITION for k in ("g", "a"))):
        raise ServerError("feed.cursor", 400, field="cursor")
    return Position(data["g"], data["a"])
