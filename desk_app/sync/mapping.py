"""Between the desk's rows and the wire's records, one explicit mapping in each direction.

The store's records follow the desk's tables; the wire's models are version 1 of what a province
receives and sends. Neither is the other: a column added to a table appears here or nowhere, and a
field of the wire is filled here from whichever columns hold it, so each can change without
silently changing the other.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from desk_app.domain.text import fold
from desk_app.store.appointments_repo import AppointmentRecord
from desk_app.store.dossier_repo import DocumentRow, DossierRecord
from desk_app.store.officers_repo import OfficerRow
from desk_app.sync import wire


def intake_payload(record: DossierRecord, documents: Sequence[DocumentRow]) -> wire.IntakePayload:
    """A dossier received at this desk, as the province receives it."""
    return wire.IntakePayload(
        uuid=record.uuid,
        code=record.code,
        agency_code=record.agency_code,
        status=record.status,
        procedure_code=record.procedure_code,
        procedure_name=record.procedure_name,
        processing_days=format(record.processing_days.normalize(), "f"),
        processing_note=record.processing_note,
        fee_total_vnd=record.fee_total_vnd,
        applicant_name=record.applicant_name,
        applicant_name_folded=record.applicant_name_folded,
        applicant_id_number=record.applicant_id_number,
        applicant_birth_date=record.applicant_birth_date,
        applicant_sex=record.applicant_sex,
        applicant_address=record.applicant_address,
        applicant_phone=record.applicant_phone,
        applicant_email=record.applicant_email,
        name_without_diacritics=record.name_without_diacritics,
        received_at=record.received_at,
        counted_from=record.counted_from,
        due_at=record.due_at,
        sets=record.sets,
        return_method=record.return_method,
        return_place=record.return_place,
        book_number=record.book_number,
        book_entry=record.book_entry,
        note=record.note,
        supplement_reason=record.supplement_reason,
        refusal_reason=record.refusal_reason,
        agency_name=record.agency_name,
        parent_agency_name=record.parent_agency_name,
        place_name=record.place_name,
        officer_name=record.officer_name,
        officer_title=record.officer_title,
        lookup_url=record.lookup_url,
        updated_at=record.updated_at,
        documents=[wire.DocumentLine(name=d.name, kind=d.kind, copies=d.copies, received=d.received, given=d.given,
                                     shown_only=d.shown_only, case=d.case, group=d.group,
                                     case_applies=d.case_applies, return_original=d.return_original)
                   for d in documents],
    )


def dossier_record(payload: wire.IntakePayload) -> tuple[DossierRecord, list[DocumentRow]]:
    """A dossier another desk of the agency received, as this desk stores it."""
    record = DossierRecord(
        uuid=payload.uuid,
        code=payload.code,
        agency_code=payload.agency_code,
        status=payload.status.value,
        procedure_code=payload.procedure_code,
        procedure_name=payload.procedure_name,
        processing_days=Decimal(payload.processing_days),
        processing_note=payload.processing_note,
        fee_total_vnd=payload.fee_total_vnd,
        applicant_name=payload.applicant_name,
        applicant_name_folded=payload.applicant_name_folded or fold(payload.applicant_name),
        applicant_id_number=payload.applicant_id_number,
        applicant_birth_date=payload.applicant_birth_date,
        applicant_sex=payload.applicant_sex,
        applicant_address=payload.applicant_address,
        applicant_phone=payload.applicant_phone,
        applicant_email=payload.applicant_email,
        name_without_diacritics=payload.name_without_diacritics,
        received_at=payload.received_at,
        counted_from=payload.counted_from,
        due_at=payload.due_at,
        sets=payload.sets,
        return_method=payload.return_method,
        return_place=payload.return_place,
        book_number=payload.book_number,
        book_entry=payload.book_entry,
        note=payload.note,
        supplement_reason=payload.supplement_reason,
        refusal_reason=payload.refusal_reason,
        agency_name=payload.agency_name,
        parent_agency_name=payload.parent_agency_name,
        place_name=payload.place_name,
        officer_name=payload.officer_name,
        officer_title=payload.officer_title,
        lookup_url=payload.lookup_url,
        updated_at=payload.updated_at,
    )
    documents = [DocumentRow(name=d.name, kind=d.kind, copies=d.copies, given=d.handed, shown_only=d.shown_only,
                             case=d.case, group=d.group, case_applies=d.case_applies,
                             return_original=d.return_original) for d in payload.documents]
    return record, documents


def appointment_record(entry: wire.AppointmentEntry) -> AppointmentRecord:
    return AppointmentRecord(
        id=entry.id,
        agency_code=entry.agency_code,
        procedure_code=entry.procedure_code,
        procedure_name=entry.procedure_name,
        starts_at=entry.starts_at,
        minutes=entry.minutes,
        applicant_name=entry.applicant_name,
        applicant_phone=entry.applicant_phone,
        applicant_id_number=entry.applicant_id_number,
        applicant_email=entry.applicant_email,
        note=entry.note,
        channel=entry.channel,
        status=entry.status.value,
        updated_at=entry.updated_at,
        number=entry.number,
        field=entry.field,
        purpose=entry.purpose.value,
        dossier_code=entry.dossier_code,
        holder=entry.holder,
        reason=entry.reason,
    )


def book_payload(record: AppointmentRecord, officer: str) -> wire.AppointmentBookPayload:
    """A booking made here, as the province receives it; `updated_at` is when it was made."""
    return wire.AppointmentBookPayload(
        id=record.id,
        number=record.number,
        procedure_code=record.procedure_code,
        procedure_name=record.procedure_name,
        field=record.field,
        starts_at=record.starts_at,
        minutes=record.minutes,
        purpose=record.purpose,
        dossier_code=record.dossier_code,
        applicant_name=record.applicant_name,
        applicant_phone=record.applicant_phone,
        applicant_id_number=record.applicant_id_number,
        applicant_email=record.applicant_email,
        note=record.note,
        booked_at=record.updated_at,
        officer=officer,
    )


def officer_row(entry: wire.OfficerEntry) -> OfficerRow:
    return OfficerRow(username=entry.username, full_name=entry.full_name, title=entry.title, role=entry.role,
                      active=entry.active)

