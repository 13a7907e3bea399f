"""What the province's staff do outside the desk API: agencies, officers, the catalogue, the calendar,
processing dossiers, revoking devices. The command line calls these; each change that desks must
learn of writes its feed entry in the same transaction.
"""

from __future__ import annotations

import json
from datetime import date, datetime, timezone
from typing import Any

from sqlalchemy import Connection, select, update

from desk_app.domain.catalogue import Procedure, procedure_to_dict
from desk_app.domain.dossier_code import validate_agency_code
from desk_app.domain.dossier_state import DossierStatus, check_transition
from desk_app.domain.due_date import LOCAL_TZ
from desk_app.domain.errors import DomainError
from desk_app.sync import wire
from provincial import feed, sql
from provincial.devices import officer_entry
from provincial.errors import ServerError
from provincial.passwords import MIN_LENGTH, hash_password
from provincial.push import status_event
from provincial.schema import agencies, calendar_days, devices, dossier_events, dossiers, officers, procedures

BACK_OFFICE = "Bộ phận giải quyết"


def add_agency(connection: Connection, code: str, name: str, parent_name: str = "", place_name: str = "",
               office_hours: str | None = None) -> str:
    code = validate_agency_code(code)
    if connection.execute(select(agencies.c.code).where(agencies.c.code == code)).first() is not None:
        raise ServerError("agency.exists", 409, code=code)
    values: dict[str, Any] = {"code": code, "name": name, "parent_name": parent_name, "place_name": place_name}
    if office_hours:
        values["office_hours"] = office_hours
    connection.execute(agencies.insert().values(**values))
    feed.ensure_stream(connection, code)
    return code


def require_agency(connection: Connection, code: str) -> str:
    code = code.strip().upper()
    if connection.execute(select(agencies.c.code).where(agencies.c.code == code)).first() is None:
        raise ServerError("agency.unknown", 404, code=code)
    return code


def add_officer(connection: Connection, agency_code: str, username: str, password: str, role: str,
                full_name: str = "", title: str = "") -> None:
    agency_code = require_agency(connection, agency_code)
    if len(password) < MIN_LENGTH:
        raise ServerError("officer.password", 422, field="password", min=MIN_LENGTH)
    if connection.execute(select(officers.c.id).where(officers.c.username == username)).first() is not None:
        raise ServerError("officer.exists", 409, username=username)
    connection.execute(officers.insert().values(
        agency_code=agency_code, username=username, full_name=full_name or username, title=title, role=role,
        password_hash=hash_password(password), active=True))
    row = connection.execute(select(officers).where(officers.c.username == username)).one()
    entry = officer_entry(row)
    feed.append(connection, agency_code, [feed.NewEntry(wire.FeedKind.OFFICER, username, entry.model_dump(mode="json"))])


def import_catalogue(connection: Connection, procedures_in: list[Procedure]) -> tuple[int, int]:
    """Replace the catalogue as a whole (read all or nothing by the domain, as on the desk);
    (changed or new, removed)."""
    current = {row.code: (row.data_json, row.active) for row in connection.execute(
        select(procedures.c.code, procedures.c.data_json, procedures.c.active))}
    entries: list[feed.NewEntry] = []
    for procedure in procedures_in:
        as_dict = procedure_to_dict(procedure)
        text = json.dumps(as_dict, ensure_ascii=False, separators=(",", ":"))
        known = current.get(procedure.code)
        if known == (text, True):
            continue
        if known is None:
            connection.execute(procedures.insert().values(code=procedure.code, name=procedure.name,
                                                          data_json=text, active=True))
        else:
            connection.execute(update(procedures).where(procedures.c.code == procedure.code)
                               .values(name=procedure.name, data_json=text, active=True))
        entries.append(feed.NewEntry(wire.FeedKind.PROCEDURE, procedure.code, as_dict))
    changed = len(entries)
    kept = {procedure.code for procedure in procedures_in}
    for code, (_, active) in current.items():
        if active and code not in kept:
            connection.execute(update(procedures).where(procedures.c.code == code).values(active=False))
            entries.append(feed.NewEntry(wire.FeedKind.PROCEDURE_REMOVED, code, {"code": code}))
    feed.append(connection, feed.GLOBAL_STREAM, entries)
    return changed, len(entries) - changed


