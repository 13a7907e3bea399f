"""Rendering a saved dossier's one-stop forms (Mẫu 01–07, the hand-over record, the postal label)
and a saved booking's slip from what was committed.

A form is always built from the stored row, never from the screen, so a reprint months later is
byte-for-byte the first print: same code, same times, same officer and header.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from typing import TYPE_CHECKING, Any, Callable, Mapping

from desk_app.clock import LOCAL_TZ
from desk_app.domain.appointment import Purpose
from desk_app.domain.booking_number import parse_booking_number
from desk_app.domain.catalogue import DocumentKind, RequiredDocument
from desk_app.domain.dossier_state import DossierStatus
from desk_app.domain.errors import DomainError
from desk_app.domain.timeline import event_detail, punctuality, read_life
from desk_app.domain.papers import Given, Paper, missing_papers
from desk_app.settings import PRINTED_FORMS, DeskProfile, PrintSettings
from desk_app.services.dossiers import stored_dossier
from desk_app.services.form_wording import Wording, default_wording
from desk_app.store import appointments_repo, dossier_repo
from desk_app.store.appointments_repo import AppointmentRecord
from desk_app.store.database import Connection, Database
from desk_app.store.dossier_repo import DocumentRow, DossierRecord

if TYPE_CHECKING:
    from desk_app.printing.model import BookingSlip


class FormKind(StrEnum):
    """Each form's stable part of its file name (`<code>_<value>.pdf`)."""

    RECEIPT = "mau01-giay-tiep-nhan"
    SUPPLEMENT_REQUEST = "mau02-yeu-cau-bo-sung"
    REFUSAL = "mau03-tu-choi-tiep-nhan"
    EXTENSION = "mau04-xin-loi-gia-han"
    STOP = "mau05-dung-giai-quyet"
    CONTROL_SLIP = "mau06-phieu-kiem-soat"
    HANDOVER = "phieu-ban-giao-ket-qua"
    POSTAL_LABEL = "nhan-buu-chinh"
    BOOKING_SLIP = "phieu-hen"

    @property
    def settings_name(self) -> str | None:
        """Its name in settings.toml's [printing] keys (`receipt_printer` …), one of PRINTED_FORMS;
        None for a form that goes to the system's default printer."""
        name = self.name.lower()
        return name if name in PRINTED_FORMS else None


FORM_NUMBERS = {"01": FormKind.RECEIPT, "02": FormKind.SUPPLEMENT_REQUEST, "03": FormKind.REFUSAL,
                "04": FormKind.EXTENSION, "05": FormKind.STOP, "06": FormKind.CONTROL_SLIP}
"""`dossier print --form NN`: the forms' numbers in Thông tư 03/2025/TT-VPCP."""


FORM_FOR_STATUS = {
    DossierStatus.SUPPLEMENT_REQUESTED: FormKind.SUPPLEMENT_REQUEST,
    DossierStatus.REFUSED: FormKind.REFUSAL,
}


@dataclass(frozen=True)
class RenderedForm:
    code: str
    form: FormKind
    pdf: bytes
    paper: str
    printer: str = ""
    """The printer the settings name for this form; empty for the system's default printer."""

    @property
    def file_name(self) -> str:
        return f"{self.code}_{self.form.value}.pdf"


def _local(moment: datetime | None) -> datetime | None:
    return moment.astimezone(LOCAL_TZ) if moment else None


def _printed(document: DocumentRow | RequiredDocument):
    from desk_app.printing.model import PrintedDocument

    return PrintedDocument(name=document.name, kind_label=DocumentKind(document.kind).label, copies=document.copies)


def paper_of_row(row: DocumentRow) -> Paper:
    """A stored line of the checklist as the domain reasons about it."""
    document = RequiredDocument(name=row.name, kind=DocumentKind(row.kind), copies=row.copies,
                                shown=row.shown_only, case=row.case, group=row.group)
    return Paper(document, Given(row.given), case_applies=row.case_applies, return_original=row.return_original)


def _needed(papers: list[Paper]):
    """The papers still needed, as the forms list them: alternatives as one item, with their case."""
    from desk_app.printing.model import MissingPapers

    by_name = {paper.document.name: paper.document for paper in papers}
    return tuple(MissingPapers(tuple(_printed(by_name[name]) for name in missing.names), missing.case)
                 for missing in missing_papers(papers))


