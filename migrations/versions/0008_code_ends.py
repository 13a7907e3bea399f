"""A dossier is found by the end of its code, as an officer reads it off a crumpled receipt: its
number ("0042") or its day and number ("261123-0042"). Each end has an expression index, so the
lookup stays one index probe however many dossiers the desk holds.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02
"""

from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("CREATE INDEX ix_dossiers_code_number ON dossiers (substr(code, -4))")
    op.execute("CREATE INDEX ix_dossiers_code_day_number ON dossiers (substr(code, -11))")


def downgrade() -> None:
    op.drop_index("ix_dossiers_code_day_number", table_name="dossiers")
    op.drop_index("ix_dossiers_code_number", table_name="dossiers")
