"""Opening the provincial database: a SQLite file by default, PostgreSQL in production.

SQLite gets WAL, foreign keys and a busy timeout, and every transaction starts with BEGIN
IMMEDIATE: writers then queue for the file lock up front instead of failing half-way, which is
what keeps idempotency and leases exact when several processes share one file. PostgreSQL does the
same with row locks and constraints (see push.py, leases.py).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, QueuePool, create_engine, event

ENV_DB = "PROVINCIAL_DB"
SQLITE_BUSY_TIMEOUT_MS = 30_000
DEFAULT_POOL_SIZE = 10


def default_url() -> str:
    """The embedded default: `provincial.sqlite3` in the server's data directory."""
    from platformdirs import user_data_dir

    directory = Path(user_data_dir("mot-cua-provincial"))
    directory.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{directory / 'provincial.sqlite3'}"


def normalize_url(url: str) -> str:
    """Plain `postgresql://` URLs (as psql and operators write them) use the psycopg 3 driver."""
    for prefix in ("postgresql://", "postgres://", "postgresql+psycopg2://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix):]
    return url


def is_sqlite(url: str) -> bool:
    return url.startswith("sqlite")


def make_engine(url: str, pool_size: int | None = None) -> Engine:
    url = normalize_url(url)
    if is_sqlite(url):
        engine = create_engine(url, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000,
                                                  "check_same_thread": False})
        _configure_sqlite(engine)
        return engine
    size = pool_size or int(os.environ.get("PROVINCIAL_POOL_SIZE", str(DEFAULT_POOL_SIZE)))
    return create_engine(url, pool_size=size, max_overflow=size, pool_pre_ping=False,
                         connect_args={"application_name": "provincial"})


def pool_capacity(engine: Engine) -> int:
    """How many connections the engine hands out at once (SQLite's pool has no fixed size: 10)."""
    pool = engine.pool
    if isinstance(pool, QueuePool):
        return pool.size() + max(pool._max_overflow, 0)
    return DEFAULT_POOL_SIZE


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def on_begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN IMMEDIATE")
