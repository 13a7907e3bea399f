"""What the server needs to hold its boundary: sign-in failures for throttling, the numbers a
device declared it printed before it held leases, the first use of a device (a device id belongs
to the desk that used it), when a procedure left the catalogue, the values of a refusal's reason
(so a desk can word it in its officer's language), and attachments kept per agency.

Attachments stored before this revision belonged to no recorded agency; they are kept under the
empty agency code, which no device has, so none can read them.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sign_in_failures",
        sa.Column("key", sa.String(120), primary_key=True),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.Column("window_start", sa.DateTime(timezone=True), nullable=False),
        sa.Column("locked_until", sa.DateTime(timezone=True)),
    )
    op.create_table(
        "device_claims",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), primary_key=True, autoincrement=True),
        sa.Column("device_id", sa.String(36), nullable=False),
        sa.Column("agency_code", sa.String(40), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("first", sa.Integer(), nullable=False),
        sa.Column("last", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint('1 <= "first" AND "first" <= "last" AND "last" <= 9999', name="ck_device_claims_range"),
    )
    op.create_index("ix_device_claims_device_day", "device_claims", ["device_id", "day"])
    op.create_index("ix_leases_device_day", "leases", ["device_id", "day"])
    with op.batch_alter_table("devices") as batch:
        batch.add_column(sa.Column("first_used_at", sa.DateTime(timezone=True)))
    with op.batch_alter_table("procedures") as batch:
        batch.add_column(sa.Column("removed_at", sa.DateTime(timezone=True)))
    with op.batch_alter_table("operations") as batch:
        batch.add_column(sa.Column("reason_params", sa.Text()))
    op.create_table(
        "agency_attachments",
        sa.Column("agency_code", sa.String(40), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("length", sa.BigInteger(), nullable=False),
        sa.Column("received", sa.BigInteger(), nullable=False, server_default="0"),
        sa.Column("complete", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.PrimaryKeyConstraint("agency_code", "sha256", name="pk_agency_attachments"),
    )
    op.create_table(
        "agency_attachment_chunks",
        sa.Column("agency_code", sa.String(40), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("offset", sa.BigInteger(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(["agency_code", "sha256"], ["agency_attachments.agency_code", "agency_attachments.sha256"],
                                ondelete="CASCADE", name="fk_agency_attachment_chunks"),
        sa.PrimaryKeyConstraint("agency_code", "sha256", "offset", name="pk_agency_attachment_chunks"),
    )
    op.execute("INSERT INTO agency_attachments (agency_code, sha256, length, received, complete) "
               "SELECT '', sha256, length, received, complete FROM attachments")
    op.execute('INSERT INTO agency_attachment_chunks (agency_code, sha256, "offset", data) '
               'SELECT \'\', sha256, "offset", data FROM attachment_chunks')
    op.drop_table("attachment_chunks")
    op.drop_table("attachments")


def downgrade() -> None:
    op.create_table(
        "attachments",
        sa.Column("sha256", sa.String(64), primary_key=True),
        sa.Column("length", sa.BigInteger(), nullable=False),
        sa.Column("received", sa.BigInteger(), nullable=False, server_default="0"),
        sa.Column("complete", sa.Boolean(), nullable=False, server_default=sa.false()),
    )
    op.create_table(
        "attachment_chunks",
        sa.Column("sha256", sa.String(64), sa.ForeignKey("attachments.sha256", ondelete="CASCADE"), nullable=False),
        sa.Column("offset", sa.BigInteger(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("sha256", "offset", name="pk_attachment_chunks"),
    )
    op.drop_table("agency_attachment_chunks")
    op.drop_table("agency_attachments")
    with op.batch_alter_table("operations") as batch:
        batch.drop_column("reason_params")
    with op.batch_alter_table("procedures") as batch:
        batch.drop_column("removed_at")
    with op.batch_alter_table("devices") as batch:
        batch.drop_column("first_used_at")
    op.drop_index("ix_leases_device_day", "leases")
    op.drop_index("ix_device_claims_device_day", "device_claims")
    op.drop_table("device_claims")
    op.drop_table("sign_in_failures")
