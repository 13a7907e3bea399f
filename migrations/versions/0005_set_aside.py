"""Records from the province that the desk cannot use, set aside with why, so the feed goes on past
them; and the values of a refusal's reason, so that it can be worded in the officer's language.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "feed_set_aside",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("kind", sa.Text(), nullable=False),
        sa.Column("key", sa.Text(), nullable=False),
        sa.Column("data_json", sa.Text(), nullable=False),
        sa.Column("reason_code", sa.String(), nullable=False),
        sa.Column("reason_params", sa.Text(), nullable=False, server_default="{}"),
        sa.Column("set_aside_at", sa.String(), nullable=False),
    )
    op.add_column("outbox", sa.Column("reason_params", sa.Text()))


def downgrade() -> None:
    with op.batch_alter_table("outbox") as batch:
        batch.drop_column("reason_params")
    op.drop_table("feed_set_aside")
