"""Appointments at this desk's agency: the ones this desk books, and the ones the provincial system
sends (online, by phone, at the agency's other desks).

A desk books only into the places the province has leased it (`store.booking_places`), with a
number from its own blocks, so it books the same offline as online and two desks never promise
the same place: every booking, cancellation, arrival and move is saved with its operation in the
outbox in one transaction, and the slip is printed from what was saved.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import Any

from desk_app.clock import LOCAL_TZ
from desk_app.domain import appointment_places
from desk_app.domain.appointment import (
    AppointmentStatus,
    Attendance,
    Purpose,
    attendance,
    check_change,
    local_day_bounds,
    validate_slot_booking,
)
from desk_app.domain.appointment_schedule import Schedule, Slot, free_slots
from desk_app.domain.booking_number import format_booking_number, parse_booking_number
from desk_app.domain.dossier_code import canonical_dossier_code
from desk_app.domain.errors import DomainError, ValidationFailed
from desk_app.domain.working_calendar import WorkingCalendar
from desk_app.messages import QT_TRANSLATE_NOOP
from desk_app.services.catalogue import CatalogueService
from desk_app.services.changes import Changes, Kind
from desk_app.services.wire_check import checked_for_wire
from desk_app.settings import Settings
from desk_app.store import appointments_repo, booking_places, outbox_repo, sync_state_repo
from desk_app.store.appointments_repo import AppointmentRecord
from desk_app.store.database import Connection, Database
from desk_app.store.issued_numbers import IssuedNumbers
from desk_app.store.numbering import booking_series

CHANNEL_LABELS = {"online": QT_TRANSLATE_NOOP("AppointmentChannel", "Trực tuyến"),
                  "phone": QT_TRANSLATE_NOOP("AppointmentChannel", "Điện thoại"),
                  "desk": QT_TRANSLATE_NOOP("AppointmentChannel", "Tại quầy")}
"""How the citizen booked, as the officer reads it; the GUI translates it in context "AppointmentChannel"."""

SEARCH_DAYS = 31
"""How far ahead the next free slot is looked for, and the days a desk's offer of other slots covers."""
OFFERED = 5


@dataclass(frozen=True)
class Appointment:
    id: str
    starts_at: datetime
    """In the desk's time zone."""
    minutes: int
    procedure_code: str
    procedure_name: str
    applicant_name: str
    applicant_phone: str
    applicant_id_number: str
    applicant_email: str
    note: str
    channel: str
    status: AppointmentStatus
    number: str = ""
    field: str = ""
    purpose: Purpose = Purpose.SUBMIT
    dossier_code: str | None = None
    held_here: bool = False
    """Booked into this desk's places (by this desk, or moved here)."""
    reason: str = ""

    @property
    def ends_at(self) -> datetime:
        return self.starts_at + timedelta(minutes=self.minutes)

    @property
    def channel_label(self) -> str:
        return CHANNEL_LABELS.get(self.channel, self.channel)

    def attendance(self, now: datetime) -> Attendance:
        return attendance(self.status, self.starts_at, self.ends_at, now)

    def as_json(self) -> dict[str, Any]:
        """`desk-app appointment list --json`: the keys both command lines print, and the desk's
        own older ones (id, starts_at, applicant…)."""
        from desk_app.sync import wire

        entry = wire.AppointmentEntry.model_construct(
            id=self.id, number=self.number, starts_at=self.starts_at, minutes=self.minutes,
            procedure_code=self.procedure_code, procedure_name=self.procedure_name, field=self.field,
            purpose=self.purpose, dossier_code=self.dossier_code, applicant_name=self.applicant_name,
            applicant_phone=self.applicant_phone, applicant_id_number=self.applicant_id_number,
            status=self.status, channel=self.channel, reason=self.reason)
        return {"id": self.id, "starts_at": self.starts_at.isoformat(), "note": self.note,
                "applicant": {"full_name": self.applicant_name, "phone": self.applicant_phone,
                              "id_number": self.applicant_id_number, "email": self.applicant_email},
                "held_here": self.held_here} | wire.appointment_json(entry, LOCAL_TZ)


@dataclass(frozen=True)
class SlotView:
    """One slot as the officer sees it: the agency's capacity, the bookings the desk knows of,
    and the places this desk can still promise."""

    slot: Slot
    booked: int
    held: int
    used_here: int
    begun: bool

    @property
    def starts_at(self) -> datetime:
        return self.slot.starts_at

    @property
    def free_here(self) -> int:
        return appointment_places.free_here(self.held, self.used_here)

    @property
    def bookable(self) -> bool:
        return not self.begun and self.free_here > 0


@dataclass(frozen=True)
class BookingRequest:
    procedure_code: str
    starts_at: datetime | None
    """None: the next slot with a place here."""
    full_name: str
    phone: str
    id_number: str = ""
    email: str = ""
    note: str = ""
    purpose: Purpose = Purpose.SUBMIT
    dossier_code: str = ""


