"""The two dialect-specific statements the server needs, spelled once for PostgreSQL and SQLite."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import Any

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


_PG_TYPES = {"BIGINT": "int8", "INTEGER": "int4", "BOOLEAN": "bool", "DATE": "date", "TEXT": "text",
             "VARCHAR": "text", "DATETIME": "timestamptz", "TIMESTAMP": "timestamptz", "BYTEA": "bytea"}


def bulk_insert(connection: Connection, table: Table, rows: Sequence[dict[str, Any]],
                returning: Sequence[str] = (), skip_conflicts: bool = False) -> list[Any]:
    """Insert many rows in one statement; the rows of `returning`, in no particular order.

    On PostgreSQL the values travel as one array per column through `unnest`: a statement of a few
    parameters instead of thousands, which psycopg and the server parse in no time. This is the
    push's hot path (10,000 intakes in seconds)."""
    if not rows:
        return []
    if connection.dialect.name != "postgresql":
        statement = insert(connection, table)
        if skip_conflicts:
            statement = statement.on_conflict_do_nothing()
        if returning:
            return list(connection.execute(statement.returning(*(table.c[name] for name in returning)), list(rows)))
        connection.execute(statement, list(rows))
        return []
    text = unnest_insert(table, tuple(rows[0]), tuple(returning), skip_conflicts)
    result = connection.exec_driver_sql(text, unnest_params(rows))
    return list(result) if returning else []


def unnest_params(rows: Sequence[dict[str, Any]]) -> dict[str, list[Any]]:
    """The parameters of unnest_insert's statement: one list per column, in the first row's order."""
    return {f"c{i}": [row[name] for row in rows] for i, name in enumerate(rows[0])}


@cache
def unnest_insert(table: Table, names: tuple[str, ...], returning: tuple[str, ...], skip_conflicts: bool) -> str:
    """The statement's text, made once per shape: compiling the column types on every push was a
    measurable part of a small push's cost."""
    dialect = postgresql.dialect()
    arrays = [f"%(c{i})b::{_pg_type(table.c[name].type.compile(dialect=dialect))}[]" for i, name in enumerate(names)]
    text = f"INSERT INTO {table.name} ({_quoted(names)}) SELECT * FROM unnest({', '.join(arrays)})"
    if skip_conflicts:
        text += " ON CONFLICT DO NOTHING"
    if returning:
        text += f" RETURNING {_quoted(returning)}"
    return text


def _quoted(names: Sequence[str]) -> str:
    return ", ".join(f'"{name}"' for name in names)


def _pg_type(compiled: str) -> str:
    base = compiled.split("(")[0].split(" WITH")[0].strip().upper()
    return _PG_TYPES.get(base, base.lower())


def among(dialect_name: str, column: Any, name: str) -> Any:
    """`column IN :name` for a list bound at execution: one array parameter on PostgreSQL (a batch
    has hundreds of values), an expanding IN on SQLite. Built once into statements kept per dialect."""
    if dialect_name == "postgresql":
        return column == any_(bindparam(name, type_=ARRAY(column.type)))
    return column.in_(bindparam(name, expanding=True))