def build_sheet(record: DossierRecord, documents: list[DocumentRow]):
    from desk_app.printing.model import AgencyHeader, DossierSheet

    return DossierSheet(
        code=record.code,
        header=AgencyHeader(parent_agency_name=record.parent_agency_name, agency_name=record.agency_name,
                            place_name=record.place_name),
        applicant_name=record.applicant_name,
        applicant_id_number=record.applicant_id_number,
        applicant_address=record.applicant_address,
        applicant_phone=record.applicant_phone,
        applicant_email=record.applicant_email,
        procedure_code=record.procedure_code,
        procedure_name=record.procedure_name,
        documents_received=tuple(_printed(d) for d in documents if d.given == Given.HANDED),
        documents_missing=_needed([paper_of_row(row) for row in documents]),
        documents_shown=tuple(d.name for d in documents if d.given == Given.SHOWN),
        originals_returned=tuple(d.name for d in documents if d.return_original),
        sets=record.sets,
        processing_days=record.processing_days,
        fee_total_vnd=record.fee_total_vnd,
        received_at=record.received_at.astimezone(LOCAL_TZ),
        due_at=_local(record.due_at),
        return_method=record.return_method,
        return_place=record.return_place,
        book_number=record.book_number,
        book_entry=record.book_entry,
        officer_name=record.officer_name,
        officer_title=record.officer_title,
        lookup_url=record.lookup_url,
        note=record.note,
        supplement_reason=record.supplement_reason,
        refusal_reason=record.refusal_reason,
    )


