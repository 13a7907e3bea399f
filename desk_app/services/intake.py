"""Tiếp nhận: validating the counter's form, allocating the dossier code, and the durable save.

Everything a receipt prints is decided and committed in one write transaction before any PDF is
made, so a crash after the commit loses nothing and a crash before it leaves nothing half-saved.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Callable, Mapping

from desk_app.clock import LOCAL_TZ
from desk_app.domain.applicant import Applicant, validate_applicant
from desk_app.domain.appointment import Purpose
from desk_app.domain.catalogue import Procedure
from desk_app.domain.dossier_code import format_dossier_code
from desk_app.domain.dossier_state import DossierStatus
from desk_app.domain.due_date import DuePlan, compute_due
from desk_app.domain.errors import DomainError, ErrorCollector, ValidationFailed
from desk_app.domain.papers import Paper, check_paper, missing_papers
from desk_app.domain.text import fold, lacks_diacritics, nfc
from desk_app.domain.working_calendar import WorkingCalendar
from desk_app.services.appointments import BookingRequest
from desk_app.services.catalogue import CatalogueService
from desk_app.services.changes import Changes, Kind
from desk_app.services.wire_check import checked_for_wire
from desk_app.settings import Settings
from desk_app.store import code_blocks, counters, dossier_repo, outbox_repo, sync_state_repo
from desk_app.store.appointments_repo import AppointmentRecord
from desk_app.store.database import Connection, Database
from desk_app.store.dossier_repo import DocumentRow, DossierRecord
from desk_app.store.issued_numbers import IssuedNumbers
from desk_app.store.numbering import LAST_SEQUENCE, book_series, dossier_series, refusal

RETURN_METHODS = ("desk", "post")
NOTE_MAX = 1000
"""A note or a reason is a few sentences on a one-page form, not a letter."""


class Decision(StrEnum):
    """What the officer decides at the counter, and so which form is printed."""

    RECEIVE = "receive"
    SUPPLEMENT = "supplement"
    REFUSE = "refuse"

    @property
    def status(self) -> DossierStatus:
        return {
            Decision.RECEIVE: DossierStatus.RECEIVED,
            Decision.SUPPLEMENT: DossierStatus.SUPPLEMENT_REQUESTED,
            Decision.REFUSE: DossierStatus.REFUSED,
        }[self]


@dataclass(frozen=True)
class IntakeRequest:
    procedure_code: str
    full_name: str
    id_number: str
    birth_date: str
    sex: str
    address: str
    phone: str
    email: str
    documents: tuple[Paper, ...]
    sets: int = 1
    note: str = ""
    return_method: str = "desk"
    decision: Decision = Decision.RECEIVE
    reason: str = ""
    accept_name_without_diacritics: bool = False
    pickup_at: datetime | None = None
    """A time to collect the result, booked with the intake (on or after the due date)."""


@dataclass(frozen=True)
class IntakeResult:
    code: str
    status: DossierStatus
    received_at: datetime
    due_at: datetime | None
    changes: Changes
    on_reserve: bool = False
    """The code came from the desk's reserve slice: the day's leases are spent; the window says so."""
    pickup_number: str | None = None
    """The booking number of the pickup time booked with it."""


def book_number(year: int) -> str:
    """One tracking book (Sổ theo dõi hồ sơ) per calendar year at the desk."""
    return f"01/{year}"


class IntakeService:
    def __init__(self, database: Database, catalogue: CatalogueService, settings: Callable[[], Settings],
                 calendar: Callable[[], WorkingCalendar], provinces: Callable[[], Mapping[str, str]],
                 clock: Callable[[], datetime], issued: IssuedNumbers,
                 book_pickup: Callable[[Connection, BookingRequest, datetime], AppointmentRecord] | None = None) -> None:
        self._database = database
        self._book_pickup = book_pickup
        self._issued = issued
        self._catalogue = catalogue
        self._settings = settings
        self._calendar = calendar
        self._provinces = provinces
        self._clock = clock

    def plan_due(self, procedure: Procedure, received_at: datetime | None = None) -> DuePlan:
        """The due date the form shows while the officer types, and the one the save records."""
        return compute_due(
            received_at or self._clock(),
            procedure.processing_days,
            self._calendar(),
            self._settings().office_hours,
            procedure.cutoff,
        )

    def validate(self, request: IntakeRequest, today: date) -> tuple[Procedure, Applicant]:
        """Every wrong field at once, each with its own code, so the form can mark them all."""
        errors: list[DomainError] = []
        procedure: Procedure | None = None
        try:
            procedure = self._catalogue.get(request.procedure_code)
        except DomainError as err:
            errors.append(err)
        applicant: Applicant | None = None
        try:
            applicant = validate_applicant(
                full_name=request.full_name, id_number=request.id_number, birth_date=request.birth_date or None,
                sex=request.sex or None, address=request.address, phone=request.phone, email=request.email,
                today=today, provinces=self._provinces(),
            )
        except ValidationFailed as failed:
            errors.extend(failed.errors)
        if applicant is not None and lacks_diacritics(applicant.full_name) and not request.accept_name_without_diacritics:
            errors.append(DomainError("applicant.name_without_diacritics", field="full_name"))
        errors.extend(self._decision_errors(request))
        if len(nfc(request.note)) > NOTE_MAX or len(nfc(request.reason)) > NOTE_MAX:
            errors.append(DomainError("intake.note_length", field="reason", max=NOTE_MAX))
        if not 1 <= request.sets <= 99:
            errors.append(DomainError("intake.sets", field="sets"))
        if request.return_method not in RETURN_METHODS:
            errors.append(DomainError("intake.return_method", field="return_method"))
        if errors:
            raise ValidationFailed(errors)
        assert procedure is not None and applicant is not None
        return procedure, applicant

    def field_errors(self, request: IntakeRequest) -> dict[str, DomainError]:
        """The first error of each field as the form stands now, for checking a field as the officer
        leaves it; pure rules, no database, so it is cheap enough for every field exit."""
        today = self._clock().astimezone(LOCAL_TZ).date()
        try:
            self.validate(request, today)
        except ValidationFailed as failed:
            return {field or "": error for field, error in failed.by_field().items()}
        return {}

    @staticmethod
    def _decision_errors(request: IntakeRequest) -> list[DomainError]:
        errors = ErrorCollector()
        for paper in request.documents:
            errors.attempt(lambda paper=paper: check_paper(paper))
        if errors.errors:
            return errors.errors
        missing = missing_papers(request.documents)
        if request.decision is Decision.RECEIVE and missing:
            return [DomainError("intake.documents_missing", field="documents", count=len(missing),
                                papers="; ".join(" hoặc ".join(m.names) for m in missing))]
        if request.decision is Decision.SUPPLEMENT and not missing and not nfc(request.reason):
            return [DomainError("intake.supplement_needs_reason", field="reason")]
        if request.decision is Decision.REFUSE and not nfc(request.reason):
            return [DomainError("intake.refusal_needs_reason", field="reason")]
        return []

    def submit(self, request: IntakeRequest) -> IntakeResult:
        settings = self._settings()
        profile = settings.profile
        if not profile.is_complete:
            raise DomainError("profile.incomplete", field=None)
        received_at = self._clock().replace(microsecond=0)
        local_received = received_at.astimezone(LOCAL_TZ)
        procedure, applicant = self.validate(request, local_received.date())
        status = request.decision.status
        plan = self.plan_due(procedure, received_at) if status is DossierStatus.RECEIVED else None
        return_place = applicant.address if request.return_method == "post" else profile.effective_return_place
        reason = nfc(request.reason)
        if request.pickup_at is not None:
            _check_pickup(request.pickup_at, plan, self._book_pickup is not None)
        pickup = None
        with self._database.write() as connection:
            day, year = local_received.date(), local_received.year
            agency, sequence, on_reserve = _take_number(connection, settings, day, self._issued)
            code = format_dossier_code(agency, day, sequence)
            entry = counters.take_book_entry(connection, year, self._issued.highest(book_series(year)))
            record = DossierRecord(
                uuid=str(uuid.uuid4()),
                code=code,
                agency_code=profile.agency_code,
                status=status.value,
                procedure_code=procedure.code,
                procedure_name=procedure.name,
                processing_days=procedure.processing_days,
                processing_note=procedure.processing_note,
                fee_total_vnd=procedure.fee_total_vnd,
                applicant_name=applicant.full_name,
                applicant_name_folded=fold(applicant.full_name),
                applicant_id_number=applicant.id_number,
                applicant_birth_date=applicant.birth_date,
                applicant_sex=applicant.sex.value if applicant.sex else None,
                applicant_address=applicant.address,
                applicant_phone=applicant.phone,
                applicant_email=applicant.email,
                name_without_diacritics=lacks_diacritics(applicant.full_name),
                received_at=received_at,
                counted_from=plan.counted_from if plan else None,
                due_at=plan.due_at if plan else None,
                sets=request.sets,
                return_method=request.return_method,
                return_place=return_place,
                book_number=book_number(local_received.year),
                book_entry=entry,
                note=nfc(request.note),
                supplement_reason=reason if status is DossierStatus.SUPPLEMENT_REQUESTED else "",
                refusal_reason=reason if status is DossierStatus.REFUSED else "",
                agency_name=profile.agency_name,
                parent_agency_name=profile.parent_agency_name,
                place_name=profile.place_name,
                officer_name=profile.officer_name,
                officer_title=profile.officer_title,
                lookup_url=profile.lookup_url,
                updated_at=received_at,
            )
            documents = [document_row(paper) for paper in request.documents]
            payload_json = _wire_payload(record, documents)
            dossier_id = dossier_repo.insert_dossier(connection, record, documents)
            dossier_repo.add_event(connection, dossier_id, at=received_at, kind="intake", status_from=None,
                                   status_to=status.value, officer_name=profile.officer_name,
                                   detail={"reason": reason} if reason else None)
            outbox_repo.enqueue(connection, "dossier.intake", code, payload_json, received_at)
            if request.pickup_at is not None and self._book_pickup is not None:
                pickup = _pickup(self._book_pickup, connection, code, procedure, applicant, request.pickup_at,
                                 received_at)
            self._issued.record({dossier_series(agency, day): sequence, book_series(year): entry})
        touched = {"dossier": [code], **({"appointment": [pickup]} if pickup else {})}
        return IntakeResult(code=code, status=status, received_at=received_at,
                            due_at=plan.due_at if plan else None, changes=Changes.of(Kind.OUTBOX, **touched),
                            on_reserve=on_reserve, pickup_number=pickup)


def _check_pickup(at: datetime, plan: DuePlan | None, can_book: bool) -> None:
    """A pickup time goes with a dossier received, on or after its due date."""
    if plan is None or not can_book:
        raise ValidationFailed([DomainError("intake.pickup_not_received", field="pickup")])
    if at < plan.due_at:
        raise ValidationFailed([DomainError("intake.pickup_before_due", field="pickup",
                                            due=plan.due_at.astimezone(LOCAL_TZ).strftime("%H:%M %d/%m/%Y"))])


def _pickup(book: Callable[[Connection, BookingRequest, datetime], AppointmentRecord], connection: Connection,
            code: str, procedure: Procedure, applicant: Applicant, at: datetime, now: datetime) -> str:
    """The collection booked in the intake's transaction; a refusal undoes the intake with it,
    said at the pickup field (or at the applicant's phone, which a booking needs)."""
    try:
        record = book(connection, BookingRequest(
            procedure_code=procedure.code, starts_at=at, full_name=applicant.full_name, phone=applicant.phone,
            id_number=applicant.id_number, email=applicant.email, purpose=Purpose.COLLECT, dossier_code=code), now)
    except ValidationFailed as failed:
        raise ValidationFailed([DomainError(error.code, field="pickup" if error.field == "starts_at" else error.field,
                                            **error.params) for error in failed.errors]) from None
    return record.number


def document_row(paper: Paper) -> DocumentRow:
    document = paper.document
    return DocumentRow(name=document.name, kind=document.kind.value, copies=document.copies, given=paper.given.value,
                       shown_only=document.shown, case=document.case, group=document.group,
                       case_applies=paper.case_applies, return_original=paper.return_original)


def _take_number(connection: Connection, settings: Settings, day: date,
                 issued: IssuedNumbers) -> tuple[str, int, bool]:
    """The agency, the day's sequence number and whether it came from the reserve slice. A registered
    desk prints from the blocks the provincial server leased it, then from its own reserve slice; a
    desk not (yet) registered uses the block configured in its settings. Either way the number is
    above every number of the day this folder has printed (`store.issued_numbers`)."""
    registration = sync_state_repo.registration(connection)
    if registration is None:
        agency = settings.profile.agency_code
        above = issued.highest(dossier_series(agency, day))
        sequence = counters.take_sequence(connection, agency, day, settings.sequence_first, settings.sequence_last,
                                          above)
        if sequence is None:
            raise refusal(connection, day, leases_would_help=False) or DomainError(
                "dossier_code.exhausted", field=None, first=settings.sequence_first, last=settings.sequence_last)
        return agency, sequence, False
    agency = registration.agency_code
    above = issued.highest(dossier_series(agency, day))
    taken = code_blocks.take_number(connection, agency, day, registration.reserve, above)
    if taken is None:
        raise refusal(connection, day, leases_would_help=above < LAST_SEQUENCE) or DomainError(
            "dossier_code.exhausted_all", field=None, day=day.strftime("%d/%m/%Y"))
    sequence, source = taken
    return agency, sequence, source == code_blocks.RESERVE


def _wire_payload(record: DossierRecord, documents: list[DocumentRow]) -> str:
    """The intake as the province will receive it (services/wire_check.py)."""
    from desk_app.sync import mapping

    return checked_for_wire(lambda: mapping.intake_payload(record, documents)).model_dump_json()
