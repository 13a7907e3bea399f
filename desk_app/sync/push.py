"""Sending the outbox: in order, in batches, each batch's answer recorded in one short transaction.

A rejected operation is set aside with the server's reason and the rest goes on; one the desk
itself cannot put on the wire (a row damaged on disk) is set aside the same way, so no bad row
ever blocks the queue. Rows leave the outbox only once the server has acknowledged them.

After a long outage the backlog is thousands of rows, so the push keeps the server busy: while one
batch is on the wire (on a thread of its own), the answer to the one before is recorded and the
next is read and put together. Only one batch is ever in flight, so the server still applies them
in order. A stored payload is sent as the text it was saved as, never decoded and encoded again,
and checked only when the server cannot read a request.
"""

from __future__ import annotations

import json
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import Callable

from pydantic import ValidationError

from desk_app.store import appointments_repo, outbox_repo
from desk_app.store.database import Database
from desk_app.sync import wire
from desk_app.sync.transport import SyncError, Transport

Progress = Callable[[int, int, str], None]


@dataclass
class Pushed:
    applied: int = 0
    duplicates: int = 0
    rejected: int = 0


_MALFORMED = {"request.not_json", "request.invalid"}
"""The server could not read the request at all: a row of it is damaged."""


@dataclass
class _Batch:
    last_id: int
    """The last outbox row it read, sendable or not: the next batch starts after it."""
    count: int
    """How many rows it read, the set-aside ones included: what the progress bar counts."""
    rows: list[outbox_repo.OutboxRow]
    parts: list[str]
    """Each row as a wire.Operation in JSON."""

    @property
    def op_ids(self) -> list[str]:
        return [row.op_id for row in self.rows]

    @property
    def body(self) -> bytes:
        return f'{{"operations":[{",".join(self.parts)}]}}'.encode("utf-8")


def push_outbox(database: Database, transport: Transport, now: Callable[[], str],
                progress: Progress | None = None, batch_size: int | None = None) -> Pushed:
    pushed = Pushed()
    batch_size = batch_size or wire.MAX_BATCH
    with database.read() as connection:
        total = outbox_repo.pending_count(connection)
    done = 0
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="push") as wire_thread:
        batch = _next_batch(database, 0, batch_size)
        in_flight: tuple[_Batch, Future[wire.PushResponse]] | None = None
        while batch is not None or in_flight is not None:
            answered = _answer(database, transport, in_flight, now, pushed) if in_flight is not None else None
            in_flight = (batch, wire_thread.submit(_send, transport, batch.body)) if batch is not None else None
            try:
                if answered is not None:
                    sent, response = answered
                    if response is not None:
                        _record(database, sent.op_ids, response, now(), pushed)
                    done += sent.count
                    if progress is not None:
                        progress(done, max(total, done), "push")
                batch = _next_batch(database, batch.last_id, batch_size) if batch is not None else None
            except BaseException:
                if in_flight is not None:
                    in_flight[1].exception()
                raise
    return pushed


def _answer(database: Database, transport: Transport, in_flight: tuple[_Batch, Future[wire.PushResponse]],
            now: Callable[[], str], pushed: Pushed) -> tuple[_Batch, wire.PushResponse | None]:
    """The server's answer to a batch. Rows are not checked before they go (a check of every
    request would cost the desk as much as building it): when the server cannot read a request,
    its damaged rows are found here, set aside with why, and the rest is sent again at once."""
    batch, future = in_flight
    try:
        return batch, future.result()
    except SyncError as err:
        if err.code not in _MALFORMED:
            raise
        unreadable = dict(_unreadable(batch))
        if not unreadable:
            raise
    with database.write() as connection:
        for op_id, params in unreadable.items():
            outbox_repo.set_aside(connection, op_id, "sync.payload_invalid", "", now(), params)
    pushed.rejected += len(unreadable)
    kept = [(row, part) for row, part in zip(batch.rows, batch.parts) if row.op_id not in unreadable]
    rest = _Batch(batch.last_id, batch.count, [row for row, _ in kept], [part for _, part in kept])
    return rest, _send(transport, rest.body) if rest.rows else None


def _send(transport: Transport, body: bytes) -> wire.PushResponse:
    return transport.call("POST", "/operations", wire.PushResponse, content=body)


def _next_batch(database: Database, after_id: int, batch_size: int) -> _Batch | None:
    """The next rows, ready to send; None at the end."""
    with database.read() as connection:
        rows = outbox_repo.pending_batch(connection, after_id, batch_size)
    if not rows:
        return None
    return _Batch(rows[-1].id, len(rows), rows, [_operation_json(row) for row in rows])


def _operation_json(row: outbox_repo.OutboxRow) -> str:
    """One wire.Operation, written around the stored payload text."""
    return (f'{{"op_id":{json.dumps(row.op_id)},"kind":{json.dumps(row.kind)},'
            f'"dossier_code":{json.dumps(row.dossier_code or "", ensure_ascii=False)},'
            f'"payload":{row.payload_json},"created_at":{json.dumps(row.created_at)},"v":{wire.VERSION}}}')


def _unreadable(batch: _Batch) -> list[tuple[str, dict[str, str]]]:
    """Each row of the batch the server cannot read, with the values of why (kept as the code
    sync.payload_invalid and these, so each reader words it in its own language)."""
    found = []
    for row, part in zip(batch.rows, batch.parts):
        try:
            wire.Operation.model_validate_json(part)
        except ValidationError as err:
            detail = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}"
                               for e in err.errors(include_url=False, include_input=False)[:3])
            found.append((row.op_id, {"code": row.dossier_code or "", "detail": detail}))
    return found


def _record(database: Database, sent: list[str], response: wire.PushResponse, at: str, pushed: Pushed) -> None:
    results = {r.op_id: r for r in response.results}
    done = [op_id for op_id in sent if op_id in results and results[op_id].outcome is not wire.Outcome.REJECTED]
    with database.write() as connection:
        outbox_repo.acknowledge(connection, done)
        refused = [op_id for op_id in sent if op_id in results and results[op_id].outcome is wire.Outcome.REJECTED]
        appointments_repo.yield_to_province(connection, outbox_repo.subjects(connection, refused, "appointment."))
        for op_id in refused:
            result = results[op_id]
            code = result.reason_code or "sync.rejected"
            outbox_repo.set_aside(connection, op_id, code, result.reason or "", at, result.reason_params)
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
        raise SyncError("sync.results_missing", count=missing)
