"""The desk database file: durable settings, migrations that match the code, old files upgraded."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine

from desk_app.domain.errors import DomainError
from desk_app.services.desk import Desk
from desk_app.store.database import DATABASE_FILE, open_database
from desk_app.store.migrate import script_head
from desk_app.store.revision import HEAD_REVISION
from desk_app.store.schema import metadata

OLD_DATABASES = Path(__file__).parent / "databases"


def test_code_expects_the_migrations_head():
    assert script_head() == HEAD_REVISION


CODE_END_INDEXES = ("ix_dossiers_code_number", "ix_dossiers_code_day_number")
TODAY_INDEXES = ("ix_dossiers_open_due", "ix_dossiers_ready", "ix_dossiers_ready_post")


def _not_search_index(name, type_, _parent) -> bool:
    """The FTS5 index and its shadow tables, the expression indexes on the ends of codes and the
    Today board's partial indexes are raw SQL in the migrations, outside the Core metadata (which
    SQLite cannot reflect them into)."""
    return not (type_ == "table" and name.startswith("dossier_search")) and name not in (
        *CODE_END_INDEXES, *TODAY_INDEXES)


def test_a_lookup_by_the_end_of_a_code_probes_its_index(tmp_path):
    from desk_app.store.dossier_repo import CODE_TAIL_LENGTHS, code_tail_query

    database = open_database(tmp_path)
    with database.read() as connection:
        for length, index in zip(CODE_TAIL_LENGTHS, CODE_END_INDEXES):
            plan = " ".join(str(row[3]) for row in connection.execute(
                f"EXPLAIN QUERY PLAN {code_tail_query(length)}", ("x", 50)))
            assert f"USING INDEX {index}" in plan, plan
    database.close()


def test_the_today_board_reads_through_its_partial_indexes(tmp_path):
    """Hôm nay asks at every refresh; among a million closed dossiers it must not scan them."""
    from datetime import datetime, timezone

    from desk_app.store import dossier_repo

    database = open_database(tmp_path)
    plans: list[str] = []
    with database.read() as connection:

        class Explaining:
            """The connection, with each query's plan noted before it runs."""

            def execute(self, sql, params=()):
                plans.append(" ".join(str(row[3]) for row in connection.execute(f"EXPLAIN QUERY PLAN {sql}", params)))
                return connection.execute(sql, params)

        now = datetime(2026, 11, 23, 2, 0, tzinfo=timezone.utc)
        dossier_repo.open_due_before(Explaining(), now, 10)
        dossier_repo.open_due_between(Explaining(), now, now, 10)
        dossier_repo.results_waiting(Explaining(), 10)
    database.close()
    assert plans and all(any(index in plan for index in TODAY_INDEXES) for plan in plans), plans


@pytest.mark.filterwarnings("ignore:Skipped unsupported reflection of expression-based index ix_dossiers_code")
def test_migrations_create_exactly_the_tables_the_code_uses(tmp_path):
    open_database(tmp_path).close()
    engine = create_engine(f"sqlite:///{tmp_path / DATABASE_FILE}")
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"include_name": _not_search_index})
        differences = compare_metadata(context, metadata)
    engine.dispose()
    assert differences == []


def test_durability_pragmas_are_on(tmp_path):
    database = open_database(tmp_path)
    with database.read() as connection:
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert connection.execute("PRAGMA synchronous").fetchone()[0] == 2
        assert connection.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    database.close()


def test_every_released_schema_opens_and_keeps_its_dossiers(tmp_path):
    files = sorted(OLD_DATABASES.glob("desk-*.sqlite3"))
    assert files, "keep one small database per released schema revision under tests/store/databases"
    for old in files:
        data_dir = tmp_path / old.stem
        data_dir.mkdir()
        shutil.copy(old, data_dir / DATABASE_FILE)
        before = sqlite3.connect(old).execute("SELECT code, applicant_name FROM dossiers ORDER BY code").fetchall()
        database = open_database(data_dir)
        with database.read() as connection:
            after = connection.execute("SELECT code, applicant_name FROM dossiers ORDER BY code").fetchall()
            revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        database.close()
        assert before and [tuple(r) for r in after] == before
        assert revision == HEAD_REVISION
        assert len(list(data_dir.glob("desk.before-upgrade-*"))) == (0 if old.stem.endswith(HEAD_REVISION) else 1)
        desk = Desk.open(data_dir)
        try:
            names = {s.applicant_name for s in desk.lookup.find("do duc d")}
        finally:
            desk.close()
        assert names == {"Đỗ Đức Đạt"}


def set_revision(data_dir: Path, revision: str) -> None:
    connection = sqlite3.connect(data_dir / DATABASE_FILE)
    connection.execute("UPDATE alembic_version SET version_num = ?", (revision,))
    connection.commit()
    connection.close()


def test_an_upgrade_copies_the_file_aside_before_touching_it(tmp_path):
    """Even an upgrade that fails (here: from a revision no release had) leaves the copy behind."""
    open_database(tmp_path).close()
    set_revision(tmp_path, "0000a")
    with pytest.raises(Exception):
        open_database(tmp_path)
    backups = list(tmp_path.glob("desk.before-upgrade-from-0000a-*.sqlite3"))
    assert len(backups) == 1
    copied = sqlite3.connect(backups[0]).execute("SELECT version_num FROM alembic_version").fetchone()[0]
    assert copied == "0000a"


def test_a_database_from_a_newer_release_is_refused_untouched(tmp_path):
    open_database(tmp_path).close()
    set_revision(tmp_path, "9999")
    before = (tmp_path / DATABASE_FILE).read_bytes()
    with pytest.raises(DomainError) as refused:
        open_database(tmp_path)
    assert refused.value.code == "database.newer" and "phiên bản mới hơn" in str(refused.value)
    assert list(tmp_path.glob("desk.before-upgrade-*")) == []
    assert (tmp_path / DATABASE_FILE).read_bytes() == before


def test_a_failed_commit_leaves_nothing_behind_and_the_next_save_works(tmp_path):
    """A deferred constraint fails only at COMMIT: the save is undone, its error kept, the desk goes on."""
    database = open_database(tmp_path)
    with database.write() as connection:
        connection.execute("CREATE TABLE parent (id INTEGER PRIMARY KEY)")
        connection.execute("CREATE TABLE child (parent_id INTEGER REFERENCES parent(id) DEFERRABLE INITIALLY DEFERRED)")
    with pytest.raises(sqlite3.IntegrityError):
        with database.write() as connection:
            connection.execute("INSERT INTO child VALUES (42)")
    with database.write() as connection:
        connection.execute("INSERT INTO parent VALUES (1)")
        connection.execute("INSERT INTO child VALUES (1)")
    with database.read() as connection:
        assert [tuple(r) for r in connection.execute("SELECT parent_id FROM child")] == [(1,)]
    database.close()


def test_an_error_inside_a_save_keeps_its_own_message(tmp_path):
    database = open_database(tmp_path)
    with pytest.raises(ValueError, match="the real reason"):
        with database.write():
            raise ValueError("the real reason")
    with database.read() as connection:
        assert not connection.in_transaction
    database.close()
