"""The outbox: every local change, queued in the same transaction as the change, for the provincial system."""

from __future__ import annotations

import json
import uuid
from typing import Any, Mapping

from desk_app.store.database import Connection


def enqueue(connection: Connection, kind: str, dossier_code: str | None, payload: Mapping[str, Any],
            created_at: str) -> str:
    op_id = str(uuid.uuid4())
    connection.execute(
        "INSERT INTO outbox (op_id, kind, dossier_code, payload_json, created_at) VALUES (?, ?, ?, ?, ?)",
        (op_id, kind, dossier_code, json.dumps(dict(payload), ensure_ascii=False, sort_keys=True), created_at),
    )
    return op_id


def pending_count(connection: Connection) -> int:
    return connection.execute("SELECT COUNT(*) FROM outbox").fetchone()[0]
