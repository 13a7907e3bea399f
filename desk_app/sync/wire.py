"""The desk ⇄ province wire format, version 1: what any province's system must offer a desk.

One module, imported by the desk's sync client and by the reference server in `provincial/`, so
the two sides cannot drift apart. Every body is UTF-8 JSON. Models forbid unknown fields: a field
the receiver does not know is a mistake to report, not something to drop silently.

Endpoints (all under API_PREFIX; every call but the health check carries
`Authorization: Bearer <device token>` and is scoped to the device's agency):

- `POST /devices` RegisterRequest → RegisterResponse (no token; an officer's credentials).
- `GET /devices/me` → DeviceInfo; `DELETE /devices/me` revokes the calling device.
- `POST /operations` PushRequest → PushResponse: the outbox, in order, at most MAX_BATCH at once.
  Each operation is applied exactly once: its op_id is the idempotency key, and a replay returns
  the first outcome (`duplicate` for one that was applied, the same `rejected` for one that was not).
- `GET /feed?cursor=C&limit=N` → FeedPage: what changed for this agency (and for everyone) since
  the opaque cursor C (absent: from the beginning), at most N entries (≤ MAX_PAGE).
- `POST /leases` LeaseRequest → LeaseResponse: blocks of dossier sequence numbers per day.
- `POST /places` PlacesRequest → PlacesResponse: appointment places the desk holds, and blocks of
  booking numbers.
- `HEAD|PUT /attachments/{sha256}`: content-addressed upload, resumable (UPLOAD_OFFSET_HEADER,
  UPLOAD_LENGTH_HEADER), at most ATTACHMENT_MAX_BYTES.
- `GET /health` → Health (no token).

Every error answer has the shape ErrorBody, with a stable code and the Vietnamese sentence for it.
Instants travel as ISO 8601 with an offset, written by `format_instant` so both sides print the
very same string for the same instant.
"""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum
from typing import Annotated, Any, Literal, Mapping, Sequence

from pydantic import BaseModel, ConfigDict, Field, Strict, StringConstraints, model_validator

from desk_app.clock import format_instant
from desk_app.domain.appointment import AppointmentStatus, Purpose
from desk_app.domain.appointment_schedule import MAX_CAPACITY, MAX_SLOT_MINUTES, MIN_SLOT_MINUTES, FieldRule, Schedule
from desk_app.domain import booking_number
from desk_app.domain.working_calendar import OfficeHours
from desk_app.domain.dossier_state import DossierStatus
from desk_app.domain.handover import RatingLevel
from desk_app.domain.timeline import read_life
from desk_app.sync.wire_fields import (
    AgencyCode,
    BirthDay,
    BookEntry,
    Copies,
    Day,
    DeviceName,
    DossierCode,
    Email,
    IdNumber,
    Instant,
    Money,
    Name,
    OptionalIdNumber,
    Password,
    Phone,
    ProcedureCode,
    ProcessingDays,
    Sequence as SequenceNumber,
    Text,
    Username,
    Uuid,
)

API_PREFIX = "/api/v1"
VERSION = 1
"""The version of every record below; a record of another version is set aside, never guessed at."""
MAX_BATCH = 500
MAX_PAGE = 5000
DEFAULT_PAGE = 1000
MAX_BODY_BYTES = 4 * 1024 * 1024
ATTACHMENT_MAX_BYTES = 25 * 1024 * 1024
UPLOAD_OFFSET_HEADER = "Upload-Offset"
UPLOAD_LENGTH_HEADER = "Upload-Length"
LEASE_FIRST = 1
LEASE_LAST = 8999
RESERVE_FIRST = 9000
RESERVE_SIZE = 50
RESERVE_SLOTS = 20
LEASE_MAX_DAYS_AHEAD = 31
CLAIM_MAX_DAYS_BACK = 400
"""How far back a desk may declare the numbers it printed before it registered (see RegisterRequest)."""
MAX_CLAIMS = 1000
RETRY_AFTER_HEADER = "Retry-After"

