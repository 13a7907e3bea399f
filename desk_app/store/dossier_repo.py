"""Dossier rows: insert with documents and timeline, fetch by code, and the lookups the counter uses.

Lookups are single indexed statements (unique code, ID number, phone, or the FTS5 index over the
folded name), so they stay in milliseconds over a million dossiers.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Mapping, Sequence

from sqlalchemy import Connection, insert, select, text

from desk_app.store.schema import dossier_documents, dossier_events, dossiers


@dataclass(frozen=True)
class DocumentRow:
    name: str
    kind: str
    copies: int
    received: bool


def insert_dossier(connection: Connection, values: Mapping[str, Any], documents: Sequence[DocumentRow]) -> int:
    dossier_id = connection.execute(insert(dossiers).values(**values)).inserted_primary_key[0]
    if documents:
        connection.execute(insert(dossier_documents), [
            {"dossier_id": dossier_id, "position": position, "name": d.name, "kind": d.kind,
             "copies": d.copies, "received": d.received}
            for position, d in enumerate(documents)
        ])
    return dossier_id


def add_event(connection: Connection, dossier_id: int, *, at: str, kind: str, status_from: str | None,
              status_to: str | None, officer_name: str, detail: Mapping[str, Any] | None = None) -> None:
    connection.execute(insert(dossier_events).values(
        dossier_id=dossier_id, at=at, kind=kind, status_from=status_from, status_to=status_to,
        officer_name=officer_name, detail_json=json.dumps(dict(detail or {}), ensure_ascii=False),
    ))


def fetch_by_code(connection: Connection, code: str) -> Mapping[str, Any] | None:
    row = connection.execute(select(dossiers).where(dossiers.c.code == code)).mappings().first()
    return dict(row) if row else None


def fetch_documents(connection: Connection, dossier_id: int) -> list[DocumentRow]:
    rows = connection.execute(
        select(dossier_documents).where(dossier_documents.c.dossier_id == dossier_id)
        .order_by(dossier_documents.c.position)
    )
    return [DocumentRow(name=r.name, kind=r.kind, copies=r.copies, received=r.received) for r in rows]


def fetch_events(connection: Connection, dossier_id: int) -> list[Mapping[str, Any]]:
    rows = connection.execute(
        select(dossier_events).where(dossier_events.c.dossier_id == dossier_id).order_by(dossier_events.c.id)
    ).mappings()
    return [dict(r) for r in rows]


SUMMARY_COLUMNS = (dossiers.c.code, dossiers.c.status, dossiers.c.applicant_name, dossiers.c.applicant_id_number,
                   dossiers.c.procedure_name, dossiers.c.received_at, dossiers.c.due_at)


def summaries_by_column(connection: Connection, column_name: str, value: str, limit: int) -> list[Mapping[str, Any]]:
    column = dossiers.c[column_name]
    rows = connection.execute(
        select(*SUMMARY_COLUMNS).where(column == value).order_by(dossiers.c.id.desc()).limit(limit)
    ).mappings()
    return [dict(r) for r in rows]


def summaries_by_folded_name(connection: Connection, folded_query: str, limit: int) -> list[Mapping[str, Any]]:
    """Every word of the query must start a word of the name ("thu hang" finds Nguyễn Thị Thu Hằng)."""
    words = [w for w in folded_query.split() if w.isalnum()]
    if not words:
        return []
    match = " ".join(f'"{w}"*' for w in words)
    rows = connection.execute(text(
        "SELECT d.code, d.status, d.applicant_name, d.applicant_id_number, d.procedure_name, "
        "d.received_at, d.due_at FROM dossier_search s JOIN dossiers d ON d.id = s.rowid "
        "WHERE dossier_search MATCH :match ORDER BY s.rowid DESC LIMIT :limit"
    ), {"match": match, "limit": limit}).mappings()
    return [dict(r) for r in rows]
