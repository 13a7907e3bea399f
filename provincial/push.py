"""Applying a desk's outbox: every operation exactly once, in order, in one transaction per batch.

Each operation is checked on its own by the rules the desk runs too, and one that breaks them is
refused with its reason while the rest of the batch goes on: its payload against the bounded wire
model; its dossier code in the one spelling printed, of the device's agency, dated the day it was
received, and taken from a block leased to this very device (or its reserve slice, or the numbers
it declared when it registered); its procedure in the province's catalogue at the time of receipt;
its due date as the domain computes it from the agency's hours and calendar; a status move by the
state machine and by who owns it. What is stored and sent on to the agency's other desks is the
checked record (`model_dump_json`), never the bytes as they came.

A batch costs a fixed handful of statements whatever its size: one read of the op_ids already
known, one of the dossiers it touches, one of the device's blocks for the days it names, the rules
(the agency's hours, calendar and the procedures named), validation in Python, then the writes of
batch_writes.py, handed over a chunk at a time (on PostgreSQL the database stores one chunk while
the next is checked). The op_id is the idempotency key, kept for rejected operations too, so a
replay gets the very first answer.

Two processes may apply the same batch at once (a desk that retried while its first request was
still running). The operations insert waits for the other transaction and skips what it wrote;
when that happens, or a dossier code collides, this transaction is rolled back and the batch is
read again from the top, now seeing the twin's results as known operations.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from functools import cache
from typing import Any

from sqlalchemy import Connection, Engine, func, or_, select
from sqlalchemy.exc import DBAPIError, IntegrityError

from desk_app.domain.catalogue import Procedure
from desk_app.domain.dossier_code import canonical_dossier_code, parse_dossier_code
from desk_app.domain.dossier_state import INITIAL_STATES, DossierStatus, check_transition
from desk_app.domain.due_date import LOCAL_TZ
from desk_app.domain import timeline
from desk_app.domain.errors import DomainError, ValidationFailed
from desk_app.domain.extension import check_extension
from desk_app.domain.handover import AUTHORISATION_MAX
from desk_app.messages import message_for
from desk_app.sync import wire
from desk_app.sync.wire_fields import PROCEDURE_CODE_PATTERN, UUID_PATTERN, safe_text
from provincial import batch_writes, feed, sql
from provincial.appointment_push import AppointmentBatch
from provincial.devices import Device
from provincial.rejections import Rejected, checked_payload
from provincial.rules import AgencyRules
from provincial.schema import device_claims, dossier_events, dossiers, leases, operations

RECEIVED_AHEAD = timedelta(days=1)
"""A desk whose clock runs a little ahead still pushes; one a day ahead would print wrong dates."""

_ATTEMPTS = 8
_RETRYABLE_SQLSTATES = {"40001", "40P01"}


def push(engine: Engine, device: Device, ops: Sequence[wire.Operation]) -> list[wire.OperationResult]:
    """The device was found by the request gate from its token."""
    for attempt in range(_ATTEMPTS):
        try:
            with engine.begin() as connection:
                return _Batch(connection, device).apply(ops)
        except (batch_writes.Raced, IntegrityError):
            continue
        except DBAPIError as err:
            if getattr(err.orig, "sqlstate", None) not in _RETRYABLE_SQLSTATES or attempt == _ATTEMPTS - 1:
                raise
    raise RuntimeError("push kept colliding with concurrent transactions")


CHUNK = 100
"""Operations validated between two hand-overs to the writer: on PostgreSQL the database stores
one chunk while Python checks the next."""


@dataclass
class _Dossier:
    agency_code: str
    status: DossierStatus
    applicant_id: str = ""
    applicant_name: str = ""
    procedure_code: str = ""
    due_at: datetime | None = None
    ratings: int = 0
    extensions: int = 0
    posted: int = 0


class _Batch:
    def __init__(self, connection: Connection, device: Device) -> None:
        self.connection = connection
        self.device = device
        self.now = datetime.now(timezone.utc)
        self.results: dict[str, wire.OperationResult] = {}
        self.records: list[dict[str, Any]] = []
        self.dossiers: dict[str, _Dossier] = {}
        self.uuids: set[str] = set()
        self.new_rows: dict[str, dict[str, Any]] = {}
        self.events: list[tuple[str, dict[str, Any]]] = []
        self.changed: set[str] = set()
        self.due_changed: set[str] = set()
        self.processing_days: dict[str, Decimal] = {}
        """Of the dossiers whose papers a batch brings, read before the writes begin (a read inside
        PostgreSQL's pipeline would answer nothing)."""
        self.entries: list[feed.NewEntry] = []
        self.allocations: dict[date, int] = {}
        self.blocks: DeviceBlocks | None = None
        self.rules: AgencyRules | None = None

    def apply(self, ops: Sequence[wire.Operation]) -> list[wire.OperationResult]:
        self._known([op.op_id for op in ops])
        fresh = [op for op in ops if op.op_id not in self.results]
        booking: dict[str, wire.Operation] = {}
        for op in fresh:
            if op.kind in wire.APPOINTMENT_KINDS:
                booking.setdefault(op.op_id, op)
        fresh = [op for op in fresh if op.kind not in wire.APPOINTMENT_KINDS]
        self.entries += AppointmentBatch(self.connection, self.device, list(booking.values())).apply(self._outcome)
        self._load_dossiers(fresh)
        self._load_rules(fresh)
        with batch_writes.writer(self.connection) as writer:
            for start in range(0, len(fresh), CHUNK):
                for op in fresh[start:start + CHUNK]:
                    self._one(op)
                writer.write(self._take_writes())
            if self.records or self.entries:
                writer.write(self._take_writes())
        answered: set[str] = set()
        results = []
        for op in ops:
            result = self.results[op.op_id]
            if op.op_id in answered and result.outcome is wire.Outcome.APPLIED:
                result = wire.OperationResult.model_construct(op_id=op.op_id, outcome=wire.Outcome.DUPLICATE,
                                                              reason_code=None, reason=None)
            answered.add(op.op_id)
            results.append(result)
        return results

    def _one(self, op: wire.Operation) -> None:
        """Check one operation and queue its rows; a rejection is recorded as its outcome."""
        if op.op_id in self.results:
            return
        try:
            if op.kind is wire.OperationKind.INTAKE:
                self._intake(op)
            elif op.kind is wire.OperationKind.STATUS:
                self._status(op)
            else:
                self._record(op)
        except Rejected as rejection:
            self._outcome(op, rejection)
        else:
            self._outcome(op, None)

    def _outcome(self, op: wire.Operation, rejection: Rejected | None) -> None:
        if rejection is None:
            outcome = wire.Outcome.APPLIED
            reason_code = reason = params = None
        else:
            outcome, reason_code, reason = wire.Outcome.REJECTED, rejection.code, rejection.message
            params = rejection.params
        self.results[op.op_id] = wire.OperationResult.model_construct(
            op_id=op.op_id, outcome=outcome, reason_code=reason_code, reason=reason, reason_params=params)
        self.records.append({"op_id": op.op_id, "device_id": self.device.id,
                             "agency_code": self.device.agency_code, "kind": op.kind.value,
                             "dossier_code": safe_text(op.dossier_code, 40), "outcome": outcome.value,
                             "reason_code": reason_code, "reason": reason,
                             "reason_params": json.dumps(params, ensure_ascii=False) if params else None,
                             "applied_at": self.now})

    def _take_writes(self) -> batch_writes.BatchWrites:
        """The rows queued since the last hand-over. A new dossier is stored with the status it has
        reached by then; a later move of it, or of a dossier stored before, is an update."""
        for code, row in self.new_rows.items():
            row["status"] = self.dossiers[code].status.value
        writes = batch_writes.BatchWrites(
            agency_code=self.device.agency_code, now=self.now, operations=self.records,
            new_dossiers=list(self.new_rows.values()),
            status_updates=[(code, self.dossiers[code].status.value) for code in self.changed
                            if code not in self.new_rows],
            due_updates=[(code, self.dossiers[code].due_at) for code in self.due_changed],
            events=self.events, allocations=self.allocations, entries=self.entries)
        self.records, self.new_rows, self.changed, self.events, self.allocations, self.entries = [], {}, set(), [], {}, []
        self.due_changed = set()
        return writes

    def _known(self, op_ids: list[str]) -> None:
        """Replays: an applied operation answers `duplicate`, a rejected one the same rejection."""
        rows = self.connection.execute(_known_statement(self.connection.dialect.name), {"op_ids": list(set(op_ids))})
        for row in rows:
            if row.agency_code != self.device.agency_code:
                # Another agency's op_id: its outcome is none of this desk's business.
                result = wire.OperationResult.model_construct(
                    op_id=row.op_id, outcome=wire.Outcome.REJECTED, reason_code="sync.wrong_agency",
                    reason=message_for("sync.wrong_agency", code=row.dossier_code, agency=row.agency_code,
                                       device_agency=self.device.agency_code))
            elif row.outcome == wire.Outcome.APPLIED:
                result = wire.OperationResult.model_construct(op_id=row.op_id, outcome=wire.Outcome.DUPLICATE,
                                                              reason_code=None, reason=None)
            else:
                result = wire.OperationResult.model_construct(
                    op_id=row.op_id, outcome=wire.Outcome(row.outcome), reason_code=row.reason_code,
                    reason=row.reason, reason_params=json.loads(row.reason_params) if row.reason_params else None)
            self.results[row.op_id] = result

    def _load_rules(self, ops: list[wire.Operation]) -> None:
        """The device's blocks for the days the batch's codes name, and the agency's rules for the
        procedures its intakes and its papers brought name: each read once for the whole batch."""
        intakes = [op for op in ops if op.kind is wire.OperationKind.INTAKE]
        back = {op.dossier_code for op in ops if op.kind is wire.OperationKind.STATUS
                and op.payload.get("to") == DossierStatus.RECEIVED.value and op.dossier_code in self.dossiers}
        brought = {self.dossiers[code].procedure_code for code in back}
        if back:
            for code, stored in self.connection.execute(
                    select(dossiers.c.code, dossiers.c.payload_json).where(dossiers.c.code.in_(back))):
                self.processing_days[code] = Decimal(json.loads(stored)["processing_days"])
        if not intakes:
            if brought:
                self.rules = AgencyRules(self.connection, self.device.agency_code, brought)
            return
        days = set()
        for op in intakes:
            try:
                days.add(parse_dossier_code(op.dossier_code).day)
            except DomainError:
                continue
        self.blocks = DeviceBlocks(self.connection, self.device, days)
        codes = {op.payload["procedure_code"] for op in intakes if isinstance(op.payload.get("procedure_code"), str)
                 and _PROCEDURE_CODE.fullmatch(op.payload["procedure_code"])}
        self.rules = AgencyRules(self.connection, self.device.agency_code, codes | brought)

    def _load_dossiers(self, ops: list[wire.Operation]) -> None:
        """Only well-formed keys are looked up: an operation with any other will be refused anyway,
        and its bytes (a NUL) must not reach the database."""
        codes = {op.dossier_code for op in ops if _is_canonical(op.dossier_code)}
        uuids = {op.payload["uuid"] for op in ops
                 if op.kind is wire.OperationKind.INTAKE and isinstance(op.payload.get("uuid"), str)
                 and _UUID.fullmatch(op.payload["uuid"])}
        if not codes:
            return
        rows = self.connection.execute(_dossiers_statement(self.connection.dialect.name),
                                       {"codes": list(codes), "uuids": list(uuids)})
        for row in rows:
            self.dossiers[row.code] = _Dossier(row.agency_code, DossierStatus(row.status), row.applicant_id_number,
                                               row.applicant_name, row.procedure_code, row.due_at)
            self.uuids.add(row.uuid)
        recorded = {op.dossier_code for op in ops if op.kind in wire.RECORD_MODELS and op.dossier_code in self.dossiers}
        if recorded:
            counted = self.connection.execute(_records_statement(self.connection.dialect.name),
                                              {"codes": list(recorded)})
            for row in counted:
                if row.kind == timeline.RATING:
                    self.dossiers[row.code].ratings = row.count
                elif row.kind == timeline.EXTENSION:
                    self.dossiers[row.code].extensions = row.count
                else:
                    self.dossiers[row.code].posted = row.count

    def _check_agency(self, code: str, agency: str) -> None:
        if agency != self.device.agency_code:
            raise Rejected("sync.wrong_agency", code=code, agency=agency, device_agency=self.device.agency_code)

    def _intake(self, op: wire.Operation) -> None:
        code = op.dossier_code
        payload = checked_payload(wire.IntakePayload, op, code)
        if payload.code != code:
            raise Rejected("sync.code_mismatch", code=code, payload_code=payload.code)
        parsed = parse_dossier_code(code)
        self._check_agency(code, parsed.agency_code)
        self._check_agency(code, payload.agency_code)
        if payload.status not in INITIAL_STATES:
            raise Rejected("sync.intake_status", code=code, label=payload.status.label)
        if code in self.dossiers or payload.uuid in self.uuids:
            raise Rejected("sync.code_taken", code=code)
        received_day = payload.received_at.astimezone(LOCAL_TZ).date()
        if received_day != parsed.day:
            raise Rejected("sync.code_day", code=code, day=received_day.strftime("%d/%m/%Y"))
        if payload.received_at > self.now + RECEIVED_AHEAD:
            raise Rejected("sync.received_future", code=code)
        assert self.blocks is not None and self.rules is not None
        if not self.blocks.holds(parsed.day, parsed.sequence):
            raise Rejected("sync.code_not_leased", code=code)
        entry = self.rules.catalogue.get(payload.procedure_code)
        if entry is None or not entry.in_force_at(payload.received_at):
            raise Rejected("sync.procedure_unknown", code=code, procedure=payload.procedure_code)
        self._check_due(payload, entry.procedure)
        self.dossiers[code] = _Dossier(parsed.agency_code, payload.status, payload.applicant_id_number,
                                       payload.applicant_name, payload.procedure_code, payload.due_at)
        self.uuids.add(payload.uuid)
        payload_json = payload.model_dump_json()
        self.new_rows[code] = {
            "code": code, "uuid": payload.uuid, "agency_code": payload.agency_code, "status": payload.status.value,
            "origin_device_id": self.device.id, "procedure_code": payload.procedure_code,
            "applicant_name": payload.applicant_name, "applicant_id_number": payload.applicant_id_number,
            "received_at": payload.received_at, "due_at": payload.due_at,
            "payload_json": payload_json,
            "updated_at": self.now,
        }
        reason = payload.supplement_reason or payload.refusal_reason
        self.events.append((code, {"at": payload.received_at, "kind": "intake", "status_from": None,
                                   "status_to": payload.status.value, "officer_name": payload.officer_name,
                                   "detail_json": _detail(reason)}))
        self.entries.append(feed.NewEntry(wire.FeedKind.DOSSIER, code, payload_json, self.device.id))
        if parsed.sequence <= wire.LEASE_LAST:
            self.allocations[parsed.day] = max(self.allocations.get(parsed.day, 0), parsed.sequence + 1)

    def _check_due(self, payload: wire.IntakePayload, procedure: Procedure) -> None:
        """A received dossier is due when the domain says, from the time the desk recorded on the
        receipt; one asked to supplement or refused has no due date yet."""
        assert self.rules is not None
        if payload.status is not DossierStatus.RECEIVED:
            if payload.due_at is not None:
                raise Rejected("sync.due_unexpected", code=payload.code)
            return
        plan = self.rules.plan(procedure, payload.received_at, Decimal(payload.processing_days))
        if payload.due_at != plan.due_at:
            raise Rejected("sync.due_mismatch", code=payload.code, expected=_local(plan.due_at),
                           given=_local(payload.due_at) if payload.due_at else "—")
        if payload.counted_from is not None and payload.counted_from != plan.counted_from:
            raise Rejected("sync.counted_from_mismatch", code=payload.code, expected=_local(plan.counted_from),
                           given=_local(payload.counted_from))

    def _status(self, op: wire.Operation) -> None:
        code = op.dossier_code
        payload = checked_payload(wire.StatusPayload, op, code)
        try:
            canonical_dossier_code(code)
        except DomainError as err:
            raise Rejected(err.code, **err.params) from None
        dossier = self.dossiers.get(code)
        if dossier is None:
            try:
                self._check_agency(code, parse_dossier_code(code).agency_code)
            except DomainError:
                pass
            raise Rejected("sync.dossier_unknown", code=code)
        self._check_agency(code, dossier.agency_code)
        if payload.to not in wire.DESK_OWNED_TARGETS:
            raise Rejected("sync.not_owner", to_label=payload.to.label)
        try:
            check_transition(dossier.status, payload.to)
        except DomainError as err:
            raise Rejected(err.code, **err.params) from None
        if payload.to is DossierStatus.RETURNED:
            self._check_handover(code, dossier, payload.handover)
        if payload.to is DossierStatus.WITHDRAWN and not payload.reason.strip():
            raise Rejected("withdraw.reason_missing")
        if payload.to is DossierStatus.RECEIVED:
            self._check_counted_afresh(code, dossier, payload)
        change = wire.StatusChange(code=code, status_from=dossier.status, status_to=payload.to, at=payload.at,
                                   officer=payload.officer, reason=payload.reason)
        dossier.status = payload.to
        self.changed.add(code)
        detail = wire.status_detail(payload)
        self.events.append((code, {**status_event(change), "detail_json": json.dumps(detail, ensure_ascii=False)}))
        self.entries.append(feed.NewEntry(wire.FeedKind.DOSSIER_STATUS, code, change.model_dump(mode="json"),
                                          self.device.id))
        if set(detail) - {"reason"}:
            record = wire.DossierRecordEntry(code=code, kind=wire.OperationKind.STATUS.value,
                                             payload=payload.model_dump(mode="json"))
            self.entries.append(feed.NewEntry(wire.FeedKind.DOSSIER_RECORD, code, record.model_dump(mode="json"),
                                              self.device.id))

    def _check_handover(self, code: str, dossier: _Dossier, handover: wire.Handover | None) -> None:
        """The rules the desk applied at the counter, again: the applicant's own ID, or a proxy
        who is someone else and holds an authorisation paper."""
        if handover is None:
            raise Rejected("sync.handover_missing", code=code)
        receiver = handover.receiver
        if not receiver.by_proxy and receiver.id_number != dossier.applicant_id:
            raise Rejected("handover.not_applicant", name=dossier.applicant_name)
        if receiver.by_proxy and receiver.id_number == dossier.applicant_id:
            raise Rejected("handover.proxy_is_applicant")
        if receiver.by_proxy and len(receiver.authorisation) > AUTHORISATION_MAX:
            raise Rejected("handover.authorisation_length", max=AUTHORISATION_MAX)

    def _check_counted_afresh(self, code: str, dossier: _Dossier, payload: wire.StatusPayload) -> None:
        """Papers brought after a request to supplement: the time counts afresh from the moment
        they were received, to the due date the domain computes from the agency's hours."""
        assert self.rules is not None
        entry = self.rules.catalogue.get(dossier.procedure_code)
        if entry is None:
            raise Rejected("sync.procedure_unknown", code=code, procedure=dossier.procedure_code)
        new = self.new_rows.get(code)
        days = Decimal(json.loads(new["payload_json"])["processing_days"]) if new is not None \
            else self.processing_days[code]
        plan = self.rules.plan(entry.procedure, payload.at, days)
        if payload.due_at != plan.due_at:
            raise Rejected("sync.due_mismatch", code=code, expected=_local(plan.due_at),
                           given=_local(payload.due_at) if payload.due_at else "—")
        dossier.due_at = plan.due_at
        self.due_changed.add(code)

    def _record(self, op: wire.Operation) -> None:
        """A rating, an extension or a posting: a line on the timeline (and, for an extension,
        the new due date), checked by the rules the desk applied."""
        code = op.dossier_code
        payload = checked_payload(wire.RECORD_MODELS[op.kind], op, code)
        dossier = self.dossiers.get(code)
        if dossier is None:
            raise Rejected("sync.dossier_unknown", code=code)
        self._check_agency(code, dossier.agency_code)
        detail: dict[str, Any] = payload.model_dump(mode="json", exclude={"at", "officer"})
        if isinstance(payload, wire.RatingPayload):
            if dossier.status is not DossierStatus.RETURNED:
                raise Rejected("rating.not_returned", label=dossier.status.label)
            if dossier.ratings:
                raise Rejected("rating.already")
            dossier.ratings += 1
            kind = timeline.RATING
        elif isinstance(payload, wire.ExtensionPayload):
            if dossier.due_at is not None and payload.previous_due_at != dossier.due_at:
                raise Rejected("sync.due_mismatch", code=code, expected=_local(dossier.due_at),
                               given=_local(payload.previous_due_at))
            try:
                check_extension(status=dossier.status, due_at=dossier.due_at, extensions=dossier.extensions,
                                new_due_at=payload.new_due_at, reason=payload.reason, now=payload.at)
            except ValidationFailed as failed:
                first = failed.errors[0]
                raise Rejected(first.code, **first.params) from None
            dossier.extensions += 1
            dossier.due_at = payload.new_due_at
            self.due_changed.add(code)
            kind = timeline.EXTENSION
        else:
            if dossier.status is not DossierStatus.RESULT_READY:
                raise Rejected("handover.not_ready", label=dossier.status.label)
            if dossier.posted:
                raise Rejected("postal.already_sent", day=payload.sent_on.strftime("%d/%m/%Y"),
                               waybill=payload.waybill)
            dossier.posted += 1
            kind = timeline.POSTED
        self.events.append((code, {"at": payload.at, "kind": kind, "status_from": None, "status_to": None,
                                   "officer_name": payload.officer,
                                   "detail_json": json.dumps(detail, ensure_ascii=False)}))
        entry = wire.DossierRecordEntry(code=code, kind=op.kind.value, payload=payload.model_dump(mode="json"))
        self.entries.append(feed.NewEntry(wire.FeedKind.DOSSIER_RECORD, code, entry.model_dump(mode="json"),
                                          self.device.id))

_UUID = re.compile(UUID_PATTERN, re.ASCII)
_PROCEDURE_CODE = re.compile(PROCEDURE_CODE_PATTERN, re.ASCII)


def _is_canonical(code: str) -> bool:
    try:
        canonical_dossier_code(code)
    except DomainError:
        return False
    return True


def _local(moment: datetime) -> str:
    return moment.astimezone(LOCAL_TZ).strftime("%H:%M %d/%m/%Y")


class DeviceBlocks:
    """The numbers a device may print on given days: its leases, what it declared at registration,
    and its own reserve slice of 9000–9999."""

    def __init__(self, connection: Connection, device: Device, days: set[date]) -> None:
        self.reserve = range(device.reserve_first, device.reserve_last + 1) if device.reserve_slot is not None \
            else range(0)
        self.blocks: dict[date, list[tuple[int, int]]] = {}
        if not days:
            return
        for table in (leases, device_claims):
            rows = connection.execute(select(table.c.day, table.c.first, table.c.last).where(
                table.c.device_id == device.id, table.c.agency_code == device.agency_code, table.c.day.in_(days)))
            for row in rows:
                self.blocks.setdefault(row.day, []).append((row.first, row.last))

    def holds(self, day: date, sequence: int) -> bool:
        return sequence in self.reserve or any(first <= sequence <= last for first, last in self.blocks.get(day, ()))


@cache
def _known_statement(dialect_name: str) -> Any:
    return (select(operations.c.op_id, operations.c.agency_code, operations.c.dossier_code, operations.c.outcome,
                   operations.c.reason_code, operations.c.reason, operations.c.reason_params)
            .where(sql.among(dialect_name, operations.c.op_id, "op_ids")))


@cache
def _records_statement(dialect_name: str) -> Any:
    return (select(dossiers.c.code, dossier_events.c.kind, func.count().label("count"))
            .join(dossier_events, dossier_events.c.dossier_id == dossiers.c.id)
            .where(sql.among(dialect_name, dossiers.c.code, "codes"),
                   dossier_events.c.kind.in_((timeline.RATING, timeline.EXTENSION, timeline.POSTED)))
            .group_by(dossiers.c.code, dossier_events.c.kind))


@cache
def _dossiers_statement(dialect_name: str) -> Any:
    """On PostgreSQL the rows are locked, in code order, until the batch commits: two desks pushing
    a hand-over (or a rating) of the same dossier at the same moment are applied one after the
    other, and the second sees the first's state (a deadlock between two batches is retried)."""
    query = (select(dossiers.c.code, dossiers.c.uuid, dossiers.c.agency_code, dossiers.c.status,
                    dossiers.c.applicant_id_number, dossiers.c.applicant_name, dossiers.c.procedure_code,
                    dossiers.c.due_at)
             .where(or_(sql.among(dialect_name, dossiers.c.code, "codes"),
                        sql.among(dialect_name, dossiers.c.uuid, "uuids"))))
    if dialect_name == "postgresql":
        query = query.order_by(dossiers.c.code).with_for_update()
    return query


def status_event(change: wire.StatusChange) -> dict[str, Any]:
    return {"at": change.at, "kind": "status", "status_from": change.status_from.value,
            "status_to": change.status_to.value, "officer_name": change.officer,
            "detail_json": _detail(change.reason)}


def _detail(reason: str) -> str:
    return json.dumps({"reason": reason}, ensure_ascii=False) if reason else "{}"
