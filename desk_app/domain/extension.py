"""Gia hạn: asking the applicant for more time when a dossier will be late (Mẫu 04).

The law allows one extension per dossier. The apology must reach the applicant at least one
working day before the due date; the desk still issues a late one (the citizen is owed it) but
says that the day has passed. The new date becomes the due date everywhere; the date first
promised stays on the dossier's timeline, so the lateness is never lost.
"""

from __future__ import annotations

from datetime import date, datetime

from desk_app.domain.dossier_state import DossierStatus
from desk_app.domain.due_date import LOCAL_TZ
from desk_app.domain.errors import DomainError, ErrorCollector
from desk_app.domain.text import nfc
from desk_app.domain.working_calendar import WorkingCalendar

MAX_EXTENSIONS = 1
REASON_MAX = 1000
EXTENDABLE = frozenset({DossierStatus.RECEIVED, DossierStatus.IN_PROGRESS})


def last_day_to_ask(due_at: datetime, calendar: WorkingCalendar) -> date:
    """The last day the apology may be issued: the working day before the due date."""
    return calendar.previous_working_day(due_at.astimezone(LOCAL_TZ).date())


def asked_too_late(due_at: datetime, now: datetime, calendar: WorkingCalendar) -> bool:
    return now.astimezone(LOCAL_TZ).date() > last_day_to_ask(due_at, calendar)


def check_extension(*, status: DossierStatus, due_at: datetime | None, extensions: int, new_due_at: datetime | None,
                    reason: str, now: datetime) -> str:
    """Every wrong field at once; the reason as it will be printed."""
    errors = ErrorCollector()
    text = nfc(reason)
    if status not in EXTENDABLE:
        errors.errors.append(DomainError("extension.status", field="status", label=status.label))
    elif due_at is None:
        errors.errors.append(DomainError("extension.no_due", field="status"))
    elif extensions >= MAX_EXTENSIONS:
        errors.errors.append(DomainError("extension.once", field="new_due"))
    if new_due_at is None:
        errors.errors.append(DomainError("extension.new_due_missing", field="new_due"))
    elif due_at is not None and new_due_at <= due_at:
        errors.errors.append(DomainError("extension.not_later", field="new_due",
                                         due=due_at.astimezone(LOCAL_TZ).strftime("%d/%m/%Y")))
    elif new_due_at <= now:
        errors.errors.append(DomainError("extension.past", field="new_due"))
    if not text:
        errors.errors.append(DomainError("extension.reason_missing", field="reason"))
    elif len(text) > REASON_MAX:
        errors.errors.append(DomainError("extension.reason_length", field="reason", max=REASON_MAX))
    errors.raise_if_any()
    return text

