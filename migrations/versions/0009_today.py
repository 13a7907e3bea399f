"""The Today board (Hôm nay) asks, at every refresh, for the open dossiers by due date and for the
results waiting for their citizens. Two partial indexes hold only those rows, so the board costs
a few index probes (the results going by post have one of their own, to tell those sent from
those waiting) however many closed dossiers the desk has kept over the years.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-03
"""

from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("CREATE INDEX ix_dossiers_open_due ON dossiers (due_at) WHERE status IN ('received', 'in_progress')")
    op.execute("CREATE INDEX ix_dossiers_ready ON dossiers (received_at) WHERE status = 'result_ready'")
    op.execute("CREATE INDEX ix_dossiers_ready_post ON dossiers (received_at) "
               "WHERE status = 'result_ready' AND return_method = 'post'")


def downgrade() -> None:
    op.drop_index("ix_dossiers_ready_post", table_name="dossiers")
    op.drop_index("ix_dossiers_ready", table_name="dossiers")
    op.drop_index("ix_dossiers_open_due", table_name="dossiers")
