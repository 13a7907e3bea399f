"""The change feed: numbered entries per stream, and the pages a desk pulls.

Stream "*" carries what every desk needs (catalogue, calendar); each agency has its own stream
(officers, dossiers, status changes). A writer reserves its numbers by bumping the stream's row in
feed_streams inside the transaction of the change itself. That row lock makes the commits of one
stream happen in number order, so the entries a reader can see are always a prefix of the stream:
an entry that commits late can never be jumped over by a cursor (a global sequence would allow it).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, case, select, update

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
    last = connection.execute(
        update(feed_streams).where(feed_streams.c.stream == stream)
        .values(last_seq=feed_streams.c.last_seq + len(entries)).returning(feed_streams.c.last_seq)
    ).scalar_one()
    first = last - len(entries) + 1
    sql.bulk_insert(connection, feed, [
        {"stream": stream, "seq": first + i, "kind": entry.kind.value, "key": entry.key,
         "data_json": entry.data if isinstance(entry.data, str) else json.dumps(entry.data, ensure_ascii=False,
                                                                                 separators=(",", ":")),
         "origin_device_id": entry.origin_device_id}
        for i, entry in enumerate(entries)
    ])


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
    itself are left out, but the cursor still moves past them."""
    entries: list[FeedEntry] = []
    rows, more = _rows(connection, GLOBAL_STREAM, device_id, global_seq, limit)
    for row in rows:
        global_seq = row.seq
        if row.data_json is not None:
            entries.append((row.kind, row.key, row.data_json))
    if not more:
        rows, more = _rows(connection, agency_code, device_id, agency_seq, limit - len(rows))
        for row in rows:
            agency_seq = row.seq
            if row.data_json is not None:
                entries.append((row.kind, row.key, row.data_json))
    return Page(entries, global_seq, agency_seq, more)


def _rows(connection: Connection, stream: str, device_id: str, after: int, limit: int) -> tuple[list[Any], bool]:
    own = feed.c.origin_device_id == device_id
    statement = (
        select(feed.c.seq, feed.c.kind, feed.c.key,
               case((own, None), else_=feed.c.data_json).label("data_json"))
        .where(feed.c.stream == stream, feed.c.seq > after).order_by(feed.c.seq).limit(limit + 1)
    )
    rows = connection.execute(statement).all()
    return rows[:limit], len(rows) > limit