class AppointmentService:
    def __init__(self, database: Database, catalogue: CatalogueService, settings: Callable[[], Settings],
                 calendar: Callable[[], WorkingCalendar], provinces: Callable[[], Mapping[str, str]],
                 clock: Callable[[], datetime], issued: IssuedNumbers) -> None:
        self._database = database
        self._issued = issued
        self._catalogue = catalogue
        self._settings = settings
        self._calendar = calendar
        self._provinces = provinces
        self._clock = clock

    def day(self, day: date) -> list[Appointment]:
        """The appointments of one local day in time order, cancelled ones included (a citizen who
        cancelled online may still come, and the officer should know why they are not expected)."""
        start, end = local_day_bounds(day)
        with self._database.read() as connection:
            rows = appointments_repo.between(connection, start, end)
            device = _device(connection)
        return [_appointment(row, device) for row in rows]

    def find(self, number: str) -> Appointment | None:
        parsed = parse_booking_number(number)
        if parsed is None:
            return None
        with self._database.read() as connection:
            row = appointments_repo.by_number(connection, str(parsed))
            device = _device(connection)
        return None if row is None else _appointment(row, device)

    def schedule(self) -> Schedule:
        """The agency's grid as the province last sent it (the defaults on the desk's own office
        hours until it has), of which this desk offers the slots inside its own booking hours."""
        with self._database.read() as connection:
            return self._schedule_on(connection)

    def _schedule_on(self, connection: Connection) -> Schedule:
        from desk_app.sync.places import schedule_in_force

        settings = self._settings()
        return schedule_in_force(connection, settings.office_hours).offering(settings.booking_hours)

    def field_of(self, procedure_code: str) -> str:
        try:
            return self._catalogue.get(procedure_code).field
        except DomainError:
            raise DomainError("appointment.procedure_unknown", field="procedure") from None

    def slots(self, day: date, procedure_code: str) -> list[SlotView]:
        """The day's slots of the procedure's field, with what is taken and what is free here."""
        return self.days(day, 1, procedure_code)[0][1]

    def days(self, first: date, count: int, procedure_code: str) -> list[tuple[date, list[SlotView]]]:
        """Each of `count` days from `first` with its slots (none on a day off), read in three
        statements whatever the span: the week view is one call."""
        field_name = self.field_of(procedure_code)
        calendar, now = self._calendar(), self._clock()
        start, _ = local_day_bounds(first)
        _, end = local_day_bounds(first + timedelta(days=count - 1))
        with self._database.read() as connection:
            schedule = self._schedule_on(connection)
            views = _Views(connection, start, end, now)
        return [(day, [views.view(slot) for slot in schedule.slots_of_day(day, field_name, calendar)])
                for day in (first + timedelta(days=n) for n in range(count))]

    def next_free(self, procedure_code: str, after: datetime | None = None) -> Slot | None:
        """The first slot from `after` (now) with a place here, within SEARCH_DAYS days."""
        field_name = self.field_of(procedure_code)
        now = self._clock()
        after = max(after or now, now)
        with self._database.read() as connection:
            found = _free_slots(connection, self._schedule_on(connection), self._calendar(), field_name, after, 1)
        return found[0] if found else None

    def book(self, request: BookingRequest) -> tuple[Appointment, Changes]:
        """Check everything (every wrong field at once), then in one transaction: a place of this
        desk's, a number of its blocks, the booking and its operation. Nothing is saved when
        anything is wrong."""
        with self._database.write() as connection:
            record = self.book_in(connection, request, self._clock())
        return _appointment(record, record.holder), self._changed(record.number)

    def book_in(self, connection: Connection, request: BookingRequest, now: datetime) -> AppointmentRecord:
        """The booking saved in the caller's transaction: a pickup time booked with an intake
        stands or falls with the dossier it is for."""
        from desk_app.sync import mapping

        procedure, dossier_code = self._procedure_and_dossier(request)
        schedule, calendar = self._schedule_on(connection), self._calendar()
        device = _device(connection)
        if device is None:
            raise ValidationFailed([DomainError("appointment.no_places", field="starts_at")])
        starts_at = request.starts_at
        if starts_at is None:
            free = _free_slots(connection, schedule, calendar, procedure.field, now, 1)
            if not free:
                raise ValidationFailed([DomainError("appointment.none_free", field="starts_at", days=SEARCH_DAYS)])
            starts_at = free[0].starts_at
        citizen, slot, note = validate_slot_booking(
            full_name=request.full_name, phone=request.phone, id_number=request.id_number, email=request.email,
            starts_at=starts_at, field_name=procedure.field, note=request.note, now=now, calendar=calendar,
            schedule=schedule, provinces=self._provinces())
        self._check_place(connection, schedule, calendar, slot, device)
        taken = booking_places.take_number(connection, lambda year: self._issued.highest(booking_series(year)))
        if taken is None:
            raise ValidationFailed([DomainError("appointment.no_numbers", field="starts_at")])
        self._issued.record({booking_series(taken[0]): taken[1]})
        record = AppointmentRecord(
            id=str(uuid.uuid4()), agency_code=self._settings().profile.agency_code,
            procedure_code=procedure.code, procedure_name=procedure.name, starts_at=slot.starts_at,
            minutes=slot.minutes, applicant_name=citizen.full_name, applicant_phone=citizen.phone,
            applicant_id_number=citizen.id_number, applicant_email=citizen.email, note=note, channel="desk",
            status=AppointmentStatus.BOOKED.value, updated_at=now, number=format_booking_number(*taken),
            field=slot.field, purpose=request.purpose.value, dossier_code=dossier_code, holder=device)
        payload = checked_for_wire(lambda: mapping.book_payload(record, self._officer()))
        appointments_repo.insert(connection, record)
        self._enqueue(connection, "appointment.book", record.number, payload.model_dump_json(), now)
        return record

    def free_after(self, procedure_code: str, after: datetime, wanted: int) -> list[Slot]:
        """The first `wanted` slots from `after` with a place here: the pickup times a receipt can
        offer from its due date on."""
        field_name = self.field_of(procedure_code)
        after = max(after, self._clock())
        with self._database.read() as connection:
            return _free_slots(connection, self._schedule_on(connection), self._calendar(), field_name,
                               after - timedelta(seconds=1), wanted)

    def cancel(self, number: str, reason: str) -> Changes:
        text = reason.strip()
        if not text:
            raise ValidationFailed([DomainError("appointment.reason", field="reason")])
        return self._change(number, AppointmentStatus.CANCELLED, reason=text)

    def mark(self, number: str, status: AppointmentStatus) -> Changes:
        """Arrived or did not come."""
        if status not in (AppointmentStatus.ARRIVED, AppointmentStatus.NO_SHOW):
            raise ValueError(status)
        return self._change(number, status)

    def reschedule(self, number: str, starts_at: datetime) -> Changes:
        """The same booking, with its number, at another time, in a place of this desk's."""
        return self._change(number, AppointmentStatus.BOOKED, starts_at=starts_at)

    def check_in(self, number: str) -> tuple[Appointment, Changes]:
        """The citizen is here with their slip: the booking marked arrived (once; a second scan
        changes nothing), returned so the window can start what they came for."""
        found = self.find(number)
        if found is None:
            raise DomainError("appointment.number_unknown", field="number", number=number.strip()[:20])
        if found.status is AppointmentStatus.ARRIVED:
            return found, Changes()
        changes = self._change(found.number, AppointmentStatus.ARRIVED)
        arrived = self.find(found.number)
        assert arrived is not None
        return arrived, changes

    def _change(self, number: str, to: AppointmentStatus, *, reason: str = "",
                starts_at: datetime | None = None) -> Changes:
        from desk_app.sync import wire

        now = self._clock()
        calendar = self._calendar()
        with self._database.write() as connection:
            schedule = self._schedule_on(connection)
            parsed = parse_booking_number(number)
            record = None if parsed is None else appointments_repo.by_number(connection, str(parsed))
            if record is None:
                raise DomainError("appointment.number_unknown", field="number", number=number.strip()[:20])
            check_change(AppointmentStatus(record.status), to)
            values: dict[str, Any] = {"status": to.value, "updated_at": max(now, record.updated_at)}
            if reason:
                values["reason"] = reason
            slot = None
            if starts_at is not None:
                device = _device(connection)
                slot = self._moved_slot(schedule, calendar, record, starts_at, now)
                if device is None:
                    raise ValidationFailed([DomainError("appointment.no_places", field="starts_at")])
                if not (record.holder == device and record.starts_at == slot.starts_at):
                    self._check_place(connection, schedule, calendar, slot, device)
                values.update(starts_at=slot.starts_at, minutes=slot.minutes, holder=device)
            payload = checked_for_wire(lambda: wire.AppointmentChangePayload(
                to=to, starts_at=None if slot is None else slot.starts_at,
                minutes=None if slot is None else slot.minutes, reason=reason, at=now, officer=self._officer()))
            appointments_repo.upsert(connection, [replace(record, **values)])
            self._enqueue(connection, "appointment.change", record.number, payload.model_dump_json(), now)
        return self._changed(record.number)

    def _moved_slot(self, schedule: Schedule, calendar: WorkingCalendar, record: AppointmentRecord,
                    starts_at: datetime, now: datetime) -> Slot:
        if not record.field:
            raise ValidationFailed([DomainError("appointment.procedure_unknown", field="procedure")])
        if starts_at <= now:
            raise ValidationFailed([DomainError("appointment.past", field="starts_at")])
        try:
            return schedule.slot_at(starts_at, record.field, calendar)
        except DomainError as err:
            raise ValidationFailed([err]) from None

    def _check_place(self, connection: Connection, schedule: Schedule, calendar: WorkingCalendar, slot: Slot,
                     device: str) -> None:
        """A place of this desk's is left in the slot; else the slot is full here, with the next
        slots after it the desk can still offer (or that it can offer none)."""
        key = appointments_repo.slot_key(slot.field, slot.starts_at)
        used = appointments_repo.taken(connection, slot.starts_at, slot.ends_at, device)[key]
        if appointment_places.free_here(booking_places.held(connection, slot.field, slot.starts_at), used) > 0:
            return
        offers = _free_slots(connection, schedule, calendar, slot.field, slot.starts_at, OFFERED)
        when = slot.starts_at.strftime("%H:%M %d/%m/%Y")
        if not offers:
            raise ValidationFailed([DomainError("appointment.full_here_none", field="starts_at", time=when,
                                                days=SEARCH_DAYS)])
        offer = ", ".join(free.starts_at.strftime("%H:%M %d/%m") for free in offers)
        raise ValidationFailed([DomainError("appointment.full_here", field="starts_at", time=when, offer=offer)])

    def _procedure_and_dossier(self, request: BookingRequest):
        errors = []
        procedure = None
        try:
            procedure = self._catalogue.get(request.procedure_code.strip())
        except DomainError:
            errors.append(DomainError("appointment.procedure_unknown", field="procedure"))
        dossier_code = None
        if request.purpose is Purpose.COLLECT or request.dossier_code.strip():
            try:
                dossier_code = canonical_dossier_code(request.dossier_code)
            except DomainError:
                errors.append(DomainError("appointment.dossier", field="dossier_code",
                                          value=request.dossier_code.strip()[:40]))
        if errors:
            raise ValidationFailed(errors)
        return procedure, dossier_code

    def _officer(self) -> str:
        return self._settings().profile.officer_name

    def _enqueue(self, connection: Connection, kind: str, number: str, payload_json: str, at: datetime) -> None:
        outbox_repo.enqueue(connection, kind, number, payload_json, at)

    def _changed(self, number: str) -> Changes:
        return Changes.of(Kind.OUTBOX, appointment=[number])


