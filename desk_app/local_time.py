"""Instants as people and their scripts read them: in the desk's time zone, offset written out.

The database and the wire keep UTC (`clock.format_instant`), which is right for comparing and wrong
for an officer who reads "02:15" at a quarter past nine. Everything printed for someone — the command
lines, the doctor, the support file — spells its times here, so the zone is never left to guessing.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date, datetime, time
from typing import Any

from desk_app.clock import LOCAL_TZ

TIME_KEYS = frozenset({"at", "received_at", "due_at", "starts_at", "updated_at", "created_at", "revoked_at",
                       "last_success"})
"""The keys whose values are instants in what the command lines print as JSON: only these are read
as times, so a citizen's note that happens to look like one is printed as written."""


def local_iso(moment: datetime) -> str:
    """ISO 8601 with the local offset (2026-11-23T09:15:00+07:00): what `--json` prints, for scripts."""
    return _local(moment).isoformat()


def local_text(moment: datetime) -> str:
    """To the second, with the offset (2026-11-23 09:15:00+07:00): what the commands print for people."""
    return _local(moment).replace(microsecond=0).isoformat(sep=" ")


def local_offset(day: date) -> str:
    """The desk's offset on that day (+07:00), for a listing that prints one day's times of day and
    says once which zone they are in."""
    offset = datetime.combine(day, time(12), LOCAL_TZ).strftime("%z")
    return f"{offset[:3]}:{offset[3:]}"


def in_local_time(value: Any, spell: Callable[[datetime], str] = local_iso) -> Any:
    """A copy of JSON-shaped data with the instants under TIME_KEYS respelled in local time. A value
    without an offset is left as written: guessing its zone would print a wrong time with confidence."""
    if isinstance(value, Mapping):
        return {key: _respelled(item, spell) if key in TIME_KEYS else in_local_time(item, spell)
                for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [in_local_time(item, spell) for item in value]
    return value


def _respelled(value: Any, spell: Callable[[datetime], str]) -> Any:
    if not isinstance(value, str):
        return value
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return value
    return value if moment.tzinfo is None else spell(moment)


def _local(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        raise ValueError("only a timezone-aware instant has a local time")
    return moment.astimezone(LOCAL_TZ)
