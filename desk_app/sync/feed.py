"""Pulling the provincial feed, and applying each page to the desk database in the transaction that
stores the page's cursor, so a page is applied once or not at all.

Ownership decides who wins: the province's catalogue, calendar and officers replace the desk's;
the back office's status changes are the truth for a dossier's processing; a dossier another desk
of the agency received is added as it was sent; an appointment is kept as it last stood. Applying
a page twice changes nothing the second time, so a cursor lost with its page costs only time.

One entry this desk cannot use (of a kind or version it does not know, data its model refuses, a
value its database cannot hold) is set aside with its reason in `feed_set_aside` and undone to its
savepoint, and the page goes on: the cursor moves past it with the rest, so no record can stop a
desk. Only what is not the record's fault (the disk, a lock) fails the page, to be tried again.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError

from desk_app.clock import now_utc
from desk_app.domain import timeline
from desk_app.domain.catalogue import parse_catalogue
from desk_app.domain.errors import DomainError
from desk_app.store import (
    appointments_repo,
    calendar_repo,
    catalogue_repo,
    dossier_repo,
    officers_repo,
    set_aside_repo,
    sync_state_repo,
)
from desk_app.store.database import Connection, Database
from desk_app.sync import mapping, wire
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
    set_aside: int = 0
    """Entries the desk could not use: kept in feed_set_aside with why, passed over."""

    def add(self, other: Applied) -> None:
        self.entries += other.entries
        self.catalogue |= other.catalogue
        self.calendar |= other.calendar
        self.officers |= other.officers
        self.appointments |= other.appointments
        self.dossier_codes |= other.dossier_codes
        self.set_aside += other.set_aside


class _Unusable(Exception):
    """An entry this desk cannot use, with the code and values of why."""

    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(code)
        self.code = code
        self.params = params


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
            return wire_thread.submit(transport.call, "GET", "/feed", wire.FeedPage, params=params, lenient=True)

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
    """Entries in order. Status changes, nearly all of a long outage's feed, are checked one by one
    and written together: one lookup of their dossiers and timelines, then one statement per table,
    before any other kind of entry and at the end of the page."""
    applied = Applied()
    changes: list[tuple[wire.FeedEntry, wire.StatusChange]] = []
    for entry in entries:
        applied.entries += 1
        try:
            kind = _kind(entry)
            if kind is wire.FeedKind.DOSSIER_STATUS:
                changes.append((entry, _model(wire.StatusChange, entry.data)))
                continue
        except _Unusable as unusable:
            _set_aside(connection, entry, unusable, applied)
            continue
        _set_statuses(connection, changes, applied)
        changes = []
        _guarded(connection, entry, applied, lambda: _apply(connection, kind, entry, applied))
    _set_statuses(connection, changes, applied)
    return applied


def _kind(entry: wire.FeedEntry) -> wire.FeedKind:
    if entry.v != wire.VERSION:
        raise _Unusable("feed.version", version=str(entry.v)[:20], supported=wire.VERSION)
    try:
        return wire.FeedKind(entry.kind)
    except ValueError:
        raise _Unusable("feed.kind", kind=str(entry.kind)[:60]) from None


def _model(model: type[wire.WireModel], data: Any) -> Any:
    try:
        return model.model_validate(data)
    except ValidationError as err:
        raise _Unusable("feed.invalid", detail=_detail(err)) from None


def _detail(err: ValidationError) -> str:
    first = err.errors(include_url=False, include_input=False)[0]
    where = ".".join(str(part) for part in first["loc"])
    return f"{where}: {first['msg']}" if where else first["msg"]


def _attempt(connection: Connection, work: Callable[[], None]) -> _Unusable | None:
    """Run one entry's writes (or a batch's) under a savepoint: undone, with why, when they cannot
    be used; what is not the data's fault (the disk, a lock) is raised."""
    connection.execute("SAVEPOINT feed_entry")
    try:
        work()
    except BaseException as err:
        connection.execute("ROLLBACK TO feed_entry")
        connection.execute("RELEASE feed_entry")
        if isinstance(err, _Unusable):
            return err
        if isinstance(err, sqlite3.OperationalError) or not isinstance(err, _RECORD_FAULTS):
            raise
        if isinstance(err, DomainError):
            return _Unusable(err.code, **err.params)
        return _Unusable("feed.unusable", detail=f"{type(err).__name__}: {err}"[:300])
    connection.execute("RELEASE feed_entry")
    return None