class FormsService:
    def __init__(self, database: Database, print_settings: Callable[[], PrintSettings],
                 wording: Callable[[], Wording] | None = None,
                 profile: Callable[[], DeskProfile] = DeskProfile) -> None:
        """profile: who the desk is, for the header of the forms that no dossier carries (the
        booking slip); a dossier's forms print the header stored with the dossier."""
        self._database = database
        self._print_settings = print_settings
        self._wording = wording or default_wording
        self._profile = profile

    def _printer(self, form: FormKind) -> str:
        name = form.settings_name
        return self._print_settings().printer_for(name) if name is not None else ""

    def render(self, code: str) -> RenderedForm:
        """The form that goes with the dossier's intake decision, on the configured paper."""
        from desk_app.printing.model import Pickup

        stored = stored_dossier(self._database, code)
        record = stored.record
        sheet = build_sheet(record, list(stored.documents))
        with self._database.read() as connection:
            pickup = appointments_repo.pickup_for(connection, record.code)
        if pickup is not None:
            start = pickup.starts_at.astimezone(LOCAL_TZ)
            sheet = replace(sheet, pickup=Pickup(start, start + timedelta(minutes=pickup.minutes), pickup.number))
        form = FORM_FOR_STATUS.get(DossierStatus(record.status), FormKind.RECEIPT)
        return self._intake_form(code, form, sheet)

    def _intake_form(self, code: str, form: FormKind, sheet) -> RenderedForm:
        settings = self._print_settings()
        printer = self._printer(form)
        if form is FormKind.SUPPLEMENT_REQUEST:
            from desk_app.printing.supplement_request import render_supplement_request

            return RenderedForm(code, form, render_supplement_request(sheet), "a4", printer)
        if form is FormKind.REFUSAL:
            from desk_app.printing.refusal import render_refusal

            return RenderedForm(code, form, render_refusal(sheet), "a4", printer)
        from desk_app.printing.receipt import Paper, render_receipt

        paper = Paper(settings.receipt_paper)
        return RenderedForm(code, form, render_receipt(sheet, paper, settings.receipt_copies), paper.value, printer)

    def render_form(self, code: str, number: str) -> RenderedForm:
        """Mẫu `number` (01–06) of the dossier; one that its life does not allow yet (an apology
        with no extension, a stop notice for a dossier not stopped, the receipt of a refused
        dossier) is refused with why."""
        form = FORM_NUMBERS.get(number)
        if form is None:
            raise DomainError("forms.unknown", field="form", number=number[:10], known=", ".join(FORM_NUMBERS))
        stored = stored_dossier(self._database, code)
        record = stored.record
        life = read_life(stored.events)
        sheet = build_sheet(record, list(stored.documents))
        status = DossierStatus(record.status)
        words = self._wording()
        if form in (FormKind.RECEIPT, FormKind.SUPPLEMENT_REQUEST, FormKind.REFUSAL):
            intake = stored.events[0]["status_to"] if stored.events else record.status
            if FORM_FOR_STATUS.get(DossierStatus(intake), FormKind.RECEIPT) is not form:
                raise self._not_printable(code, number, "forms.not_this_intake")
            if form is FormKind.RECEIPT and sheet.due_at is None:
                raise self._not_printable(code, number, "forms.no_due")
            return self._intake_form(code, form, sheet)
        if form is FormKind.EXTENSION:
            if not life.extensions:
                raise self._not_printable(code, number, "forms.no_extension")
            from desk_app.printing.letters import render_extension_letter
            from desk_app.printing.model import ExtensionLetter

            extension = life.extensions[-1]
            letter = ExtensionLetter(sheet, extension.at, extension.previous_due_at, extension.new_due_at,
                                     extension.reason)
            return RenderedForm(code, form, render_extension_letter(letter, words["04"]), "a4", "")
        if form is FormKind.STOP:
            stop = next((e for e in reversed(stored.events) if e["status_to"] == DossierStatus.STOPPED.value), None)
            if status is not DossierStatus.STOPPED or stop is None:
                raise self._not_printable(code, number, "forms.not_stopped")
            from desk_app.printing.letters import render_stop_notice
            from desk_app.printing.model import StopNotice

            notice = StopNotice(sheet, datetime.fromisoformat(stop["at"]), event_detail(stop).get("reason", ""))
            return RenderedForm(code, form, render_stop_notice(notice, words["05"]), "a4", "")
        from desk_app.printing.control_slip import render_control_slip

        slip = control_slip(record, sheet, stored.events, life, words["06"])
        return RenderedForm(code, form, render_control_slip(slip, words["06"]), "a4", "")

    def render_handover(self, code: str) -> RenderedForm:
        """The record of the hand-over made; refused before there is one."""
        stored = stored_dossier(self._database, code)
        life = read_life(stored.events)
        if life.returned_to is None or life.returned_at is None:
            raise self._not_printable(code, "bàn giao", "forms.not_returned")
        from desk_app.printing.letters import render_handover_record
        from desk_app.printing.model import HandoverRecord

        returned = next(e for e in reversed(stored.events) if e["status_to"] == DossierStatus.RETURNED.value)
        detail = event_detail(returned)
        receiver = life.returned_to
        record = HandoverRecord(build_sheet(stored.record, list(stored.documents)), life.returned_at,
                                receiver["name"], receiver["id_number"], bool(receiver.get("by_proxy")),
                                receiver.get("authorisation", ""), tuple(detail.get("originals_returned", ())),
                                int(detail.get("fees_collected_vnd", 0)), life.returned_by)
        rendered = render_handover_record(record, self._wording()["handover"])
        return RenderedForm(code, FormKind.HANDOVER, rendered, "a4", "")

    def render_postal_label(self, code: str) -> RenderedForm:
        stored = stored_dossier(self._database, code)
        if stored.record.return_method != "post":
            raise self._not_printable(code, "nhãn bưu chính", "forms.not_post")
        from desk_app.printing.postal_label import render_postal_label

        sheet = build_sheet(stored.record, list(stored.documents))
        return RenderedForm(code, FormKind.POSTAL_LABEL, render_postal_label(sheet, self._wording()["label"]),
                            "label", "")

    def render_booking_slip(self, number: str) -> RenderedForm:
        """The slip of a saved booking, on the paper the settings name for it; DomainError for a
        number no booking here has."""
        from desk_app.printing.booking_slip import SlipPaper, render_booking_slip

        parsed = parse_booking_number(number)
        with self._database.read() as connection:
            record = None if parsed is None else appointments_repo.by_number(connection, str(parsed))
            if record is None:
                raise DomainError("appointment.number_unknown", field="number", number=number.strip()[:20])
            collecting = Purpose(record.purpose) is Purpose.COLLECT
            papers = () if collecting else _procedure_papers(connection, record.procedure_code)
        paper = SlipPaper(self._print_settings().slip_paper)
        slip = booking_slip(record, papers, self._profile())
        pdf = render_booking_slip(slip, paper, self._wording()["booking_slip"])
        return RenderedForm(record.number, FormKind.BOOKING_SLIP, pdf, paper.value,
                            self._printer(FormKind.BOOKING_SLIP))

    def tracking_book(self, first: date, last: date, printed_at: datetime):
        """Mẫu 07's rows for the dossiers received from `first` to `last`, both included."""
        from desk_app.printing.model import AgencyHeader, TrackingBook

        if last < first:
            raise DomainError("forms.book_period", field="period")
        start = datetime.combine(first, time(0), LOCAL_TZ)
        end = datetime.combine(last + timedelta(days=1), time(0), LOCAL_TZ)
        with self._database.read() as connection:
            rows = dossier_repo.received_between(connection, start, end)
            header_row = connection.execute(
                "SELECT agency_name, parent_agency_name, place_name FROM dossiers ORDER BY id DESC LIMIT 1").fetchone()
        header = AgencyHeader(header_row["parent_agency_name"], header_row["agency_name"],
                              header_row["place_name"]) if header_row else AgencyHeader("", "", "")
        return TrackingBook(header, first, last, tuple(book_row(row) for row in rows), printed_at)

    def book_pdf(self, first: date, last: date, printed_at: datetime) -> bytes:
        from desk_app.printing.tracking_book import render_tracking_book

        return render_tracking_book(self.tracking_book(first, last, printed_at), self._wording()["07"])

    def book_xlsx(self, first: date, last: date, printed_at: datetime) -> bytes:
        from desk_app.printing.book_workbook import write_workbook

        return write_workbook(self.tracking_book(first, last, printed_at), self._wording()["07"])

    @staticmethod
    def _not_printable(code: str, number: str, why: str) -> DomainError:
        from desk_app.messages import message_for

        return DomainError("forms.not_printable", field="form", form=f"Mẫu {number}" if number.isdigit() else number,
                           code=code, why=message_for(why))


