"""The first desk schema: catalogue, calendar, dossiers with their documents and timeline, code
counters, the tracking book, the outbox, and the folded-name search index.

Revision ID: 0001
Revises:
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

FTS_DDL = (
    "CREATE VIRTUAL TABLE dossier_search USING fts5("
    "applicant_name_folded, content='dossiers', content_rowid='id', prefix='2 3')",
    "CREATE TRIGGER dossiers_search_insert AFTER INSERT ON dossiers BEGIN "
    "INSERT INTO dossier_search(rowid, applicant_name_folded) VALUES (new.id, new.applicant_name_folded); END",
    "CREATE TRIGGER dossiers_search_delete AFTER DELETE ON dossiers BEGIN "
    "INSERT INTO dossier_search(dossier_search, rowid, applicant_name_folded) "
    "VALUES ('delete', old.id, old.applicant_name_folded); END",
    "CREATE TRIGGER dossiers_search_update AFTER UPDATE OF applicant_name_folded ON dossiers BEGIN "
    "INSERT INTO dossier_search(dossier_search, rowid, applicant_name_folded) "
    "VALUES ('delete', old.id, old.applicant_name_folded); "
    "INSERT INTO dossier_search(rowid, applicant_name_folded) VALUES (new.id, new.applicant_name_folded); END",
)


def upgrade() -> None:
    op.create_table(
        "procedures",
        sa.Column("code", sa.String(), primary_key=True),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("field", sa.Text(), nullable=False, server_default=""),
        sa.Column("level", sa.Text(), nullable=False, server_default=""),
        sa.Column("agency", sa.Text(), nullable=False, server_default=""),
        sa.Column("processing_days", sa.String(), nullable=False),
        sa.Column("processing_note", sa.Text(), nullable=False, server_default=""),
        sa.Column("cutoff", sa.String()),
        sa.Column("fees_json", sa.Text(), nullable=False, server_default="[]"),
        sa.Column("extra_json", sa.Text(), nullable=False, server_default="{}"),
        sa.Column("search_key", sa.Text(), nullable=False),
        sa.Column("source", sa.String(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False, server_default="1"),
    )
    op.create_table(
        "procedure_documents",
        sa.Column("procedure_code", sa.String(), sa.ForeignKey("procedures.code", ondelete="CASCADE"),
                  primary_key=True),
        sa.Column("position", sa.Integer(), primary_key=True),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("copies", sa.Integer(), nullable=False),
    )
    op.create_table(
        "calendar_days",
        sa.Column("day", sa.Date(), primary_key=True),
        sa.Column("is_working", sa.Boolean(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False, server_default=""),
    )
    op.create_table(
        "dossiers",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("uuid", sa.String(), nullable=False, unique=True),
        sa.Column("code", sa.String(), nullable=False, unique=True),
        sa.Column("agency_code", sa.String(), nullable=False),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("procedure_code", sa.String(), nullable=False),
        sa.Column("procedure_name", sa.Text(), nullable=False),
        sa.Column("processing_days", sa.String(), nullable=False),
        sa.Column("processing_note", sa.Text(), nullable=False, server_default=""),
        sa.Column("fee_total_vnd", sa.Integer(), nullable=False),
        sa.Column("applicant_name", sa.Text(), nullable=False),
        sa.Column("applicant_name_folded", sa.Text(), nullable=False),
        sa.Column("applicant_id_number", sa.String(), nullable=False),
        sa.Column("applicant_birth_date", sa.Date()),
        sa.Column("applicant_sex", sa.String()),
        sa.Column("applicant_address", sa.Text(), nullable=False),
        sa.Column("applicant_phone", sa.String(), nullable=False, server_default=""),
        sa.Column("applicant_email", sa.String(), nullable=False, server_default=""),
        sa.Column("name_without_diacritics", sa.Boolean(), nullable=False, server_default="0"),
        sa.Column("received_at", sa.String(), nullable=False),
        sa.Column("counted_from", sa.String()),
        sa.Column("due_at", sa.String()),
        sa.Column("sets", sa.Integer(), nullable=False, server_default="1"),
        sa.Column("return_method", sa.String(), nullable=False, server_default="desk"),
        sa.Column("return_place", sa.Text(), nullable=False, server_default=""),
        sa.Column("book_number", sa.String(), nullable=False),
        sa.Column("book_entry", sa.Integer(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False, server_default=""),
        sa.Column("supplement_reason", sa.Text(), nullable=False, server_default=""),
        sa.Column("refusal_reason", sa.Text(), nullable=False, server_default=""),
        sa.Column("agency_name", sa.Text(), nullable=False),
        sa.Column("parent_agency_name", sa.Text(), nullable=False, server_default=""),
        sa.Column("place_name", sa.Text(), nullable=False),
        sa.Column("officer_name", sa.Text(), nullable=False),
        sa.Column("officer_title", sa.Text(), nullable=False, server_default=""),
        sa.Column("lookup_url", sa.Text(), nullable=False, server_default=""),
        sa.Column("updated_at", sa.String(), nullable=False),
    )
    op.create_index("ix_dossiers_applicant_id_number", "dossiers", ["applicant_id_number"])
    op.create_index("ix_dossiers_applicant_phone", "dossiers", ["applicant_phone"])
    op.create_index("ix_dossiers_received_at", "dossiers", ["received_at"])
    op.create_table(
        "dossier_documents",
        sa.Column("dossier_id", sa.Integer(), sa.ForeignKey("dossiers.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("position", sa.Integer(), primary_key=True),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("copies", sa.Integer(), nullable=False),
        sa.Column("received", sa.Boolean(), nullable=False),
    )
    op.create_table(
        "dossier_events",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("dossier_id", sa.Integer(), sa.ForeignKey("dossiers.id", ondelete="CASCADE"), nullable=False),
        sa.Column("at", sa.String(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("status_from", sa.String()),
        sa.Column("status_to", sa.String()),
        sa.Column("officer_name", sa.Text(), nullable=False, server_default=""),
        sa.Column("detail_json", sa.Text(), nullable=False, server_default="{}"),
    )
    op.create_index("ix_dossier_events_dossier", "dossier_events", ["dossier_id"])
    op.create_table(
        "sequence_counters",
        sa.Column("agency_code", sa.String(), primary_key=True),
        sa.Column("day", sa.Date(), primary_key=True),
        sa.Column("next_value", sa.Integer(), nullable=False),
        sa.Column("last_value", sa.Integer(), nullable=False),
    )
    op.create_table(
        "book_counters",
        sa.Column("year", sa.Integer(), primary_key=True),
        sa.Column("last_entry", sa.Integer(), nullable=False),
    )
    op.create_table(
        "outbox",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("op_id", sa.String(), nullable=False, unique=True),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("dossier_code", sa.String()),
        sa.Column("payload_json", sa.Text(), nullable=False),
        sa.Column("created_at", sa.String(), nullable=False),
    )
    for statement in FTS_DDL:
        op.execute(statement)


def downgrade() -> None:
    for name in ("dossier_search",):
        op.execute(f"DROP TABLE IF EXISTS {name}")
    for table in ("outbox", "book_counters", "sequence_counters", "dossier_events", "dossier_documents",
                  "dossiers", "calendar_days", "procedure_documents", "procedures"):
        op.drop_table(table)
