"""After intake: the hand-over of the result, the citizen's rating, papers brought after a
request to complete, the one extension, a withdrawal and the return by post.

Each step reads the dossier and its timeline, asks the domain whether it may happen, and records
it in one write transaction: the dossier's row, the line on its timeline and the operation for the
province, all or nothing, before anything is printed. The state machine and the rules are the
ones the provincial server applies to the same operation when it syncs.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any

from desk_app.clock import LOCAL_TZ
from desk_app.domain import timeline
from desk_app.domain.dossier_state import DossierStatus, check_move, check_reason
from desk_app.domain.due_date import compute_due
from desk_app.domain.errors import DomainError, ValidationFailed
from desk_app.domain.extension import EXTENDABLE, asked_too_late, check_extension
from desk_app.domain.handover import RatingLevel, Receiver, check_comment, check_receiver, why_not_ready
from desk_app.domain.postal import check_sent_on, check_waybill
from desk_app.domain.timeline import Life, read_life
from desk_app.domain.working_calendar import WorkingCalendar
from desk_app.services.catalogue import CatalogueService
from desk_app.services.changes import Changes, Kind
from desk_app.services.wire_check import checked_for_wire
from desk_app.settings import Settings
from desk_app.store import catalogue_repo, dossier_repo, outbox_repo
from desk_app.store.database import Connection, Database
from desk_app.store.dossier_repo import DocumentRow, DossierRecord

FEES_MAX = 1_000_000_000


@dataclass(frozen=True)
class Step:
    """A step recorded: the dossier's code, when, and what the window must refresh."""

    code: str
    at: datetime
    changes: Changes


@dataclass(frozen=True)
class HandoverState:
    """A dossier as the dossier view shows it: its row, papers and timeline, and whether its result
    can be handed over (and why not)."""

    record: DossierRecord
    documents: tuple[DocumentRow, ...]
    events: tuple[Mapping[str, Any], ...]
    life: Life
    refusal: DomainError | None
    """Why the result cannot be handed over now; None when it can."""
    extension_late: bool
    """The last day to send the apology for a late dossier has passed."""

    @property
    def by_post(self) -> bool:
        return self.record.return_method == "post"

    @property
    def originals(self) -> tuple[str, ...]:
        """Originals handed in that go back with the result."""
        return tuple(d.name for d in self.documents if d.return_original)


