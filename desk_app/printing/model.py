"""What the services hand to the printing package: plain values, so that forms know no database."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from desk_app.domain.appointment import Purpose


@dataclass(frozen=True)
class AgencyHeader:
    parent_agency_name: str
    agency_name: str
    place_name: str


@dataclass(frozen=True)
class PrintedDocument:
    name: str
    kind_label: str
    copies: int


@dataclass(frozen=True)
class MissingPapers:
    """One item a request to complete lists: a paper, or one of several alternatives, with the case
    it is needed in when it is needed only in a case."""

    choices: tuple[PrintedDocument, ...]
    case: str = ""


@dataclass(frozen=True)
class DossierSheet:
    """Everything a one-stop form prints about one dossier; times are aware datetimes in Asia/Ho_Chi_Minh."""

    code: str
    header: AgencyHeader
    applicant_name: str
    applicant_id_number: str
    applicant_address: str
    applicant_phone: str
    applicant_email: str
    procedure_code: str
    procedure_name: str
    documents_received: tuple[PrintedDocument, ...]
    """What was handed in, as the receipt lists it."""
    documents_missing: tuple[MissingPapers, ...]
    documents_shown: tuple[str, ...]
    """Papers only shown (xuất trình): looked at and handed back at once."""
    originals_returned: tuple[str, ...]
    """Originals handed in that go back to the citizen with the result."""
    sets: int
    processing_days: Decimal
    fee_total_vnd: int
    received_at: datetime
    due_at: datetime | None
    return_method: str
    return_place: str
    book_number: str
    book_entry: int
    officer_name: str
    officer_title: str
    lookup_url: str
    note: str
    supplement_reason: str
    refusal_reason: str
    pickup: Pickup | None = None
    """The time to collect the result, booked with the intake."""


@dataclass(frozen=True)
class Pickup:
    starts_at: datetime
    ends_at: datetime
    number: str


@dataclass(frozen=True)
class ExtensionLetter:
    """Mẫu 04: the apology and the new date."""

    sheet: DossierSheet
    issued_at: datetime
    previous_due_at: datetime
    new_due_at: datetime
    reason: str


@dataclass(frozen=True)
class StopNotice:
    """Mẫu 05: processing stopped, with the reason."""

    sheet: DossierSheet
    issued_at: datetime
    reason: str


@dataclass(frozen=True)
class HandoverRecord:
    """The hand-over of the result: who took it, with which paper, and what went back with it."""

    sheet: DossierSheet
    at: datetime
    receiver_name: str
    receiver_id_number: str
    by_proxy: bool
    authorisation: str
    originals_returned: tuple[str, ...]
    fees_collected_vnd: int
    officer_name: str


@dataclass(frozen=True)
class SlipStep:
    """One line of Mẫu 06: a hand-over of the paper dossier from one place to the next."""

    at: datetime
    giver: str
    officer: str
    receiver: str
    outcome: str
    note: str = ""


@dataclass(frozen=True)
class ControlSlip:
    sheet: DossierSheet
    steps: tuple[SlipStep, ...]


@dataclass(frozen=True)
class BookRow:
    """One dossier of the tracking book (Mẫu 07); times are local, None when not yet reached."""

    code: str
    procedure_name: str
    sets: int
    applicant_name: str
    address_and_phone: str
    processing_agency: str
    received_at: datetime
    due_at: datetime | None
    sent_at: datetime | None
    result_at: datetime | None
    returned_at: datetime | None
    receiver: str
    note: str


@dataclass(frozen=True)
class TrackingBook:
    header: AgencyHeader
    first: date
    last: date
    rows: tuple[BookRow, ...]
    printed_at: datetime


@dataclass(frozen=True)
class BookingSlip:
    """Phiếu hẹn: a booking as the citizen takes it away; times are aware datetimes in Asia/Ho_Chi_Minh."""

    number: str
    header: AgencyHeader
    place: str
    """Where to come: the desk's address, as a receipt names it for a result returned at the desk."""
    starts_at: datetime
    ends_at: datetime
    procedure_code: str
    procedure_name: str
    purpose: Purpose
    dossier_code: str
    """The dossier whose result is collected; empty for a submission."""
    applicant_name: str
    applicant_phone: str
    papers: tuple[MissingPapers, ...]
    """What to bring to hand a dossier in: the procedure's whole list, each paper needed only in a
    case with its case, alternatives as one item, as a request to complete lists them."""
