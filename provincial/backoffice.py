"""What the province's staff do outside the desk API: agencies, officers, the catalogue, the calendar,
processing dossiers, revoking devices. The command line calls these; each change that desks must
learn of writes its feed entry in the same transaction.
"""

from __future__ import annotations

import json
import uuid
from datetime import date, datetime, timezone
from typing import Any, Literal, TypeVar

from pydantic import BaseModel, ValidationError
from sqlalchemy import Connection, select, update

from desk_app.domain import booking_number
from desk_app.domain.appointment import AppointmentStatus, Purpose, check_change, local_day_bounds, validate_slot_booking
from desk_app.domain.catalogue import Procedure, procedure_to_dict
from desk_app.domain.dossier_code import parse_dossier_code, validate_agency_code
from desk_app.domain.dossier_state import DossierStatus, check_move, check_reason
from desk_app.domain.due_date import LOCAL_TZ
from desk_app.domain.errors import DomainError
from desk_app.domain.text import nfc
from desk_app.domain.working_calendar import OfficeHours
from desk_app.sync import wire
from provincial import feed, places, sql
from desk_app.provinces import load_province_codes
from provincial.rules import AgencyRules
from provincial.errors import ServerError
from provincial.passwords import MAX_PASSWORD_LENGTH, MIN_LENGTH, hash_password
from provincial.push import status_event
from provincial.rejections import short_detail
from provincial.schema import (
    agencies,
    appointments,
    calendar_days,
    devices,
    dossier_events,
    dossiers,
    officers,
    procedures,
)

BACK_OFFICE = "Bộ phận giải quyết"
_Record = TypeVar("_Record", bound=BaseModel)


def checked(model: type[_Record], **values: Any) -> _Record:
    """A record the desks will receive, held to the wire's bounds before it is stored: what an
    operator types at the command line is input like any other."""
    try:
        return model(**values)
    except ValidationError as err:
        raise ServerError("request.invalid", 422, detail=short_detail(err)) from None


def add_agency(connection: Connection, code: str, name: str, parent_name: str = "", place_name: str = "",
               office_hours: str | None = None) -> str:
    code = validate_agency_code(code)
    if connection.execute(select(agencies.c.code).where(agencies.c.code == code)).first() is not None:
        raise ServerError("agency.exists", 409, code=code)
    hours = OfficeHours.parse(office_hours).to_text() if office_hours else OfficeHours().to_text()
    agency = checked(wire.Agency, code=code, name=nfc(name), parent_name=nfc(parent_name),
                     place_name=nfc(place_name), office_hours=hours)
    connection.execute(agencies.insert().values(**agency.model_dump()))
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
    if not MIN_LENGTH <= len(password) <= MAX_PASSWORD_LENGTH:
        raise ServerError("officer.password", 422, field="password", min=MIN_LENGTH)
    entry = checked(wire.OfficerEntry, username=username, full_name=nfc(full_name) or username, title=nfc(title),
                    role=role, active=True)
    if connection.execute(select(officers.c.id).where(officers.c.username == username)).first() is not None:
        raise ServerError("officer.exists", 409, username=username)
    connection.execute(officers.insert().values(
        agency_code=agency_code, username=entry.username, full_name=entry.full_name, title=entry.title,
        role=entry.role, password_hash=hash_password(password), active=True))
    feed.append(connection, agency_code, [feed.NewEntry(wire.FeedKind.OFFICER, username, entry.model_dump(mode="json"))])


def import_catalogue(connection: Connection, procedures_in: list[Procedure]) -> tuple[int, int]:
    """Replace the catalogue as a whole (read all or nothing by the domain, as on the desk);
    (changed or new, removed). A removed procedure keeps the time it left, so that a dossier a
    desk received under it while offline is still accepted."""
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
                               .values(name=procedure.name, data_json=text, active=True, removed_at=None))
        entries.append(feed.NewEntry(wire.FeedKind.PROCEDURE, procedure.code, as_dict))
    changed = len(entries)
    kept = {procedure.code for procedure in procedures_in}
    now = datetime.now(timezone.utc)
    for code, (_, active) in current.items():
        if active and code not in kept:
            connection.execute(update(procedures).where(procedures.c.code == code).values(active=False, removed_at=now))
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
    """The dossier whose code, typed by an operator, reads as this one (case and blanks forgiven)."""
    try:
        code = str(parse_dossier_code(code))
    except DomainError:
        raise ServerError("dossier.unknown_server", 404, code=code.strip()[:40]) from None
    row = connection.execute(select(dossiers).where(dossiers.c.code == code)).first()
    if row is None:
        raise ServerError("dossier.unknown_server", 404, code=code.strip())
    return row


