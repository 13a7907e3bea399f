"""Hostile intake payloads (`dossier.intake`) in a well-formed push: each one is rejected as an
operation, with its reason, recorded once, replayed the same, and nothing else in the database moves."""

from __future__ import annotations

import pytest

from security_support import as_json, drop_field, probe_op, probe_push, set_document, set_field, spoil_text

CODE_TEXT = ("agency_code", "procedure_code")
SHORT_TEXT = ("applicant_name", "applicant_name_folded", "applicant_phone",
              "applicant_email", "book_number", "agency_name", "parent_agency_name", "place_name", "officer_name",
              "officer_title", "lookup_url")
LONG_TEXT = ("procedure_name", "processing_note", "applicant_address", "return_place", "note", "supplement_reason",
             "refusal_reason", "documents.name")
OTHER_TEXT = {"uuid": 2001, "processing_days": 13, "applicant_id_number": 13}
"""Text fields without a short bound of their own, and the length that is too long for each."""
TEXT_FIELDS = (*CODE_TEXT, *SHORT_TEXT, *LONG_TEXT, *OTHER_TEXT)


def _middle(insert: str):
    return lambda text: text[: len(text) // 2] + insert + text[len(text) // 2:]


def _too_long(name: str) -> int:
    """Codes over 40 characters, names over 200, any other text over 2,000 (or its own bound)."""
    return 41 if name in CODE_TEXT else 201 if name in SHORT_TEXT else 2001 if name in LONG_TEXT else OTHER_TEXT[name]


NUL = [pytest.param(spoil_text(name, _middle("\x00")), id=f"nul-{name}") for name in TEXT_FIELDS]
SURROGATE = [pytest.param(spoil_text(name, _middle("\ud800")), id=f"lone_surrogate-{name}")
             for name in ("uuid", "agency_code", "procedure_code", "applicant_name", "applicant_address", "note",
                          "officer_name", "documents.name")]
OVERLONG = [pytest.param(spoil_text(name, lambda text, n=_too_long(name): (text * n)[:n]), id=f"overlong-{name}")
            for name in TEXT_FIELDS]
HUGE_TEXT = [pytest.param(set_field(name, "Ạ" * 100_000), id=f"100k_chars-{name}")
             for name in ("applicant_name", "uuid")]

NUMBERS = [
    pytest.param(set_field(name, value), id=f"{name}={label}")
    for name, values in {
        "fee_total_vnd": [(-1, "-1"), (10**12 + 1, "10e12+1"), (2**63, "2e63"), (10**30, "10e30"), (-(10**30), "-10e30")],
        "book_entry": [(0, "0"), (-1, "-1"), (2**63, "2e63"), (10**30, "10e30")],
        "sets": [(0, "0"), (-1, "-1"), (100, "100"), (10**30, "10e30")],
    }.items()
    for value, label in values
] + [
    pytest.param(set_document("copies", value), id=f"documents.copies={label}")
    for value, label in [(0, "0"), (-1, "-1"), (1000, "1000"), (10**30, "10e30")]
]

# Not JSON numbers a careful client writes: the server may refuse the whole request instead.
NOT_FINITE = [pytest.param(set_field(name, value), id=f"{name}={value}")
              for name in ("fee_total_vnd", "book_entry") for value in (float("nan"), float("inf"))]

WRONG_TYPES = [
    pytest.param(set_field("fee_total_vnd", "0"), id="fee_total_vnd-string"),
    pytest.param(set_field("fee_total_vnd", True), id="fee_total_vnd-boolean"),
    pytest.param(set_field("fee_total_vnd", 1.5), id="fee_total_vnd-fraction"),
    pytest.param(set_field("fee_total_vnd", [0]), id="fee_total_vnd-list"),
    pytest.param(set_field("sets", "1"), id="sets-string"),
    pytest.param(set_field("sets", True), id="sets-boolean"),
    pytest.param(set_field("book_entry", "7"), id="book_entry-string"),
    pytest.param(set_field("book_entry", True), id="book_entry-boolean"),
    pytest.param(set_field("applicant_name", 5), id="applicant_name-number"),
    pytest.param(set_field("applicant_name", ["Nguyễn Thị Thu Hằng"]), id="applicant_name-list"),
    pytest.param(set_field("applicant_name", {"full_name": "Nguyễn"}), id="applicant_name-object"),
    pytest.param(set_field("applicant_name", None), id="applicant_name-null"),
    pytest.param(set_field("applicant_id_number", 34190012345), id="applicant_id_number-number"),
    pytest.param(set_field("uuid", 12345), id="uuid-number"),
    pytest.param(set_field("name_without_diacritics", "true"), id="name_without_diacritics-string"),
    pytest.param(set_field("received_at", 1764000000), id="received_at-number"),
    pytest.param(set_field("received_at", "hôm nay"), id="received_at-text"),
    pytest.param(set_field("received_at", "2026-11-23T09:15:00"), id="received_at-without_offset"),
    pytest.param(set_field("due_at", "2026-11-23T17:00:00"), id="due_at-without_offset"),
    pytest.param(set_field("applicant_birth_date", "1990-02-30"), id="applicant_birth_date-impossible"),
    pytest.param(set_field("applicant_birth_date", 19900305), id="applicant_birth_date-number"),
    pytest.param(set_field("applicant_sex", "M"), id="applicant_sex-unknown"),
    pytest.param(set_field("return_method", "drone"), id="return_method-unknown"),
    pytest.param(set_field("documents", {"name": "Tờ khai"}), id="documents-object"),
    pytest.param(set_field("documents", "Tờ khai"), id="documents-string"),
    pytest.param(set_field("documents", [["Tờ khai", "original", 1, True]]), id="documents.item-list"),
    pytest.param(lambda payload: payload.update(documents=payload["documents"][:1] * 101), id="documents-101_items"),
    pytest.param(set_document("copies", "1"), id="documents.copies-string"),
    pytest.param(set_document("received", "yes"), id="documents.received-string"),
    pytest.param(set_document("kind", "photo"), id="documents.kind-unknown"),
]

# Instants whose UTC is outside the years 1–9999 (a valid ISO text, an impossible instant).
INSTANTS = [pytest.param(set_field(name, value), id=f"{name}-{label}")
            for name in ("received_at", "due_at", "counted_from", "updated_at")
            for value, label in (("0001-01-01T00:00:00+01:00", "before_year_1_utc"),
                                 ("9999-12-31T23:30:00-01:00", "after_year_9999_utc"))]

REQUIRED = ("uuid", "code", "agency_code", "status", "procedure_code", "procedure_name", "processing_days",
            "fee_total_vnd", "applicant_name", "applicant_id_number", "applicant_address", "received_at",
            "book_number", "book_entry", "agency_name", "place_name", "officer_name", "updated_at")
MISSING = [pytest.param(drop_field(name), id=f"missing-{name}") for name in REQUIRED] + [
    pytest.param(lambda payload, name=name: payload["documents"][0].pop(name), id=f"missing-documents.{name}")
    for name in ("name", "kind", "copies", "received")
]

EXTRA = [
    pytest.param(set_field("admin", True), id="extra-admin"),
    pytest.param(set_field("id", 7), id="extra-id"),
    pytest.param(set_field("status_from", "received"), id="extra-status_from"),
    pytest.param(set_field("origin_device_id", "00000000-0000-0000-0000-000000000000"), id="extra-origin_device_id"),
    pytest.param(set_field("x\x00y", 1), id="extra-nul_in_name"),
    pytest.param(set_field("k" * 10_000, 1), id="extra-10k_name"),
    pytest.param(set_document("sha256", "0" * 64), id="extra-documents.sha256"),
]

STATUSES = [pytest.param(set_field("status", status), id=f"status={status or 'empty'}")
            for status in ("in_progress", "result_ready", "returned", "withdrawn", "stopped", "bogus", "", "RECEIVED")]

RULES = [
    pytest.param(set_field("procedure_code", "9.999999"), id="procedure-unknown"),
    pytest.param(set_field("procedure_code", ""), id="procedure-empty"),
    pytest.param(set_field("procedure_code", "1.001193 "), id="procedure-trailing_space"),
    pytest.param(set_field("due_at", None), id="received-due_at_null"),
    pytest.param(drop_field("due_at"), id="received-due_at_missing"),
]


@pytest.mark.parametrize("mutate", NUL + OVERLONG + HUGE_TEXT + NUMBERS + WRONG_TYPES + INSTANTS + MISSING + EXTRA
                         + STATUSES + RULES)
def test_a_hostile_intake_is_rejected_and_changes_nothing(province, mutate):
    op = province.intakes.op(province.a1, province.code())
    mutate(op["payload"])
    probe_op(province.client, province.engine, province.a1, op)


@pytest.mark.parametrize("mutate", SURROGATE + NOT_FINITE)
def test_unreadable_text_or_numbers_are_refused_and_change_nothing(province, mutate):
    """A lone surrogate or NaN cannot be read as JSON by a strict parser: refusing the whole push is fine."""
    op = province.intakes.op(province.a1, province.code())
    mutate(op["payload"])
    probe_op(province.client, province.engine, province.a1, op, envelope_refusal=True)


@pytest.mark.parametrize("raw", [pytest.param(b"\xed\xa0\x80", id="utf8_encoded_surrogate"),
                                 pytest.param(b"\xff\xfe", id="invalid_utf8"),
                                 pytest.param(b"\xc0\x80", id="overlong_utf8_nul")])
def test_raw_invalid_utf8_in_a_text_field_is_refused(province, raw):
    op = province.intakes.op(province.a1, province.code(), applicant_name="MARKER")
    content = as_json({"operations": [op]}).replace(b"MARKER", raw)
    probe_push(province.client, province.engine, province.a1, content, op["op_id"], envelope_refusal=True)