class _Views:
    """The counts behind the slot views of a span of days, read once."""

    def __init__(self, connection: Connection, start: datetime, end: datetime, now: datetime) -> None:
        device = _device(connection)
        self.now = now
        self.booked = appointments_repo.taken(connection, start, end)
        self.used = appointments_repo.taken(connection, start, end, device) if device else {}
        self.held = booking_places.holdings(connection, start, end)

    def view(self, slot: Slot) -> SlotView:
        key = appointments_repo.slot_key(slot.field, slot.starts_at)
        return SlotView(slot, self.booked.get(key, 0), self.held.get(key, 0), self.used.get(key, 0),
                        slot.starts_at <= self.now)


def _free_slots(connection: Connection, schedule: Schedule, calendar: WorkingCalendar, field_name: str,
                after: datetime, wanted: int) -> list[Slot]:
    """The first slots after `after` with a place of this desk's left, read in two statements over
    the field's month: its holdings and this desk's bookings in it."""
    device = _device(connection)
    if device is None:
        return []
    start, _ = local_day_bounds(after.astimezone(LOCAL_TZ).date())
    end = start + timedelta(days=SEARCH_DAYS)
    held = booking_places.holdings(connection, start, end, field_name)
    used = appointments_repo.taken(connection, start, end, device, field_name)

    def free(slot: Slot) -> int:
        key = appointments_repo.slot_key(slot.field, slot.starts_at)
        return appointment_places.free_here(held.get(key, 0), used.get(key, 0))

    return free_slots(schedule, field_name, calendar, after, SEARCH_DAYS, free, wanted)


def _device(connection: Connection) -> str | None:
    registration = sync_state_repo.registration(connection)
    return None if registration is None else registration.device_id


def _appointment(record: AppointmentRecord, device: str | None) -> Appointment:
    return Appointment(
        id=record.id, starts_at=record.starts_at.astimezone(LOCAL_TZ), minutes=record.minutes,
        procedure_code=record.procedure_code, procedure_name=record.procedure_name,
        applicant_name=record.applicant_name, applicant_phone=record.applicant_phone,
        applicant_id_number=record.applicant_id_number, applicant_email=record.applicant_email, note=record.note,
        channel=record.channel, status=AppointmentStatus(record.status), number=record.number, field=record.field,
        purpose=Purpose(record.purpose), dossier_code=record.dossier_code,
        held_here=device is not None and record.holder == device, reason=record.reason)
