"""Finding a dossier at the counter: by scanned or typed code, ID number, phone, or name."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any, Callable, Mapping

from desk_app.clock import LOCAL_TZ
from desk_app.domain.contact import normalize_phone
from desk_app.domain.dossier_code import code_tail, looks_like_dossier_code, parse_dossier_code
from desk_app.domain.dossier_state import DossierStatus
from desk_app.domain.errors import DomainError
from desk_app.domain.text import fold
from desk_app.local_time import in_local_time
from desk_app.services.dossiers import stored_dossier
from desk_app.store import dossier_repo
from desk_app.store.database import Database

if TYPE_CHECKING:
    from desk_app.sync.state import SyncProblem

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
    sync_problem: SyncProblem | None = None
    """The provincial system refused this dossier's last change (and why), until the officer retries it."""
    printed: Mapping[str, Any] = field(default_factory=dict, compare=False, repr=False)

    def as_json(self) -> dict[str, Any]:
        """Exactly what `provincial dossier show --json` prints for the same dossier."""
        return dict(self.printed)


def summary_of(row: Mapping[str, Any]) -> DossierSummary:
    """A row of SUMMARY_COLUMNS as the lists show it."""
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
    def __init__(self, database: Database, sync_problem: Callable[[str], SyncProblem | None] | None = None) -> None:
        self._database = database
        self._sync_problem = sync_problem

    def find(self, query: str, limit: int = 50) -> list[DossierSummary]:
        """Read the query the way an officer means it: a code, or its last digits ("42",
        "261123-0042"), a 12-digit ID, a phone number, or a name."""
        query = query.strip()
        if not query:
            return []
        tail = code_tail(query)
        with self._database.read() as connection:
            if looks_like_dossier_code(query):
                rows = dossier_repo.summaries_by_column(connection, "code", str(parse_dossier_code(query)), limit)
            elif tail is not None:
                rows = dossier_repo.summaries_by_code_tail(connection, tail, limit)
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
        return [summary_of(r) for r in rows]

    def get(self, code: str) -> DossierDetail:
        """The dossier as `dossier show` prints it: its wire record (desk_app/sync/mapping.py) and
        timeline through the same functions the provincial server prints with, `dossier_json` and
        `in_local_time`."""
        from desk_app.sync.mapping import intake_payload
        from desk_app.sync.wire import dossier_json

        code = str(parse_dossier_code(code))
        stored = stored_dossier(self._database, code)
        record = stored.record
        wire_view = intake_payload(record, stored.documents).model_dump() | {"status": record.status}
        printed = in_local_time(dossier_json(wire_view, stored.events, LOCAL_TZ))
        return DossierDetail(
            code=record.code,
            agency=record.agency_code,
            status=DossierStatus(record.status),
            applicant=printed["applicant"],
            procedure=printed["procedure"],
            received_at=record.received_at.astimezone(LOCAL_TZ),
            due_at=record.due_at.astimezone(LOCAL_TZ) if record.due_at else None,
            events=tuple(printed["events"]),
            sync_problem=self._sync_problem(code) if self._sync_problem is not None else None,
            printed=printed,
        )
