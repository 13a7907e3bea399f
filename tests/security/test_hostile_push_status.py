"""Hostile status moves (`dossier.status`): each is rejected with its reason and changes nothing
but its own record in `operations`. Every probe moves a dossier of its own, so one that gets
through today cannot spoil the next."""

from __future__ import annotations

import pytest

from desk_app.domain.dossier_code import format_dossier_code
from security_support import OTHER_AGENCY, local_today, probe_op, push_applied, status_op


def _on_own_dossier(**payload):
    return lambda province: status_op(province.applied_dossier()["dossier_code"], **payload)


def _respelled(spell):
    def make(province):
        return status_op(spell(province.applied_dossier()["dossier_code"]))
    return make


def _without(name):
    def make(province):
        op = status_op(province.applied_dossier()["dossier_code"])
        op["payload"].pop(name)
        return op
    return make


PROBES = {
    "unknown_dossier": lambda province: status_op(province.code()),
    "unknown_agency_dossier": lambda province: status_op(format_dossier_code("000.00.99.H99", local_today(), 1)),
    "another_agencys_dossier": lambda province: status_op(province.applied_dossier(province.b1)["dossier_code"]),
    "another_agencys_unknown_code": lambda province: status_op(format_dossier_code(OTHER_AGENCY, local_today(), 7)),
    "to_in_progress_back_office_move": _on_own_dossier(to="in_progress"),
    "to_stopped_back_office_move": _on_own_dossier(to="stopped"),
    "to_supplement_requested_back_office_move": _on_own_dossier(to="supplement_requested"),
    "to_refused_back_office_move": _on_own_dossier(to="refused"),
    "received_to_returned_forbidden": _on_own_dossier(to="returned"),
    "received_to_received_forbidden": _on_own_dossier(to="received"),
    "to_unknown_status": _on_own_dossier(to="deleted"),
    "to_empty": _on_own_dossier(to=""),
    "to_number": _on_own_dossier(to=3),
    "to_null": _on_own_dossier(to=None),
    "at_without_offset": _on_own_dossier(at="2026-11-23T09:15:00"),
    "at_text": _on_own_dossier(at="ngay bây giờ"),
    "at_number": _on_own_dossier(at=1764000000),
    "at_before_year_1_utc": _on_own_dossier(at="0001-01-01T00:00:00+01:00"),
    "at_after_year_9999_utc": _on_own_dossier(at="9999-12-31T23:30:00-01:00"),
    "officer_nul": _on_own_dossier(officer="Nguyễn\x00Thị Lan"),
    "officer_lone_surrogate": _on_own_dossier(officer="Nguyễn\ud800"),
    "officer_overlong_201": _on_own_dossier(officer="L" * 201),
    "officer_number": _on_own_dossier(officer=5),
    "officer_list": _on_own_dossier(officer=["Lan"]),
    "reason_nul": _on_own_dossier(reason="rút\x00hồ sơ"),
    "reason_lone_surrogate": _on_own_dossier(reason="rút \udfff"),
    "reason_overlong_2001": _on_own_dossier(reason="r" * 2001),
    "reason_100k": _on_own_dossier(reason="ạ" * 100_000),
    "reason_object": _on_own_dossier(reason={"text": "rút"}),
    "extra_field": _on_own_dossier(status_from="received"),
    "extra_field_nul_name": _on_own_dossier(**{"a\x00b": 1}),
    "missing_to": _without("to"),
    "missing_at": _without("at"),
    "missing_officer": _without("officer"),
    "code_lower_case": _respelled(str.lower),
    "code_trailing_space": _respelled(lambda code: code + " "),
    "code_leading_space": _respelled(lambda code: " " + code),
    "code_full_width": _respelled(lambda code: code.translate(str.maketrans("0123456789", "０１２３４５６７８９"))),
    "code_nul": _respelled(lambda code: code + "\x00"),
}

UNREADABLE = {"officer_lone_surrogate", "reason_lone_surrogate"}


@pytest.mark.parametrize("name", PROBES)
def test_a_hostile_status_move_is_rejected_and_changes_nothing(province, name):
    op = PROBES[name](province)
    probe_op(province.client, province.engine, province.a1, op, envelope_refusal=name in UNREADABLE)


def test_a_withdrawal_of_an_own_dossier_is_applied(province):
    """The control: the valid move every probe spoils is accepted."""
    push_applied(province.client, province.a1, [status_op(province.applied_dossier()["dossier_code"])])
