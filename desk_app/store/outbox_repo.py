"""The outbox: every local change, queued in the same transaction as the change, for the provincial system.

A row is `pending` until the server acknowledges it (then it is deleted) or rejects it (then it is
kept as `rejected` with the server's reason, out of the queue's way, until the officer retries it).
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Iterable, Mapping

from desk_app.clock import format_instant
from desk_app.domain.dossier_code import parse_dossier_code
from desk_app.domain.errors import DomainError
from desk_app.store.database import IN_LIST, Connection, list_param

PENDING = "pending"
REJECTED = "rejected"


@dataclass(frozen=True)
class OutboxRow:
    id: int
    op_id: str
    kind: str
    dossier_code: str | None
    payload_json: str
    """As stored: the push sends this text as it is, without decoding it."""
    created_at: str

    @property
    def payload(self) -> dict[str, Any]:
        return json.loads(self.payload_json)


@dataclass(frozen=True)
class RejectedRow:
    op_id: str
    kind: str
    dossier_code: str | None
    reason_code: str
    reason_params: Mapping[str, str] | None
    """The values of the reason's sentence; None for a row set aside before they were kept."""
    reason: str
    """The sentence as the server wrote it, for a reason code this desk does not know."""
    rejected_at: str


def enqueue(connection: Connection, kind: str, dossier_code: str | None, payload_json: str,
            created_at: datetime) -> str:
    """Queue one change; `payload_json` is its wire record, already checked (desk_app/sync/mapping.py)."""
    op_id = str(uuid.uuid4())
    connection.execute(
        "INSERT INTO outbox (op_id, kind, dossier_code, payload_json, created_at) VALUES (?, ?, ?, ?, ?)",
        (op_id, kind, dossier_code, payload_json, format_instant(created_at)),
    )
    return op_id


def subjects(connection: Connection, op_ids: Iterable[str], kind_prefix: str) -> list[str]:
    """The records (dossier codes, booking numbers) that the operations of a kind are about."""
    wanted = list(op_ids)
    if not wanted:
        return []
    rows = connection.execute(f"SELECT dossier_code FROM outbox WHERE kind LIKE ? AND op_id {IN_LIST}",
                              (kind_prefix + "%", list_param(wanted)))
    return [row[0] for row in rows if row[0]]


def pending_count(connection: Connection) -> int:
    return connection.execute("SELECT COUNT(*) FROM outbox WHERE state = ?", (PENDING,)).fetchone()[0]


def rejected_count(connection: Connection) -> int:
    return connection.execute("SELECT COUNT(*) FROM outbox WHERE state = ?", (REJECTED,)).fetchone()[0]


def pending_batch(connection: Connection, after_id: int, limit: int) -> list[OutboxRow]:
    """The next pending rows in the order they were made."""
    rows = connection.execute(
        "SELECT id, op_id, kind, dossier_code, payload_json, created_at FROM outbox "
        "WHERE state = ? AND id > ? ORDER BY id LIMIT ?", (PENDING, after_id, limit))
    return [OutboxRow(id=r["id"], op_id=r["op_id"], kind=r["kind"], dossier_code=r["dossier_code"],
                      payload_json=r["payload_json"], created_at=r["created_at"]) for r in rows]


def acknowledge(connection: Connection, op_ids: Iterable[str]) -> None:
    """The server holds these now: they leave the outbox (one statement for a whole batch)."""
    connection.execute(f"DELETE FROM outbox WHERE op_id {IN_LIST}", (list_param(op_ids),))


def count_attempt(connection: Connection, op_ids: Iterable[str]) -> None:
    connection.execute(f"UPDATE outbox SET attempts = attempts + 1 WHERE op_id {IN_LIST}", (list_param(op_ids),))


def set_aside(connection: Connection, op_id: str, reason_code: str, reason: str, at: str,
              reason_params: Mapping[str, str] | None = None) -> None:
    connection.execute(
        "UPDATE outbox SET state = ?, reason_code = ?, reason = ?, reason_params = ?, rejected_at = ? WHERE op_id = ?",
        (REJECTED, reason_code, reason, json.dumps(dict(reason_params), ensure_ascii=False) if reason_params is not None
         else None, at, op_id))


def rejected(connection: Connection, dossier_code: str | None = None) -> list[RejectedRow]:
    query = ("SELECT op_id, kind, dossier_code, reason_code, reason_params, reason, rejected_at FROM outbox "
             "WHERE state = ?")
    params: tuple[Any, ...] = (REJECTED,)
    if dossier_code is not None:
        query += " AND dossier_code = ?"
        params += (dossier_code,)
    rows = connection.execute(query + " ORDER BY id", params)
    return [RejectedRow(op_id=r["op_id"], kind=r["kind"], dossier_code=r["dossier_code"],
                        reason_code=r["reason_code"] or "",
                        reason_params=json.loads(r["reason_params"]) if r["reason_params"] else None,
                        reason=r["reason"] or "", rejected_at=r["rejected_at"] or "") for r in rows]


def requeue(connection: Connection, op_id: str) -> RejectedRow | None:
    """Put a set-aside row back in the queue, in its original place, as a new operation: the server
    answers a replayed op_id with its first outcome, so the same id would be refused again even
    after the cause was fixed. None when there is no such row."""
    found = [r for r in rejected(connection) if r.op_id == op_id]
    if not found:
        return None
    connection.execute("UPDATE outbox SET op_id = ?, state = ?, reason_code = NULL, reason = NULL, "
                       "reason_params = NULL, rejected_at = NULL WHERE op_id = ?", (str(uuid.uuid4()), PENDING, op_id))
    return found[0]


def printed_runs(connection: Connection) -> list[tuple[date, int, int]]:
    """The dossier numbers of the intakes still in the outbox (waiting or set aside), per day, as
    runs of consecutive numbers: what a desk that registers declares it has printed."""
    numbers: dict[date, list[int]] = {}
    for (code,) in connection.execute("SELECT dossier_code FROM outbox WHERE kind = 'dossier.intake' "
                                      "AND dossier_code IS NOT NULL"):
        try:
            parsed = parse_dossier_code(code)
        except DomainError:
            continue
        numbers.setdefault(parsed.day, []).append(parsed.sequence)
    runs = []
    for day in sorted(numbers):
        ordered = sorted(set(numbers[day]))
        start = previous = ordered[0]
        for number in ordered[1:]:
            if number != previous + 1:
                runs.append((day, start, previous))
                start = number
            previous = number
        runs.append((day, start, previous))
    return runs