def dossier_json(connection: Connection, code: str) -> dict[str, Any]:
    return _as_json(connection, _dossier_row(connection, code))


def _as_json(connection: Connection, row: Any) -> dict[str, Any]:
    events = connection.execute(select(dossier_events).where(dossier_events.c.dossier_id == row.id)
                                .order_by(dossier_events.c.id)).mappings().all()
    return wire.dossier_json({**json.loads(row.payload_json), "status": row.status, "due_at": row.due_at},
                             events, LOCAL_TZ)


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
    history = connection.execute(select(dossier_events.c.status_to).where(
        dossier_events.c.dossier_id == row.id, dossier_events.c.status_to.is_not(None))).scalars()
    try:
        check_move(current, target, (DossierStatus(status) for status in history))
    except DomainError as err:
        raise ServerError(err.code, 409, **err.params) from None
    if target in wire.DESK_OWNED_TARGETS - {DossierStatus.RESULT_READY, DossierStatus.WITHDRAWN}:
        # A hand-over names its receiver and papers brought count the time afresh: the desk's
        # steps, with what they carry, never a bare move typed by an operator.
        raise ServerError("dossier.desk_step", 409, to_label=target.label)
    if target in (DossierStatus.STOPPED, DossierStatus.WITHDRAWN):
        try:
            reason = check_reason(reason, "stop" if target is DossierStatus.STOPPED else "withdraw")
        except DomainError as err:
            raise ServerError(err.code, 422, field="reason", **err.params) from None
    change = checked(wire.StatusChange, code=row.code, status_from=current, status_to=target,
                     at=datetime.now(timezone.utc), officer=nfc(officer), reason=reason.strip())
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


def book_appointment(connection: Connection, agency_code: str, procedure_code: str, starts_at: datetime,
                     minutes: int | None, full_name: str, phone: str, id_number: str = "", email: str = "",
                     note: str = "", channel: Literal["online", "phone", "desk"] = "online",
                     now: datetime | None = None, purpose: Purpose = Purpose.SUBMIT,
                     dossier_code: str | None = None) -> wire.AppointmentEntry:
    """A citizen's booking into a slot of the agency's grid, from the places no desk holds, checked
    by the rules the desks share and sent to every desk of the agency in the same transaction.
    `minutes`, when given, must be the slot's length."""
    agency_code = require_agency(connection, agency_code)
    places.lock_agency(connection, agency_code)
    rules = AgencyRules(connection, agency_code, [procedure_code.strip()])
    procedure = rules.procedures.get(procedure_code.strip())
    if procedure is None:
        raise ServerError("appointment.procedure", 422, field="procedure", code=procedure_code.strip())
    now = now or datetime.now(timezone.utc)
    schedule = places.schedule_entry(connection, agency_code).schedule()
    citizen, slot, text = validate_slot_booking(
        full_name=full_name, phone=phone, id_number=id_number, email=email, starts_at=starts_at,
        field_name=procedure.field, note=note, now=now, calendar=rules.calendar, schedule=schedule,
        provinces=load_province_codes())
    if minutes is not None and minutes != slot.minutes:
        raise ServerError("appointment.slot_minutes", 422, field="minutes", minutes=slot.minutes,
                          field_name=slot.field)
    key = places.slot_key(slot.field, slot.starts_at)
    if places.read_counts(connection, agency_code, [key]).pool_free(key, slot.capacity) < 1:
        raise ServerError("appointment.full", 409, field="starts_at", time=slot.starts_at.strftime("%H:%M %d/%m/%Y"))
    entry = checked(
        wire.AppointmentEntry, id=str(uuid.uuid4()), agency_code=agency_code, procedure_code=procedure.code,
        procedure_name=procedure.name, starts_at=slot.starts_at.astimezone(timezone.utc), minutes=slot.minutes,
        applicant_name=citizen.full_name, applicant_phone=citizen.phone, applicant_id_number=citizen.id_number,
        applicant_email=citizen.email, note=text, channel=channel, status=AppointmentStatus.BOOKED,
        updated_at=now, number=places.agency_number(connection, agency_code, now), field=slot.field,
        purpose=purpose, dossier_code=dossier_code)
    connection.execute(appointments.insert().values(
        id=entry.id, agency_code=agency_code, procedure_code=entry.procedure_code, starts_at=entry.starts_at,
        status=entry.status.value, data_json=entry.model_dump_json(), updated_at=now, number=entry.number,
        field=entry.field, holder_device_id=None))
    _announce(connection, entry)
    return entry


