"""Papers as the law lists them: each line of a dossier's checklist says whether it was handed in,
only shown, or not given, whether it was needed only in a case (and whether that case applied), to
which group of alternatives it belongs, and whether its original goes back with the result.

A line stored before this revision was handed in when it was marked received.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

_COLUMNS = (
    sa.Column("given", sa.String(), nullable=False, server_default="none"),
    sa.Column("shown_only", sa.Boolean(), nullable=False, server_default="0"),
    sa.Column("case_text", sa.Text(), nullable=False, server_default=""),
    sa.Column("group_name", sa.Text(), nullable=False, server_default=""),
    sa.Column("case_applies", sa.Boolean(), nullable=False, server_default="0"),
    sa.Column("return_original", sa.Boolean(), nullable=False, server_default="0"),
)


def upgrade() -> None:
    for column in _COLUMNS:
        op.add_column("dossier_documents", column)
    op.execute("UPDATE dossier_documents SET given = CASE WHEN received THEN 'handed' ELSE 'none' END")


def downgrade() -> None:
    with op.batch_alter_table("dossier_documents") as batch:
        for column in reversed(_COLUMNS):
            batch.drop_column(column.name)
