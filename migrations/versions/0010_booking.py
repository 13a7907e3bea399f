"""Booking at the desk: appointments know their number, field, purpose, holder and reason; the
agency's booking grid, the places this desk holds in it, and its blocks of booking numbers.

Appointments the feed brought before this revision keep an empty number and field: they were
booked outside the grid and take none of this desk's places.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-04
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("appointments") as batch:
        batch.add_column(sa.Column("number", sa.String(), nullable=False, server_default=""))
        batch.add_column(sa.Column("field", sa.Text(), nullable=False, server_default=""))
        batch.add_column(sa.Column("purpose", sa.String(), nullable=False, server_default="submit"))
        batch.add_column(sa.Column("dossier_code", sa.String()))
        batch.add_column(sa.Column("holder", sa.String()))
        batch.add_column(sa.Column("reason", sa.Text(), nullable=False, server_default=""))
    op.execute("CREATE UNIQUE INDEX ix_appointments_number ON appointments (number) WHERE number != ''")
    op.create_index("ix_appointments_slot", "appointments", ["field", "starts_at"])
    op.create_table(
        "appointment_schedule",
        sa.Column("agency_code", sa.String(), primary_key=True),
        sa.Column("data_json", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.String(), nullable=False),
    )
    op.create_table(
        "appointment_places",
        sa.Column("field", sa.Text(), primary_key=True),
        sa.Column("starts_at", sa.String(), primary_key=True),
        sa.Column("held", sa.Integer(), nullable=False),
    )
    op.create_table(
        "booking_blocks",
        sa.Column("year", sa.Integer(), primary_key=True),
        sa.Column("first", sa.Integer(), primary_key=True),
        sa.Column("last", sa.Integer(), nullable=False),
        sa.Column("next_value", sa.Integer(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("booking_blocks")
    op.drop_table("appointment_places")
    op.drop_table("appointment_schedule")
    op.drop_index("ix_appointments_slot", "appointments")
    op.drop_index("ix_appointments_number", "appointments")
    with op.batch_alter_table("appointments") as batch:
        for column in ("reason", "holder", "dossier_code", "purpose", "field", "number"):
            batch.drop_column(column)
