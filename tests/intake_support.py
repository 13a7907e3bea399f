"""A ready-to-save intake request, shared by the service, CLI, crash and benchmark code."""

from __future__ import annotations

from desk_app.services.intake import DocumentLine, IntakeRequest

APPLICANT = {
    "full_name": "Nguyễn Thị Thu Hằng",
    "id_number": "034190012345",
    "birth_date": "05/03/1990",
    "sex": "female",
    "address": "Thôn Đông, xã Đông Hưng, tỉnh Hưng Yên",
    "phone": "0912 345 678",
    "email": "hang.nguyen@example.vn",
}


def request_for(desk, code: str = "1.001193", received: bool = True, **overrides) -> IntakeRequest:
    """Every document of the procedure handed in (or none, with received=False)."""
    procedure = desk.catalogue.get(code)
    documents = tuple(DocumentLine(d.name, d.kind, d.copies, received) for d in procedure.documents)
    values = {**APPLICANT, "procedure_code": code, "documents": documents, **overrides}
    return IntakeRequest(**values)
