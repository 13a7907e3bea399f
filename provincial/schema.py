"""The provincial database, declared once for the migrations and for every statement (SQLAlchemy Core).

Everything several server processes must agree on lives here and nowhere in process memory:
which operations were applied (operations), which sequence numbers were handed out (leases and
sequence_allocations), where each feed stream is (feed_streams), even uploaded attachments.
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    Column,
    Date,
    DateTime,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    PrimaryKeyConstraint,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.types import TypeDecorator


class UtcDateTime(TypeDecorator[datetime]):
    """Instants stored in UTC and always read back aware, also from SQLite, which keeps no offset."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("instants are stored timezone-aware")
        return value.astimezone(timezone.utc)

    def process_result_value(self, value: Any, dialect: Any) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=timezone.utc) if value.tzinfo is None else value.astimezone(timezone.utc)


metadata = MetaData()

agencies = Table(
    "agencies", metadata,
    Column("code", String(40), primary_key=True),
    Column("name", Text, nullable=False),
    Column("parent_name", Text, nullable=False, server_default=""),
    Column("place_name", Text, nullable=False, server_default=""),
    Column("office_hours", String(100), nullable=False, server_default="07:30-11:30,13:30-17:00"),
)

officers = Table(
    "officers", metadata,
    Column("id", Integer, primary_key=True),
    Column("agency_code", String(40), ForeignKey("agencies.code"), nullable=False),
    Column("username", String(64), nullable=False, unique=True),
    Column("full_name", Text, nullable=False),
    Column("title", Text, nullable=False, server_default=""),
    Column("role", String(20), nullable=False),
    Column("password_hash", Text, nullable=False),
    Column("active", Boolean, nullable=False, server_default="1"),
    CheckConstraint("role IN ('officer', 'supervisor', 'admin')", name="ck_officers_role"),
)

devices = Table(
    "devices", metadata,
    Column("id", String(36), primary_key=True),
    Column("agency_code", String(40), ForeignKey("agencies.code"), nullable=False),
    Column("officer_id", Integer, ForeignKey("officers.id"), nullable=False),
    Column("name", Text, nullable=False),
    Column("token_hash", String(64), nullable=False, unique=True),
    Column("reserve_slot", Integer),
    Column("created_at", UtcDateTime, nullable=False),
    Column("revoked_at", UtcDateTime),
    Column("first_used_at", UtcDateTime),
    UniqueConstraint("agency_code", "reserve_slot", name="uq_devices_reserve_slot"),
)

procedures = Table(
    "procedures", metadata,
    Column("code", String(40), primary_key=True),
    Column("name", Text, nullable=False),
    Column("data_json", Text, nullable=False),
    Column("active", Boolean, nullable=False, server_default="1"),
    Column("removed_at", UtcDateTime),
)

calendar_days = Table(
    "calendar_days", metadata,
    Column("day", Date, primary_key=True),
    Column("is_working", Boolean, nullable=False),
    Column("note", Text, nullable=False, server_default=""),
)

dossiers = Table(
    "dossiers", metadata,
    Column("id", BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True),
    Column("code", String(40), nullable=False, unique=True),
    Column("uuid", String(64), nullable=False, unique=True),
    Column("agency_code", String(40), nullable=False),
    Column("status", String(30), nullable=False),
    Column("origin_device_id", String(36)),
    Column("procedure_code", String(40), nullable=False),
    Column("applicant_name", Text, nullable=False),
    Column("applicant_id_number", String(12), nullable=False),
    Column("received_at", UtcDateTime, nullable=False),
    Column("due_at", UtcDateTime),
    Column("payload_json", Text, nullable=False),
    Column("updated_at", UtcDateTime, nullable=False),
    Index("ix_dossiers_agency", "agency_code", "received_at"),
)

