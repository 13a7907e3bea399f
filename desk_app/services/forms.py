"""Rendering a saved dossier's one-stop form (Mẫu 01, 02 or 03) from what was committed.

A form is always built from the stored row, never from the screen, so a reprint months later is
byte-for-byte the first print: same code, same times, same officer and header.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any, Callable, Mapping

from desk_app.clock import LOCAL_TZ
from desk_app.domain.catalogue import DocumentKind
from desk_app.domain.dossier_state import DossierStatus
from desk_app.domain.errors import DomainError
from desk_app.settings import PrintSettings
from desk_app.store import dossier_repo
from desk_app.store.database import Database
from desk_app.store.dossier_repo import DocumentRow


class FormKind(StrEnum):
    RECEIPT = "mau01-giay-tiep-nhan"
    SUPPLEMENT_REQUEST = "mau02-yeu-cau-bo-sung"
    REFUSAL = "mau03-tu-choi-tiep-nhan"


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

    @property
    def file_name(self) -> str:
        return f"{self.code}_{self.form.value}.pdf"


def _local(stamp: str | None) -> datetime | None:
    return datetime.fromisoformat(stamp).astimezone(LOCAL_TZ) if stamp else None


def _printed(documents: list[DocumentRow], received: bool):
    from desk_app.printing.model import PrintedDocument

    return tuple(PrintedDocument(name=d.name, kind_label=DocumentKind(d.kind).label, copies=d.copies)
                 for d in documents if d.received is received)


def build_sheet(row: Mapping[str, Any], documents: list[DocumentRow]):
    from desk_app.printing.model import AgencyHeader, DossierSheet

    received_at = _local(row["received_at"])
    assert received_at is not None
    return DossierSheet(
        code=row["code"],
        header=AgencyHeader(parent_agency_name=row["parent_agency_name"], agency_name=row["agency_name"],
                            place_name=row["place_name"]),
        applicant_name=row["applicant_name"],
        applicant_id_number=row["applicant_id_number"],
        applicant_address=row["applicant_address"],
        applicant_phone=row["applicant_phone"],
        applicant_email=row["applicant_email"],
        procedure_code=row["procedure_code"],
        procedure_name=row["procedure_name"],
        documents_received=_printed(documents, True),
        documents_missing=_printed(documents, False),
        sets=row["sets"],
        processing_days=Decimal(row["processing_days"]),
        fee_total_vnd=row["fee_total_vnd"],
        received_at=received_at,
        due_at=_local(row["due_at"]),
        return_method=row["return_method"],
        return_place=row["return_place"],
        book_number=row["book_number"],
        book_entry=row["book_entry"],
        officer_name=row["officer_name"],
        officer_title=row["officer_title"],
        lookup_url=row["lookup_url"],
        note=row["note"],
        supplement_reason=row["supplement_reason"],
        refusal_reason=row["refusal_reason"],
    )


class FormsService:
    def __init__(self, database: Database, print_settings: Callable[[], PrintSettings]) -> None:
        self._database = database
        self._print_settings = print_settings

    def render(self, code: str) -> RenderedForm:
        """The form that goes with the dossier's intake decision, on the configured paper."""
        with self._database.read() as connection:
            row = dossier_repo.fetch_by_code(connection, code)
            if row is None:
                raise DomainError("dossier.unknown", field="code", code=code)
            documents = dossier_repo.fetch_documents(connection, row["id"])
        sheet = build_sheet(row, documents)
        form = FORM_FOR_STATUS.get(DossierStatus(row["status"]), FormKind.RECEIPT)
        settings = self._print_settings()
        if form is FormKind.SUPPLEMENT_REQUEST:
            from desk_app.printing.supplement_request import render_supplement_request

            return RenderedForm(code, form, render_supplement_request(sheet), "a4")
        if form is FormKind.REFUSAL:
            from desk_app.printing.refusal import render_refusal

            return RenderedForm(code, form, render_refusal(sheet), "a4")
        from desk_app.printing.receipt import Paper, render_receipt

        paper = Paper(settings.receipt_paper)
        return RenderedForm(code, form, render_receipt(sheet, paper, settings.receipt_copies), paper.value)
