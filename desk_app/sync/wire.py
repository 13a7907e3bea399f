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

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, StringConstraints

from desk_app.clock import format_instant
from desk_app.domain.appointment import MAX_MINUTES, MIN_MINUTES, AppointmentStatus
from desk_app.domain.dossier_state import DossierStatus

API_PREFIX = "/api/v1"
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

ShortText = Annotated[str, StringConstraints(max_length=200)]
Uuid = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")]
LongText = Annotated[str, StringConstraints(max_length=2000)]
Sha256 = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]


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
    time: AwareDatetime


# Devices


class RegisterRequest(WireModel):
    username: Annotated[str, StringConstraints(min_length=1, max_length=64)]
    password: Annotated[str, StringConstraints(min_length=1, max_length=256)]
    device_name: Annotated[str, StringConstraints(min_length=1, max_length=120)]
    device_id: Uuid | None = None
    """The device this desk is or means to be. A registered desk logging in again keeps its id and
    its reserve slice, unless it was revoked, in which case a new device is made. A new desk
    proposes an id of its own, so that registering again after a lost answer finds the device the
    first try made instead of leaving it behind holding a reserve slice."""


class Agency(WireModel):
    code: ShortText
    name: ShortText
    parent_name: ShortText = ""
    place_name: ShortText = ""
    office_hours: ShortText = "07:30-11:30,13:30-17:00"


class OfficerEntry(WireModel):
    username: ShortText
    full_name: ShortText
    title: ShortText = ""
    role: Literal["officer", "supervisor", "admin"]
    active: bool = True


class RegisterResponse(WireModel):
    device_id: str
    token: str
    agency: Agency
    officer: OfficerEntry
    reserve_first: int
    reserve_last: int


class DeviceInfo(WireModel):
    device_id: str
    name: str
    agency: Agency
    reserve_first: int
    reserve_last: int


# Push


class OperationKind(StrEnum):
    INTAKE = "dossier.intake"
    """A dossier received at the desk, with everything its receipt printed (IntakePayload)."""
    STATUS = "dossier.status"
    """A move of the dossier's state that belongs to the desk (StatusPayload)."""


DESK_OWNED_TARGETS = frozenset({
    DossierStatus.RECEIVED,
    DossierStatus.RESULT_READY,
    DossierStatus.RETURNED,
    DossierStatus.WITHDRAWN,
})
"""The moves a desk may make itself: papers brought back after a request to supplement, a
result made on the spot, the return, and a withdrawal at the counter. The rest is the back
office's (ownership instead of clocks)."""


class Operation(WireModel):
    op_id: Uuid
    kind: OperationKind
    dossier_code: Annotated[str, StringConstraints(min_length=1, max_length=40)]
    payload: dict[str, Any]
    created_at: AwareDatetime


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


class PushResponse(WireModel):
    results: list[OperationResult]


class DocumentLine(WireModel):
    name: LongText
    kind: Literal["original", "copy", "certified_copy"]
    copies: Annotated[int, Field(ge=1, le=99)]
    received: bool


class IntakePayload(WireModel):
    """A dossier as the desk saved it: the columns of its row, and the checklist."""

    uuid: str
    code: Annotated[str, StringConstraints(max_length=40)]
    agency_code: ShortText
    status: DossierStatus
    procedure_code: ShortText
    procedure_name: LongText
    processing_days: Annotated[str, StringConstraints(max_length=12)]
    processing_note: LongText = ""
    fee_total_vnd: Annotated[int, Field(ge=0)]
    applicant_name: ShortText
    applicant_name_folded: ShortText | None = None
    applicant_id_number: Annotated[str, StringConstraints(pattern=r"^\d{12}$")]
    applicant_birth_date: date | None = None
    applicant_sex: Literal["male", "female"] | None = None
    applicant_address: LongText
    applicant_phone: ShortText = ""
    applicant_email: ShortText = ""
    name_without_diacritics: bool = False
    received_at: AwareDatetime
    counted_from: AwareDatetime | None = None
    due_at: AwareDatetime | None = None
    sets: Annotated[int, Field(ge=1, le=99)] = 1
    return_method: Literal["desk", "post"] = "desk"
    return_place: LongText = ""
    book_number: ShortText
    book_entry: Annotated[int, Field(ge=1)]
    note: LongText = ""
    supplement_reason: LongText = ""
    refusal_reason: LongText = ""
    agency_name: ShortText
    parent_agency_name: ShortText = ""
    place_name: ShortText
    officer_name: ShortText
    officer_title: ShortText = ""
    lookup_url: ShortText = ""
    updated_at: AwareDatetime
    documents: Annotated[list[DocumentLine], Field(max_length=100)] = []


