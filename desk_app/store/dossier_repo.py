"""Dossier rows: insert with documents and timeline, fetch by code, and the lookups the counter uses.

A dossier is a typed DossierRecord here, with the table's columns as its fields; what goes on the
wire is another model (desk_app/sync/wire.py), and desk_app/sync/mapping.py maps one to the other,
so a column can be added without changing what a province receives, and the reverse. Instants are
stored as ISO 8601 text in UTC (`format_instant`), one spelling, so that they compare as text.

Lookups are single indexed statements (unique code, ID number, phone, or the FTS5 index over the
folded name), so they stay in milliseconds over a million dossiers.
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any, Mapping, Sequence

from desk_app.clock import format_instant
from desk_app.store.database import IN_LIST, Connection, list_param


@dataclass(frozen=True)
class DossierRecord:
    """One row of `dossiers`: what the receipt printed, the snapshot of the procedure and of the
    desk's profile at intake, and the status it has reached."""

    uuid: str
    code: str
    agency_code: str
    status: str
    procedure_code: str
    procedure_name: str
    processing_days: Decimal
    processing_note: str
    fee_total_vnd: int
    applicant_name: str
    applicant_name_folded: str
    applicant_id_number: str
    applicant_birth_date: date | None
    applicant_sex: str | None
    applicant_address: str
    applicant_phone: str
    applicant_email: str
    name_without_diacritics: bool
    received_at: datetime
    counted_from: datetime | None
    due_at: datetime | None
    sets: int
    return_method: str
    return_place: str
    book_number: str
    book_entry: int
    note: str
    supplement_reason: str
    refusal_reason: str
    agency_name: str
    parent_agency_name: str
    place_name: str
    officer_name: str
    officer_title: str
    lookup_url: str
    updated_at: datetime
    id: int | None = None
    """None until the row is stored."""


_FIELDS = tuple(field.name for field in dataclasses.fields(DossierRecord) if field.name != "id")
_INSTANTS = frozenset({"received_at", "counted_from", "due_at", "updated_at"})
_INSERT = f"INSERT INTO dossiers ({', '.join(_FIELDS)}) VALUES ({', '.join('?' for _ in _FIELDS)})"


def _column_value(name: str, value: Any) -> Any:
    if value is None:
        return None
    if name in _INSTANTS:
        return format_instant(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


def _record(row: Mapping[str, Any]) -> DossierRecord:
    def instant(name: str) -> datetime | None:
        return datetime.fromisoformat(row[name]) if row[name] else None

    birth = row["applicant_birth_date"]
    values = {name: row[name] for name in _FIELDS}
    values.update({name: instant(name) for name in _INSTANTS},
                  processing_days=Decimal(row["processing_days"]),
                  applicant_birth_date=date.fromisoformat(birth) if birth else None,
                  name_without_diacritics=bool(row["name_without_diacritics"]))
    return DossierRecord(**values, id=row["id"])

SUMMARY_COLUMNS = "code, status, applicant_name, applicant_id_number, procedure_name, received_at, due_at"
LOOKUP_COLUMNS = frozenset({"code", "applicant_id_number", "applicant_phone"})


@dataclass(frozen=True)
class DocumentRow:
    """One line of a dossier's checklist: the paper as the procedure listed it, and what became of
    it at the counter (`given`: handed, shown or none)."""

    name: str
    kind: str
    copies: int
    given: str
    shown_only: bool = False
    case: str = ""
    group: str = ""
    case_applies: bool = False
    return_original: bool = False

    @property
    def received(self) -> bool:
        """Handed in: what the `received` column, and the wire's first version, say."""
        return self.given == "handed"


def insert_dossier(connection: Connection, record: DossierRecord, documents: Sequence[DocumentRow]) -> int:
    cursor = connection.execute(_INSERT, [_column_value(name, getattr(record, name)) for name in _FIELDS])
    dossier_id = cursor.lastrowid
    assert dossier_id is not None
    connection.executemany(
        "INSERT INTO dossier_documents (dossier_id, position, name, kind, copies, received, given, shown_only, "
        "case_text, group_name, case_applies, return_original) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(dossier_id, position, d.name, d.kind, d.copies, d.received, d.given, d.shown_only, d.case, d.group,
          d.case_applies, d.return_original) for position, d in enumerate(documents)],
    )
    return dossier_id


def add_event(connection: Connection, dossier_id: int, *, at: datetime, kind: str, status_from: str | None,
              status_to: str | None, officer_name: str, detail: Mapping[str, Any] | None = None) -> None:
    connection.execute(
        "INSERT INTO dossier_events (dossier_id, at, kind, status_from, status_to, officer_name, detail_json) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        (dossier_id, format_instant(at), kind, status_from, status_to, officer_name,
         json.dumps(dict(detail or {}), ensure_ascii=False)),
    )


@dataclass(frozen=True)
class Move:
    """A status change to record: the dossier's new status and the line on its timeline."""

    dossier_id: int
    at: datetime
    status_from: str
    status_to: str
    officer_name: str
    detail: Mapping[str, Any] | None = None