_RECORD_FAULTS = (DomainError, sqlite3.Error, ValueError, TypeError, KeyError, OverflowError)
"""What a record's own data can make the desk raise; anything else is a fault of the program."""


def _guarded(connection: Connection, entry: wire.FeedEntry, applied: Applied, work: Callable[[], None]) -> bool:
    """One entry's writes, set aside with why when they cannot be used; False then."""
    unusable = _attempt(connection, work)
    if unusable is not None:
        _set_aside(connection, entry, unusable, applied)
    return unusable is None


def _set_aside(connection: Connection, entry: wire.FeedEntry, unusable: _Unusable, applied: Applied) -> None:
    set_aside_repo.add(connection, entry.kind, entry.key, entry.data, unusable.code, unusable.params,
                       now_utc().replace(microsecond=0).isoformat())
    applied.set_aside += 1


def _apply(connection: Connection, kind: wire.FeedKind, entry: wire.FeedEntry, applied: Applied) -> None:
    data = entry.data
    if kind is wire.FeedKind.PROCEDURE:
        catalogue_repo.upsert_procedures(connection, parse_catalogue([data]), SERVER_SOURCE)
        catalogue_repo.deactivate_source(connection, SAMPLE_SOURCE)
        applied.catalogue = True
    elif kind is wire.FeedKind.PROCEDURE_REMOVED:
        catalogue_repo.deactivate(connection, [_model(wire.ProcedureRemoved, data).code])
        applied.catalogue = True
    elif kind is wire.FeedKind.CALENDAR_DAY:
        day = _model(wire.CalendarDay, data)
        calendar_repo.upsert_days(connection, [(day.day, day.is_working, day.note)])
        applied.calendar = True
    elif kind is wire.FeedKind.OFFICER:
        officers_repo.upsert(connection, [mapping.officer_row(_model(wire.OfficerEntry, data))])
        applied.officers = True
    elif kind is wire.FeedKind.APPOINTMENT:
        appointments_repo.upsert(connection, [mapping.appointment_record(_model(wire.AppointmentEntry, data))])
        applied.appointments = True
    elif kind is wire.FeedKind.APPOINTMENT_SCHEDULE:
        grid = _model(wire.ScheduleEntry, data)
        appointments_repo.store_schedule(connection, grid.agency_code, grid.model_dump_json(), grid.updated_at)
        applied.appointments = True
    elif kind is wire.FeedKind.DOSSIER:
        code = _add_dossier(connection, _model(wire.IntakePayload, data))
        if code is not None:
            applied.dossier_codes.add(code)
    elif kind is wire.FeedKind.DOSSIER_RECORD:
        code = _add_record(connection, _model(wire.DossierRecordEntry, data))
        if code is not None:
            applied.dossier_codes.add(code)


_RECORD_EVENTS = {
    wire.OperationKind.RATING: timeline.RATING,
    wire.OperationKind.EXTENSION: timeline.EXTENSION,
    wire.OperationKind.POSTED: timeline.POSTED,
}