Version = Annotated[int, Strict(), Field(ge=1, le=1000)]


class WireModel(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ErrorDetail(WireModel):
    code: str
    message: str
    field: str | None = None


class ErrorBody(WireModel):
    error: ErrorDetail


class Health(WireModel):
    status: Literal["ok"]
    version: str
    time: datetime


# Devices


class Claim(WireModel):
    """A run of dossier numbers this desk printed for one day before it held leases: as an
    unregistered desk, from its configured block, or under a registration that was revoked."""

    day: Day
    first: SequenceNumber
    last: SequenceNumber


class RegisterRequest(WireModel):
    username: Username
    password: Password
    device_name: DeviceName
    device_id: Uuid | None = None
    """The device this desk is or means to be. A desk logging in again keeps its id and its reserve
    slice when it proves it is that device (its current token in the Authorization header), or when
    the device was registered by the same officer and never used (a first answer that was lost).
    Otherwise, and for a revoked or another agency's device, the server makes a new device: a
    device id belongs to the desk that registered it, and is never taken over."""
    claims: Annotated[list[Claim], Field(max_length=MAX_CLAIMS)] = []
    """The numbers the desk has printed and not yet pushed, so that the server accepts them as
    this device's and never leases them to another."""


class Agency(WireModel):
    code: AgencyCode
    name: Name
    parent_name: Name = ""
    place_name: Name = ""
    office_hours: Annotated[str, StringConstraints(max_length=100)] = "07:30-11:30,13:30-17:00"


class OfficerEntry(WireModel):
    username: Username
    full_name: Name
    title: Name = ""
    role: Literal["officer", "supervisor", "admin"]
    active: Annotated[bool, Strict()] = True


class RegisterResponse(WireModel):
    device_id: Uuid
    token: Annotated[str, StringConstraints(min_length=16, max_length=200)]
    agency: Agency
    officer: OfficerEntry
    reserve_first: SequenceNumber
    reserve_last: SequenceNumber


class DeviceInfo(WireModel):
    device_id: Uuid
    name: Name
    agency: Agency
    reserve_first: SequenceNumber
    reserve_last: SequenceNumber


# Push


class OperationKind(StrEnum):
    INTAKE = "dossier.intake"
    """A dossier received at the desk, with everything its receipt printed (IntakePayload)."""
    STATUS = "dossier.status"
    """A move of the dossier's state that belongs to the desk (StatusPayload)."""
    RATING = "dossier.rating"
    """The citizen's rating at the hand-over (RatingPayload)."""
    EXTENSION = "dossier.extension"
    """The one extension of a late dossier, with its new due date (ExtensionPayload)."""
    POSTED = "dossier.posted"
    """The result sent by post, under a waybill (PostedPayload)."""
    APPOINTMENT_BOOK = "appointment.book"
    """A booking made at the desk into places it holds (AppointmentBookPayload); the envelope's
    `dossier_code` carries the booking number, as for every `appointment.*` operation."""
    APPOINTMENT_CHANGE = "appointment.change"
    """A booking cancelled, marked arrived or no-show, or moved to another slot
    (AppointmentChangePayload)."""


APPOINTMENT_KINDS = frozenset({OperationKind.APPOINTMENT_BOOK, OperationKind.APPOINTMENT_CHANGE})


DESK_OWNED_TARGETS = frozenset({
    DossierStatus.RECEIVED,
    DossierStatus.RESULT_READY,
    DossierStatus.RETURNED,
    DossierStatus.WITHDRAWN,
})
"""The moves a desk may make itself: papers brought back after a request to supplement, a
result made on the spot, the return, and a withdrawal at the counter. The rest is the back
office's (ownership instead of clocks): a stop comes down the feed with its reason, and the desk
prints the notice of it (Mẫu 05)."""


class Operation(WireModel):
    """The envelope of one change. It is checked as a whole with the request; its payload is
    checked on its own, so that one bad record is refused with its reason while the rest of the
    batch is applied."""

    op_id: Uuid
    kind: OperationKind
    dossier_code: Annotated[str, StringConstraints(min_length=1, max_length=40)]
    """The record the operation is about: a dossier code, or a booking number."""
    payload: dict[str, Any]
    created_at: Instant
    v: Version = VERSION


class PushRequest(WireModel):
    operations: Annotated[list[Operation], Field(min_length=1, max_length=MAX_BATCH)]


class Outcome(StrEnum):
    APPLIED = "applied"
    DUPLICATE = "duplicate"
    REJECTED = "rejected"


class OperationResult(WireModel):
    op_id: str
    outcome: Outcome
    reason_code: str | None = None
    reason: str | None = None
    """The server's sentence, in Vietnamese."""
    reason_params: dict[str, str] | None = None
    """The values in that sentence, so a desk can word the reason in the officer's language."""


class PushResponse(WireModel):
    results: list[OperationResult]


class DocumentLine(WireModel):
    """One line of the checklist. `received` (handed in) is version 1's first word on it and stays;
    `given` says it whole (handed, shown, none) and must agree with it."""

    name: Text
    kind: Literal["original", "copy", "certified_copy", "photocopy"]
    copies: Copies
    received: Annotated[bool, Strict()]
    given: Literal["handed", "shown", "none"] | None = None
    shown_only: Annotated[bool, Strict()] = False
    case: Text = ""
    group: Name = ""
    case_applies: Annotated[bool, Strict()] = False
    return_original: Annotated[bool, Strict()] = False

    @model_validator(mode="after")
    def _agrees(self) -> DocumentLine:
        if self.given is not None and (self.given == "handed") != self.received:
            raise ValueError("received và given không khớp nhau")
        return self

    @property
    def handed(self) -> str:
        """What became of the paper, for a line written before `given` was."""
        return self.given or ("handed" if self.received else "none")


class IntakePayload(WireModel):
    """A dossier as the desk received it: everything its receipt printed, and the checklist.

    The same record comes down the feed to the agency's other desks (FeedKind.DOSSIER). Its field
    names are those of version 1 of the wire and stay so, whatever the tables on either side
    become; each side maps it to its own rows (desk_app/sync/mapping.py, provincial/push.py)."""

    uuid: Uuid
    code: DossierCode
    agency_code: AgencyCode
    status: DossierStatus
    procedure_code: ProcedureCode
    procedure_name: Text
    processing_days: ProcessingDays
    processing_note: Text = ""
    fee_total_vnd: Money
    applicant_name: Name
    applicant_name_folded: Name | None = None
    applicant_id_number: IdNumber
    applicant_birth_date: BirthDay | None = None
    applicant_sex: Literal["male", "female"] | None = None
    applicant_address: Text
    applicant_phone: Phone = ""
    applicant_email: Email = ""
    name_without_diacritics: Annotated[bool, Strict()] = False
    received_at: Instant
    counted_from: Instant | None = None
    due_at: Instant | None = None
    sets: Copies = 1
    return_method: Literal["desk", "post"] = "desk"
    return_place: Text = ""
    book_number: Name
    book_entry: BookEntry
    note: Text = ""
    supplement_reason: Text = ""
    refusal_reason: Text = ""
    agency_name: Name
    parent_agency_name: Name = ""
    place_name: Name
    officer_name: Name
    officer_title: Name = ""
    lookup_url: Name = ""
    updated_at: Instant
    documents: Annotated[list[DocumentLine], Field(max_length=100)] = []


class Receiver(WireModel):
    """Who took the result: the applicant (their ID is the dossier's) or a proxy with an
    authorisation paper; a result delivered by post names the applicant."""

    id_number: IdNumber
    name: Name
    by_proxy: Annotated[bool, Strict()] = False
    authorisation: Text = ""

    @model_validator(mode="after")
    def _proxy_has_paper(self) -> Receiver:
        if self.by_proxy and not self.authorisation.strip():
            raise ValueError("người nhận thay phải có giấy ủy quyền")
        return self


class Handover(WireModel):
    receiver: Receiver
    method: Literal["desk", "post"] = "desk"
    fees_collected_vnd: Money = 0
    originals_returned: Annotated[list[Text], Field(max_length=100)] = []
    waybill: Annotated[str, StringConstraints(max_length=30, pattern=r"^[A-Z0-9-]*$")] = ""


class StatusPayload(WireModel):
    to: DossierStatus
    at: Instant
    officer: Name
    reason: Text = ""
    handover: Handover | None = None
    """With a move to `returned`: who took the result, fees collected and originals given back."""
    papers: Annotated[list[Text], Field(max_length=100)] = []
    """With a move back to `received`: the papers the applicant brought."""
    counted_from: Instant | None = None
    due_at: Instant | None = None
    """With a move back to `received`: the time counts afresh, to this due date."""

    @model_validator(mode="after")
    def _detail_fits_the_move(self) -> StatusPayload:
        if self.handover is not None and self.to is not DossierStatus.RETURNED:
            raise ValueError("handover chỉ đi kèm việc trả kết quả")
        brought = self.papers or self.due_at is not None or self.counted_from is not None
        if brought and self.to is not DossierStatus.RECEIVED:
            raise ValueError("papers và due_at chỉ đi kèm việc nhận hồ sơ bổ sung")
        return self


def status_detail(payload: StatusPayload) -> dict[str, Any]:
    """What a move's line on the timeline keeps beyond the move itself, on the desk and the server
    alike (desk_app/domain/timeline.py reads it back)."""
    detail: dict[str, Any] = {"reason": payload.reason} if payload.reason else {}
    if payload.handover is not None:
        detail.update(payload.handover.model_dump(mode="json"))
    if payload.papers:
        detail["papers"] = list(payload.papers)
    if payload.due_at is not None:
        detail["due_at"] = format_instant(payload.due_at)
    if payload.counted_from is not None:
        detail["counted_from"] = format_instant(payload.counted_from)
    return detail


class RatingPayload(WireModel):
    level: RatingLevel
    comment: Text = ""
    at: Instant
    officer: Name


class ExtensionPayload(WireModel):
    previous_due_at: Instant
    new_due_at: Instant
    reason: Text
    at: Instant
    officer: Name


class PostedPayload(WireModel):
    waybill: Annotated[str, StringConstraints(min_length=6, max_length=30, pattern=r"^[A-Z0-9-]+$")]
    sent_on: Day
    at: Instant
    officer: Name


RECORD_MODELS: Mapping[OperationKind, type[WireModel]] = {
    OperationKind.RATING: RatingPayload,
    OperationKind.EXTENSION: ExtensionPayload,
    OperationKind.POSTED: PostedPayload,
}
"""The operations that add a line to a dossier's timeline without moving its state."""


# Pull


class FeedKind(StrEnum):
    PROCEDURE = "procedure"
    """data: one procedure in the catalogue interchange format (docs/catalogue-format.md)."""
    PROCEDURE_REMOVED = "procedure.removed"
    """data: ProcedureRemoved"""
    CALENDAR_DAY = "calendar_day"
    """data: CalendarDay"""
    OFFICER = "officer"
    """data: OfficerEntry"""
    DOSSIER = "dossier"
    """data: IntakePayload, a dossier another desk of the agency received."""
    DOSSIER_STATUS = "dossier.status"
    """data: StatusChange"""
    APPOINTMENT = "appointment"
    """data: AppointmentEntry, the whole appointment as it stands (a cancellation sends it again)."""
    DOSSIER_RECORD = "dossier.record"
    """data: DossierRecordEntry, a rating, an extension or a posting recorded elsewhere, or the
    detail of a move (who took the result, the new due date)."""
    APPOINTMENT_SCHEDULE = "appointment.schedule"
    """data: ScheduleEntry, the agency's booking grid as it stands."""


class ProcedureRemoved(WireModel):
    code: ProcedureCode


class CalendarDay(WireModel):
    day: Day
    is_working: Annotated[bool, Strict()]
    note: Name = ""


class StatusChange(WireModel):
    code: DossierCode
    status_from: DossierStatus
    status_to: DossierStatus
    at: Instant
    officer: Name
    reason: Text = ""


class DossierRecordEntry(WireModel):
    """A line another desk or the back office added to a dossier's timeline; `payload` is the
    operation's own (RECORD_MODELS), checked on its own."""

    code: DossierCode
    kind: Literal["dossier.rating", "dossier.extension", "dossier.posted", "dossier.status"]
    payload: dict[str, Any]
    """For `dossier.status`: the StatusPayload of a move the feed has sent as a StatusChange, with
    what the move carried (the hand-over, the papers brought, the due date counted afresh)."""


BookingNumberText = Annotated[str, Strict(), StringConstraints(pattern=r"^LH[0-9]{2}-[0-9]{6}$")]
FieldName = Annotated[Name, StringConstraints(min_length=1)]
AppointmentId = Annotated[str, Strict(), StringConstraints(min_length=1, max_length=64, pattern=r"^[0-9A-Za-z._-]+$")]
SlotMinutes = Annotated[int, Strict(), Field(ge=MIN_SLOT_MINUTES, le=MAX_SLOT_MINUTES)]
Capacity = Annotated[int, Strict(), Field(ge=1, le=MAX_CAPACITY)]
Places = Annotated[int, Strict(), Field(ge=0, le=MAX_CAPACITY)]


class FieldRuleEntry(WireModel):
    field: FieldName
    minutes: SlotMinutes
    capacity: Capacity


class ScheduleEntry(WireModel):
    """The agency's booking grid (FeedKind.APPOINTMENT_SCHEDULE, keyed by the agency): sessions in
    the settings' spelling, a slot length and capacity, and those of the fields that differ."""

    agency_code: AgencyCode
    sessions: Annotated[str, StringConstraints(max_length=100)]
    minutes: SlotMinutes
    capacity: Capacity
    fields: Annotated[list[FieldRuleEntry], Field(max_length=500)] = []
    updated_at: Instant

    @model_validator(mode="after")
    def _sessions_read(self) -> ScheduleEntry:
        OfficeHours.parse(self.sessions)
        if len({rule.field for rule in self.fields}) != len(self.fields):
            raise ValueError("mỗi lĩnh vực chỉ có một quy định")
        return self

    def schedule(self) -> Schedule:
        """The domain's grid, on the desk and the server alike."""
        return Schedule(OfficeHours.parse(self.sessions), FieldRule(self.minutes, self.capacity),
                        {rule.field: FieldRule(rule.minutes, rule.capacity) for rule in self.fields})


class AppointmentEntry(WireModel):
    """An appointment of one of the agencies, booked online, by phone or at a desk, as it stands."""

    id: AppointmentId
    agency_code: AgencyCode
    procedure_code: ProcedureCode
    procedure_name: Text
    starts_at: Instant
    minutes: SlotMinutes
    applicant_name: Name
    applicant_phone: Phone
    applicant_id_number: OptionalIdNumber = ""
    applicant_email: Email = ""
    note: Text = ""
    channel: Literal["online", "phone", "desk"] = "online"
    status: AppointmentStatus
    updated_at: Instant
    number: BookingNumberText | Literal[""] = ""
    """Empty only for a booking stored before booking numbers were given."""
    field: Name = ""
    """The procedure's field, whose slots it is in; empty for a booking outside the grid."""
    purpose: Purpose = Purpose.SUBMIT
    dossier_code: DossierCode | None = None
    """For a collection: the dossier whose result the citizen comes for."""
    holder: Uuid | None = None
    """The desk whose places it takes; none for a booking in the agency's pool."""
    reason: Text = ""
    """Why it was cancelled."""


class AppointmentBookPayload(WireModel):
    id: Uuid
    number: BookingNumberText
    procedure_code: ProcedureCode
    procedure_name: Text
    field: FieldName
    starts_at: Instant
    minutes: SlotMinutes
    purpose: Purpose = Purpose.SUBMIT
    dossier_code: DossierCode | None = None
    applicant_name: Annotated[Name, StringConstraints(min_length=1)]
    applicant_phone: Annotated[Phone, StringConstraints(min_length=9)]
    applicant_id_number: OptionalIdNumber = ""
    applicant_email: Email = ""
    note: Text = ""
    booked_at: Instant
    officer: Name


class AppointmentChangePayload(WireModel):
    """`to` is the new status; `booked` with a time moves the booking, keeping its number, into
    places the moving desk holds."""

    to: AppointmentStatus
    starts_at: Instant | None = None
    minutes: SlotMinutes | None = None
    reason: Text = ""
    at: Instant
    officer: Name

    @model_validator(mode="after")
    def _fits(self) -> AppointmentChangePayload:
        moving = self.starts_at is not None or self.minutes is not None
        if moving and (self.to is not AppointmentStatus.BOOKED or self.starts_at is None or self.minutes is None):
            raise ValueError("giờ mới chỉ đi kèm việc dời lịch (to = booked, có starts_at và minutes)")
        if self.to is AppointmentStatus.BOOKED and not moving:
            raise ValueError("to = booked phải có giờ mới")
        if self.to is AppointmentStatus.CANCELLED and not self.reason.strip():
            raise ValueError("hủy lịch hẹn phải có lý do")
        return self


class FeedEntry(WireModel):
    """The envelope of one entry, read leniently on purpose: a page is taken whole whatever one
    entry holds, and each entry's data is then checked against the model of its kind, so that an
    entry this desk cannot use is set aside with its reason and the cursor still moves past it."""

    kind: str
    key: str
    data: Any
    v: Any = VERSION


class FeedPage(WireModel):
    entries: list[FeedEntry]
    cursor: Annotated[str, StringConstraints(max_length=1000)]
    """Opaque; send it back as is. It moves past every entry of this page."""
    more: bool


FEED_MODELS: Mapping[FeedKind, type[WireModel]] = {
    FeedKind.PROCEDURE_REMOVED: ProcedureRemoved,
    FeedKind.CALENDAR_DAY: CalendarDay,
    FeedKind.OFFICER: OfficerEntry,
    FeedKind.DOSSIER: IntakePayload,
    FeedKind.DOSSIER_STATUS: StatusChange,
    FeedKind.APPOINTMENT: AppointmentEntry,
    FeedKind.DOSSIER_RECORD: DossierRecordEntry,
    FeedKind.APPOINTMENT_SCHEDULE: ScheduleEntry,
}
"""The model of each kind's data; a procedure is read by the catalogue's own parser instead."""


# Leases


class LeaseAsk(WireModel):
    day: Day
    count: Annotated[int, Strict(), Field(ge=1, le=LEASE_LAST)]


class LeaseRequest(WireModel):
    days: Annotated[list[LeaseAsk], Field(min_length=1, max_length=LEASE_MAX_DAYS_AHEAD + 1)]


class Lease(WireModel):
    day: Day
    first: SequenceNumber
    last: SequenceNumber


class LeaseResponse(WireModel):
    leases: list[Lease]
    """One block per day asked for that still had numbers; a day with none left is absent."""


PLACES_MAX_SLOTS = 20_000
BOOKING_NUMBERS_MAX_ASK = 5000


class Holding(WireModel):
    """A desk's places in one slot: `held` counts the ones it has used as well as its spare ones."""

    field: FieldName
    starts_at: Instant
    held: Places
    wanted: Places = 0
    """In a request: the holding the desk would like; the province raises `held` towards it from
    the places no desk holds. In an answer: unused."""


class PlacesRequest(WireModel):
    """The slots the desk speaks of, each with the holding it keeps (it has given back what it
    will not use before asking); slots it does not name are left as they are."""

    holdings: Annotated[list[Holding], Field(max_length=PLACES_MAX_SLOTS)] = []
    numbers: Annotated[int, Strict(), Field(ge=0, le=BOOKING_NUMBERS_MAX_ASK)] = 0
    """How many booking numbers the desk asks for."""


class NumberBlock(WireModel):
    year: Annotated[int, Strict(), Field(ge=2000, le=2099)]
    first: Annotated[int, Strict(), Field(ge=booking_number.FIRST, le=booking_number.LAST)]
    last: Annotated[int, Strict(), Field(ge=booking_number.FIRST, le=booking_number.LAST)]


class PlacesResponse(WireModel):
    holdings: list[Holding]
    """The province's record of each slot the request named, in the request's order (a slot of
    the past or off the grid is given back as 0 places more than the bookings it holds)."""
    numbers: list[NumberBlock]


# An appointment as `appointment list --json` prints it, on the desk and on the server alike


def appointment_json(entry: AppointmentEntry, local_tz: Any) -> dict[str, Any]:
    """The keys both command lines print for a booking (each adds its own older keys)."""
    return {
        "number": entry.number,
        "at": entry.starts_at.astimezone(local_tz).isoformat(),
        "minutes": entry.minutes,
        "procedure": {"code": entry.procedure_code, "name": entry.procedure_name},
        "field": entry.field,
        "purpose": entry.purpose.value,
        "dossier_code": entry.dossier_code,
        "name": entry.applicant_name,
        "phone": entry.applicant_phone,
        "id_number": entry.applicant_id_number,
        "status": entry.status.value,
        "channel": entry.channel,
        "reason": entry.reason,
    }


# The dossier as `dossier show --json` prints it, on the desk and on the server alike


def dossier_json(row: Mapping[str, Any], events: Sequence[Mapping[str, Any]], local_tz: Any) -> dict[str, Any]:
    """Both sides print a dossier through this, from a mapping with the IntakePayload's keys (plus
    the current status and due date) and the timeline's events (at, kind, status_from, status_to,
    officer_name, detail_json): the hand-over, the rating and the extensions are read from them,
    so `desk-app dossier show --json` and `provincial dossier show --json` are comparable as they are.
    A record stored by an older server may lack the optional keys; they print as null."""

    def local(value: Any) -> str | None:
        if value is None:
            return None
        moment = value if isinstance(value, datetime) else datetime.fromisoformat(value)
        return moment.astimezone(local_tz).isoformat()

    def instant(value: Any) -> str:
        return format_instant(value if isinstance(value, datetime) else datetime.fromisoformat(value))

    birth = row.get("applicant_birth_date")
    life = read_life(events)
    return {
        "code": row["code"],
        "agency": row.get("agency_code"),
        "status": str(row["status"]),
        "applicant": {
            "full_name": row.get("applicant_name"),
            "id_number": row.get("applicant_id_number"),
            "birth_date": birth.isoformat() if isinstance(birth, date) else birth,
            "sex": row.get("applicant_sex"),
            "address": row.get("applicant_address"),
            "phone": row.get("applicant_phone", ""),
            "email": row.get("applicant_email", ""),
        },
        "procedure": {"code": row.get("procedure_code"), "name": row.get("procedure_name"),
                      "processing_days": str(row.get("processing_days"))},
        "received_at": local(row.get("received_at")),
        "due_at": local(row.get("due_at")),
        "returned_at": local(life.returned_at),
        "returned_to": life.returned_to,
        "rating": None if life.rating is None else {
            "level": life.rating["level"], "comment": life.rating["comment"], "at": local(life.rating["at"]),
            "officer": life.rating["officer"]},
        "extensions": [
            {"at": local(extension.at), "previous_due_at": local(extension.previous_due_at),
             "new_due_at": local(extension.new_due_at), "reason": extension.reason, "officer": extension.officer}
            for extension in life.extensions
        ],
        "posted": None if life.posted is None else {
            "waybill": life.posted.get("waybill"), "sent_on": life.posted.get("sent_on"),
            "at": local(life.posted["at"])},
        "events": [
            {"at": instant(e["at"]), "kind": e["kind"], "status_from": e["status_from"],
             "status_to": e["status_to"], "officer": e["officer_name"]}
            for e in events
        ],
    }
