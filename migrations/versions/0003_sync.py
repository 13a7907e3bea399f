"""Sync with the provincial system: the sync state (server, device, cursor), outbox rows that can be
set aside with the server's reason, leased and reserved blocks of dossier numbers, and the
agency's officers as the province knows them.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_state",
        sa.Column("key", sa.String(), primary_key=True),
        sa.Column("value", sa.Text(), nullable=False),
    )
    op.add_column("outbox", sa.Column("state", sa.String(), nullable=False, server_default="pending"))
    op.add_column("outbox", sa.Column("attempts", sa.Integer(), nullable=False, server_default="0"))
    op.add_column("outbox", sa.Column("reason_code", sa.String()))
    op.add_column("outbox", sa.Column("reason", sa.Text()))
    op.add_column("outbox", sa.Column("rejected_at", sa.String()))
    op.create_index("ix_outbox_state", "outbox", ["state", "id"])
    op.create_index("ix_outbox_dossier_code", "outbox", ["dossier_code"])
    op.create_table(
        "code_blocks",
        sa.Column("agency_code", sa.String(), primary_key=True),
        sa.Column("day", sa.Date(), primary_key=True),
        sa.Column("first", sa.Integer(), primary_key=True),
        sa.Column("last", sa.Integer(), nullable=False),
        sa.Column("next_value", sa.Integer(), nullable=False),
        sa.Column("source", sa.String(), nullable=False),
    )
    op.create_table(
        "officers",
        sa.Column("username", sa.String(), primary_key=True),
        sa.Column("full_name", sa.Text(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False, server_default=""),
        sa.Column("role", sa.String(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False, server_default="1"),
    )


def downgrade() -> None:
    op.drop_table("officers")
    op.drop_table("code_blocks")
    op.drop_index("ix_outbox_dossier_code", "outbox")
    op.drop_index("ix_outbox_state", "outbox")
    with op.batch_alter_table("outbox") as batch:
        for column in ("rejected_at", "reason", "reason_code", "attempts", "state"):
            batch.drop_column(column)
    op.drop_table("sync_state")
