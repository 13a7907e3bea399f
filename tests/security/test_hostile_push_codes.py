"""Dossier codes in a push: one canonical spelling, this agency's, from a block leased to this very
device (or its own reserve slice), for the day it was received, and never taken twice."""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import select

from desk_app.domain.dossier_code import format_dossier_code
from provincial.schema import dossiers
from security_support import (
    OTHER_AGENCY,
    lease,
    local_today,
    outcomes,
    probe_op,
    push,
)

FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")

SPELLINGS = [
    pytest.param(str.lower, id="lower_case"),
    pytest.param(lambda code: " " + code, id="leading_space"),
    pytest.param(lambda code: code + " ", id="trailing_space"),
    pytest.param(lambda code: code + "\n", id="trailing_newline"),
    pytest.param(lambda code: code.replace("-", " - ", 1), id="inner_spaces"),
    pytest.param(lambda code: code.replace("-", "\t", 1), id="tab_for_hyphen"),
    pytest.param(lambda code: code.translate(FULL_WIDTH), id="full_width_digits"),
    pytest.param(lambda code: code[:-1] + code[-1].translate(FULL_WIDTH), id="one_full_width_digit"),
    pytest.param(lambda code: code.replace("H12", "HĐ2"), id="vietnamese_letter"),
    pytest.param(lambda code: code.replace("H", "Н"), id="cyrillic_lookalike"),
    pytest.param(lambda code: code.replace("-", "‐"), id="unicode_hyphen"),
    pytest.param(lambda code: code.replace("-", "–"), id="en_dash"),
    pytest.param(lambda code: code[:5] + "\u200b" + code[5:], id="zero_width_space"),
    pytest.param(lambda code: code.replace(".", "", 1), id="missing_dot"),
    pytest.param(lambda code: code.replace("-", "", 1), id="missing_hyphen"),
    pytest.param(lambda code: code[:-4] + "0" + code[-4:], id="five_digit_sequence"),
    pytest.param(lambda code: code[:-4] + code[-3:], id="three_digit_sequence"),
    pytest.param(lambda code: code + "\x00", id="trailing_nul"),
    pytest.param(lambda code: code + "\ud800", id="lone_surrogate"),
]
"""Other spellings of a valid code; each must be refused, whether or not the canonical one exists."""

BAD_DAYS_AND_NUMBERS = [
    pytest.param(lambda code: code[:-11] + "261345" + code[-5:], id="month_13"),
    pytest.param(lambda code: code[:-11] + "260230" + code[-5:], id="february_30"),
    pytest.param(lambda code: code[:-11] + "000000" + code[-5:], id="day_000000"),
    pytest.param(lambda code: code[:-4] + "0000", id="sequence_0000"),
    pytest.param(lambda code: code[:-4] + "-001", id="negative_sequence"),
    pytest.param(lambda code: "../" + code, id="path_prefix"),
    pytest.param(lambda code: code + "-0001", id="extra_part"),
    pytest.param(lambda code: code[:14], id="cut_short"),
    pytest.param(lambda code: code + "X" * 15, id="overlong_41"),
]


def _respelled(province, spell):
    code = province.code()
    op = province.intakes.op(province.a1, code)
    op["dossier_code"] = op["payload"]["code"] = spell(code)
    return op


@pytest.mark.parametrize("spell", SPELLINGS + BAD_DAYS_AND_NUMBERS)
def test_a_code_not_in_canonical_form_is_refused(province, spell, request):
    op = _respelled(province, spell)
    probe_op(province.client, province.engine, province.a1, op, envelope_refusal=_unreadable(request))


@pytest.mark.parametrize("spell", SPELLINGS)
def test_another_spelling_of_an_existing_code_is_not_a_second_dossier(province, spell, request):
    existing = province.applied_dossier()
    op = province.intakes.op(province.a1, spell(existing["dossier_code"]))
    probe_op(province.client, province.engine, province.a1, op, envelope_refusal=_unreadable(request))


def _unreadable(request) -> bool:
    """A lone surrogate is not JSON a strict parser reads, and over 40 characters breaks the envelope's
    own bound: for these the whole push may be refused; every other spelling is one rejected operation."""
    return request.node.callspec.id.endswith(("lone_surrogate", "overlong_41"))


def test_the_envelope_code_and_the_payload_code_must_agree(province):
    op = province.intakes.op(province.a1, province.code())
    op["dossier_code"] = province.code()
    probe_op(province.client, province.engine, province.a1, op)


