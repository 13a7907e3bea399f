"""The two columns holding each dossier's JSON (dossiers.payload_json, feed.data_json) compressed
with lz4 instead of pglz on PostgreSQL.

A payload is a little over 2 kB, just past the size where PostgreSQL compresses a value; pglz took
about half of a 500-intake push's time in the database, lz4 a third of that. A server built without
lz4 keeps pglz; SQLite stores text uncompressed and has nothing to change.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

_COLUMNS = (("dossiers", "payload_json"), ("feed", "data_json"))


def _has_lz4() -> bool:
    bind = op.get_bind()
    return bind.dialect.name == "postgresql" and bool(bind.execute(sa.text(
        "SELECT 'lz4' = ANY(enumvals) FROM pg_settings WHERE name = 'default_toast_compression'")).scalar())


def upgrade() -> None:
    if _has_lz4():
        for table, column in _COLUMNS:
            op.execute(f"ALTER TABLE {table} ALTER COLUMN {column} SET COMPRESSION lz4")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for table, column in _COLUMNS:
            op.execute(f"ALTER TABLE {table} ALTER COLUMN {column} SET COMPRESSION pglz")