class StatusPayload(WireModel):
    to: DossierStatus
    at: AwareDatetime
    officer: ShortText
    reason: LongText = ""


# Pull


class FeedKind(StrEnum):
    PROCEDURE = "procedure"
    """data: one procedure in the catalogue interchange format (DESIGN.md §6)."""
    PROCEDURE_REMOVED = "procedure.removed"
    """data: {"code": ...}"""
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


class CalendarDay(WireModel):
    day: date
    is_working: bool
    note: ShortText = ""


class StatusChange(WireModel):
    code: str
    status_from: DossierStatus
    status_to: DossierStatus
    at: AwareDatetime
    officer: ShortText
    reason: LongText = ""


class AppointmentEntry(WireModel):
    """An appointment booked with the provincial system (online or by phone) at one of its agencies."""

    id: Annotated[str, StringConstraints(min_length=1, max_length=64)]
    agency_code: ShortText
    procedure_code: ShortText
    procedure_name: LongText
    starts_at: AwareDatetime
    minutes: Annotated[int, Field(ge=MIN_MINUTES, le=MAX_MINUTES)]
    applicant_name: ShortText
    applicant_phone: ShortText
    applicant_id_number: Annotated[str, StringConstraints(pattern=r"^(\d{12})?$")] = ""
    applicant_email: ShortText = ""
    note: LongText = ""
    channel: Literal["online", "phone", "desk"] = "online"
    status: AppointmentStatus
    updated_at: AwareDatetime


class FeedEntry(WireModel):
    kind: FeedKind
    key: str
    data: dict[str, Any]


class FeedPage(WireModel):
    entries: list[FeedEntry]
    cursor: str
    """Opaque; send it back as is. It moves past every entry of this page."""
    more: bool


# Leases


class LeaseAsk(WireModel):
    day: date
    count: Annotated[int, Field(ge=1, le=LEASE_LAST)]


class LeaseRequest(WireModel):
    days: Annotated[list[LeaseAsk], Field(min_length=1, max_length=LEASE_MAX_DAYS_AHEAD + 1)]


class Lease(WireModel):
    day: date
    first: int
    last: int


class LeaseResponse(WireModel):
    leases: list[Lease]
    """One block per day asked for that still had numbers; a day with none left is absent."""


# The dossier as `dossier show --json` prints it, on the desk and on the server alike


def dossier_json(row: Mapping[str, Any], events: Sequence[Mapping[str, Any]], local_tz: Any) -> dict[str, Any]:
    """Both sides print a dossier through this, from a mapping with the IntakePayload's keys (plus
    the current status) and the timeline's events (at, kind, status_from, status_to, officer_name),
    so `desk-app dossier show --json` and `provincial dossier show --json` are comparable as they are."""

    def local(value: Any) -> str | None:
        if value is None:
            return None
        moment = value if isinstance(value, datetime) else datetime.fromisoformat(value)
        return moment.astimezone(local_tz).isoformat()

    def instant(value: Any) -> str:
        return format_instant(value if isinstance(value, datetime) else datetime.fromisoformat(value))

    birth = row["applicant_birth_date"]
    return {
        "code": row["code"],
        "agency": row["agency_code"],
        "status": str(row["status"]),
        "applicant": {
            "full_name": row["applicant_name"],
            "id_number": row["applicant_id_number"],
            "birth_date": birth.isoformat() if isinstance(birth, date) else birth,
            "sex": row["applicant_sex"],
            "address": row["applicant_address"],
            "phone": row["applicant_phone"],
            "email": row["applicant_email"],
        },
        "procedure": {"code": row["procedure_code"], "name": row["procedure_name"],
                      "processing_days": str(row["processing_days"])},
        "received_at": local(row["received_at"]),
        "due_at": local(row["due_at"]),
        "events": [
            {"at": instant(e["at"]), "kind": e["kind"], "status_from": e["status_from"],
             "status_to": e["status_to"], "officer": e["officer_name"]}
            for e in events
        ],
    }
