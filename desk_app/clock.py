"""The one clock the application reads.

Due dates, dossier codes and receipts all depend on "now"; reading it in one place lets tests move
time with time-machine and keeps Qt's own clock out of every rule.
"""

from __future__ import annotations

from datetime import datetime, timezone
from zoneinfo import ZoneInfo

LOCAL_TZ = ZoneInfo("Asia/Ho_Chi_Minh")


def now_utc() -> datetime:
    """The current instant, aware, in UTC: the form every timestamp is stored in."""
    return datetime.now(timezone.utc)


def now_local() -> datetime:
    """The current instant on the desk's wall clock (Vietnam has one zone and no DST)."""
    return now_utc().astimezone(LOCAL_TZ)