dossier_events = Table(
    "dossier_events", metadata,
    Column("id", BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True),
    Column("dossier_id", BigInteger().with_variant(Integer, "sqlite"), ForeignKey("dossiers.id"), nullable=False),
    Column("at", UtcDateTime, nullable=False),
    Column("kind", String(20), nullable=False),
    Column("status_from", String(30)),
    Column("status_to", String(30)),
    Column("officer_name", Text, nullable=False, server_default=""),
    Column("detail_json", Text, nullable=False, server_default="{}"),
    Index("ix_dossier_events_dossier", "dossier_id"),
)

operations = Table(
    "operations", metadata,
    Column("op_id", String(36), primary_key=True),
    Column("device_id", String(36), nullable=False),
    Column("agency_code", String(40), nullable=False),
    Column("kind", String(30), nullable=False),
    Column("dossier_code", String(40), nullable=False),
    Column("outcome", String(10), nullable=False),
    Column("reason_code", String(60)),
    Column("reason", Text),
    Column("reason_params", Text),
    Column("applied_at", UtcDateTime, nullable=False),
)

feed_streams = Table(
    "feed_streams", metadata,
    Column("stream", String(40), primary_key=True),
    Column("last_seq", BigInteger, nullable=False, server_default="0"),
)

feed = Table(
    "feed", metadata,
    Column("stream", String(40), nullable=False),
    Column("seq", BigInteger, nullable=False),
    Column("kind", String(30), nullable=False),
    Column("key", Text, nullable=False),
    Column("data_json", Text, nullable=False),
    Column("origin_device_id", String(36)),
    PrimaryKeyConstraint("stream", "seq", name="pk_feed"),
)

sequence_allocations = Table(
    "sequence_allocations", metadata,
    Column("agency_code", String(40), nullable=False),
    Column("day", Date, nullable=False),
    Column("next_value", Integer, nullable=False),
    PrimaryKeyConstraint("agency_code", "day", name="pk_sequence_allocations"),
)

leases = Table(
    "leases", metadata,
    Column("id", BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True),
    Column("device_id", String(36), nullable=False),
    Column("agency_code", String(40), nullable=False),
    Column("day", Date, nullable=False),
    Column("first", Integer, nullable=False),
    Column("last", Integer, nullable=False),
    Column("created_at", UtcDateTime, nullable=False),
    UniqueConstraint("agency_code", "day", "first", name="uq_leases_first"),
    CheckConstraint('1 <= "first" AND "first" <= "last" AND "last" <= 8999', name="ck_leases_range"),
    Index("ix_leases_device_day", "device_id", "day"),
)

device_claims = Table(
    "device_claims", metadata,
    Column("id", BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True),
    Column("device_id", String(36), nullable=False),
    Column("agency_code", String(40), nullable=False),
    Column("day", Date, nullable=False),
    Column("first", Integer, nullable=False),
    Column("last", Integer, nullable=False),
    Column("created_at", UtcDateTime, nullable=False),
    CheckConstraint('1 <= "first" AND "first" <= "last" AND "last" <= 9999', name="ck_device_claims_range"),
    Index("ix_device_claims_device_day", "device_id", "day"),
)
"""Numbers a device printed before it held leases (as an unregistered desk, or under a revoked
registration) and declared when it registered: its own, like a lease, for the push's check."""

sign_in_failures = Table(
    "sign_in_failures", metadata,
    Column("key", String(120), primary_key=True),
    Column("failures", Integer, nullable=False),
    Column("window_start", UtcDateTime, nullable=False),
    Column("locked_until", UtcDateTime),
)
"""Failed sign-ins per username and per client address, for the throttle (provincial/throttle.py)."""

