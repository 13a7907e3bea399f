"""Finding a dossier at the counter: by scanned or typed code, ID number, phone, or name."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Mapping

from desk_app.clock import LOCAL_TZ
from desk_app.domain.contact import normalize_phone
from desk_app.domain.dossier_code import looks_like_dossier_code, parse_dossier_code
from desk_app.domain.dossier_state import DossierStatus
from desk_app.domain.errors import DomainError
from desk_app.domain.text import fold
from desk_app.store import dossier_repo
from desk_app.store.database import Database

_DIGITS = re.compile(r"[\d\s.+()-]+")


@dataclass(frozen=True)
class DossierSummary:
    code: str
    status: DossierStatus
    applicant_name: str
    applicant_id_number: str
    procedure_name: str
    received_at: datetime
    due_at: datetime | None


@dataclass(frozen=True)
class DossierDetail:
    """A dossier as `dossier show` prints it; the same fields the provincial server shows."""

    code: str
    agency: str
    status: DossierStatus
    applicant: Mapping[str, Any]
    procedure: Mapping[str, Any]
    received_at: datetime
    due_at: datetime | None
    events: tuple[Mapping[str, Any], ...]

    def as_json(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "agency": self.agency,
            "status": self.status.value,
            "applicant": dict(self.applicant),
            "procedure": dict(self.procedure),
            "received_at": self.received_at.isoformat(),
            "due_at": self.due_at.isoformat() if self.due_at else None,
            "events": [dict(e) for e in self.events],
        }


def _summary(row: Mapping[str, Any]) -> DossierSummary:
    return DossierSummary(
        code=row["code"],
        status=DossierStatus(row["status"]),
        applicant_name=row["applicant_name"],
        applicant_id_number=row["applicant_id_number"],
        procedure_name=row["procedure_name"],
        received_at=datetime.fromisoformat(row["received_at"]).astimezone(LOCAL_TZ),
        due_at=datetime.fromisoformat(row["due_at"]).astimezone(LOCAL_TZ) if row["due_at"] else None,
    )


class LookupService:
    def __init__(self, database: Database) -> None:
        self._database = database

    def find(self, query: str, limit: int = 50) -> list[DossierSummary]:
        """Read the query the way an officer means it: a code, a 12-digit ID, a phone number, or a name."""
        query = query.strip()
        if not query:
            return []
        with self._database.read() as connection:
            if looks_like_dossier_code(query):
                rows = dossier_repo.summaries_by_column(connection, "code", str(parse_dossier_code(query)), limit)
            elif _DIGITS.fullmatch(query):
                digits = re.sub(r"\D", "", query)
                if len(digits) == 12:
                    rows = dossier_repo.summaries_by_column(connection, "applicant_id_number", digits, limit)
                else:
                    try:
                        phone = normalize_phone(query)
                    except DomainError:
                        return []
                    rows = dossier_repo.summaries_by_column(connection, "applicant_phone", phone, limit)
            else:
                rows = dossier_repo.summaries_by_folded_name(connection, fold(query), limit)
        return [_summary(r) for r in rows]

    def get(self, code: str) -> DossierDetail:
        code = str(parse_dossier_code(code))
        with self._database.read() as connection:
            row = dossier_repo.fetch_by_code(connection, code)
            if row is None:
                raise DomainError("dossier.unknown", field="code", code=code)
            events = dossier_repo.fetch_events(connection, row["id"])
        summary = _summary(row)
        return DossierDetail(
            code=row["code"],
            agency=row["agency_code"],
            status=summary.status,
            applicant={
                "full_name": row["applicant_name"],
                "id_number": row["applicant_id_number"],
                "birth_date": row["applicant_birth_date"],
                "sex": row["applicant_sex"],
                "address": row["applicant_address"],
                "phone": row["applicant_phone"],
                "email": row["applicant_email"],
            },
            procedure={"code": row["procedure_code"], "name": row["procedure_name"],
                       "processing_days": row["processing_days"]},
            received_at=summary.received_at,
            due_at=summary.due_at,
            events=tuple(
                {"at": e["at"], "kind": e["kind"], "status_from": e["status_from"], "status_to": e["status_to"],
                 "officer": e["officer_name"]}
                for e in events
            ),
        )
