"""Appointments booked with the provincial system, which reach the agency's desks through the feed.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "appointments",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("agency_code", sa.String(40), sa.ForeignKey("agencies.code"), nullable=False),
        sa.Column("procedure_code", sa.String(40), nullable=False),
        sa.Column("starts_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("data_json", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("status IN ('booked', 'cancelled')", name="ck_appointments_status"),
    )
    op.create_index("ix_appointments_agency", "appointments", ["agency_code", "starts_at"])


def downgrade() -> None:
    op.drop_index("ix_appointments_agency", "appointments")
    op.drop_table("appointments")
