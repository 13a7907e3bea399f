"""Sending the outbox: in order, in batches, each batch's answer recorded in one short transaction.

A rejected operation is set aside with the server's reason and the rest goes on; one the desk
itself cannot put on the wire (a row damaged on disk) is set aside the same way, so no bad row
ever blocks the queue. Rows leave the outbox only once the server has acknowledged them.

After a long outage the backlog is thousands of rows, so the push keeps the server busy: while one
batch is on the wire (on a thread of its own), the answer to the one before is recorded and the
next is read and put together. Only one batch is ever in flight, so the server still applies them
in order. A stored payload is sent as the text it was saved as, never decoded and encoded again.
"""

from __future__ import annotations

import json
from concurrent.futures import Future, ThreadPoolExecutor
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


@dataclass
class _Batch:
    last_id: int
    """The last outbox row it read, sendable or not: the next batch starts after it."""
    rows: int
    """How many rows it read, the set-aside ones included: what the progress bar counts."""
    op_ids: list[str]
    body: bytes


def push_outbox(database: Database, transport: Transport, now: Callable[[], str],
                progress: Progress | None = None, batch_size: int | None = None) -> Pushed:
    pushed = Pushed()
    batch_size = batch_size or wire.MAX_BATCH
    with database.read() as connection:
        total = outbox_repo.pending_count(connection)
    done = 0
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="push") as wire_thread:
        batch = _next_batch(database, 0, batch_size, now, pushed)
        in_flight: tuple[_Batch, Future[wire.PushResponse]] | None = None
        while batch is not None or in_flight is not None:
            answered = (in_flight[0], in_flight[1].result()) if in_flight is not None else None
            in_flight = None
            if batch is not None and batch.op_ids:
                in_flight = (batch, wire_thread.submit(_send, transport, batch.body))
            try:
                if answered is not None:
                    _record(database, answered[0].op_ids, answered[1], now(), pushed)
                    done += answered[0].rows
                if batch is not None and not batch.op_ids:
                    done += batch.rows
                if progress is not None and done:
                    progress(done, max(total, done), "push")
                batch = _next_batch(database, batch.last_id, batch_size, now, pushed) if batch is not None else None
            except BaseException:
                if in_flight is not None:
                    in_flight[1].exception()
                raise
    return pushed


def _send(transport: Transport, body: bytes) -> wire.PushResponse:
    return transport.call("POST", "/operations", wire.PushResponse, content=body)


def _next_batch(database: Database, after_id: int, batch_size: int, now: Callable[[], str],
                pushed: Pushed) -> _Batch | None:
    """The next rows as a request body; rows that cannot be sent are set aside here. None at the end."""
    with database.read() as connection:
        rows = outbox_repo.pending_batch(connection, after_id, batch_size)
    if not rows:
        return None
    last_id, count = rows[-1].id, len(rows)
    parts = [_operation_json(row) for row in rows]
    try:
        wire.PushRequest.model_validate_json(_body(parts))
    except ValidationError:
        unreadable = dict(_unreadable(rows, parts))
        with database.write() as connection:
            for op_id, reason in unreadable.items():
                outbox_repo.set_aside(connection, op_id, "sync.payload_invalid", reason, now())
        pushed.rejected += len(unreadable)
        kept = [(row, part) for row, part in zip(rows, parts) if row.op_id not in unreadable]
        rows, parts = [row for row, _ in kept], [part for _, part in kept]
    return _Batch(last_id, count, [row.op_id for row in rows], _body(parts))


def _operation_json(row: outbox_repo.OutboxRow) -> str:
    """One wire.Operation, written around the stored payload text."""
    return (f'{{"op_id":{json.dumps(row.op_id)},"kind":{json.dumps(row.kind)},'
            f'"dossier_code":{json.dumps(row.dossier_code or "", ensure_ascii=False)},'
            f'"payload":{row.payload_json},"created_at":{json.dumps(row.created_at)}}}')


def _body(parts: list[str]) -> bytes:
    return f'{{"operations":[{",".join(parts)}]}}'.encode("utf-8")


def _unreadable(rows: list[outbox_repo.OutboxRow], parts: list[str]) -> list[tuple[str, str]]:
    """Each row the server could not read, with why, as the officer will see it."""
    found = []
    for row, part in zip(rows, parts):
        try:
            wire.Operation.model_validate_json(part)
        except ValidationError as err:
            detail = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in err.errors()[:3])
            found.append((row.op_id, message_for("sync.payload_invalid", code=row.dossier_code, detail=detail)))
    return found


def _record(database: Database, sent: list[str], response: wire.PushResponse, at: str, pushed: Pushed) -> None:
    results = {r.op_id: r for r in response.results}
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
