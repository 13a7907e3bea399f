"""`GET /dossiers/{code}`: only the canonical spelling finds a dossier, and a dossier pushed with its
optional fields left out reads back (200, never 500), on the route and in the back office's list."""

from __future__ import annotations

import pytest

from provincial import backoffice
from security_support import AGENCY, API, assert_refused, assert_unchanged, describe, push_applied, snapshot

SPELLINGS = {
    "lower_case": str.lower,
    "leading_space": lambda code: "%20" + code,
    "trailing_space": lambda code: code + "%20",
    "trailing_newline": lambda code: code + "%0A",
    "trailing_tab": lambda code: code + "%09",
    "trailing_nul": lambda code: code + "%00",
    "full_width_digits": lambda code: code.translate(str.maketrans("0123456789", "０１２３４５６７８９")),
    "unicode_hyphen": lambda code: code.replace("-", "‐"),
    "zero_width_space": lambda code: code[:5] + "\u200b" + code[5:],
    "encoded_surrogate": lambda code: code + "%ED%A0%80",
    "invalid_utf8": lambda code: code + "%FF",
    "sequence_padded": lambda code: code[:-4] + "0" + code[-4:],
    "overlong_41": lambda code: code + "X" * (41 - len(code)),
    "overlong_1000": lambda code: code + "X" * 1000,
    "dot_segments": lambda code: "..%2F" + code,
    "sql": lambda code: code + "' OR '1'='1",
}


@pytest.mark.parametrize("name", SPELLINGS)
def test_another_spelling_of_an_existing_code_is_refused(province, name):
    code = province.applied_dossier()["dossier_code"]
    before = snapshot(province.engine)
    answer = province.client.get(f"{API}/dossiers/{SPELLINGS[name](code)}", headers=province.a1.headers)
    assert answer.status_code != 200, f"a non-canonical spelling found the dossier: {describe(answer)}"
    assert_refused(answer)
    assert_unchanged(province.engine, before, "a read")


def _omit(*names):
    def change(payload):
        for name in names:
            payload.pop(name)
    return change


def _null(*names):
    def change(payload):
        for name in names:
            payload[name] = None
    return change


OPTIONAL = ("applicant_name_folded", "applicant_birth_date", "applicant_sex", "applicant_phone", "applicant_email",
            "processing_note", "name_without_diacritics", "counted_from", "sets", "return_method", "return_place",
            "note", "supplement_reason", "refusal_reason", "parent_agency_name", "officer_title", "lookup_url",
            "documents")
SPARSE = {
    **{f"without_{name}": _omit(name) for name in OPTIONAL},
    "without_any_optional_field": _omit(*OPTIONAL),
    "null_birth_date_sex_folded_counted_from": _null("applicant_birth_date", "applicant_sex", "applicant_name_folded",
                                                     "counted_from"),
    "no_documents": lambda payload: payload.update(documents=[]),
}


@pytest.mark.parametrize("name", SPARSE)
def test_a_dossier_pushed_without_its_optional_fields_reads_back(province, name):
    op = province.intakes.op(province.a1, province.code())
    SPARSE[name](op["payload"])
    push_applied(province.client, province.a1, [op])
    answer = province.client.get(f"{API}/dossiers/{op['dossier_code']}", headers=province.a1.headers)
    assert answer.status_code == 200, describe(answer)
    assert answer.json()["code"] == op["dossier_code"]


def test_the_back_offices_list_reads_a_dossier_without_its_optional_fields(fresh_province):
    """On a database of its own: one unreadable dossier would spoil the list for every later probe."""
    province = fresh_province
    op = province.intakes.op(province.a1, province.code())
    _omit(*OPTIONAL)(op["payload"])
    push_applied(province.client, province.a1, [op])
    with province.engine.connect() as connection:
        listed = [dossier["code"] for dossier in backoffice.list_dossiers(connection, AGENCY)]
    assert op["dossier_code"] in listed
