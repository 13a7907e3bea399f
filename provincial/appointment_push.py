"""Appointment operations a desk pushes: bookings it made into its places, and their changes.

They are applied in the push's transaction, in order, under the agency's lock, before the
dossiers of the same batch (the two touch nothing in common). A booking made offline into places
the desk held is accepted whatever happened since, even if the grid changed: the citizen holds a
slip for it. What is checked is what only a broken or hostile desk gets wrong: the number from
the desk's own blocks and never used before, the booking made before its time, the place within
the desk's holding (or a free place of the pool), and a change the booking's status allows.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, select, update

from desk_app.domain import appointment_places as place_rules
from desk_app.domain.appointment import AppointmentStatus, check_change
from desk_app.domain.due_date import LOCAL_TZ
from desk_app.domain.errors import DomainError
from desk_app.sync import wire
from provincial import feed, places
from provincial.devices import Device
from provincial.rejections import Rejected, checked_payload
from provincial.schema import appointments


class AppointmentBatch:
    """The appointment operations of one pushed batch."""

    def __init__(self, connection: Connection, device: Device, ops: Sequence[wire.Operation]) -> None:
        self.connection = connection
        self.device = device
        self.ops = ops
        self.entries: list[feed.NewEntry] = []
        self._grid: places.Grid | None = None

    def apply(self, on_outcome: Callable[[wire.Operation, Rejected | None], None]) -> list[feed.NewEntry]:
        """Apply each operation; `on_outcome(op, rejection or None)` records its result. Returns
        the feed entries for the agency's other desks."""
        if not self.ops:
            return []
        places.lock_agency(self.connection, self.device.agency_code)
        for op in self.ops:
            try:
                if op.kind is wire.OperationKind.APPOINTMENT_BOOK:
                    self._book(op)
                else:
                    self._change(op)
            except Rejected as rejection:
                on_outcome(op, rejection)
            else:
                on_outcome(op, None)
        return self.entries

    @property
    def grid(self) -> places.Grid:
        if self._grid is None:
            self._grid = places.read_grid(self.connection, self.device.agency_code)
        return self._grid

    def _book(self, op: wire.Operation) -> None:
        payload = checked_payload(wire.AppointmentBookPayload, op, op.dossier_code)
        number = payload.number
        if op.dossier_code != number:
            raise Rejected("sync.payload_invalid", code=op.dossier_code, detail="dossier_code ≠ number")
        if not places.device_holds_number(self.connection, self.device, number):
            raise Rejected("appointment.number_not_leased", number=number)
        taken = self.connection.execute(select(appointments.c.id).where(
            (appointments.c.agency_code == self.device.agency_code) & (appointments.c.number == number)
            | (appointments.c.id == payload.id)).limit(1)).first()
        if taken is not None:
            raise Rejected("appointment.number_taken", number=number)
        if payload.starts_at <= payload.booked_at:
            raise Rejected("appointment.booked_late", number=number)
        key = places.slot_key(payload.field, payload.starts_at)
        self._take_place(key, None)
        entry = wire.AppointmentEntry(
            id=payload.id, agency_code=self.device.agency_code, procedure_code=payload.procedure_code,
            procedure_name=payload.procedure_name, starts_at=payload.starts_at, minutes=payload.minutes,
            applicant_name=payload.applicant_name, applicant_phone=payload.applicant_phone,
            applicant_id_number=payload.applicant_id_number, applicant_email=payload.applicant_email,
            note=payload.note, channel="desk", status=AppointmentStatus.BOOKED, updated_at=payload.booked_at,
            number=number, field=payload.field, purpose=payload.purpose, dossier_code=payload.dossier_code,
            holder=self.device.id)
        self.connection.execute(appointments.insert().values(
            id=entry.id, agency_code=entry.agency_code, procedure_code=entry.procedure_code,
            starts_at=entry.starts_at, status=entry.status.value, data_json=entry.model_dump_json(),
            updated_at=entry.updated_at, number=number, field=entry.field, holder_device_id=self.device.id))
        self._announce(entry)

    def _take_place(self, key: places.SlotKey, leaving: str | None) -> None:
        """Count one more booking of this desk in the slot, within its holding or from the pool.
        `leaving` is the id of a booking of this desk already in that slot (a move to where it is)."""
        counts = places.read_counts(self.connection, self.device.agency_code, [key])
        recorded = counts.held[key].get(self.device.id, 0)
        used = counts.used[key].get(self.device.id, 0) + (0 if leaving else 1)
        slot = self.grid.slot(*key)
        capacity = slot.capacity if slot is not None else 0
        held = place_rules.fits_desk(recorded, used, capacity, counts.held_by_others(key, self.device.id),
                                     counts.pool_booked(key))
        if held is None:
            raise Rejected("appointment.full", time=_local_text(key[1]))
        if held != recorded:
            places.write_holding(self.connection, self.device.agency_code, key, self.device.id, held)

    def _change(self, op: wire.Operation) -> None:
        payload = checked_payload(wire.AppointmentChangePayload, op, op.dossier_code)
        row = self.connection.execute(select(appointments).where(
            appointments.c.agency_code == self.device.agency_code,
            appointments.c.number == op.dossier_code)).first()
        if row is None:
            raise Rejected("appointment.number_unknown", number=op.dossier_code)
        entry = wire.AppointmentEntry.model_validate_json(row.data_json)
        try:
            check_change(entry.status, payload.to)
        except DomainError as err:
            raise Rejected(err.code, **err.params) from None
        values: dict[str, Any] = {"status": payload.to, "updated_at": max(payload.at, entry.updated_at)}
        if payload.to is AppointmentStatus.CANCELLED:
            values["reason"] = payload.reason
        if payload.starts_at is not None and payload.minutes is not None:
            key = places.slot_key(entry.field, payload.starts_at)
            same = entry.holder == self.device.id and places.slot_key(entry.field, entry.starts_at) == key
            self._take_place(key, row.id if same else None)
            values.update(starts_at=payload.starts_at, minutes=payload.minutes, holder=self.device.id)
        changed = entry.model_copy(update=values)
        self.connection.execute(update(appointments).where(appointments.c.id == row.id).values(
            status=changed.status.value, starts_at=changed.starts_at, data_json=changed.model_dump_json(),
            updated_at=changed.updated_at, holder_device_id=changed.holder))
        self._announce(changed)

    def _announce(self, entry: wire.AppointmentEntry) -> None:
        self.entries.append(feed.NewEntry(wire.FeedKind.APPOINTMENT, entry.id, entry.model_dump(mode="json"),
                                          self.device.id))


def _local_text(moment: datetime) -> str:
    return moment.astimezone(LOCAL_TZ).strftime("%H:%M %d/%m/%Y")