class ReturnsService:
    def __init__(self, database: Database, catalogue: CatalogueService, settings: Callable[[], Settings],
                 calendar: Callable[[], WorkingCalendar], provinces: Callable[[], Mapping[str, str]],
                 clock: Callable[[], datetime]) -> None:
        self._database = database
        self._catalogue = catalogue
        self._settings = settings
        self._calendar = calendar
        self._provinces = provinces
        self._clock = clock

    def _now(self) -> datetime:
        return self._clock().replace(microsecond=0)

    def state(self, code: str) -> HandoverState:
        """`code` as stored; one read transaction."""
        with self._database.read() as connection:
            record, life = _read(connection, code)
            documents = tuple(dossier_repo.fetch_documents(connection, _id(record)))
            events = tuple(dossier_repo.fetch_events(connection, _id(record)))
        status = DossierStatus(record.status)
        late = status in EXTENDABLE and record.due_at is not None and not life.extensions and asked_too_late(
            record.due_at, self._now(), self._calendar())
        return HandoverState(record, documents, events, life, _refusal(record, life), late)

    def check_receiver(self, code: str, *, id_number: str, name: str, by_proxy: bool, authorisation: str) -> Receiver:
        """The receiver's fields as the officer typed them, judged without saving anything."""
        with self._database.read() as connection:
            record, _ = _read(connection, code)
        return self._receiver(record, id_number, name, by_proxy, authorisation)

    def _receiver(self, record: DossierRecord, id_number: str, name: str, by_proxy: bool,
                  authorisation: str) -> Receiver:
        return check_receiver(id_number=id_number, name=name, by_proxy=by_proxy, authorisation=authorisation,
                              applicant_id=record.applicant_id_number, applicant_name=record.applicant_name,
                              today=self._now().astimezone(LOCAL_TZ).date(), provinces=self._provinces())

    def hand_over(self, code: str, *, id_number: str, name: str = "", by_proxy: bool = False,
                  authorisation: str = "", fees_collected_vnd: int = 0,
                  originals_returned: Sequence[str] = ()) -> Step:
        """Trả kết quả at the counter, once: refused, with the first hand-over's date and receiver,
        when it was made already; refused when the result is not ready or goes by post."""
        at = self._now()
        with self._database.write() as connection:
            record, life = _read(connection, code)
            refusal = _refusal(record, life)
            errors = [refusal] if refusal is not None else []
            if not 0 <= fees_collected_vnd <= FEES_MAX:
                errors.append(DomainError("handover.fees", field="fees", max=FEES_MAX))
            try:
                receiver = self._receiver(record, id_number, name, by_proxy, authorisation)
            except ValidationFailed as failed:
                errors.extend(failed.errors)
            if errors:
                raise ValidationFailed(errors)
            originals = [paper for paper in originals_returned if paper]
            handover = {"receiver": receiver.as_dict(), "method": "desk", "fees_collected_vnd": fees_collected_vnd,
                        "originals_returned": originals, "waybill": ""}
            self._move(connection, record, life, DossierStatus.RETURNED, at, handover=handover)
        return Step(code, at, Changes.of(Kind.OUTBOX, dossier=[code]))

    def rate(self, code: str, level: str, comment: str = "") -> Step:
        """The citizen's rating, once, after the hand-over."""
        try:
            chosen = RatingLevel(level)
        except ValueError:
            raise ValidationFailed([DomainError("rating.level", field="level")]) from None
        text = check_comment(comment)
        at = self._now()
        with self._database.write() as connection:
            record, life = _read(connection, code)
            if record.status != DossierStatus.RETURNED:
                raise DomainError("rating.not_returned", field="level", label=DossierStatus(record.status).label)
            if life.rating is not None:
                raise DomainError("rating.already", field="level")
            self._record(connection, record, "dossier.rating", timeline.RATING, at,
                         {"level": chosen.value, "comment": text})
        return Step(code, at, Changes.of(Kind.OUTBOX, dossier=[code]))

    def papers_brought(self, code: str, papers: Sequence[str]) -> Step:
        """The papers a request to complete asked for were brought: the dossier is received, and
        its processing time counts afresh from now."""
        brought = [paper for paper in papers if paper]
        at = self._now()
        with self._database.write() as connection:
            record, life = _read(connection, code)
            status = DossierStatus(record.status)
            if status is not DossierStatus.SUPPLEMENT_REQUESTED:
                raise DomainError("papers.not_requested", field="papers", label=status.label)
            if not brought:
                raise DomainError("papers.none", field="papers")
            plan = compute_due(at, record.processing_days, self._calendar(), self._settings().office_hours,
                               catalogue_repo.cutoff_of(connection, record.procedure_code))
            self._move(connection, record, life, DossierStatus.RECEIVED, at, papers=brought, due_at=plan.due_at,
                       counted_from=plan.counted_from)
            dossier_repo.set_due(connection, _id(record), plan.due_at, plan.counted_from)
        return Step(code, at, Changes.of(Kind.OUTBOX, dossier=[code]))

    def extend(self, code: str, new_due_day: date | None, reason: str) -> Step:
        """The one extension (Mẫu 04): the new date, at the close of that day's office hours,
        becomes the due date; the first one stays on the timeline."""
        at = self._now()
        new_due = None
        errors: list[DomainError] = []
        if new_due_day is not None:
            if not self._calendar().is_working_day(new_due_day):
                errors.append(DomainError("extension.not_working", field="new_due",
                                          day=new_due_day.strftime("%d/%m/%Y")))
            close: time = self._settings().office_hours.sessions[-1][1]
            new_due = datetime.combine(new_due_day, close, LOCAL_TZ)
        with self._database.write() as connection:
            record, life = _read(connection, code)
            try:
                text = check_extension(status=DossierStatus(record.status), due_at=record.due_at,
                                       extensions=len(life.extensions), new_due_at=new_due, reason=reason, now=at)
            except ValidationFailed as failed:
                raise ValidationFailed([*failed.errors, *errors]) from None
            if errors:
                raise ValidationFailed(errors)
            assert new_due is not None and record.due_at is not None
            self._record(connection, record, "dossier.extension", timeline.EXTENSION, at,
                         {"previous_due_at": record.due_at, "new_due_at": new_due, "reason": text})
            dossier_repo.set_due(connection, _id(record), new_due)
        return Step(code, at, Changes.of(Kind.OUTBOX, dossier=[code]))

    def withdraw(self, code: str, reason: str) -> Step:
        """At the applicant's written request."""
        text = check_reason(reason, "withdraw")
        at = self._now()
        with self._database.write() as connection:
            record, life = _read(connection, code)
            self._move(connection, record, life, DossierStatus.WITHDRAWN, at, reason=text)
        return Step(code, at, Changes.of(Kind.OUTBOX, dossier=[code]))

    def post(self, code: str, waybill: str, sent_on: date | None) -> Step:
        """The result left by post under this waybill; it is returned once delivery is confirmed."""
        at = self._now()
        errors: list[DomainError] = []
        with self._database.write() as connection:
            record, life = _read(connection, code)
            status = DossierStatus(record.status)
            if record.return_method != "post":
                errors.append(DomainError("postal.not_post", field="waybill"))
            elif life.posted is not None:
                errors.append(DomainError("postal.already_sent", field="waybill", day=_day(life.posted["sent_on"]),
                                          waybill=life.posted["waybill"]))
            elif status is not DossierStatus.RESULT_READY:
                errors.append(why_not_ready(status, life.first_handover, LOCAL_TZ)
                              or DomainError("handover.not_ready", field="status", label=status.label))
            value = sent = None
            try:
                value = check_waybill(waybill)
            except DomainError as error:
                errors.append(error)
            ready_on = (life.ready_at or record.received_at).astimezone(LOCAL_TZ).date()
            try:
                sent = check_sent_on(sent_on, ready_on, at.astimezone(LOCAL_TZ).date())
            except DomainError as error:
                errors.append(error)
            if errors:
                raise ValidationFailed(errors)
            assert sent is not None
            self._record(connection, record, "dossier.posted", timeline.POSTED, at,
                         {"waybill": value, "sent_on": sent.isoformat()})
        return Step(code, at, Changes.of(Kind.OUTBOX, dossier=[code]))

    def delivered(self, code: str) -> Step:
        """The postal service confirmed delivery: the result is returned, to the applicant."""
        at = self._now()
        with self._database.write() as connection:
            record, life = _read(connection, code)
            refusal = why_not_ready(DossierStatus(record.status), life.first_handover, LOCAL_TZ)
            if refusal is not None:
                raise refusal
            if life.posted is None:
                raise DomainError("postal.not_sent", field="waybill")
            receiver = Receiver(record.applicant_id_number, record.applicant_name, False)
            handover = {"receiver": receiver.as_dict(), "method": "post", "fees_collected_vnd": 0,
                        "originals_returned": [], "waybill": life.posted["waybill"]}
            self._move(connection, record, life, DossierStatus.RETURNED, at, handover=handover)
        return Step(code, at, Changes.of(Kind.OUTBOX, dossier=[code]))

    def _move(self, connection: Connection, record: DossierRecord, life: Life, target: DossierStatus, at: datetime, *,
              reason: str = "", handover: dict[str, Any] | None = None, papers: Sequence[str] = (),
              due_at: datetime | None = None, counted_from: datetime | None = None) -> None:
        """The move, its line on the timeline and its operation, checked against the wire first:
        what the province would refuse is not saved."""
        from desk_app.sync import wire

        current = DossierStatus(record.status)
        check_move(current, target, life.states)
        payload = checked_for_wire(lambda: wire.StatusPayload.model_validate({
            "to": target.value, "at": at, "officer": self._settings().profile.officer_name, "reason": reason,
            "handover": handover, "papers": list(papers), "due_at": due_at, "counted_from": counted_from}))
        dossier_repo.apply_moves(connection, [dossier_repo.Move(_id(record), at, current.value, target.value,
                                                                payload.officer, wire.status_detail(payload))])
        outbox_repo.enqueue(connection, wire.OperationKind.STATUS.value, record.code, payload.model_dump_json(), at)

    def _record(self, connection: Connection, record: DossierRecord, kind: str, event_kind: str, at: datetime,
                values: dict[str, Any]) -> None:
        from desk_app.sync import wire

        operation = wire.OperationKind(kind)
        officer = self._settings().profile.officer_name
        payload = checked_for_wire(lambda: wire.RECORD_MODELS[operation].model_validate(
            {**values, "at": at, "officer": officer}))
        detail = payload.model_dump(mode="json", exclude={"at", "officer"})
        dossier_repo.add_event(connection, _id(record), at=at, kind=event_kind, status_from=None, status_to=None,
                               officer_name=officer, detail=detail)
        outbox_repo.enqueue(connection, operation.value, record.code, payload.model_dump_json(), at)


def _refusal(record: DossierRecord, life: Life) -> DomainError | None:
    """Why the result cannot be handed over at the counter now: not ready, handed over already,
    or going by post."""
    refusal = why_not_ready(DossierStatus(record.status), life.first_handover, LOCAL_TZ)
    if refusal is None and record.return_method == "post":
        return DomainError("handover.by_post", field="status")
    return refusal


def _read(connection: Connection, code: str) -> tuple[DossierRecord, Life]:
    record = dossier_repo.fetch_by_code(connection, code)
    if record is None or record.id is None:
        raise DomainError("dossier.unknown", field="code", code=code)
    return record, read_life(dossier_repo.fetch_events(connection, record.id))


def _id(record: DossierRecord) -> int:
    assert record.id is not None
    return record.id


def _day(value: str) -> str:
    return date.fromisoformat(value).strftime("%d/%m/%Y")
