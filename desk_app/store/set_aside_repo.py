"""Entries of the province's feed that this desk could not use, kept with why.

The feed goes on past them (the cursor moves on in the same transaction), so one bad record never
stops a desk; keeping them here is what lets the officer see that something was passed over, and
the operator find out what. Their data is kept as the server sent it, as ASCII-escaped JSON, so
that even text no UTF-8 encoder accepts (a lone surrogate) is kept, and within a bound.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Mapping

from desk_app.store.database import Connection

MAX_DATA_CHARS = 64 * 1024
MAX_KEY_CHARS = 200


@dataclass(frozen=True)
class SetAsideRow:
    id: int
    kind: str
    key: str
    data_json: str
    reason_code: str
    reason_params: Mapping[str, Any]
    set_aside_at: str


def add(connection: Connection, kind: Any, key: Any, data: Any, reason_code: str,
        reason_params: Mapping[str, Any], at: str) -> None:
    connection.execute(
        "INSERT INTO feed_set_aside (kind, key, data_json, reason_code, reason_params, set_aside_at) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        (_text(kind, MAX_KEY_CHARS), _text(key, MAX_KEY_CHARS), json.dumps(data, default=str)[:MAX_DATA_CHARS],
         reason_code, json.dumps(dict(reason_params), default=str), at))


def _text(value: Any, limit: int) -> str:
    """The value as safe text: ASCII-escaped, so any code point is kept and stored."""
    text = value if isinstance(value, str) else json.dumps(value, default=str)
    return text.encode("ascii", "backslashreplace").decode("ascii")[:limit]


def count(connection: Connection) -> int:
    return connection.execute("SELECT COUNT(*) FROM feed_set_aside").fetchone()[0]


def latest(connection: Connection, limit: int = 200) -> list[SetAsideRow]:
    rows = connection.execute("SELECT * FROM feed_set_aside ORDER BY id DESC LIMIT ?", (limit,))
    return [SetAsideRow(id=r["id"], kind=r["kind"], key=r["key"], data_json=r["data_json"],
                        reason_code=r["reason_code"], reason_params=json.loads(r["reason_params"]),
                        set_aside_at=r["set_aside_at"]) for r in rows]