OTHER_AGENCY_CODES = [
    pytest.param(("other", "other"), id="code_and_agency_code_of_another_agency"),
    pytest.param(("other", "own"), id="code_of_another_agency"),
    pytest.param(("own", "other"), id="agency_code_of_another_agency"),
    pytest.param(("unknown", "unknown"), id="agency_nobody_knows"),
]


@pytest.mark.parametrize("which", OTHER_AGENCY_CODES)
def test_another_agencys_codes_are_refused(province, which):
    sequence = int(province.code()[-4:])
    agencies = {"own": province.a1.agency, "other": OTHER_AGENCY, "unknown": "000.00.99.H99"}
    code = format_dossier_code(agencies[which[0]], local_today(), sequence)
    op = province.intakes.op(province.a1, code, agency_code=agencies[which[1]])
    probe_op(province.client, province.engine, province.a1, op)


def _unleased(province):
    """A number of today nobody leased: well past every block handed out so far."""
    first, last = lease(province.client, province.a2, count=1)
    return last + 50


LEASE_BREAKS = {
    "never_leased": lambda province: format_dossier_code(province.a1.agency, local_today(), _unleased(province)),
    "leased_to_another_device": lambda province: province.code(province.a2),
    "another_devices_reserve": lambda province: format_dossier_code(
        province.a1.agency, local_today(), province.a2.reserve_first),
    "reserve_slot_of_no_device": lambda province: format_dossier_code(province.a1.agency, local_today(), 9999),
    "leased_to_a_revoked_device": lambda province: province.code(province.revoked),
    "leased_for_tomorrow": lambda province: province.code(day=local_today() + timedelta(days=1)),
}


@pytest.mark.parametrize("make_code", [pytest.param(make, id=name) for name, make in LEASE_BREAKS.items()])
def test_a_code_outside_the_devices_leases_and_reserve_is_refused(province, make_code):
    code = make_code(province)
    op = province.intakes.op(province.a1, code)
    probe_op(province.client, province.engine, province.a1, op)


def test_a_code_whose_day_is_not_the_day_it_was_received_is_refused(province):
    yesterday = datetime.now(timezone.utc) - timedelta(days=1)
    op = province.intakes.op(province.a1, province.code(), received_at=yesterday.replace(microsecond=0))
    probe_op(province.client, province.engine, province.a1, op)


def test_a_code_received_in_the_future_is_refused(province):
    later = datetime.now(timezone.utc) + timedelta(days=2)
    op = province.intakes.op(province.a1, province.code(), received_at=later.replace(microsecond=0))
    probe_op(province.client, province.engine, province.a1, op)


TAKEN = {
    "same_code_again": lambda province, existing: ("a1", province.intakes.op(province.a1, existing["dossier_code"])),
    "same_code_from_another_desk": lambda province, existing: (
        "a2", province.intakes.op(province.a2, existing["dossier_code"])),
    "same_uuid_new_code": lambda province, existing: (
        "a1", province.intakes.op(province.a1, province.code(), uuid=existing["payload"]["uuid"])),
    "same_payload_new_op_id": lambda province, existing: ("a1", {**existing, "op_id": str(uuid.uuid4())}),
}


@pytest.mark.parametrize("make_op", [pytest.param(make, id=name) for name, make in TAKEN.items()])
def test_a_code_or_uuid_already_taken_is_refused(province, make_op):
    existing = province.applied_dossier()
    desk, op = make_op(province, existing)
    probe_op(province.client, province.engine, province.desk(desk), op)


def test_two_intakes_of_one_code_in_one_batch_apply_once(province):
    code = province.code()
    first, second = province.intakes.op(province.a1, code), province.intakes.op(province.a1, code)
    before_codes = _dossier_codes(province)
    answer = push(province.client, province.a1, [first, second])
    results = outcomes(answer)
    assert results[first["op_id"]]["outcome"] == "applied"
    assert results[second["op_id"]]["outcome"] == "rejected" and results[second["op_id"]]["reason_code"]
    assert _dossier_codes(province) - before_codes == {code}


def _dossier_codes(province):
    with province.engine.connect() as connection:
        return set(connection.execute(select(dossiers.c.code)).scalars())


def test_valid_intakes_from_a_lease_and_from_the_reserve_are_applied(province):
    """The control: the baseline every probe spoils is accepted, from a lease and from the reserve."""
    desk = province.a1
    leased = province.intakes.op(desk, province.code())
    reserve = province.intakes.op(desk, format_dossier_code(desk.agency, local_today(), desk.reserve_first))
    results = outcomes(push(province.client, desk, [leased, reserve]))
    assert [results[op["op_id"]]["outcome"] for op in (leased, reserve)] == ["applied", "applied"], results
