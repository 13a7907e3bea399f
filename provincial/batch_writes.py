"""Writing a push batch: the rows push.py decided on, stored in the batch's transaction.

Two ways to store the same rows. On PostgreSQL, where a province runs, every statement goes out in
one psycopg pipeline: one round trip, and no per-statement cost of the SQL toolkit, which was most
of a small push's time under a province's load. Event rows find their dossier by code in SQL, so no
statement waits for another's answer. Elsewhere (SQLite, the embedded default) the statements run
one after another through SQLAlchemy.

Both raise Raced when another transaction recorded one of the batch's op_ids first (a desk's retry
racing its own first attempt), or when a dossier code or uuid collided: push.py then reads the
batch again from the top.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from typing import Any

from pydantic_core import to_json
from sqlalchemy import Connection, bindparam, case, update

from provincial import feed, sql
from provincial.schema import dossier_events, dossiers, operations, sequence_allocations


class Raced(Exception):
    """Another transaction wrote some of this batch's keys first."""


@dataclass
class BatchWrites:
    agency_code: str
    now: datetime
    operations: list[dict[str, Any]]
    """A row of `operations` per operation of the batch that was not known yet, whatever its outcome."""
    new_dossiers: list[dict[str, Any]]
    status_updates: list[tuple[int, str]]
    """(id, new status) of dossiers that were stored before this batch."""
    events: list[tuple[str, dict[str, Any]]]
    """(dossier code, the event's row without dossier_id), in the order they happened."""
    allocations: dict[date, int]
    """Per day, the number the agency's next lease must start after."""
    entries: list[feed.NewEntry]


def write(connection: Connection, writes: BatchWrites) -> None:
    if connection.dialect.name == "postgresql":
        _write_pipelined(connection, writes)
    else:
        _write_portable(connection, writes)


def _write_portable(connection: Connection, writes: BatchWrites) -> None:
    if writes.operations:
        recorded = sql.bulk_insert(connection, operations, writes.operations, ("op_id",), skip_conflicts=True)
        if len(recorded) != len(writes.operations):
            raise Raced()
    ids: dict[str, int] = {}
    if writes.new_dossiers:
        ids.update((code, dossier_id) for dossier_id, code in
                   sql.bulk_insert(connection, dossiers, writes.new_dossiers, ("id", "code")))
    if writes.status_updates:
        connection.execute(update(dossiers).where(dossiers.c.id == bindparam("target"))
                           .values(status=bindparam("new_status"), updated_at=bindparam("now")),
                           [{"target": target, "new_status": status, "now": writes.now}
                            for target, status in writes.status_updates])
    if writes.events:
        missing = {code for code, _ in writes.events if code not in ids}
        if missing:
            ids.update(connection.execute(
                dossiers.select().with_only_columns(dossiers.c.code, dossiers.c.id)
                .where(dossiers.c.code.in_(missing))).all())
        sql.bulk_insert(connection, dossier_events,
                        [{"dossier_id": ids[code], **event} for code, event in writes.events])
    if writes.allocations:
        connection.execute(_bump_statement(connection.dialect.name),
                           [{"agency_code": writes.agency_code, "day": day, "next_value": value}
                            for day, value in sorted(writes.allocations.items())])
    feed.append(connection, writes.agency_code, writes.entries)


@cache
def _bump_statement(dialect_name: str) -> Any:
    """Numbers printed on receipts are never leased afterwards: each day's next number is raised past them."""
    statement = sql.insert_for(dialect_name, sequence_allocations)
    current = sequence_allocations.c.next_value
    return statement.on_conflict_do_update(
        index_elements=[sequence_allocations.c.agency_code, sequence_allocations.c.day],
        set_={"next_value": case((current < statement.excluded.next_value, statement.excluded.next_value),
                                 else_=current)})


_PG_STATUS = """UPDATE dossiers SET status = u.status, updated_at = %(now)s
FROM unnest(%(ids)b::int8[], %(statuses)b::text[]) AS u(id, status) WHERE dossiers.id = u.id"""