def set_schedule(connection: Connection, agency_code: str, sessions: str | None = None, minutes: int | None = None,
                 capacity: int | None = None, fields: dict[str, tuple[int, int]] | None = None,
                 now: datetime | None = None) -> wire.ScheduleEntry:
    """Change the agency's booking grid: what is not given stays as it was; `fields` replaces the
    rules of the fields it names. Bookings already made stand where they are."""
    agency_code = require_agency(connection, agency_code)
    places.lock_agency(connection, agency_code)
    current = places.schedule_entry(connection, agency_code)
    rules = {rule.field: rule for rule in current.fields}
    for name, (field_minutes, field_capacity) in (fields or {}).items():
        rules[nfc(name).strip()] = checked(wire.FieldRuleEntry, field=nfc(name).strip(), minutes=field_minutes,
                                           capacity=field_capacity)
    entry = checked(wire.ScheduleEntry, agency_code=agency_code,
                    sessions=current.sessions if sessions is None else sessions.strip(),
                    minutes=current.minutes if minutes is None else minutes,
                    capacity=current.capacity if capacity is None else capacity,
                    fields=list(rules.values()), updated_at=now or datetime.now(timezone.utc))
    try:
        entry.schedule()
    except DomainError as err:
        raise ServerError(err.code, 422, field=err.field, **err.params) from None
    places.store_schedule(connection, entry)
    return entry


def cancel_appointment(connection: Connection, appointment: str, now: datetime | None = None,
                       reason: str = "", agency_code: str | None = None) -> wire.AppointmentEntry:
    """Cancel a booking named by its number (LH26-000123, of the agency when it is given) or its id."""
    named = appointment.strip()
    number = booking_number.parse_booking_number(named)
    key = appointments.c.number == str(number) if number is not None else appointments.c.id == named
    if agency_code is not None:
        key = key & (appointments.c.agency_code == require_agency(connection, agency_code))
    found = connection.execute(select(appointments).where(key).limit(2)).all()
    if not found:
        raise ServerError("appointment.unknown", 404, id=named)
    if len(found) > 1:
        raise ServerError("appointment.ambiguous", 409, number=named)
    row = found[0]
    places.lock_agency(connection, row.agency_code)
    row = connection.execute(select(appointments).where(appointments.c.id == row.id)).one()
    if row.status == AppointmentStatus.CANCELLED:
        raise ServerError("appointment.already_cancelled", 409, id=named)
    now = now or datetime.now(timezone.utc)
    entry = wire.AppointmentEntry.model_validate_json(row.data_json)
    try:
        check_change(entry.status, AppointmentStatus.CANCELLED)
    except DomainError as err:
        raise ServerError(err.code, 409, **err.params) from None
    entry = checked(wire.AppointmentEntry, **(entry.model_dump() | {
        "status": AppointmentStatus.CANCELLED, "updated_at": now, "reason": nfc(reason)}))
    connection.execute(update(appointments).where(appointments.c.id == row.id).values(
        status=entry.status.value, data_json=entry.model_dump_json(), updated_at=now))
    _announce(connection, entry)
    return entry


def list_appointments(connection: Connection, agency_code: str, day: date | None = None) -> list[dict[str, Any]]:
    """The agency's appointments in time order, of one local day or all of them, each with its
    slot's capacity (null for a booking outside the grid)."""
    agency_code = require_agency(connection, agency_code)
    query = select(appointments.c.data_json).where(appointments.c.agency_code == agency_code)
    if day is not None:
        start, end = local_day_bounds(day)
        query = query.where(appointments.c.starts_at >= start, appointments.c.starts_at < end)
    rows = connection.execute(query.order_by(appointments.c.starts_at, appointments.c.id)).scalars()
    grid = places.read_grid(connection, agency_code)
    listed = []
    for text in rows:
        entry = wire.AppointmentEntry.model_validate_json(text)
        slot = grid.slot(entry.field, entry.starts_at) if entry.field else None
        listed.append(entry.model_dump(mode="json") | wire.appointment_json(entry, LOCAL_TZ)
                      | {"capacity": None if slot is None else slot.capacity})
    return listed


def _announce(connection: Connection, entry: wire.AppointmentEntry) -> None:
    feed.append(connection, entry.agency_code,
                [feed.NewEntry(wire.FeedKind.APPOINTMENT, entry.id, entry.model_dump(mode="json"))])
