"""Bringing the provincial database to the current schema before any command uses it.

Every command migrates first, so the check must be cheap when nothing is due: the version is read
with one query and Alembic is imported only for a real upgrade. Several server processes may start
at once against one PostgreSQL; an advisory lock makes them take turns.
"""

from __future__ import annotations

from importlib import resources

from sqlalchemy import Connection, Engine, inspect, text

HEAD_REVISION = "0005"
_MIGRATION_LOCK = 0x6D6F74637561  # any constant shared by every server process


def upgrade_to_head(engine: Engine) -> None:
    with engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _MIGRATION_LOCK})
        if current_revision(connection) == HEAD_REVISION:
            return
        from alembic import command
        from alembic.config import Config

        config = Config()
        config.set_main_option("script_location", str(resources.files("provincial.migrations")))
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


def current_revision(connection: Connection) -> str | None:
    if not inspect(connection).has_table("alembic_version"):
        return None
    return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
