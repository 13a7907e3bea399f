"""Telling a damaged database from other failures, and finding the damage."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

MAX_PROBLEMS = 5


def is_damage(error: sqlite3.Error) -> bool:
    """SQLite says the file is not a database, or that its pages do not hold together."""
    return getattr(error, "sqlite_errorname", "").startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB"))


def integrity_problems(path: Path, quick: bool = False) -> list[str]:
    """What SQLite's integrity check finds wrong with the file, read-only (empty when sound); the
    quick check skips comparing indexes with their tables, which takes most of the time."""
    check = "quick_check" if quick else "integrity_check"
    try:
        with closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as connection:
            rows = connection.execute(f"PRAGMA {check}({MAX_PROBLEMS})").fetchall()
    except sqlite3.DatabaseError as err:
        return [str(err)]
    problems = [row[0] for row in rows]
    return [] if problems == ["ok"] else problems