def _add_record(connection: Connection, entry: wire.DossierRecordEntry) -> str | None:
    """A rating, an extension or a posting recorded elsewhere, once on the timeline; an extension
    also moves the due date. None when the desk does not hold the dossier or has the line already."""
    operation = wire.OperationKind(entry.kind)
    ids = dossier_repo.known_codes(connection, [entry.code])
    dossier_id = ids.get(entry.code)
    if operation is wire.OperationKind.STATUS:
        moved = _model(wire.StatusPayload, entry.payload)
        return entry.code if dossier_id is not None and _detail_of_move(connection, dossier_id, moved) else None
    payload = _model(wire.RECORD_MODELS[operation], entry.payload)
    if dossier_id is None:
        return None
    event_kind = _RECORD_EVENTS[operation]
    if any(event["kind"] == event_kind and datetime.fromisoformat(event["at"]) == payload.at
           for event in dossier_repo.fetch_events(connection, dossier_id)):
        return None
    dossier_repo.add_event(connection, dossier_id, at=payload.at, kind=event_kind, status_from=None, status_to=None,
                           officer_name=payload.officer,
                           detail=payload.model_dump(mode="json", exclude={"at", "officer"}))
    if isinstance(payload, wire.ExtensionPayload):
        dossier_repo.set_due(connection, dossier_id, payload.new_due_at)
    return entry.code


def _detail_of_move(connection: Connection, dossier_id: int, moved: wire.StatusPayload) -> bool:
    """What a move carried, onto its line of the timeline (which its StatusChange wrote): the
    receiver of a hand-over, the papers brought and the due date they count to. False when the
    desk has no such line."""
    event = next((e for e in dossier_repo.fetch_events(connection, dossier_id)
                  if e["status_to"] == moved.to.value and datetime.fromisoformat(e["at"]) == moved.at), None)
    if event is None:
        return False
    dossier_repo.set_event_detail(connection, event["id"], wire.status_detail(moved))
    if moved.due_at is not None:
        dossier_repo.set_due(connection, dossier_id, moved.due_at, moved.counted_from)
    return True


def _add_dossier(connection: Connection, payload: wire.IntakePayload) -> str | None:
    """Another desk's intake, as it was saved there; None when this desk has it already."""
    if dossier_repo.known_codes(connection, [payload.code]):
        return None
    record, documents = mapping.dossier_record(payload)
    dossier_id = dossier_repo.insert_dossier(connection, record, documents)
    reason = payload.supplement_reason or payload.refusal_reason
    dossier_repo.add_event(connection, dossier_id, at=record.received_at, kind="intake", status_from=None,
                           status_to=record.status, officer_name=record.officer_name,
                           detail={"reason": reason} if reason else None)
    return payload.code


def _set_statuses(connection: Connection, changes: list[tuple[wire.FeedEntry, wire.StatusChange]],
                  applied: Applied) -> None:
    """The back office's moves, each recorded once on its dossier's timeline; a change for a
    dossier this desk does not hold, or one it has already applied, is passed over. Written
    together; should that fail, one by one, so that only the entry at fault is set aside."""
    if not changes:
        return
    codes: set[str] = set()
    if _attempt(connection, lambda: codes.update(_write_moves(connection, [change for _, change in changes]))) is None:
        applied.dossier_codes |= codes
        return
    for entry, change in changes:
        one: set[str] = set()
        if _guarded(connection, entry, applied, lambda: one.update(_write_moves(connection, [change]))):
            applied.dossier_codes |= one


def _write_moves(connection: Connection, changes: list[wire.StatusChange]) -> set[str]:
    ids = dossier_repo.known_codes(connection, list({change.code for change in changes}))
    seen = dossier_repo.status_events(connection, list(set(ids.values())))
    moves = []
    codes = set()
    for change in changes:
        dossier_id = ids.get(change.code)
        if dossier_id is None or (dossier_id, change.status_to.value, change.at) in seen:
            continue
        seen.add((dossier_id, change.status_to.value, change.at))
        moves.append(dossier_repo.Move(dossier_id, change.at, change.status_from.value, change.status_to.value,
                                       change.officer, {"reason": change.reason} if change.reason else None))
        codes.add(change.code)
    dossier_repo.apply_moves(connection, moves)
    return codes
