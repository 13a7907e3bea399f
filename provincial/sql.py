"""The two dialect-specific statements the server needs, spelled once for PostgreSQL and SQLite."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, Table
from sqlalchemy.dialects import postgresql, sqlite


def insert(connection: Connection, table: Table) -> Any:
    """An INSERT that knows ON CONFLICT (both dialects spell it the same way)."""
    return (postgresql.insert if connection.dialect.name == "postgresql" else sqlite.insert)(table)


def upsert(connection: Connection, table: Table, keys: Sequence[str]) -> Any:
    """INSERT … ON CONFLICT (keys) DO UPDATE every other column with the new values."""
    statement = insert(connection, table)
    return statement.on_conflict_do_update(
        index_elements=[table.c[key] for key in keys],
        set_={column.name: statement.excluded[column.name] for column in table.columns if column.name not in keys})
