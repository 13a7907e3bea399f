"""The one clock the application reads.

Due dates, dossier codes and receipts all depend on "now"; reading it in one place lets tests move
time with time-machine and keeps Qt's own clock out of every rule.
"""

from __future__ import annotations

from datetime import datetime, timezone

from desk_app.domain.due_date import LOCAL_TZ

__all__ = ["LOCAL_TZ", "format_instant", "now_utc"]


def now_utc() -> datetime:
    """The current instant, aware, in UTC: the form every timestamp is stored in."""
    return datetime.now(timezone.utc)


def format_instant(moment: datetime) -> str:
    """The one spelling of a stored instant, in the desk's database and on the wire: UTC, ISO 8601; so
    instants compare as text and both sides write the same. What people read is `local_time`'s."""
    if moment.tzinfo is None:
        raise ValueError("instants on the wire are timezone-aware")
    return moment.astimezone(timezone.utc).isoformat()
