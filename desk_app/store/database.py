"""Opening the desk database: durable settings, and the upgrade that runs before anything else.

WAL with synchronous=FULL means a committed dossier survives a power cut: a receipt is printed only
after its commit returned. The schema revision is read with one cheap query, so alembic (slow to
import) loads only when an upgrade is really due, and the file is copied aside before it runs.
"""

from __future__ import annotations

import sqlite3
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Iterator

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.pool import QueuePool

from desk_app.store.revision import HEAD_REVISION

DATABASE_FILE = "desk.sqlite3"


def _on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def _make_engine(path: Path) -> Engine:
    engine = create_engine(
        f"sqlite:///{path}",
        poolclass=QueuePool,
        pool_size=2,
        connect_args={"check_same_thread": False},
    )
    event.listen(engine, "connect", _on_connect)
    return engine


class Database:
    """One desk database file. Writes go through `write()`, reads through `read()`."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.engine = _make_engine(path)

    @contextmanager
    def write(self) -> Iterator[Connection]:
        """A write transaction that takes the write lock at once, so it never fails half-way on a busy file."""
        with self.engine.connect() as connection:
            connection.exec_driver_sql("BEGIN IMMEDIATE")
            try:
                yield connection
            except BaseException:
                connection.rollback()
                raise
            connection.commit()

    @contextmanager
    def read(self) -> Iterator[Connection]:
        with self.engine.connect() as connection:
            yield connection

    def close(self) -> None:
        self.engine.dispose()


def current_revision(path: Path) -> str | None:
    if not path.exists():
        return None
    connection = sqlite3.connect(path)
    try:
        row = connection.execute(
            "SELECT version_num FROM alembic_version"
        ).fetchone() if _has_version_table(connection) else None
    finally:
        connection.close()
    return row[0] if row else None


def _has_version_table(connection: sqlite3.Connection) -> bool:
    return connection.execute(
        "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
    ).fetchone() is not None


def backup_copy(path: Path, revision: str | None) -> Path:
    """Copy the file aside with SQLite's online backup, which is consistent even with a WAL beside it."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.before-upgrade-from-{revision or 'none'}-{stamp}{path.suffix}")
    source = sqlite3.connect(path)
    destination = sqlite3.connect(target)
    try:
        source.backup(destination)
    finally:
        destination.close()
        source.close()
    return target


def open_database(data_dir: Path) -> Database:
    """Open (creating or upgrading as needed) the desk database in data_dir."""
    data_dir.mkdir(parents=True, exist_ok=True)
    path = data_dir / DATABASE_FILE
    revision = current_revision(path)
    database = Database(path)
    if revision != HEAD_REVISION:
        if revision is not None:
            backup_copy(path, revision)
        from desk_app.store.migrate import upgrade_to_head

        with database.engine.begin() as connection:
            upgrade_to_head(connection)
    return database

