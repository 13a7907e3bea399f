"""The provincial database as first released: every table, the global feed stream, the cursor key.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import secrets

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

# SQLite numbers rows only through INTEGER PRIMARY KEY; PostgreSQL gets 64-bit ids.
_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table('agencies',
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('parent_name', sa.Text(), server_default='', nullable=False),
    sa.Column('place_name', sa.Text(), server_default='', nullable=False),
    sa.Column('office_hours', sa.String(length=100), server_default='07:30-11:30,13:30-17:00', nullable=False),
    sa.PrimaryKeyConstraint('code')
    )
    op.create_table('attachments',
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('length', sa.BigInteger(), nullable=False),
    sa.Column('received', sa.BigInteger(), server_default='0', nullable=False),
    sa.Column('complete', sa.Boolean(), server_default='0', nullable=False),
    sa.PrimaryKeyConstraint('sha256')
    )
    op.create_table('calendar_days',
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('is_working', sa.Boolean(), nullable=False),
    sa.Column('note', sa.Text(), server_default='', nullable=False),
    sa.PrimaryKeyConstraint('day')
    )
    op.create_table('dossiers',
    sa.Column('id', _ID, autoincrement=True, nullable=False),
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('uuid', sa.String(length=64), nullable=False),
    sa.Column('agency_code', sa.String(length=40), nullable=False),
    sa.Column('status', sa.String(length=30), nullable=False),
    sa.Column('origin_device_id', sa.String(length=36), nullable=True),
    sa.Column('procedure_code', sa.String(length=40), nullable=False),
    sa.Column('applicant_name', sa.Text(), nullable=False),
    sa.Column('applicant_id_number', sa.String(length=12), nullable=False),
    sa.Column('received_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('due_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('payload_json', sa.Text(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('code'),
    sa.UniqueConstraint('uuid')
    )
    op.create_index('ix_dossiers_agency', 'dossiers', ['agency_code', 'received_at'], unique=False)
    op.create_table('feed',
    sa.Column('stream', sa.String(length=40), nullable=False),
    sa.Column('seq', sa.BigInteger(), nullable=False),
    sa.Column('kind', sa.String(length=30), nullable=False),
    sa.Column('key', sa.Text(), nullable=False),
    sa.Column('data_json', sa.Text(), nullable=False),
    sa.Column('origin_device_id', sa.String(length=36), nullable=True),
    sa.PrimaryKeyConstraint('stream', 'seq', name='pk_feed')
    )
    op.create_table('feed_streams',
    sa.Column('stream', sa.String(length=40), nullable=False),
    sa.Column('last_seq', sa.BigInteger(), server_default='0', nullable=False),
    sa.PrimaryKeyConstraint('stream')
    )
    op.create_table('leases',
    sa.Column('id', _ID, autoincrement=True, nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('agency_code', sa.String(length=40), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('first', sa.Integer(), nullable=False),
    sa.Column('last', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint('1 <= "first" AND "first" <= "last" AND "last" <= 8999', name='ck_leases_range'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('agency_code', 'day', 'first', name='uq_leases_first')
    )
    op.create_table('operations',
    sa.Column('op_id', sa.String(length=36), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('agency_code', sa.String(length=40), nullable=False),
    sa.Column('kind', sa.String(length=30), nullable=False),
    sa.Column('dossier_code', sa.String(length=40), nullable=False),
    sa.Column('outcome', sa.String(length=10), nullable=False),
    sa.Column('reason_code', sa.String(length=60), nullable=True),
    sa.Column('reason', sa.Text(), nullable=True),
    sa.Column('applied_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('op_id')
    )
    op.create_table('procedures',
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('data_json', sa.Text(), nullable=False),
    sa.Column('active', sa.Boolean(), server_default='1', nullable=False),
    sa.PrimaryKeyConstraint('code')
    )
    op.create_table('sequence_allocations',
    sa.Column('agency_code', sa.String(length=40), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('next_value', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('agency_code', 'day', name='pk_sequence_allocations')
    )
    op.create_table('server_secrets',
    sa.Column('name', sa.String(length=40), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('name')
    )
    op.create_table('attachment_chunks',
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('offset', sa.BigInteger(), nullable=False),
    sa.Column('data', sa.LargeBinary(), nullable=False),
    sa.ForeignKeyConstraint(['sha256'], ['attachments.sha256'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('sha256', 'offset', name='pk_attachment_chunks')
    )
    op.create_table('dossier_events',
    sa.Column('id', _ID, autoincrement=True, nullable=False),
    sa.Column('dossier_id', _ID, nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('status_from', sa.String(length=30), nullable=True),
    sa.Column('status_to', sa.String(length=30), nullable=True),
    sa.Column('officer_name', sa.Text(), server_default='', nullable=False),
    sa.Column('detail_json', sa.Text(), server_default='{}', nullable=False),
    sa.ForeignKeyConstraint(['dossier_id'], ['dossiers.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index('ix_dossier_events_dossier', 'dossier_events', ['dossier_id'], unique=False)
    op.create_table('officers',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('agency_code', sa.String(length=40), nullable=False),
    sa.Column('username', sa.String(length=64), nullable=False),
    sa.Column('full_name', sa.Text(), nullable=False),
    sa.Column('title', sa.Text(), server_default='', nullable=False),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.Column('password_hash', sa.Text(), nullable=False),
    sa.Column('active', sa.Boolean(), server_default='1', nullable=False),
    sa.CheckConstraint("role IN ('officer', 'supervisor', 'admin')", name='ck_officers_role'),
    sa.ForeignKeyConstraint(['agency_code'], ['agencies.code'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('username')
    )
    op.create_table('devices',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('agency_code', sa.String(length=40), nullable=False),
    sa.Column('officer_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('token_hash', sa.String(length=64), nullable=False),
    sa.Column('reserve_slot', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('revoked_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['agency_code'], ['agencies.code'], ),
    sa.ForeignKeyConstraint(['officer_id'], ['officers.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('agency_code', 'reserve_slot', name='uq_devices_reserve_slot'),
    sa.UniqueConstraint('token_hash')
    )
    op.bulk_insert(sa.table("feed_streams", sa.column("stream"), sa.column("last_seq")),
                   [{"stream": "*", "last_seq": 0}])
    op.bulk_insert(sa.table("server_secrets", sa.column("name"), sa.column("value")),
                   [{"name": "cursor_key", "value": secrets.token_hex(32)}])
