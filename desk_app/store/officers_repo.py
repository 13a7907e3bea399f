"""The agency's officers as the provincial system lists them (pulled with the feed)."""

from __future__ import annotations

from dataclasses import dataclass

from desk_app.store.database import Connection


@dataclass(frozen=True)
class OfficerRow:
    username: str
    full_name: str
    title: str
    role: str
    active: bool


def upsert(connection: Connection, officers: list[OfficerRow]) -> None:
    connection.executemany(
        "INSERT INTO officers (username, full_name, title, role, active) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT (username) DO UPDATE SET full_name = excluded.full_name, title = excluded.title, "
        "role = excluded.role, active = excluded.active",
        [(o.username, o.full_name, o.title, o.role, o.active) for o in officers])


def all_officers(connection: Connection) -> list[OfficerRow]:
    return [OfficerRow(username=r["username"], full_name=r["full_name"], title=r["title"], role=r["role"],
                       active=bool(r["active"]))
            for r in connection.execute("SELECT * FROM officers ORDER BY username")]
