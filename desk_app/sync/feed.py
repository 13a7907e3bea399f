"""Pulling the provincial feed, and applying each page to the desk database in the transaction that
stores the page's cursor, so a page is applied once or not at all.

Ownership decides who wins: the province's catalogue, calendar and officers replace the desk's;
the back office's status changes are the truth for a dossier's processing; a dossier another desk
of the agency received is added as it was sent; an appointment is kept as it last stood. Applying a page twice changes nothing the second
time, so a cursor lost with its page costs only time.
"""

from __future__ import annotations

from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any, Callable

from pydantic import ValidationError

from desk_app.domain.catalogue import parse_catalogue
from desk_app.domain.errors import DomainError
from desk_app.domain.text import fold
from desk_app.store import (
    appointments_repo,
    calendar_repo,
    catalogue_repo,
    dossier_repo,
    officers_repo,
    sync_state_repo,
)
from desk_app.store.database import Connection, Database
from desk_app.store.dossier_repo import DocumentRow
from desk_app.sync import wire
from desk_app.sync.transport import SyncError, Transport

SERVER_SOURCE = "server"
SAMPLE_SOURCE = "sample"


@dataclass
class Applied:
    """What a page changed, so the desk refreshes only what it must."""

    entries: int = 0
    catalogue: bool = False
    calendar: bool = False
    officers: bool = False
    appointments: bool = False
    dossier_codes: set[str] = field(default_factory=set)
    skipped: list[str] = field(default_factory=list)
    """Entries the desk could not read, with why; the rest of the page is applied all the same."""

    def add(self, other: "Applied") -> None:
        self.entries += other.entries
        self.catalogue |= other.catalogue
        self.calendar |= other.calendar
        self.officers |= other.officers
        self.appointments |= other.appointments
        self.dossier_codes |= other.dossier_codes
        self.skipped += other.skipped


def pull_feed(database: Database, transport: Transport, page_size: int, applied: Applied,
              progress: Callable[[int, int, str], None] | None = None) -> None:
    """Every page from the stored cursor on, each applied with its cursor in one transaction. The
    next page is already on its way (on a thread of its own) while one is being applied, so a
    long outage's feed costs the larger of the two, not their sum. A cursor the server no longer
    accepts starts the feed over: applying it again changes nothing."""
    with database.read() as connection:
        cursor = sync_state_repo.get(connection, "cursor")
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="pull") as wire_thread:

        def fetch(after: str | None) -> Future[wire.FeedPage]:
            params = {"limit": page_size} | ({"cursor": after} if after else {})
            return wire_thread.submit(transport.call, "GET", "/feed", wire.FeedPage, params=params)

        coming = fetch(cursor)
        while True:
            try:
                page = coming.result()
            except SyncError as err:
                if err.code != "feed.cursor" or cursor is None:
                    raise
                cursor = None
                coming = fetch(None)
                continue
            following = fetch(page.cursor) if page.more else None
            try:
                with database.write() as connection:
                    applied.add(apply_page(connection, page.entries))
                    sync_state_repo.put(connection, {"cursor": page.cursor})
            except BaseException:
                if following is not None:
                    following.exception()
                raise
            cursor = page.cursor
            if progress is not None:
                progress(applied.entries, 0, "pull")
            if following is None:
                return
            coming = following


def apply_page(connection: Connection, entries: list[wire.FeedEntry]) -> Applied:
    """Entries in order. Status changes, nearly all of a long outage's feed, are gathered and
    written together: one lookup of their dossiers and timelines, then one statement per table,
    before any other kind of entry and at the end of the page."""
    applied = Applied()
    changes: list[tuple[wire.StatusChange, str]] = []
    for entry in entries:
        applied.entries += 1
        try:
            if entry.kind is wire.FeedKind.DOSSIER_STATUS:
                changes.append((wire.StatusChange.model_validate(entry.data), str(entry.data["at"])))
                continue
            _set_statuses(connection, changes, applied)
            changes = []
            _apply(connection, entry, applied)
        except (ValidationError, DomainError) as err:
            applied.skipped.append(f"{entry.kind} {entry.key}: {err}")
    _set_statuses(connection, changes, applied)
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
    elif kind is wire.FeedKind.APPOINTMENT:
        appointment = wire.AppointmentEntry.model_validate(data)
        appointments_repo.upsert(connection, [{
            **appointment.model_dump(mode="json"), "status": appointment.status.value,
            "starts_at": wire.format_instant(appointment.starts_at),
            "updated_at": wire.format_instant(appointment.updated_at)}])
        applied.appointments = True
    elif kind is wire.FeedKind.DOSSIER:
        code = _add_dossier(connection, data)
        if code is not None:
            applied.dossier_codes.add(code)


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


def _set_statuses(connection: Connection, changes: list[tuple[wire.StatusChange, str]], applied: Applied) -> None:
    """The back office's moves, each recorded once on its dossier's timeline; a change for a
    dossier this desk does not hold, or one it has already applied, is passed over."""
    if not changes:
        return
    ids = dossier_repo.known_codes(connection, list({change.code for change, _ in changes}))
    seen = dossier_repo.status_events(connection, list(set(ids.values())))
    moves = []
    for change, at in changes:
        dossier_id = ids.get(change.code)
        if dossier_id is None or (dossier_id, change.status_to.value, change.at) in seen:
            continue
        seen.add((dossier_id, change.status_to.value, change.at))
        moves.append(dossier_repo.Move(dossier_id, at, change.status_from.value, change.status_to.value,
                                       change.officer, {"reason": change.reason} if change.reason else None))
        applied.dossier_codes.add(change.code)
    dossier_repo.apply_moves(connection, moves)
