"""Applying one page of the provincial feed to the desk database, inside the caller's transaction
(the same one that stores the page's cursor, so a page is applied once or not at all).

Ownership decides who wins: the province's catalogue, calendar and officers replace the desk's;
the back office's status changes are the truth for a dossier's processing; a dossier another desk
of the agency received is added as it was sent. Applying a page twice changes nothing the second
time, so a cursor lost with its page costs only time.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError

from desk_app.domain.catalogue import parse_catalogue
from desk_app.domain.errors import DomainError
from desk_app.domain.text import fold
from desk_app.store import calendar_repo, catalogue_repo, dossier_repo, officers_repo
from desk_app.store.database import Connection
from desk_app.store.dossier_repo import DocumentRow
from desk_app.sync import wire

SERVER_SOURCE = "server"
SAMPLE_SOURCE = "sample"


@dataclass
class Applied:
    """What a page changed, so the desk refreshes only what it must."""

    entries: int = 0
    catalogue: bool = False
    calendar: bool = False
    officers: bool = False
    dossier_codes: set[str] = field(default_factory=set)
    skipped: list[str] = field(default_factory=list)
    """Entries the desk could not read, with why; the rest of the page is applied all the same."""

    def add(self, other: "Applied") -> None:
        self.entries += other.entries
        self.catalogue |= other.catalogue
        self.calendar |= other.calendar
        self.officers |= other.officers
        self.dossier_codes |= other.dossier_codes
        self.skipped += other.skipped


def apply_page(connection: Connection, entries: list[wire.FeedEntry]) -> Applied:
    applied = Applied()
    for entry in entries:
        applied.entries += 1
        try:
            _apply(connection, entry, applied)
        except (ValidationError, DomainError) as err:
            applied.skipped.append(f"{entry.kind} {entry.key}: {err}")
    return applied


def _apply(connection: Connection, entry: wire.FeedEntry, applied: Applied) -> None:
    kind, data = entry.kind, entry.data
    if kind is wire.FeedKind.PROCEDURE:
        catalogue_repo.upsert_procedures(connection, parse_catalogue([data]), SERVER_SOURCE)
        catalogue_repo.deactivate_source(connection, SAMPLE_SOURCE)
        applied.catalogue = True
    elif kind is wire.FeedKind.PROCEDURE_REMOVED:
        catalogue_repo.deactivate(connection, [str(data.get("code", entry.key))])
        applied.catalogue = True
    elif kind is wire.FeedKind.CALENDAR_DAY:
        day = wire.CalendarDay.model_validate(data)
        calendar_repo.upsert_days(connection, [(day.day, day.is_working, day.note)])
        applied.calendar = True
    elif kind is wire.FeedKind.OFFICER:
        officer = wire.OfficerEntry.model_validate(data)
        officers_repo.upsert(connection, [officers_repo.OfficerRow(
            username=officer.username, full_name=officer.full_name, title=officer.title, role=officer.role,
            active=officer.active)])
        applied.officers = True
    elif kind is wire.FeedKind.DOSSIER:
        code = _add_dossier(connection, data)
        if code is not None:
            applied.dossier_codes.add(code)
    elif kind is wire.FeedKind.DOSSIER_STATUS:
        change = wire.StatusChange.model_validate(data)
        if _set_status(connection, change, data):
            applied.dossier_codes.add(change.code)


def _add_dossier(connection: Connection, data: dict[str, Any]) -> str | None:
    """Another desk's intake, as it was saved there; None when this desk has it already."""
    payload = wire.IntakePayload.model_validate(data)
    if dossier_repo.known_codes(connection, [payload.code]):
        return None
    values = {**payload.model_dump(mode="json", exclude={"documents"}),
              **{key: value for key, value in data.items() if key != "documents"}}
    values["status"] = payload.status.value
    if not values.get("applicant_name_folded"):
        values["applicant_name_folded"] = fold(payload.applicant_name)
    documents = [DocumentRow(name=d.name, kind=d.kind, copies=d.copies, received=d.received)
                 for d in payload.documents]
    dossier_id = dossier_repo.insert_dossier(connection, values, documents)
    reason = payload.supplement_reason or payload.refusal_reason
    dossier_repo.add_event(connection, dossier_id, at=str(values["received_at"]), kind="intake", status_from=None,
                           status_to=payload.status.value, officer_name=payload.officer_name,
                           detail={"reason": reason} if reason else None)
    return payload.code


def _set_status(connection: Connection, change: wire.StatusChange, data: dict[str, Any]) -> bool:
    """The back office's move, recorded once on the dossier's timeline; False for a dossier this
    desk does not hold or a change it has already applied."""
    dossier_id = dossier_repo.known_codes(connection, [change.code]).get(change.code)
    if dossier_id is None:
        return False
    at = str(data["at"])
    if dossier_repo.has_status_event(connection, dossier_id, change.at, change.status_to.value):
        return False
    dossier_repo.set_status(connection, dossier_id, change.status_to.value, at)
    dossier_repo.add_event(connection, dossier_id, at=at, kind="status", status_from=change.status_from.value,
                           status_to=change.status_to.value, officer_name=change.officer,
                           detail={"reason": change.reason} if change.reason else None)
    return True
