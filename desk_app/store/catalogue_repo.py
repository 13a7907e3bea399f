"""Reading and replacing the procedure catalogue in the desk database."""

from __future__ import annotations

import json
from datetime import time
from decimal import Decimal

from sqlalchemy import Connection, delete, func, insert, select

from desk_app.domain.catalogue import DocumentKind, Fee, Procedure, RequiredDocument
from desk_app.store.schema import procedure_documents, procedures


def replace_catalogue(connection: Connection, catalogue: list[Procedure], source: str) -> None:
    """Swap the whole catalogue inside the caller's transaction: dossiers keep their own snapshot of
    the procedure they were received under, so nothing refers to the rows being replaced."""
    connection.execute(delete(procedure_documents))
    connection.execute(delete(procedures))
    if not catalogue:
        return
    connection.execute(insert(procedures), [
        {
            "code": p.code,
            "name": p.name,
            "field": p.field,
            "level": p.level,
            "agency": p.agency,
            "processing_days": str(p.processing_days),
            "processing_note": p.processing_note,
            "cutoff": p.cutoff.strftime("%H:%M") if p.cutoff else None,
            "fees_json": json.dumps([{"name": f.name, "amount_vnd": f.amount_vnd} for f in p.fees],
                                    ensure_ascii=False),
            "extra_json": json.dumps(dict(p.extra), ensure_ascii=False),
            "search_key": p.search_key,
            "source": source,
            "active": True,
        }
        for p in catalogue
    ])
    rows = [
        {"procedure_code": p.code, "position": position, "name": d.name, "kind": d.kind.value, "copies": d.copies}
        for p in catalogue
        for position, d in enumerate(p.documents)
    ]
    if rows:
        connection.execute(insert(procedure_documents), rows)


def load_catalogue(connection: Connection) -> list[Procedure]:
    documents: dict[str, list[RequiredDocument]] = {}
    for row in connection.execute(
        select(procedure_documents).order_by(procedure_documents.c.procedure_code, procedure_documents.c.position)
    ):
        documents.setdefault(row.procedure_code, []).append(
            RequiredDocument(name=row.name, kind=DocumentKind(row.kind), copies=row.copies)
        )
    result = []
    for row in connection.execute(select(procedures).where(procedures.c.active).order_by(procedures.c.code)):
        result.append(Procedure(
            code=row.code,
            name=row.name,
            field=row.field,
            level=row.level,
            agency=row.agency,
            processing_days=Decimal(row.processing_days),
            processing_note=row.processing_note,
            cutoff=time.fromisoformat(row.cutoff) if row.cutoff else None,
            fees=tuple(Fee(name=f["name"], amount_vnd=f["amount_vnd"]) for f in json.loads(row.fees_json)),
            documents=tuple(documents.get(row.code, ())),
            extra=json.loads(row.extra_json),
        ))
    return result


def catalogue_size(connection: Connection) -> int:
    return connection.execute(select(func.count()).select_from(procedures)).scalar_one()


def catalogue_source(connection: Connection) -> str | None:
    return connection.execute(select(procedures.c.source).limit(1)).scalar_one_or_none()

