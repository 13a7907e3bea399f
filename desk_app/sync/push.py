"""Sending the outbox: in order, in batches, each batch's answer recorded in one short transaction.

A rejected operation is set aside with the server's reason and the rest goes on; one the desk
itself cannot put on the wire (a row damaged on disk) is set aside the same way, so no bad row
ever blocks the queue. Rows leave the outbox only once the server has acknowledged them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from pydantic import ValidationError

from desk_app.messages import message_for
from desk_app.store import outbox_repo
from desk_app.store.database import Database
from desk_app.sync import wire
from desk_app.sync.transport import SyncError, Transport

Progress = Callable[[int, int, str], None]


@dataclass
class Pushed:
    applied: int = 0
    duplicates: int = 0
    rejected: int = 0


def push_outbox(database: Database, transport: Transport, now: Callable[[], str],
                progress: Progress | None = None, batch_size: int = wire.MAX_BATCH) -> Pushed:
    pushed = Pushed()
    with database.read() as connection:
        total = outbox_repo.pending_count(connection)
    done = 0
    after_id = 0
    while True:
        with database.read() as connection:
            rows = outbox_repo.pending_batch(connection, after_id, batch_size)
        if not rows:
            return pushed
        after_id = rows[-1].id
        operations, unreadable = _operations(rows)
        if unreadable:
            with database.write() as connection:
                for op_id, reason in unreadable:
                    outbox_repo.set_aside(connection, op_id, "sync.payload_invalid", reason, now())
            pushed.rejected += len(unreadable)
        if operations:
            response = transport.call("POST", "/operations", wire.PushResponse,
                                      body=wire.PushRequest(operations=operations))
            _record(database, operations, response, now(), pushed)
        done += len(rows)
        if progress is not None:
            progress(done, max(total, done), "push")


def _operations(rows: list[outbox_repo.OutboxRow]) -> tuple[list[wire.Operation], list[tuple[str, str]]]:
    operations, unreadable = [], []
    for row in rows:
        try:
            operations.append(wire.Operation(op_id=row.op_id, kind=row.kind, dossier_code=row.dossier_code or "",
                                             payload=row.payload, created_at=row.created_at))
        except ValidationError as err:
            detail = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in err.errors()[:3])
            unreadable.append((row.op_id, message_for("sync.payload_invalid", code=row.dossier_code, detail=detail)))
    return operations, unreadable


def _record(database: Database, operations: list[wire.Operation], response: wire.PushResponse, at: str,
            pushed: Pushed) -> None:
    results = {r.op_id: r for r in response.results}
    sent = [op.op_id for op in operations]
    done = [op_id for op_id in sent if op_id in results and results[op_id].outcome is not wire.Outcome.REJECTED]
    with database.write() as connection:
        outbox_repo.acknowledge(connection, done)
        for op_id in sent:
            result = results.get(op_id)
            if result is not None and result.outcome is wire.Outcome.REJECTED:
                code = result.reason_code or "sync.rejected"
                outbox_repo.set_aside(connection, op_id, code, result.reason or message_for(code), at)
        outbox_repo.count_attempt(connection, [op_id for op_id in sent if op_id not in results])
    for op_id in sent:
        result = results.get(op_id)
        if result is None:
            continue
        if result.outcome is wire.Outcome.APPLIED:
            pushed.applied += 1
        elif result.outcome is wire.Outcome.DUPLICATE:
            pushed.duplicates += 1
        else:
            pushed.rejected += 1
    missing = len(sent) - sum(1 for op_id in sent if op_id in results)
    if missing:
        raise SyncError("sync.bad_response", detail=message_for("sync.results_missing", count=missing))
