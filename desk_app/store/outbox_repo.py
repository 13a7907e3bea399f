"""The outbox: every local change, queued in the same transaction as the change, for the provincial system."""

from __future__ import annotations

import json
import uuid
from typing import Any, Mapping

from sqlalchemy import Connection, func, insert, select

from desk_app.store.schema import outbox


def enqueue(connection: Connection, kind: str, dossier_code: str | None, payload: Mapping[str, Any],
            created_at: str) -> str:
    op_id = str(uuid.uuid4())
    connection.execute(insert(outbox).values(
        op_id=op_id, kind=kind, dossier_code=dossier_code,
        payload_json=json.dumps(dict(payload), ensure_ascii=False, sort_keys=True), created_at=created_at,
    ))
    return op_id


def pending_count(connection: Connection) -> int:
    return connection.execute(select(func.count()).select_from(outbox)).scalar_one()
