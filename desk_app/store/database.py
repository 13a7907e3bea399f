"""Opening the desk database: durable settings, and the upgrade that runs before anything else.

WAL with synchronous=FULL means a committed dossier survives a power cut: a receipt is printed only
after its commit returned. The folder and the files hold citizens' data and are the desk's OS
user's alone (desk_app/private_files.py); SQLite gives its -wal and -shm files the database's mode. Day-to-day statements go through the standard sqlite3 module: each use
case is a handful of single statements, and SQLAlchemy's import alone would cost the window a
third of a second at start-up. SQLAlchemy and Alembic load only when the schema revision (read
with one cheap query) says an upgrade is due, and the file is copied aside before it runs.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any, Iterable, Iterator

from desk_app.domain.errors import DomainError
from desk_app.private_files import narrow_if_present, private_file, private_folder
from desk_app.store.revision import HEAD_REVISION

DATABASE_FILE = "desk.sqlite3"

Connection = sqlite3.Connection


IN_LIST = "IN (SELECT value FROM json_each(?))"
"""`column IN_LIST` with list_param(values): a whole batch in one bound parameter, whatever its size
(SQLite caps the number of `?` in a statement)."""


def list_param(values: Iterable[Any]) -> str:
    return json.dumps(list(values))


def connect(path: Path) -> sqlite3.Connection:
    """A connection with the desk's durability settings; transactions are begun explicitly."""
    connection = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    connection.row_factory = sqlite3.Row
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=FULL")
    connection.execute("PRAGMA foreign_keys=ON")
    connection.execute("PRAGMA busy_timeout=5000")
    return connection


class Database:
    """One desk database file. Writes go through `write()`, reads through `read()`.

    One connection, guarded by a lock: the GUI sends all database work to one worker thread, so the
    lock is never contended there, and the command line is single-threaded anyway."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._connection = connect(path)
        self._lock = threading.RLock()

    @contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        """A write transaction that takes the write lock at once, so it never fails half-way on a busy file."""
        with self._lock:
            self._connection.execute("BEGIN IMMEDIATE")
            try:
                yield self._connection
                self._connection.execute("COMMIT")
            except BaseException:
                self._abandon()
                raise

    def _abandon(self) -> None:
        """Undo a transaction that failed, even at COMMIT, without hiding the original error; if
        SQLite cannot say the transaction is over, start again on a fresh connection so the next
        save is not refused."""
        try:
            if self._connection.in_transaction:
                self._connection.execute("ROLLBACK")
        except sqlite3.Error:
            pass
        if self._connection.in_transaction:
            self._connection.close()
            self._connection = connect(self.path)

    @contextmanager
    def read(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            yield self._connection

    def close(self) -> None:
        with self._lock:
            self._connection.close()


def current_revision(path: Path) -> str | None:
    if not path.exists():
        return None
    connection = sqlite3.connect(path)
    try:
        has_table = connection.execute(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
        ).fetchone()
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone() if has_table else None
    finally:
        connection.close()
    return row[0] if row else None


def backup_copy(path: Path, revision: str | None) -> Path:
    """Copy the file aside with SQLite's online backup, which is consistent even with a WAL beside it."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = private_file(path.with_name(f"{path.stem}.before-upgrade-from-{revision or 'none'}-{stamp}{path.suffix}"))
    source = sqlite3.connect(path)
    destination = sqlite3.connect(target)
    try:
        source.backup(destination)
    finally:
        destination.close()
        source.close()
    return target


def open_database(data_dir: Path) -> Database:
    """Open (creating or upgrading as needed) the desk database in data_dir. A database a newer
    release of the desk has upgraded is refused untouched: an older release cannot know its tables.
    Revisions are zero-padded numbers, so they compare as text without loading Alembic."""
    private_folder(data_dir)
    path = data_dir / DATABASE_FILE
    private_file(path)
    for journal in (path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        narrow_if_present(journal)
    revision = current_revision(path)
    if revision is not None and revision > HEAD_REVISION:
        raise DomainError("database.newer", path=str(path), revision=revision, expected=HEAD_REVISION)
    if revision != HEAD_REVISION:
        if revision is not None:
            backup_copy(path, revision)
        from desk_app.store.migrate import upgrade_to_head

        upgrade_to_head(path)
    return Database(path)
