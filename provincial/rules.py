"""The rules a push is checked by, read from the server's own tables: the same domain functions the
desk runs (due dates, the catalogue's format), fed with the province's catalogue, calendar and the
agency's office hours, so that a desk and its province cannot disagree on a due date.

What a batch needs is read once per batch: the agency's hours, the calendar, and only the
procedures its intakes name. The working calendar built from the calendar table is kept per
process, keyed by the table's content (read every time), so a change made by any process is seen
by the next batch.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from functools import lru_cache

from sqlalchemy import Connection, select

from desk_app.domain.catalogue import CatalogueInvalid, Procedure, parse_catalogue
from desk_app.domain.due_date import DuePlan, compute_due
from desk_app.domain.working_calendar import OfficeHours, WorkingCalendar
from provincial.schema import agencies, calendar_days, procedures


@dataclass(frozen=True)
class CatalogueEntry:
    procedure: Procedure
    active: bool
    removed_at: datetime | None

    def in_force_at(self, moment: datetime) -> bool:
        """Active now, or removed only after the dossier was received under it."""
        return self.active or (self.removed_at is not None and moment < self.removed_at)


class AgencyRules:
    """Everything a due date and a procedure check depend on, for one agency."""

    def __init__(self, connection: Connection, agency_code: str, procedure_codes: Iterable[str] | None = None) -> None:
        hours = connection.execute(select(agencies.c.office_hours).where(agencies.c.code == agency_code)).scalar_one()
        self.hours = OfficeHours.parse(hours)
        days = tuple(sorted((row.day, bool(row.is_working)) for row in connection.execute(
            select(calendar_days.c.day, calendar_days.c.is_working))))
        self.calendar = _calendar(days)
        query = select(procedures.c.code, procedures.c.data_json, procedures.c.active, procedures.c.removed_at)
        if procedure_codes is not None:
            query = query.where(procedures.c.code.in_(set(procedure_codes)))
        self.catalogue = {row.code: entry for row in connection.execute(query)
                          if (entry := _entry(row)) is not None}

    @property
    def procedures(self) -> dict[str, Procedure]:
        """The procedures in force today."""
        return {code: entry.procedure for code, entry in self.catalogue.items() if entry.active}

    def plan(self, procedure: Procedure, received_at: datetime, processing_days: Decimal | None = None) -> DuePlan:
        """The due date of a dossier received at `received_at`; `processing_days` is the time the
        desk recorded on the receipt when it differs from today's catalogue."""
        days = procedure.processing_days if processing_days is None else processing_days
        return compute_due(received_at, days, self.calendar, self.hours, procedure.cutoff)


def _entry(row) -> CatalogueEntry | None:
    """A stored procedure that today's parser refuses (stored by an older server) is as good as unknown."""
    try:
        (procedure,) = parse_catalogue([json.loads(row.data_json)])
    except (CatalogueInvalid, ValueError):
        return None
    return CatalogueEntry(procedure, bool(row.active), row.removed_at)


@lru_cache(maxsize=4)
def _calendar(days: tuple[tuple[date, bool], ...]) -> WorkingCalendar:
    return WorkingCalendar(dict(days))
