"""Writing a push batch: the rows push.py decided on, stored in the batch's transaction, handed
over a chunk at a time.

Two ways to store the same rows. On PostgreSQL, where a province runs, every statement goes out in
one psycopg pipeline that stays open for the whole batch: the server stores a chunk while Python
checks the next, nothing waits for an answer until the end, and the SQL toolkit's cost per
statement (most of a small push's time under a province's load) is not paid. Events and status
updates find their dossier by code in SQL, so no statement needs another's answer. Elsewhere
(SQLite, the embedded default) the statements run one after another through SQLAlchemy.

Both raise Raced when another transaction recorded one of the batch's op_ids first (a desk's retry
racing its own first attempt), or when a dossier code or uuid collided: push.py then reads the
batch again from the top.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Protocol

from sqlalchemy import Connection, bindparam, select, update

from provincial import feed, sql
from provincial.leases import raise_allocations
from provincial.schema import dossier_events, dossiers, operations


class Raced(Exception):
    """Another transaction wrote some of this batch's keys first."""


@dataclass
class BatchWrites:
    agency_code: str
    now: datetime
    operations: list[dict[str, Any]]
    """A row of `operations` per operation of the batch that was not known yet, whatever its outcome."""
    new_dossiers: list[dict[str, Any]]
    status_updates: list[tuple[str, str]]
    """(code, new status) of dossiers that were stored before these rows."""
    due_updates: list[tuple[str, datetime | None]]
    """(code, new due date): an extension, or papers brought after a request to supplement."""
    events: list[tuple[str, dict[str, Any]]]
    """(dossier code, the event's row without dossier_id), in the order they happened."""
    allocations: dict[date, int]
    """Per day, the number the agency's next lease must start after."""
    entries: list[feed.NewEntry]


class _Writer(Protocol):
    def write(self, writes: BatchWrites) -> None: ...


@contextmanager
def writer(connection: Connection) -> Iterator[_Writer]:
    """Where a batch hands its rows over; every check that they were all stored is done on leaving."""
    if connection.dialect.name == "postgresql":
        with _Pipelined(connection) as pipelined:
            yield pipelined
    else:
        yield _Portable(connection)


class _Portable:
    """One statement after another through SQLAlchemy Core."""

    def __init__(self, connection: Connection) -> None:
        self.connection = connection

    def write(self, writes: BatchWrites) -> None:
        connection = self.connection
        if writes.operations:
            recorded = sql.bulk_insert(connection, operations, writes.operations, ("op_id",), skip_conflicts=True)
            if len(recorded) != len(writes.operations):
                raise Raced()
        sql.bulk_insert(connection, dossiers, writes.new_dossiers)
        if writes.status_updates:
            connection.execute(update(dossiers).where(dossiers.c.code == bindparam("target"))
                               .values(status=bindparam("new_status"), updated_at=bindparam("now")),
                               [{"target": code, "new_status": status, "now": writes.now}
                                for code, status in writes.status_updates])
        if writes.due_updates:
            connection.execute(update(dossiers).where(dossiers.c.code == bindparam("target"))
                               .values(due_at=bindparam("new_due")),
                               [{"target": code, "new_due": due} for code, due in writes.due_updates])
        if writes.events:
            ids = dict(connection.execute(select(dossiers.c.code, dossiers.c.id)
                                          .where(dossiers.c.code.in_({code for code, _ in writes.events}))).all())
            sql.bulk_insert(connection, dossier_events,
                            [{"dossier_id": ids[code], **event} for code, event in writes.events])
        raise_allocations(connection, writes.agency_code, writes.allocations)
        feed.append(connection, writes.agency_code, writes.entries)


_PG_STATUS = """UPDATE dossiers SET status = u.status, updated_at = %(now)s
FROM json_to_recordset(%(rows)s::json) AS u(code text, status text) WHERE dossiers.code = u.code"""

_PG_DUE = """UPDATE dossiers SET due_at = u.due_at
FROM json_to_recordset(%(rows)s::json) AS u(code text, due_at timestamptz) WHERE dossiers.code = u.code"""

_PG_EVENTS = """INSERT INTO dossier_events (dossier_id, at, kind, status_from, status_to, officer_name, detail_json)
SELECT (SELECT d.id FROM dossiers d WHERE d.code = e.code), e.at, e.kind, e.status_from, e.status_to,
       e.officer_name, e.detail_json
FROM ROWS FROM (json_to_recordset(%(rows)s::json) AS (code text, at timestamptz, kind text, status_from text,
                status_to text, officer_name text, detail_json text)) WITH ORDINALITY AS e
ORDER BY e.ordinality"""
"""Each event finds its dossier through the code's unique index (a join would let the planner scan
the whole table for a batch it guesses to be large)."""

_PG_ALLOCATIONS = """INSERT INTO sequence_allocations (agency_code, day, next_value)
SELECT %(agency)s, a.day, a.next_value FROM json_to_recordset(%(rows)s::json) AS a(day date, next_value int4)
ORDER BY a.day
ON CONFLICT (agency_code, day) DO UPDATE SET next_value = GREATEST(sequence_allocations.next_value, EXCLUDED.next_value)"""

class _Pipelined:
    def __init__(self, connection: Connection) -> None:
        self.raw = connection.connection.driver_connection
        self.recorded: list[Any] = []
        self.numbered: list[tuple[str, Any, int]] = []
        self.operations = 0

    def __enter__(self) -> _Pipelined:
        self._pipeline = self.raw.pipeline()
        self._pipeline.__enter__()
        return self

    def __exit__(self, kind: Any, error: Any, trace: Any) -> None:
        """A collision may surface while a later chunk is being sent or at the final sync; either
        way it becomes Raced."""
        import psycopg

        retry = (psycopg.errors.IntegrityError, psycopg.errors.SerializationFailure, psycopg.errors.DeadlockDetected)
        try:
            self._pipeline.__exit__(kind, error, trace)
        except retry as err:
            raise Raced() from err
        if isinstance(error, retry):
            raise Raced() from error
        if kind is not None:
            return
        if sum(len(cursor.fetchall()) for cursor in self.recorded) != self.operations:
            raise Raced()
        for stream, cursor, count in self.numbered:
            feed.check_numbered(stream, len(cursor.fetchall()), count)

    def write(self, writes: BatchWrites) -> None:
        raw = self.raw
        if writes.operations:
            self.operations += len(writes.operations)
            self.recorded.append(raw.execute(
                sql.json_insert(operations, tuple(writes.operations[0]), ("op_id",), True),
                sql.json_rows(writes.operations)))
        if writes.new_dossiers:
            raw.execute(sql.json_insert(dossiers, tuple(writes.new_dossiers[0]), (), False, "payload_json"),
                        sql.json_rows(writes.new_dossiers, "payload_json"))
        if writes.status_updates:
            raw.execute(_PG_STATUS, {"now": writes.now, **sql.json_rows(
                [{"code": code, "status": status} for code, status in writes.status_updates])})
        if writes.due_updates:
            raw.execute(_PG_DUE, sql.json_rows([{"code": code, "due_at": due} for code, due in writes.due_updates]))
        if writes.events:
            raw.execute(_PG_EVENTS, sql.json_rows([{"code": code, **event} for code, event in writes.events]))
        if writes.allocations:
            raw.execute(_PG_ALLOCATIONS, {"agency": writes.agency_code, **sql.json_rows(
                [{"day": day, "next_value": value} for day, value in writes.allocations.items()])})
        if writes.entries:
            self.numbered.append((writes.agency_code,
                                  raw.execute(*feed.postgres_append(writes.agency_code, writes.entries)),
                                  len(writes.entries)))