def _procedure_papers(connection: Connection, code: str) -> tuple[RequiredDocument, ...]:
    """One procedure's list of papers, read alone: loading a provincial catalogue whole for one slip
    takes ~0.3 s. A procedure the province has withdrawn keeps its list, as a booking under it stands."""
    rows = connection.execute(
        "SELECT name, kind, copies, shown, case_text, group_name FROM procedure_documents "
        "WHERE procedure_code = ? ORDER BY position", (code,)).fetchall()
    return tuple(RequiredDocument(name=row["name"], kind=DocumentKind(row["kind"]), copies=row["copies"],
                                  shown=bool(row["shown"]), case=row["case_text"], group=row["group_name"])
                 for row in rows)


def booking_slip(record: AppointmentRecord, papers: tuple[RequiredDocument, ...],
                 profile: DeskProfile) -> BookingSlip:
    """The slip of a stored booking. A citizen coming to hand a dossier in brings the whole list:
    each paper needed only in a case is listed with its case, for them to judge."""
    from desk_app.printing.model import AgencyHeader, BookingSlip

    place = profile.effective_return_place
    if profile.place_name and profile.place_name not in place:
        place = f"{place}, {profile.place_name}"
    return BookingSlip(
        number=record.number,
        header=AgencyHeader(parent_agency_name=profile.parent_agency_name, agency_name=profile.agency_name,
                            place_name=profile.place_name),
        place=place,
        starts_at=record.starts_at.astimezone(LOCAL_TZ),
        ends_at=(record.starts_at + timedelta(minutes=record.minutes)).astimezone(LOCAL_TZ),
        procedure_code=record.procedure_code,
        procedure_name=record.procedure_name,
        purpose=Purpose(record.purpose),
        dossier_code=record.dossier_code or "",
        applicant_name=record.applicant_name,
        applicant_phone=record.applicant_phone,
        papers=_needed([Paper(document, Given.NONE, case_applies=True) for document in papers]),
    )


def control_slip(record: DossierRecord, sheet, events, life, words: Mapping[str, Any]):
    """Mẫu 06's lines from the timeline: the desk hands the dossier on, the back office hands the
    result back (early, on time or late against the due date), the desk hands it to the citizen."""
    from desk_app.printing.model import ControlSlip, SlipStep

    desk, back_office = words["desk"], words["back_office"]
    # Lateness is judged against the date first promised: an extension moves the due date, not the record.
    promised = life.extensions[0].previous_due_at if life.extensions else record.due_at
    steps = [SlipStep(record.received_at, desk, record.officer_name, back_office, "")]
    for event in events:
        at = datetime.fromisoformat(event["at"])
        judged = punctuality(at, promised, LOCAL_TZ)
        outcome = words[judged] if judged else ""
        if event["status_to"] == DossierStatus.RESULT_READY.value:
            steps.append(SlipStep(at, back_office, event["officer_name"], desk, outcome))
        elif event["status_to"] == DossierStatus.RETURNED.value:
            receiver = (life.returned_to or {}).get("name", "")
            steps.append(SlipStep(at, desk, event["officer_name"], receiver, outcome))
    return ControlSlip(sheet, tuple(steps))


def book_row(row: dict):
    """A dossier's line in Mẫu 07."""
    from desk_app.printing.model import BookRow

    def first_move(status: DossierStatus) -> datetime | None:
        found = next((e for e in row["events"] if e["status_to"] == status.value), None)
        return datetime.fromisoformat(found["at"]) if found else None

    returned = next((e for e in row["events"] if e["status_to"] == DossierStatus.RETURNED.value), None)
    receiver = event_detail(returned).get("receiver", {}).get("name", "") if returned else ""
    contact = ", ".join(part for part in (row["applicant_address"], row["applicant_phone"]) if part)
    return BookRow(code=row["code"], procedure_name=row["procedure_name"], sets=row["sets"],
                   applicant_name=row["applicant_name"], address_and_phone=contact,
                   processing_agency=row["processing_agency"], received_at=datetime.fromisoformat(row["received_at"]),
                   due_at=datetime.fromisoformat(row["due_at"]) if row["due_at"] else None,
                   sent_at=first_move(DossierStatus.IN_PROGRESS), result_at=first_move(DossierStatus.RESULT_READY),
                   returned_at=first_move(DossierStatus.RETURNED), receiver=receiver, note=row["note"])
