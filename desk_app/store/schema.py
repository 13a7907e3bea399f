"""The desk database's tables, as SQLAlchemy Core metadata.

Core, not the ORM: the hot paths (lookup by code, type-ahead, save) are single statements, and the
ORM's identity map and unit of work would cost more than they give here. Migrations in
`migrations/versions` create exactly these tables; a test compares the two.
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    text,
)

metadata = MetaData()

procedures = Table(
    "procedures",
    metadata,
    Column("code", String, primary_key=True),
    Column("name", Text, nullable=False),
    Column("field", Text, nullable=False, server_default=""),
    Column("level", Text, nullable=False, server_default=""),
    Column("agency", Text, nullable=False, server_default=""),
    Column("processing_days", String, nullable=False),
    Column("processing_note", Text, nullable=False, server_default=""),
    Column("cutoff", String),
    Column("fees_json", Text, nullable=False, server_default="[]"),
    Column("extra_json", Text, nullable=False, server_default="{}"),
    Column("search_key", Text, nullable=False),
    Column("source", String, nullable=False),
    Column("active", Boolean, nullable=False, server_default="1"),
)

procedure_documents = Table(
    "procedure_documents",
    metadata,
    Column("procedure_code", String, ForeignKey("procedures.code", ondelete="CASCADE"), primary_key=True),
    Column("position", Integer, primary_key=True),
    Column("name", Text, nullable=False),
    Column("kind", String, nullable=False),
    Column("copies", Integer, nullable=False),
    Column("shown", Boolean, nullable=False, server_default="0"),
    Column("case_text", Text, nullable=False, server_default=""),
    Column("group_name", Text, nullable=False, server_default=""),
    Column("return_original", Boolean, nullable=False, server_default="0"),
)

calendar_days = Table(
    "calendar_days",
    metadata,
    Column("day", Date, primary_key=True),
    Column("is_working", Boolean, nullable=False),
    Column("note", Text, nullable=False, server_default=""),
)

dossiers = Table(
    "dossiers",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("uuid", String, nullable=False, unique=True),
    Column("code", String, nullable=False, unique=True),
    Column("agency_code", String, nullable=False),
    Column("status", String, nullable=False),
    Column("procedure_code", String, nullable=False),
    Column("procedure_name", Text, nullable=False),
    Column("processing_days", String, nullable=False),
    Column("processing_note", Text, nullable=False, server_default=""),
    Column("fee_total_vnd", Integer, nullable=False),
    Column("applicant_name", Text, nullable=False),
    Column("applicant_name_folded", Text, nullable=False),
    Column("applicant_id_number", String, nullable=False),
    Column("applicant_birth_date", Date),
    Column("applicant_sex", String),
    Column("applicant_address", Text, nullable=False),
    Column("applicant_phone", String, nullable=False, server_default=""),
    Column("applicant_email", String, nullable=False, server_default=""),
    Column("name_without_diacritics", Boolean, nullable=False, server_default="0"),
    Column("received_at", String, nullable=False),
    Column("counted_from", String),
    Column("due_at", String),
    Column("sets", Integer, nullable=False, server_default="1"),
    Column("return_method", String, nullable=False, server_default="desk"),
    Column("return_place", Text, nullable=False, server_default=""),
    Column("book_number", String, nullable=False),
    Column("book_entry", Integer, nullable=False),
    Column("note", Text, nullable=False, server_default=""),
    Column("supplement_reason", Text, nullable=False, server_default=""),
    Column("refusal_reason", Text, nullable=False, server_default=""),
    Column("agency_name", Text, nullable=False),
    Column("parent_agency_name", Text, nullable=False, server_default=""),
    Column("place_name", Text, nullable=False),
    Column("officer_name", Text, nullable=False),
    Column("officer_title", Text, nullable=False, server_default=""),
    Column("lookup_url", Text, nullable=False, server_default=""),
    Column("updated_at", String, nullable=False),
    Index("ix_dossiers_applicant_id_number", "applicant_id_number"),
    Index("ix_dossiers_applicant_phone", "applicant_phone"),
    Index("ix_dossiers_received_at", "received_at"),

)

dossier_documents = Table(
    "dossier_documents",
    metadata,
    Column("dossier_id", Integer, ForeignKey("dossiers.id", ondelete="CASCADE"), primary_key=True),
    Column("position", Integer, primary_key=True),
    Column("name", Text, nullable=False),
    Column("kind", String, nullable=False),
    Column("copies", Integer, nullable=False),
    Column("received", Boolean, nullable=False),
    Column("given", String, nullable=False, server_default="none"),
    Column("shown_only", Boolean, nullable=False, server_default="0"),
    Column("case_text", Text, nullable=False, server_default=""),
    Column("group_name", Text, nullable=False, server_default=""),
    Column("case_applies", Boolean, nullable=False, server_default="0"),
    Column("return_original", Boolean, nullable=False, server_default="0"),
)

dossier_events = Table(
    "dossier_events",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("dossier_id", Integer, ForeignKey("dossiers.id", ondelete="CASCADE"), nullable=False),
    Column("at", String, nullable=False),
    Column("kind", String, nullable=False),
    Column("status_from", String),
    Column("status_to", String),
    Column("officer_name", Text, nullable=False, server_default=""),
    Column("detail_json", Text, nullable=False, server_default="{}"),
    Index("ix_dossier_events_dossier", "dossier_id"),
)

sequence_counters = Table(
    "sequence_counters",
    metadata,
    Column("agency_code", String, primary_key=True),
    Column("day", Date, primary_key=True),
    Column("next_value", Integer, nullable=False),
    Column("last_value", Integer, nullable=False),
)

book_counters = Table(
    "book_counters",
    metadata,
    Column("year", Integer, primary_key=True),
    Column("last_entry", Integer, nullable=False),
)

outbox = Table(
    "outbox",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("op_id", String, nullable=False, unique=True),
    Column("kind", String, nullable=False),
    Column("dossier_code", String),
    Column("payload_json", Text, nullable=False),
    Column("created_at", String, nullable=False),
    Column("state", String, nullable=False, server_default="pending"),
    Column("attempts", Integer, nullable=False, server_default="0"),
    Column("reason_code", String),
    Column("reason", Text),
    Column("rejected_at", String),
    Column("reason_params", Text),
    Index("ix_outbox_state", "state", "id"),
    Index("ix_outbox_dossier_code", "dossier_code"),
)

sync_state = Table(
    "sync_state",
    metadata,
    Column("key", String, primary_key=True),
    Column("value", Text, nullable=False),
)

code_blocks = Table(
    "code_blocks",
    metadata,
    Column("agency_code", String, primary_key=True),
    Column("day", Date, primary_key=True),
    Column("first", Integer, primary_key=True),
    Column("last", Integer, nullable=False),
    Column("next_value", Integer, nullable=False),
    Column("source", String, nullable=False),
)

officers = Table(
    "officers",
    metadata,
    Column("username", String, primary_key=True),
    Column("full_name", Text, nullable=False),
    Column("title", Text, nullable=False, server_default=""),
    Column("role", String, nullable=False),
    Column("active", Boolean, nullable=False, server_default="1"),
)

appointments = Table(
    "appointments",
    metadata,
    Column("id", String, primary_key=True),
    Column("agency_code", String, nullable=False),
    Column("procedure_code", String, nullable=False),
    Column("procedure_name", Text, nullable=False),
    Column("starts_at", String, nullable=False),
    Column("minutes", Integer, nullable=False),
    Column("applicant_name", Text, nullable=False),
    Column("applicant_phone", String, nullable=False),
    Column("applicant_id_number", String, nullable=False, server_default=""),
    Column("applicant_email", String, nullable=False, server_default=""),
    Column("note", Text, nullable=False, server_default=""),
    Column("channel", String, nullable=False),
    Column("status", String, nullable=False),
    Column("updated_at", String, nullable=False),
    Column("number", String, nullable=False, server_default=""),
    Column("field", Text, nullable=False, server_default=""),
    Column("purpose", String, nullable=False, server_default="submit"),
    Column("dossier_code", String),
    Column("holder", String),
    Column("reason", Text, nullable=False, server_default=""),
    Index("ix_appointments_starts_at", "starts_at"),
    Index("ix_appointments_number", "number", unique=True, sqlite_where=text("number != ''")),
    Index("ix_appointments_slot", "field", "starts_at"),
)

appointment_schedule = Table(
    "appointment_schedule",
    metadata,
    Column("agency_code", String, primary_key=True),
    Column("data_json", Text, nullable=False),
    Column("updated_at", String, nullable=False),
)

appointment_places = Table(
    "appointment_places",
    metadata,
    Column("field", Text, primary_key=True),
    Column("starts_at", String, primary_key=True),
    Column("held", Integer, nullable=False),
)

booking_blocks = Table(
    "booking_blocks",
    metadata,
    Column("year", Integer, primary_key=True),
    Column("first", Integer, primary_key=True),
    Column("last", Integer, nullable=False),
    Column("next_value", Integer, nullable=False),
)

feed_set_aside = Table(
    "feed_set_aside",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("kind", Text, nullable=False),
    Column("key", Text, nullable=False),
    Column("data_json", Text, nullable=False),
    Column("reason_code", String, nullable=False),
    Column("reason_params", Text, nullable=False, server_default="{}"),
    Column("set_aside_at", String, nullable=False),
)