def apply_moves(connection: Connection, moves: Sequence[Move]) -> None:
    """Each move in order: the dossier takes its status, the timeline gets its line."""
    connection.executemany("UPDATE dossiers SET status = ?, updated_at = ? WHERE id = ?",
                           [(m.status_to, format_instant(m.at), m.dossier_id) for m in moves])
    connection.executemany(
        "INSERT INTO dossier_events (dossier_id, at, kind, status_from, status_to, officer_name, detail_json) "
        "VALUES (?, ?, 'status', ?, ?, ?, ?)",
        [(m.dossier_id, format_instant(m.at), m.status_from, m.status_to, m.officer_name,
          json.dumps(dict(m.detail or {}), ensure_ascii=False)) for m in moves])


def status_events(connection: Connection, dossier_ids: Sequence[int]) -> set[tuple[int, str, datetime]]:
    """(dossier, target status, instant) of every move on these dossiers' timelines: the same
    move arriving again is recognised by them, whatever offset its instant was written with."""
    rows = connection.execute(
        f"SELECT dossier_id, status_to, at FROM dossier_events WHERE dossier_id {IN_LIST} AND kind != 'intake'",
        (list_param(dossier_ids),))
    return {(r["dossier_id"], r["status_to"], datetime.fromisoformat(r["at"])) for r in rows}


def known_codes(connection: Connection, codes: Sequence[str]) -> dict[str, int]:
    """The ids of those of the codes this desk holds."""
    if not codes:
        return {}
    rows = connection.execute(f"SELECT code, id FROM dossiers WHERE code {IN_LIST}", (list_param(codes),))
    return {r["code"]: r["id"] for r in rows}


def fetch_by_code(connection: Connection, code: str) -> DossierRecord | None:
    row = connection.execute("SELECT * FROM dossiers WHERE code = ?", (code,)).fetchone()
    return _record(row) if row else None


def fetch_documents(connection: Connection, dossier_id: int) -> list[DocumentRow]:
    rows = connection.execute(
        "SELECT name, kind, copies, given, shown_only, case_text, group_name, case_applies, return_original "
        "FROM dossier_documents WHERE dossier_id = ? ORDER BY position", (dossier_id,))
    return [DocumentRow(name=r["name"], kind=r["kind"], copies=r["copies"], given=r["given"],
                        shown_only=bool(r["shown_only"]), case=r["case_text"], group=r["group_name"],
                        case_applies=bool(r["case_applies"]), return_original=bool(r["return_original"]))
            for r in rows]


def fetch_events(connection: Connection, dossier_id: int) -> list[dict[str, Any]]:
    rows = connection.execute("SELECT * FROM dossier_events WHERE dossier_id = ? ORDER BY id", (dossier_id,))
    return [dict(r) for r in rows]


def summaries_by_column(connection: Connection, column: str, value: str, limit: int) -> list[dict[str, Any]]:
    if column not in LOOKUP_COLUMNS:
        raise ValueError(f"no lookup by {column}")
    rows = connection.execute(
        f"SELECT {SUMMARY_COLUMNS} FROM dossiers WHERE {column} = ? ORDER BY id DESC LIMIT ?", (value, limit))
    return [dict(r) for r in rows]


CODE_TAIL_LENGTHS = (4, 11)
"""The ends of a code that are looked up: its number ("0042") and its day with the number
("261123-0042"); each has an expression index (migration 0008) of exactly this shape."""


def code_tail_query(length: int) -> str:
    """The lookup by a code's end of this length, in the exact shape its index was made with."""
    if length not in CODE_TAIL_LENGTHS:
        raise ValueError(f"no lookup by a code end of {length} characters")
    return f"SELECT {SUMMARY_COLUMNS} FROM dossiers WHERE substr(code, -{length}) = ? ORDER BY id DESC LIMIT ?"


def summaries_by_code_tail(connection: Connection, tail: str, limit: int) -> list[dict[str, Any]]:
    """Dossiers whose code ends with `tail` (see `code_tail`), the newest first."""
    return [dict(r) for r in connection.execute(code_tail_query(len(tail)), (tail, limit))]


def summaries_by_folded_name(connection: Connection, folded_query: str, limit: int) -> list[dict[str, Any]]:
    """Every word of the query must start a word of the name ("thu hang" finds Nguyễn Thị Thu Hằng)."""
    words = [w for w in folded_query.split() if w.isalnum()]
    if not words:
        return []
    match = " ".join(f'"{w}"*' for w in words)
    rows = connection.execute(
        f"SELECT {', '.join('d.' + c.strip() for c in SUMMARY_COLUMNS.split(','))} "
        "FROM dossier_search s JOIN dossiers d ON d.id = s.rowid "
        "WHERE dossier_search MATCH ? ORDER BY s.rowid DESC LIMIT ?", (match, limit))
    return [dict(r) for r in rows]


