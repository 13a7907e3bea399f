"""Hôm nay: what the desk must see to first today: its overdue dossiers, those due today and
tomorrow, the results waiting for their citizens and those on their way by post, each with its
count (the lists show the first hundred, most pressing first). One read transaction through
the board's partial indexes (migration 0009), cheap enough to refresh whenever a sync brings the
back office's moves."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, time, timedelta

from desk_app.clock import LOCAL_TZ
from desk_app.services.lookup import DossierSummary, summary_of
from desk_app.store import dossier_repo
from desk_app.store.database import Database

SHOWN = 100
"""Rows a group lists, the most pressing first; its count is always whole."""


@dataclass(frozen=True)
class Group:
    key: str
    count: int
    rows: tuple[DossierSummary, ...]


@dataclass(frozen=True)
class TodayBoard:
    at: datetime
    groups: tuple[Group, ...]
    """overdue, due_today, due_tomorrow, ready, in_transit, in that order."""


class TodayService:
    def __init__(self, database: Database, clock: Callable[[], datetime]) -> None:
        self._database = database
        self._clock = clock

    def board(self) -> TodayBoard:
        now = self._clock()
        today = now.astimezone(LOCAL_TZ).date()
        tomorrow = datetime.combine(today + timedelta(days=1), time(0), LOCAL_TZ)
        after = tomorrow + timedelta(days=1)
        with self._database.read() as connection:
            overdue = dossier_repo.open_due_before(connection, now, SHOWN)
            due_today = dossier_repo.open_due_between(connection, now, tomorrow, SHOWN)
            due_tomorrow = dossier_repo.open_due_between(connection, tomorrow, after, SHOWN)
            waiting, transit, first_waiting, first_transit = dossier_repo.results_waiting(connection, SHOWN)

        def group(key: str, count: int, rows: list) -> Group:
            return Group(key, count, tuple(summary_of(row) for row in rows))

        return TodayBoard(now, (group("overdue", *overdue), group("due_today", *due_today),
                                group("due_tomorrow", *due_tomorrow), group("ready", waiting, first_waiting),
                                group("in_transit", transit, first_transit)))
