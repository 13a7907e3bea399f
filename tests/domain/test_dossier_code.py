from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desk_app.domain.dossier_code import (
    DossierCode,
    code_tail,
    format_dossier_code,
    looks_like_dossier_code,
    parse_dossier_code,
    validate_agency_code,
)
from desk_app.domain.errors import DomainError

group = st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", min_size=2, max_size=3)
agency_codes = st.lists(group, min_size=2, max_size=6).map(".".join)
days = st.dates(date(2000, 1, 1), date(2099, 12, 31))
sequences = st.integers(1, 9999)


def test_format_and_parse_the_printed_example():
    assert format_dossier_code("000.00.12.H12", date(2026, 11, 22), 1) == "000.00.12.H12-261122-0001"
    code = parse_dossier_code("000.00.14.H56-200203-0118")
    assert code == DossierCode("000.00.14.H56", date(2020, 2, 3), 118)
    assert str(code) == "000.00.14.H56-200203-0118"


def test_scanner_input_is_tolerated():
    assert parse_dossier_code("  000.00.12.h12-261122-0001\r\n") == DossierCode("000.00.12.H12", date(2026, 11, 22), 1)


@given(agency_codes, days, sequences)
def test_round_trip(agency, day, sequence):
    text = format_dossier_code(agency, day, sequence)
    assert looks_like_dossier_code(text)
    assert looks_like_dossier_code(text.lower())
    assert parse_dossier_code(text) == DossierCode(agency, day, sequence)
    assert parse_dossier_code(f" {text.lower()} ") == DossierCode(agency, day, sequence)
    assert str(parse_dossier_code(text)) == text


SHAPELESS = [
    "", "000.00.12.H12", "000.00.12.H12-261122", "000.00.12.H12-261122-1", "000.00.12.H12-261122-00001",
    "H12-261122-0001", "000-00-12-H12-261122-0001", "000.00.12.H12 261122 0001", "Nguyễn Văn An",
    "000.00.12.H1234-261122-0001", "000.00.12.Ḥ12-261122-0001", "000.00.12.H12-２61122-0001",
]
IMPOSSIBLE = ["000.00.12.H12-261122-0000", "000.00.12.H12-261322-0001", "000.00.12.H12-260230-0001"]


@pytest.mark.parametrize("text", SHAPELESS + IMPOSSIBLE)
def test_malformed_codes(text):
    assert looks_like_dossier_code(text) is (text in IMPOSSIBLE)
    with pytest.raises(DomainError) as info:
        parse_dossier_code(text)
    assert (info.value.code, info.value.field) == ("dossier_code.malformed", "code")
    assert str(info.value)


@given(st.text())
def test_any_text_parses_or_raises_a_domain_error(text):
    try:
        code = parse_dossier_code(text)
    except DomainError as err:
        assert err.code == "dossier_code.malformed"
    else:
        assert looks_like_dossier_code(text)
        assert parse_dossier_code(str(code)) == code


@pytest.mark.parametrize("code", ["000.00.12.H12", "G22.39.01", "H56.28", "000.00.14.H56", "AB.CD.EF.GH.IJ.KL"])
def test_valid_agency_codes(code):
    assert validate_agency_code(code) == code
    assert validate_agency_code(f" {code.lower()} ") == code


@pytest.mark.parametrize(
    ("code", "error"),
    [("", "agency_code.empty"), ("   ", "agency_code.empty"), ("H56", "agency_code.malformed"),
     ("000-00.12.H12", "agency_code.malformed"), ("000.00.12.H1234", "agency_code.malformed"),
     ("A.BC", "agency_code.malformed"), ("AB.CD.EF.GH.IJ.KL.MN", "agency_code.malformed"),
     ("000..12", "agency_code.malformed"), (".000.12", "agency_code.malformed"), ("Ủ12.34", "agency_code.malformed")],
)
def test_invalid_agency_codes(code, error):
    with pytest.raises(DomainError) as info:
        validate_agency_code(code)
    assert (info.value.code, info.value.field) == (error, "agency_code")


def test_format_limits():
    with pytest.raises(DomainError) as info:
        format_dossier_code("H56.28", date(2026, 1, 1), 10000)
    assert info.value.code == "dossier_code.sequence"
    with pytest.raises(DomainError) as info:
        format_dossier_code("H56.28", date(2026, 1, 1), 0)
    assert info.value.code == "dossier_code.sequence"
    with pytest.raises(DomainError) as info:
        format_dossier_code("H56.28", date(2100, 1, 1), 1)
    assert info.value.code == "dossier_code.day"
    with pytest.raises(DomainError) as info:
        format_dossier_code("H56-28", date(2026, 1, 1), 1)
    assert info.value.field == "agency_code"


@pytest.mark.parametrize("typed, tail", [
    ("42", "0042"), ("0042", "0042"), (" 7 ", "0007"), ("9999", "9999"),
    ("261123-42", "261123-0042"), ("261123 - 0042", "261123-0042"), ("261123 1", "261123-0001"),
])
def test_the_end_of_a_code_is_read_as_every_code_ends(typed, tail):
    assert code_tail(typed) == tail


@pytest.mark.parametrize("typed", ["", "0", "0000", "12345", "0912345678", "-1", "2611-42", "261123-", "a42", "４２"])
def test_what_is_no_end_of_a_code_is_none(typed):
    assert code_tail(typed) is None