appointments = Table(
    "appointments", metadata,
    Column("id", String(64), primary_key=True),
    Column("agency_code", String(40), ForeignKey("agencies.code"), nullable=False),
    Column("procedure_code", String(40), nullable=False),
    Column("starts_at", UtcDateTime, nullable=False),
    Column("status", String(20), nullable=False),
    Column("data_json", Text, nullable=False),
    Column("updated_at", UtcDateTime, nullable=False),
    Column("number", String(12)),
    Column("field", String(200), nullable=False, server_default=""),
    Column("holder_device_id", String(36)),
    Index("ix_appointments_agency", "agency_code", "starts_at"),
    Index("ix_appointments_slot", "agency_code", "field", "starts_at"),
    UniqueConstraint("agency_code", "number", name="uq_appointments_number"),
    CheckConstraint("status IN ('booked', 'cancelled', 'arrived', 'no_show')", name="ck_appointments_status"),
)
"""`holder_device_id` is the desk whose places the booking takes; none: the agency's pool (online,
phone, the operator). `number` is empty only for bookings made before numbers were given."""

appointment_schedules = Table(
    "appointment_schedules", metadata,
    Column("agency_code", String(40), ForeignKey("agencies.code"), primary_key=True),
    Column("data_json", Text, nullable=False),
    Column("updated_at", UtcDateTime, nullable=False),
)
"""The agency's booking grid as a ScheduleEntry; an agency without a row books on the defaults."""

appointment_places = Table(
    "appointment_places", metadata,
    Column("agency_code", String(40), nullable=False),
    Column("field", String(200), nullable=False),
    Column("starts_at", UtcDateTime, nullable=False),
    Column("device_id", String(36), nullable=False),
    Column("held", Integer, nullable=False),
    PrimaryKeyConstraint("agency_code", "field", "starts_at", "device_id", name="pk_appointment_places"),
    CheckConstraint("held >= 0", name="ck_appointment_places_held"),
)
"""How many places of a slot each desk holds (domain/appointment_places.py)."""

booking_counters = Table(
    "booking_counters", metadata,
    Column("agency_code", String(40), nullable=False),
    Column("year", Integer, nullable=False),
    Column("next_value", Integer, nullable=False),
    PrimaryKeyConstraint("agency_code", "year", name="pk_booking_counters"),
)

booking_blocks = Table(
    "booking_blocks", metadata,
    Column("id", BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True),
    Column("device_id", String(36), nullable=False),
    Column("agency_code", String(40), nullable=False),
    Column("year", Integer, nullable=False),
    Column("first", Integer, nullable=False),
    Column("last", Integer, nullable=False),
    Column("created_at", UtcDateTime, nullable=False),
    UniqueConstraint("agency_code", "year", "first", name="uq_booking_blocks_first"),
    CheckConstraint('1 <= "first" AND "first" <= "last" AND "last" <= 999999', name="ck_booking_blocks_range"),
    Index("ix_booking_blocks_device", "device_id", "year"),
)
"""Booking numbers handed to a desk: no other desk, and not the agency's own bookings, use them."""

attachments = Table(
    "agency_attachments", metadata,
    Column("agency_code", String(40), nullable=False),
    Column("sha256", String(64), nullable=False),
    Column("length", BigInteger, nullable=False),
    Column("received", BigInteger, nullable=False, server_default="0"),
    Column("complete", Boolean, nullable=False, server_default="0"),
    PrimaryKeyConstraint("agency_code", "sha256", name="pk_agency_attachments"),
)
"""Kept per agency: a hash names a file, but knowing it proves nothing, so an agency sees only what
its own desks uploaded (and uploads again what another agency holds)."""

attachment_chunks = Table(
    "agency_attachment_chunks", metadata,
    Column("agency_code", String(40), nullable=False),
    Column("sha256", String(64), nullable=False),
    Column("offset", BigInteger, nullable=False),
    Column("data", LargeBinary, nullable=False),
    ForeignKeyConstraint(["agency_code", "sha256"], ["agency_attachments.agency_code", "agency_attachments.sha256"],
                         ondelete="CASCADE", name="fk_agency_attachment_chunks"),
    PrimaryKeyConstraint("agency_code", "sha256", "offset", name="pk_agency_attachment_chunks"),
)

server_secrets = Table(
    "server_secrets", metadata,
    Column("name", String(40), primary_key=True),
    Column("value", Text, nullable=False),
)
