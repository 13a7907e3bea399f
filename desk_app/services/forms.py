"""Rendering a saved dossier's one-stop form (Mẫu 01, 02 or 03) from what was committed.

A form is always built from the stored row, never from the screen, so a reprint months later is
byte-for-byte the first print: same code, same times, same officer and header.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Callable

from desk_app.clock import LOCAL_TZ
from desk_app.domain.catalogue import DocumentKind, RequiredDocument
from desk_app.domain.dossier_state import DossierStatus
from desk_app.domain.papers import Given, Paper, missing_papers
from desk_app.settings import PrintSettings
from desk_app.services.dossiers import stored_dossier
from desk_app.store.database import Database
from desk_app.store.dossier_repo import DocumentRow, DossierRecord


class FormKind(StrEnum):
    RECEIPT = "mau01-giay-tiep-nhan"
    SUPPLEMENT_REQUEST = "mau02-yeu-cau-bo-sung"
    REFUSAL = "mau03-tu-choi-tiep-nhan"

    @property
    def settings_name(self) -> str:
        """Its name in settings.toml's [printing] keys (`receipt_printer` …), one of PRINTED_FORMS."""
        return self.name.lower()


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


def _missing(documents: list[DocumentRow]):
    from desk_app.printing.model import MissingPapers

    papers = [paper_of_row(row) for row in documents]
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
        documents_missing=_missing(documents),
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
    def __init__(self, database: Database, print_settings: Callable[[], PrintSettings]) -> None:
        self._database = database
        self._print_settings = print_settings

    def render(self, code: str) -> RenderedForm:
        """The form that goes with the dossier's intake decision, on the configured paper."""
        stored = stored_dossier(self._database, code)
        record = stored.record
        sheet = build_sheet(record, list(stored.documents))
        form = FORM_FOR_STATUS.get(DossierStatus(record.status), FormKind.RECEIPT)
        settings = self._print_settings()
        printer = settings.printer_for(form.settings_name)
        if form is FormKind.SUPPLEMENT_REQUEST:
            from desk_app.printing.supplement_request import render_supplement_request

            return RenderedForm(code, form, render_supplement_request(sheet), "a4", printer)
        if form is FormKind.REFUSAL:
            from desk_app.printing.refusal import render_refusal

            return RenderedForm(code, form, render_refusal(sheet), "a4", printer)
        from desk_app.printing.receipt import Paper, render_receipt

        paper = Paper(settings.receipt_paper)
        return RenderedForm(code, form, render_receipt(sheet, paper, settings.receipt_copies), paper.value, printer)
