"""A stored dossier as the use cases that read one need it: its row, its checklist and its
timeline, read together in one transaction, or the officer's "no such dossier on this desk"."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Mapping

from desk_app.domain.errors import DomainError
from desk_app.store import dossier_repo
from desk_app.store.database import Database
from desk_app.store.dossier_repo import DocumentRow, DossierRecord


@dataclass(frozen=True)
class StoredDossier:
    record: DossierRecord
    documents: tuple[DocumentRow, ...]
    events: tuple[Mapping[str, Any], ...]


def stored_dossier(database: Database, code: str) -> StoredDossier:
    """`code` as stored (parse a typed or scanned one first)."""
    with database.read() as connection:
        record = dossier_repo.fetch_by_code(connection, code)
        if record is None or record.id is None:
            raise DomainError("dossier.unknown", field="code", code=code)
        return StoredDossier(record, tuple(dossier_repo.fetch_documents(connection, record.id)),
                             tuple(dossier_repo.fetch_events(connection, record.id)))
