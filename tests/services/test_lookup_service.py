"""Finding dossiers the way an officer asks: code, ID number, phone, or a name typed without accents."""

from __future__ import annotations

from datetime import timedelta

import pytest
from intake_support import MONDAY_MORNING, request_for

from desk_app.domain.errors import DomainError


@pytest.fixture
def saved(desk):
    codes = [
        desk.intake.submit(request_for(desk)).code,
        desk.intake.submit(request_for(desk, full_name="Đỗ Đức Đạt", id_number="001095000123", sex="male",
                                       birth_date="01/01/1995", phone="+84 987 654 321")).code,
    ]
    return codes


def test_by_code_even_as_scanned_in_lower_case(desk, saved):
    assert [s.code for s in desk.lookup.find(saved[0].lower())] == [saved[0]]


def test_by_id_number_and_phone(desk, saved):
    assert [s.code for s in desk.lookup.find("001095000123")] == [saved[1]]
    assert [s.code for s in desk.lookup.find("0987.654.321")] == [saved[1]]


@pytest.mark.parametrize("query", ["do duc dat", "ĐỖ ĐỨC", "duc da", "Đạt"])
def test_by_name_folds_case_and_diacritics(desk, saved, query):
    assert [s.code for s in desk.lookup.find(query)] == [saved[1]]


@pytest.mark.parametrize("query", ["2", "02", "0002", " 0002 "])
def test_by_the_days_number_as_read_off_a_receipt(desk, saved, query):
    assert saved[1].endswith("-0002")
    assert [s.code for s in desk.lookup.find(query)] == [saved[1]]


def test_by_the_day_and_number(desk, saved):
    day = saved[0].split("-")[1]
    assert [s.code for s in desk.lookup.find(f"{day}-1")] == [saved[0]]
    assert [s.code for s in desk.lookup.find(f"{day} - 0001")] == [saved[0]]
    assert desk.lookup.find("991231-0001") == []


def test_the_same_number_on_two_days_lists_both_the_newest_first(desk, saved, at_monday_morning):
    at_monday_morning.move_to(MONDAY_MORNING + timedelta(days=1))
    later = desk.intake.submit(request_for(desk)).code
    assert later.endswith("-0001") and later != saved[0]
    assert [s.code for s in desk.lookup.find("1")] == [later, saved[0]]


@pytest.mark.parametrize("query", ["0", "0000", "12345", "-1"])
def test_what_is_no_end_of_a_code_finds_no_code(desk, saved, query):
    assert all(not s.code.endswith(query.rjust(4, "0")) for s in desk.lookup.find(query))


def test_unknown_code_is_a_domain_error(desk):
    with pytest.raises(DomainError) as caught:
        desk.lookup.get("000.00.12.H12-261123-0999")
    assert caught.value.code == "dossier.unknown"


def test_show_has_the_fields_the_server_shows(desk, saved):
    shown = desk.lookup.get(saved[0]).as_json()
    assert set(shown) == {"code", "agency", "status", "applicant", "procedure", "received_at", "due_at", "events",
                          "returned_at", "returned_to", "rating", "extensions", "posted"}
    assert shown["events"][0]["status_to"] == "received"
