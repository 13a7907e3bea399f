"""The catalogue keeps what its papers say beyond name, kind and copies: only shown, needed in a
case, one of a group of alternatives, original to be returned. A paper stored before this revision
had none of these (no catalogue of that time carried them), so the defaults are exact.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

_COLUMNS = (
    sa.Column("shown", sa.Boolean(), nullable=False, server_default="0"),
    sa.Column("case_text", sa.Text(), nullable=False, server_default=""),
    sa.Column("group_name", sa.Text(), nullable=False, server_default=""),
    sa.Column("return_original", sa.Boolean(), nullable=False, server_default="0"),
)


def upgrade() -> None:
    for column in _COLUMNS:
        op.add_column("procedure_documents", column)


def downgrade() -> None:
    with op.batch_alter_table("procedure_documents") as batch:
        for column in reversed(_COLUMNS):
            batch.drop_column(column.name)