def set_calendar_day(connection: Connection, day: date, is_working: bool, note: str = "") -> None:
    connection.execute(sql.upsert(connection, calendar_days, ["day"]), [{"day": day, "is_working": is_working,
                                                                     "note": note}])
    entry = wire.CalendarDay(day=day, is_working=is_working, note=note)
    feed.append(connection, feed.GLOBAL_STREAM,
                [feed.NewEntry(wire.FeedKind.CALENDAR_DAY, day.isoformat(), entry.model_dump(mode="json"))])


def _dossier_row(connection: Connection, code: str) -> Any:
    row = connection.execute(select(dossiers).where(dossiers.c.code == code.strip().upper())).first()
    if row is None:
        raise ServerError("dossier.unknown_server", 404, code=code.strip())
    return row


def dossier_json(connection: Connection, code: str) -> dict[str, Any]:
    return _as_json(connection, _dossier_row(connection, code))


def _as_json(connection: Connection, row: Any) -> dict[str, Any]:
    events = connection.execute(select(dossier_events).where(dossier_events.c.dossier_id == row.id)
                                .order_by(dossier_events.c.id)).mappings().all()
    return wire.dossier_json({**json.loads(row.payload_json), "status": row.status}, events, LOCAL_TZ)


def list_dossiers(connection: Connection, agency_code: str) -> list[dict[str, Any]]:
    agency_code = require_agency(connection, agency_code)
    rows = connection.execute(select(dossiers).where(dossiers.c.agency_code == agency_code)
                              .order_by(dossiers.c.received_at, dossiers.c.code)).all()
    return [_as_json(connection, row) for row in rows]


def advance(connection: Connection, code: str, to: str, officer: str = BACK_OFFICE, reason: str = "") -> None:
    """The back office moves a dossier on, through the same state machine as the desk."""
    row = _dossier_row(connection, code)
    try:
        target = DossierStatus(to)
    except ValueError:
        raise ServerError("request.invalid", 422, field="to",
                          detail=f"--to {to}: {', '.join(s.value for s in DossierStatus)}") from None
    current = DossierStatus(row.status)
    try:
        check_transition(current, target)
    except DomainError as err:
        raise ServerError(err.code, 409, **err.params) from None
    change = wire.StatusChange(code=row.code, status_from=current, status_to=target,
                               at=datetime.now(timezone.utc), officer=officer, reason=reason)
    connection.execute(update(dossiers).where(dossiers.c.id == row.id)
                       .values(status=target.value, updated_at=change.at))
    connection.execute(dossier_events.insert().values(dossier_id=row.id, **status_event(change)))
    feed.append(connection, row.agency_code,
                [feed.NewEntry(wire.FeedKind.DOSSIER_STATUS, row.code, change.model_dump(mode="json"))])


def list_devices(connection: Connection, agency_code: str) -> list[dict[str, Any]]:
    agency_code = require_agency(connection, agency_code)
    rows = connection.execute(select(devices, officers.c.username).join(officers, officers.c.id == devices.c.officer_id)
                              .where(devices.c.agency_code == agency_code).order_by(devices.c.created_at))
    return [{"device_id": row.id, "name": row.name, "officer": row.username,
             "reserve_first": None if row.reserve_slot is None else wire.RESERVE_FIRST + wire.RESERVE_SIZE * row.reserve_slot,
             "created_at": wire.format_instant(row.created_at),
             "revoked_at": None if row.revoked_at is None else wire.format_instant(row.revoked_at)}
            for row in rows]