_PG_EVENTS = """INSERT INTO dossier_events (dossier_id, at, kind, status_from, status_to, officer_name, detail_json)
SELECT (SELECT d.id FROM dossiers d WHERE d.code = e.code), e.at, e.kind, e.status_from, e.status_to,
       e.officer_name, e.detail_json
FROM unnest(%(codes)b::text[], %(at)b::timestamptz[], %(kind)b::text[], %(status_from)b::text[],
            %(status_to)b::text[], %(officer_name)b::text[], %(detail_json)b::text[])
     WITH ORDINALITY AS e(code, at, kind, status_from, status_to, officer_name, detail_json, n)
ORDER BY e.n"""
"""Each event finds its dossier through the code's unique index (a join would let the planner scan
the whole table for a batch it guesses to be large)."""

_PG_ALLOCATIONS = """INSERT INTO sequence_allocations (agency_code, day, next_value)
SELECT %(agency)s, a.day, a.next_value FROM unnest(%(days)b::date[], %(next_values)b::int4[]) AS a(day, next_value)
ORDER BY a.day
ON CONFLICT (agency_code, day) DO UPDATE SET next_value = GREATEST(sequence_allocations.next_value, EXCLUDED.next_value)"""

_PG_FEED = """WITH reserved AS (
    UPDATE feed_streams SET last_seq = last_seq + %(count)s WHERE stream = %(stream)s RETURNING last_seq)
INSERT INTO feed (stream, seq, kind, key, data_json, origin_device_id)
SELECT %(stream)s, reserved.last_seq - %(count)s + e.n, e.kind, e.key, e.data_json, e.origin
FROM reserved, unnest(%(kinds)b::text[], %(keys)b::text[], %(data)b::text[], %(origins)b::text[])
     WITH ORDINALITY AS e(kind, key, data_json, origin, n)
RETURNING seq"""
"""Numbers the entries by bumping the stream's row, as feed.append does, in the same statement.
Arrays travel in binary (%(…)b): psycopg escapes the elements of a text array with a regular
expression, which on a page of 2 kB payloads cost more than everything else."""

_EVENT_COLUMNS = ("at", "kind", "status_from", "status_to", "officer_name", "detail_json")


def _write_pipelined(connection: Connection, writes: BatchWrites) -> None:
    import psycopg

    raw = connection.connection.driver_connection
    try:
        with raw.pipeline():
            recorded = raw.execute(sql.unnest_insert(operations, tuple(writes.operations[0]), ("op_id",), True),
                                   sql.unnest_params(writes.operations)) if writes.operations else None
            if writes.new_dossiers:
                raw.execute(sql.unnest_insert(dossiers, tuple(writes.new_dossiers[0]), (), False),
                            sql.unnest_params(writes.new_dossiers))
            if writes.status_updates:
                raw.execute(_PG_STATUS, {"now": writes.now, "ids": [target for target, _ in writes.status_updates],
                                         "statuses": [status for _, status in writes.status_updates]})
            if writes.events:
                params = {"codes": [code for code, _ in writes.events]}
                params.update((name, [event[name] for _, event in writes.events]) for name in _EVENT_COLUMNS)
                raw.execute(_PG_EVENTS, params)
            if writes.allocations:
                days = sorted(writes.allocations)
                raw.execute(_PG_ALLOCATIONS, {"agency": writes.agency_code, "days": days,
                                              "next_values": [writes.allocations[day] for day in days]})
            numbered = raw.execute(_PG_FEED, {
                "stream": writes.agency_code, "count": len(writes.entries),
                "kinds": [entry.kind.value for entry in writes.entries],
                "keys": [entry.key for entry in writes.entries],
                "data": [entry.data if isinstance(entry.data, str) else to_json(entry.data).decode("utf-8")
                         for entry in writes.entries],
                "origins": [entry.origin_device_id for entry in writes.entries]}) if writes.entries else None
    except (psycopg.errors.IntegrityError, psycopg.errors.SerializationFailure,
            psycopg.errors.DeadlockDetected) as err:
        raise Raced() from err
    if recorded is not None and len(recorded.fetchall()) != len(writes.operations):
        raise Raced()
    if numbered is not None and len(numbered.fetchall()) != len(writes.entries):
        raise RuntimeError(f"feed stream {writes.agency_code!r} does not exist")
