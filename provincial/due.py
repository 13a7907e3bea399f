"""Due dates computed on the server exactly as the desk computes them: the same domain function,
fed with the server's catalogue, calendar and the agency's office hours."""

from __future__ import annotations

import json
from datetime import datetime

from sqlalchemy import Connection, select

from desk_app.domain.catalogue import Procedure, parse_catalogue
from desk_app.domain.due_date import DuePlan, compute_due
from desk_app.domain.working_calendar import OfficeHours, WorkingCalendar
from provincial.schema import agencies, calendar_days, procedures


class DueRules:
    """Everything a due date depends on, read once; for many dates in a row."""

    def __init__(self, connection: Connection, agency_code: str) -> None:
        hours = connection.execute(select(agencies.c.office_hours).where(agencies.c.code == agency_code)).scalar_one()
        self.hours = OfficeHours.parse(hours)
        self.calendar = WorkingCalendar({row.day: bool(row.is_working)
                                         for row in connection.execute(select(calendar_days))})
        self.procedures: dict[str, Procedure] = {
            p.code: p for p in parse_catalogue([json.loads(text) for text in connection.execute(
                select(procedures.c.data_json).where(procedures.c.active.is_(True))).scalars()])}

    def plan(self, procedure_code: str, received_at: datetime) -> DuePlan:
        procedure = self.procedures[procedure_code]
        return compute_due(received_at, procedure.processing_days, self.calendar, self.hours, procedure.cutoff)


def plan_due(connection: Connection, agency_code: str, procedure_code: str, received_at: datetime) -> DuePlan:
    return DueRules(connection, agency_code).plan(procedure_code, received_at)
