"""Slowing down password guessing at sign-in, per username and per client address.

Failures are counted in the database, so every server process of a province sees the same count.
A few mistakes cost nothing; past the limit of a window the key is locked for a while that doubles
with each further failure, up to a ceiling, and a locked key is answered 429 with Retry-After
before any password is checked. A success clears its username's count (not its address's: one
good account must not reset the count of a guesser behind the same address).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import Connection, case, delete, literal, select, update

from provincial import sql
from provincial.errors import ServerError
from provincial.schema import UtcDateTime, sign_in_failures

WINDOW = timedelta(minutes=15)
FIRST_LOCK_S = 30
MAX_LOCK_S = 15 * 60


@dataclass(frozen=True)
class Limit:
    prefix: str
    failures: int
    """Failures in a window that lock the key."""


USERNAME = Limit("user:", 5)
ADDRESS = Limit("addr:", 20)


def keys(username: str, address: str | None) -> list[tuple[Limit, str]]:
    found = [(USERNAME, USERNAME.prefix + username.lower()[:100])]
    if address:
        found.append((ADDRESS, ADDRESS.prefix + address[:100]))
    return found


def check(connection: Connection, username: str, address: str | None, now: datetime) -> None:
    """Refuse at once (429 auth.throttled) while the username or the address is locked."""
    wanted = [key for _, key in keys(username, address)]
    locked = connection.execute(select(sign_in_failures.c.locked_until).where(
        sign_in_failures.c.key.in_(wanted), sign_in_failures.c.locked_until > now)).scalars().all()
    if locked:
        wait = math.ceil((max(locked) - now).total_seconds())
        raise ServerError("auth.throttled", 429, seconds=max(1, wait))


def failed(connection: Connection, username: str, address: str | None, now: datetime) -> None:
    """Count one failure against the username and the address, locking those past their limit;
    one statement per key, so that concurrent failures are all counted."""
    for limit, key in keys(username, address):
        moment = literal(now, UtcDateTime())
        expired = sign_in_failures.c.window_start < literal(now - WINDOW, UtcDateTime())
        statement = sql.insert(connection, sign_in_failures).values(key=key, failures=1, window_start=now)
        failures = connection.execute(statement.on_conflict_do_update(
            index_elements=[sign_in_failures.c.key],
            set_={"failures": case((expired, 1), else_=sign_in_failures.c.failures + 1),
                  "window_start": case((expired, moment), else_=sign_in_failures.c.window_start)},
        ).returning(sign_in_failures.c.failures)).scalar_one()
        over = failures - limit.failures
        if over >= 0:
            seconds = min(MAX_LOCK_S, FIRST_LOCK_S * 2 ** min(over, 16))
            connection.execute(update(sign_in_failures).where(sign_in_failures.c.key == key)
                               .values(locked_until=now + timedelta(seconds=seconds)))


def succeeded(connection: Connection, username: str) -> None:
    connection.execute(delete(sign_in_failures).where(sign_in_failures.c.key == keys(username, None)[0][1]))
