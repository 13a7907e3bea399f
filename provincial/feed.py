"""The change feed: numbered entries per stream, and the pages a desk pulls.

Stream "*" carries what every desk needs (catalogue, calendar); each agency has its own stream
(officers, dossiers, status changes). A writer reserves its numbers by bumping the stream's row in
feed_streams inside the transaction of the change itself. That row lock makes the commits of one
stream happen in number order, so the entries a reader can see are always a prefix of the stream:
an entry that commits late can never be jumped over by a cursor (a global sequence would allow it).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from operator import itemgetter
from typing import Any

from pydantic_core import from_json, to_json
from sqlalchemy import Connection, bindparam, case, select, union_all, update

from desk_app.sync.wire import FeedKind
from provincial import sql
from provincial.schema import feed, feed_streams

GLOBAL_STREAM = "*"


@dataclass(frozen=True)
class NewEntry:
    kind: FeedKind
    key: str
    data: dict[str, Any] | str
    """The entry's data, or its JSON text when the caller already has it (an intake's payload)."""
    origin_device_id: str | None = None


def ensure_stream(connection: Connection, stream: str) -> None:
    """Agency streams are made with the agency; idempotent."""
    connection.execute(sql.insert(connection, feed_streams).values(stream=stream, last_seq=0).on_conflict_do_nothing())


def append(connection: Connection, stream: str, entries: Sequence[NewEntry]) -> None:
    """Number and write entries in the caller's transaction; the stream stays locked until it commits."""
    if not entries:
        return
    if connection.dialect.name == "postgresql":
        numbered = connection.exec_driver_sql(*postgres_append(stream, entries)).all()
        check_numbered(stream, len(numbered), len(entries))
        return
    last = connection.execute(_RESERVE, {"target": stream, "count": len(entries)}).scalar_one()
    first = last - len(entries) + 1
    sql.bulk_insert(connection, feed, [
        {"stream": stream, "seq": first + i, "kind": entry.kind.value, "key": entry.key, "data_json": _text(entry),
         "origin_device_id": entry.origin_device_id}
        for i, entry in enumerate(entries)
    ])


def postgres_append(stream: str, entries: Sequence[NewEntry]) -> tuple[str, dict[str, Any]]:
    """PostgreSQL: append's reservation and insert as one statement (and its parameters), which a
    push also sends in its pipeline. It returns a row per entry written."""
    return _PG_APPEND, {"stream": stream, "count": len(entries), **sql.json_rows([
        {"kind": entry.kind.value, "key": entry.key, "origin_device_id": entry.origin_device_id,
         "data_json": _text(entry)} for entry in entries], "data_json")}


def check_numbered(stream: str, written: int, expected: int) -> None:
    if written != expected:
        raise RuntimeError(f"feed stream {stream!r} does not exist")


def _text(entry: NewEntry) -> str:
    return entry.data if isinstance(entry.data, str) else to_json(entry.data).decode("utf-8")


_RESERVE = (update(feed_streams).where(feed_streams.c.stream == bindparam("target"))
            .values(last_seq=feed_streams.c.last_seq + bindparam("count")).returning(feed_streams.c.last_seq))

_PG_APPEND = """WITH reserved AS (
    UPDATE feed_streams SET last_seq = last_seq + %(count)s WHERE stream = %(stream)s RETURNING last_seq)
INSERT INTO feed (stream, seq, kind, key, data_json, origin_device_id)
SELECT %(stream)s, reserved.last_seq - %(count)s + e.ordinality, e.kind, e.key, e.unnest, e.origin_device_id
FROM reserved, ROWS FROM (json_to_recordset(%(rows)s::json) AS (kind text, key text, origin_device_id text),
                          unnest(%(texts)b::text[])) WITH ORDINALITY AS e
RETURNING seq"""


@dataclass(frozen=True)
class Page:
    entries: list[tuple[str, str, str]]
    """(kind, key, data as stored JSON text): the API writes the text into its answer as it is,
    because decoding and encoding thousands of entries per page is most of a pull's cost."""
    global_seq: int
    agency_seq: int
    more: bool


def read_page(connection: Connection, agency_code: str, device_id: str, global_seq: int, agency_seq: int,
              limit: int) -> Page:
    """Global entries first, then the agency's, at most `limit` in all. Entries the device wrote
    itself are left out, but the cursor still moves past them. Both streams are read in one
    statement (each capped at limit + 1 rows): a pull is the commonest request a province serves."""
    rows = connection.execute(_PAGE, {"device_id": device_id, "global_stream": GLOBAL_STREAM,
                                      "global_seq": global_seq, "agency_stream": agency_code,
                                      "agency_seq": agency_seq, "limit": limit + 1}).all()
    global_rows = sorted((row for row in rows if row[0] == GLOBAL_STREAM), key=itemgetter(1))
    more = len(global_rows) > limit
    taken = global_rows[:limit]
    if global_rows:
        global_seq = taken[-1][1]
    if not more:
        agency_rows = sorted((row for row in rows if row[0] != GLOBAL_STREAM), key=itemgetter(1))
        room = limit - len(taken)
        more = len(agency_rows) > room
        agency_rows = agency_rows[:room]
        if agency_rows:
            agency_seq = agency_rows[-1][1]
        taken += agency_rows
    entries = [(kind, key, data) for _, _, kind, key, data in taken if data is not None]
    return Page(entries, global_seq, agency_seq, more)


def readable(data: str) -> str:
    """The stored JSON text of an entry when it parses (pydantic-core's parser, a couple of
    milliseconds for a full page), else `null`."""
    try:
        from_json(data)
    except ValueError:
        return "null"
    return data


def _stream_after(stream: str, seq: str) -> Any:
    part = (select(feed.c.stream, feed.c.seq, feed.c.kind, feed.c.key,
                   case((feed.c.origin_device_id == bindparam("device_id"), None),
                        else_=feed.c.data_json).label("data_json"))
            .where(feed.c.stream == bindparam(stream), feed.c.seq > bindparam(seq))
            .order_by(feed.c.seq).limit(bindparam("limit")))
    return select(part.subquery())


_PAGE = union_all(_stream_after("global_stream", "global_seq"), _stream_after("agency_stream", "agency_seq"))
"""Built once. Each part is a subquery because SQLite allows no ORDER BY or LIMIT on a part of a
UNION; read_page puts the rows in order itself."""
