"""The desk's side of the sync as key/value rows: server, device, agency, reserve slice, feed cursor,
and the outcome of the last exchange (so the window and `desk-app sync status` read the same thing).

Nothing secret lives here: the device token is in the OS keyring."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping

from desk_app.store.database import Connection


def read_all(connection: Connection) -> dict[str, str]:
    return {row["key"]: row["value"] for row in connection.execute("SELECT key, value FROM sync_state")}


def get(connection: Connection, key: str) -> str | None:
    row = connection.execute("SELECT value FROM sync_state WHERE key = ?", (key,)).fetchone()
    return row["value"] if row else None


def put(connection: Connection, values: Mapping[str, str | None]) -> None:
    """Set each key; a None value removes it."""
    connection.executemany("INSERT INTO sync_state (key, value) VALUES (?, ?) "
                           "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                           [(k, v) for k, v in values.items() if v is not None])
    connection.executemany("DELETE FROM sync_state WHERE key = ?", [(k,) for k, v in values.items() if v is None])


@dataclass(frozen=True)
class Registration:
    server_url: str
    device_id: str
    agency_code: str
    reserve: tuple[int, int]


def registration(connection: Connection) -> Registration | None:
    """The desk's registration with a provincial server, or None for a desk that works alone."""
    state = read_all(connection)
    if "device_id" not in state:
        return None
    return Registration(server_url=state["server_url"], device_id=state["device_id"],
                        agency_code=state["agency_code"],
                        reserve=(int(state["reserve_first"]), int(state["reserve_last"])))
