"""The dialect-specific statements the server needs, spelled once for PostgreSQL and SQLite."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import Any

from pydantic_core import to_json
from sqlalchemy import Connection, Table, any_, bindparam
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.dialects.postgresql import ARRAY


def insert(connection: Connection, table: Table) -> Any:
    """An INSERT that knows ON CONFLICT (both dialects spell it the same way)."""
    return insert_for(connection.dialect.name, table)


def insert_for(dialect_name: str, table: Table) -> Any:
    return (postgresql.insert if dialect_name == "postgresql" else sqlite.insert)(table)


def upsert(connection: Connection, table: Table, keys: Sequence[str]) -> Any:
    """INSERT … ON CONFLICT (keys) DO UPDATE every other column with the new values."""
    statement = insert(connection, table)
    return statement.on_conflict_do_update(
        index_elements=[table.c[key] for key in keys],
        set_={column.name: statement.excluded[column.name] for column in table.columns if column.name not in keys})


def bulk_insert(connection: Connection, table: Table, rows: Sequence[dict[str, Any]],
                returning: Sequence[str] = (), skip_conflicts: bool = False) -> list[Any]:
    """Insert many rows in one statement; the rows of `returning`, in no particular order. The
    portable way; a push on PostgreSQL writes through json_insert in a pipeline instead."""
    if not rows:
        return []
    statement = insert(connection, table)
    if skip_conflicts:
        statement = statement.on_conflict_do_nothing()
    if returning:
        return list(connection.execute(statement.returning(*(table.c[name] for name in returning)), list(rows)))
    connection.execute(statement, list(rows))
    return []


def json_rows(rows: Sequence[dict[str, Any]], text_column: str | None = None) -> dict[str, Any]:
    """The parameters of json_insert's statement: the rows as one JSON array, and the long texts
    of `text_column` apart as a list."""
    if text_column is None:
        return {"rows": to_json(rows).decode("utf-8")}
    return {"rows": to_json([{name: value for name, value in row.items() if name != text_column}
                             for row in rows]).decode("utf-8"),
            "texts": [row[text_column] for row in rows]}


@cache
def json_insert(table: Table, names: tuple[str, ...], returning: tuple[str, ...], skip_conflicts: bool,
                text_column: str | None = None) -> str:
    """PostgreSQL: the rows as one JSON array, turned into the table's records by the server.

    One parameter, written by pydantic-core in Rust, instead of a value per column and row: psycopg
    adapts arrays element by element in Python, and for a push of 500 intakes that cost more than
    the database's own work. Long texts (a 2 kB payload) would be escaped into that JSON and
    unescaped again, so they travel beside it as one binary text array, zipped in by ROWS FROM."""
    columns = _quoted(names)
    values = ", ".join("r.unnest" if name == text_column else f'r."{name}"' for name in names)
    texts = ", unnest(%(texts)b::text[])" if text_column else ""
    text = (f"INSERT INTO {table.name} ({columns}) SELECT {values} "
            f"FROM ROWS FROM (json_populate_recordset(NULL::{table.name}, %(rows)s::json){texts}) AS r")
    if skip_conflicts:
        text += " ON CONFLICT DO NOTHING"
    if returning:
        text += f" RETURNING {_quoted(returning)}"
    return text


def _quoted(names: Sequence[str]) -> str:
    return ", ".join(f'"{name}"' for name in names)


def among(dialect_name: str, column: Any, name: str) -> Any:
    """`column IN :name` for a list bound at execution: one array parameter on PostgreSQL (a batch
    has hundreds of values), an expanding IN on SQLite. Built once into statements kept per dialect."""
    if dialect_name == "postgresql":
        return column == any_(bindparam(name, type_=ARRAY(column.type)))
    return column.in_(bindparam(name, expanding=True))