def set_event_detail(connection: Connection, event_id: int, detail: Mapping[str, Any]) -> None:
    connection.execute("UPDATE dossier_events SET detail_json = ? WHERE id = ?",
                       (json.dumps(dict(detail), ensure_ascii=False), event_id))


def set_due(connection: Connection, dossier_id: int, due_at: datetime, counted_from: datetime | None = None) -> None:
    """A new due date (an extension), or a new count (papers brought after a request to supplement)."""
    if counted_from is None:
        connection.execute("UPDATE dossiers SET due_at = ? WHERE id = ?", (format_instant(due_at), dossier_id))
    else:
        connection.execute("UPDATE dossiers SET due_at = ?, counted_from = ? WHERE id = ?",
                           (format_instant(due_at), format_instant(counted_from), dossier_id))


def received_between(connection: Connection, first: datetime, last: datetime) -> list[dict[str, Any]]:
    """The dossiers received in [first, last), in the order received, with their procedure's
    processing agency from the catalogue, and the moves of each that the tracking book shows."""
    rows = [dict(r) for r in connection.execute(
        "SELECT d.id, d.code, d.procedure_name, d.sets, d.applicant_name, d.applicant_address, d.applicant_phone, "
        "d.received_at, d.due_at, d.note, COALESCE(p.agency, '') AS processing_agency "
        "FROM dossiers d LEFT JOIN procedures p ON p.code = d.procedure_code "
        "WHERE d.received_at >= ? AND d.received_at < ? ORDER BY d.received_at, d.code",
        (format_instant(first), format_instant(last)))]
    if not rows:
        return rows
    events: dict[int, list[dict[str, Any]]] = {}
    for event in connection.execute(
            "SELECT dossier_id, at, kind, status_from, status_to, officer_name, detail_json FROM dossier_events "
            "WHERE dossier_id IN (SELECT id FROM dossiers WHERE received_at >= ? AND received_at < ?) "
            "AND kind = 'status' ORDER BY id", (format_instant(first), format_instant(last))):
        events.setdefault(event["dossier_id"], []).append(dict(event))
    for row in rows:
        row["events"] = events.get(row["id"], [])
    return rows


def open_due_before(connection: Connection, end: datetime, limit: int) -> tuple[int, list[dict[str, Any]]]:
    """Open dossiers due before `end`, soonest (most overdue) first: how many, and the first `limit`."""
    where = "WHERE status IN ('received', 'in_progress') AND due_at < ?"
    count = connection.execute(f"SELECT COUNT(*) FROM dossiers {where}", (format_instant(end),)).fetchone()[0]
    rows = connection.execute(f"SELECT {SUMMARY_COLUMNS} FROM dossiers {where} ORDER BY due_at LIMIT ?",
                              (format_instant(end), limit))
    return count, [dict(r) for r in rows]


def open_due_between(connection: Connection, start: datetime, end: datetime,
                     limit: int) -> tuple[int, list[dict[str, Any]]]:
    where = "WHERE status IN ('received', 'in_progress') AND due_at >= ? AND due_at < ?"
    bounds = (format_instant(start), format_instant(end))
    count = connection.execute(f"SELECT COUNT(*) FROM dossiers {where}", bounds).fetchone()[0]
    rows = connection.execute(f"SELECT {SUMMARY_COLUMNS} FROM dossiers {where} ORDER BY due_at LIMIT ?",
                              (*bounds, limit))
    return count, [dict(r) for r in rows]


def results_waiting(connection: Connection, limit: int) -> tuple[int, int, list[dict[str, Any]], list[dict[str, Any]]]:
    """Results ready and waiting: at the desk or to be posted (oldest first), and sent by post, in
    transit (posted, not yet delivered): (waiting, in transit, their first `limit` rows each). The
    ready ones are counted from their partial index; only those going by post are looked into."""
    columns = ", ".join(f"d.{column.strip()}" for column in SUMMARY_COLUMNS.split(","))
    posted = "EXISTS (SELECT 1 FROM dossier_events e WHERE e.dossier_id = d.id AND e.kind = 'posted')"
    ready = connection.execute("SELECT COUNT(*) FROM dossiers WHERE status = 'result_ready'").fetchone()[0]
    by_post = "FROM dossiers d WHERE d.status = 'result_ready' AND d.return_method = 'post'"
    transit = connection.execute(f"SELECT COUNT(*) {by_post} AND {posted}").fetchone()[0]
    first_waiting = [dict(r) for r in connection.execute(
        f"SELECT {columns} FROM dossiers d WHERE d.status = 'result_ready' "
        f"AND NOT (d.return_method = 'post' AND {posted}) ORDER BY d.received_at LIMIT ?", (limit,))]
    first_transit = [dict(r) for r in connection.execute(
        f"SELECT {columns} {by_post} AND {posted} ORDER BY d.received_at LIMIT ?", (limit,))]
    return ready - transit, transit, first_waiting, first_transit
