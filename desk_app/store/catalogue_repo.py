"""Reading and replacing the procedure catalogue in the desk database."""

from __future__ import annotations

import json
from datetime import time
from decimal import Decimal

from desk_app.domain.catalogue import DocumentKind, Fee, Procedure, RequiredDocument
from desk_app.store.database import Connection


def replace_catalogue(connection: Connection, catalogue: list[Procedure], source: str) -> None:
    """Swap the whole catalogue inside the caller's transaction: dossiers keep their own snapshot of
    the procedure they were received under, so nothing refers to the rows being replaced."""
    connection.execute("DELETE FROM procedure_documents")
    connection.execute("DELETE FROM procedures")
    _insert(connection, catalogue, source)


def upsert_procedures(connection: Connection, procedures: list[Procedure], source: str) -> None:
    """Add or replace these procedures (active again if they were removed), leaving the others as they are."""
    codes = [(p.code,) for p in procedures]
    connection.executemany("DELETE FROM procedure_documents WHERE procedure_code = ?", codes)
    connection.executemany("DELETE FROM procedures WHERE code = ?", codes)
    _insert(connection, procedures, source)


def deactivate(connection: Connection, codes: list[str]) -> None:
    connection.executemany("UPDATE procedures SET active = 0 WHERE code = ?", [(c,) for c in codes])


def deactivate_source(connection: Connection, source: str) -> int:
    return connection.execute("UPDATE procedures SET active = 0 WHERE source = ? AND active", (source,)).rowcount


def _insert(connection: Connection, catalogue: list[Procedure], source: str) -> None:
    connection.executemany(
        "INSERT INTO procedures (code, name, field, level, agency, processing_days, processing_note, cutoff, "
        "fees_json, extra_json, search_key, source, active) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)",
        [
            (p.code, p.name, p.field, p.level, p.agency, str(p.processing_days), p.processing_note,
             p.cutoff.strftime("%H:%M") if p.cutoff else None,
             json.dumps([{"name": f.name, "amount_vnd": f.amount_vnd} for f in p.fees], ensure_ascii=False),
             json.dumps(dict(p.extra), ensure_ascii=False), p.search_key, source)
            for p in catalogue
        ],
    )
    connection.executemany(
        "INSERT INTO procedure_documents (procedure_code, position, name, kind, copies, shown, case_text, group_name, "
        "return_original) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(p.code, position, d.name, d.kind.value, d.copies, d.shown, d.case, d.group, d.return_original)
         for p in catalogue for position, d in enumerate(p.documents)],
    )


def load_catalogue(connection: Connection) -> list[tuple[str, Procedure]]:
    """Each active procedure with its stored folded search key, so nothing is folded again at
    start-up. Rows are read as plain tuples and document kinds through a table: this runs while
    the window opens, for thousands of procedures."""
    kinds = {kind.value: kind for kind in DocumentKind}
    documents: dict[str, list[RequiredDocument]] = {}
    for code, name, kind, copies, shown, case, group, return_original in connection.execute(
        "SELECT procedure_code, name, kind, copies, shown, case_text, group_name, return_original "
        "FROM procedure_documents ORDER BY procedure_code, position"
    ).fetchall():
        documents.setdefault(code, []).append(RequiredDocument(
            name=name, kind=kinds[kind], copies=copies, shown=bool(shown), case=case, group=group,
            return_original=bool(return_original)))
    result = []
    for (code, name, field, level, agency, days, note, cutoff, fees_json, extra_json, search_key) in connection.execute(
        "SELECT code, name, field, level, agency, processing_days, processing_note, cutoff, fees_json, extra_json, "
        "search_key FROM procedures WHERE active ORDER BY code"
    ).fetchall():
        procedure = Procedure(
            code=code,
            name=name,
            field=field,
            level=level,
            agency=agency,
            processing_days=Decimal(days),
            processing_note=note,
            cutoff=time.fromisoformat(cutoff) if cutoff else None,
            fees=tuple(Fee(name=f["name"], amount_vnd=f["amount_vnd"]) for f in json.loads(fees_json)),
            documents=tuple(documents.get(code, ())),
            extra=json.loads(extra_json),
        )
        result.append((search_key, procedure))
    return result


def fields_in_force(connection: Connection) -> list[str]:
    """The fields (lĩnh vực) of the procedures in force: the ones citizens book slots in."""
    return [row[0] for row in connection.execute(
        "SELECT DISTINCT field FROM procedures WHERE active = 1 AND field != '' ORDER BY field")]


def catalogue_size(connection: Connection) -> int:
    return connection.execute("SELECT COUNT(*) FROM procedures").fetchone()[0]


def cutoff_of(connection: Connection, code: str) -> time | None:
    """A procedure's cut-off, removed from the catalogue or not: a dossier received under it is
    still counted by it, as the provincial server counts it."""
    row = connection.execute("SELECT cutoff FROM procedures WHERE code = ?", (code,)).fetchone()
    return time.fromisoformat(row[0]) if row and row[0] else None
