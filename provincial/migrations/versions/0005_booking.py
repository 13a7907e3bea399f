"""Booking at the desks: the agency's booking grid, the places each desk holds, booking numbers,
and appointments that know their number, field, holder and attendance.

Bookings stored before this revision keep an empty number and field: they were made outside the
grid and take no place of it.

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("appointments") as batch:
        batch.add_column(sa.Column("number", sa.String(12)))
        batch.add_column(sa.Column("field", sa.String(200), nullable=False, server_default=""))
        batch.add_column(sa.Column("holder_device_id", sa.String(36)))
        batch.drop_constraint("ck_appointments_status", type_="check")
        batch.create_check_constraint("ck_appointments_status", "status IN ('booked', 'cancelled', 'arrived', 'no_show')")
        batch.create_unique_constraint("uq_appointments_number", ["agency_code", "number"])
    op.create_index("ix_appointments_slot", "appointments", ["agency_code", "field", "starts_at"])
    op.create_table(
        "appointment_schedules",
        sa.Column("agency_code", sa.String(40), sa.ForeignKey("agencies.code"), primary_key=True),
        sa.Column("data_json", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "appointment_places",
        sa.Column("agency_code", sa.String(40), nullable=False),
        sa.Column("field", sa.String(200), nullable=False),
        sa.Column("starts_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("device_id", sa.String(36), nullable=False),
        sa.Column("held", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("agency_code", "field", "starts_at", "device_id", name="pk_appointment_places"),
        sa.CheckConstraint("held >= 0", name="ck_appointment_places_held"),
    )
    op.create_table(
        "booking_counters",
        sa.Column("agency_code", sa.String(40), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("next_value", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("agency_code", "year", name="pk_booking_counters"),
    )
    op.create_table(
        "booking_blocks",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), primary_key=True, autoincrement=True),
        sa.Column("device_id", sa.String(36), nullable=False),
        sa.Column("agency_code", sa.String(40), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("first", sa.Integer(), nullable=False),
        sa.Column("last", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.UniqueConstraint("agency_code", "year", "first", name="uq_booking_blocks_first"),
        sa.CheckConstraint('1 <= "first" AND "first" <= "last" AND "last" <= 999999', name="ck_booking_blocks_range"),
    )
    op.create_index("ix_booking_blocks_device", "booking_blocks", ["device_id", "year"])


def downgrade() -> None:
    op.drop_index("ix_booking_blocks_device", "booking_blocks")
    op.drop_table("booking_blocks")
    op.drop_table("booking_counters")
    op.drop_table("appointment_places")
    op.drop_table("appointment_schedules")
    op.drop_index("ix_appointments_slot", "appointments")
    with op.batch_alter_table("appointments") as batch:
        batch.drop_constraint("uq_appointments_number", type_="unique")
        batch.drop_constraint("ck_appointments_status", type_="check")
        batch.create_check_constraint("ck_appointments_status", "status IN ('booked', 'cancelled')")
        batch.drop_column("holder_device_id")
        batch.drop_column("field")
        batch.drop_column("number")
