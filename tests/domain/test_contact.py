from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desk_app.domain.contact import check_birth_date, normalize_email, normalize_phone, parse_date_vn
from desk_app.domain.errors import DomainError


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("0912345678", "0912345678"), ("0912 345 678", "0912345678"), ("0912.345.678", "0912345678"),
     ("0912-345-678", "0912345678"), ("+84 912 345 678", "0912345678"), ("+84912345678", "0912345678"),
     ("84912345678", "0912345678"), ("+84 (0) 912 345 678", "0912345678"), ("0356789012", "0356789012"),
     ("0567890123", "0567890123"), ("0789012345", "0789012345"), ("0888888888", "0888888888"),
     ("(024) 3825 1234", "02438251234"), ("028.3829.5678", "02838295678"), ("+84 24 3825 1234", "02438251234"),
     (" 0912345678 ", "0912345678")],
)
def test_phone_formats(raw, expected):
    assert normalize_phone(raw) == expected


@pytest.mark.parametrize(
    ("raw", "code"),
    [("", "contact.phone.empty"), (" - ", "contact.phone.empty"), ("0912abc678", "contact.phone.characters"),
     ("09123456７8", "contact.phone.characters"), ("0912+345678", "contact.phone.characters"),
     ("091234567", "contact.phone.length"), ("09123456789", "contact.phone.length"),
     ("0243825123", "contact.phone.length"), ("0112345678", "contact.phone.prefix"),
     ("0412345678", "contact.phone.prefix"), ("912345678", "contact.phone.prefix"),
     ("+1 555 123 4567", "contact.phone.prefix")],
)
def test_bad_phones(raw, code):
    with pytest.raises(DomainError) as info:
        normalize_phone(raw)
    assert (info.value.code, info.value.field) == (code, "phone")
    assert str(info.value)


@given(st.sampled_from(["03", "05", "07", "08", "09"]), st.integers(0, 99_999_999),
       st.sampled_from(["", "+84", "84", "+84 "]), st.sampled_from(["", " ", ".", "-"]))
def test_generated_mobiles_round_trip(prefix, rest, country, sep):
    number = f"{prefix}{rest:08d}"
    local = number[1:] if country else number
    spelled = country + sep.join([local[:-6], local[-6:-3], local[-3:]])
    assert normalize_phone(spelled) == number
    assert normalize_phone(normalize_phone(spelled)) == number


@given(st.text())
def test_any_text_gives_a_phone_or_a_domain_error(raw):
    try:
        result = normalize_phone(raw)
    except DomainError as err:
        assert err.field == "phone"
    else:
        assert result.isdigit() and result[0] == "0" and len(result) in (10, 11)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("an.nguyen@Gmail.COM", "an.nguyen@gmail.com"), ("  Ho.Ten+mc@CongAn.gov.vn ", "Ho.Ten+mc@congan.gov.vn"),
     ("a@b.vn", "a@b.vn")],
)
def test_emails(raw, expected):
    assert normalize_email(raw) == expected


@pytest.mark.parametrize(
    "raw",
    ["an", "an@", "@gmail.com", "an@gmail", "an@@gmail.com", "an gmail@x.com", "an@gmail..com",
     "an.@gmail.com", ".an@gmail.com", "an@-gmail.com", "an@gmail.c", "an@1.2.3.4", "nguyễn@gmail.com"],
)
def test_bad_emails(raw):
    with pytest.raises(DomainError) as info:
        normalize_email(raw)
    assert (info.value.code, info.value.field) == ("contact.email.invalid", "email")


def test_empty_email():
    with pytest.raises(DomainError) as info:
        normalize_email("  ")
    assert info.value.code == "contact.email.empty"


@pytest.mark.parametrize("raw", ["05/09/1990", "5/9/1990", "05-09-1990", "05091990", " 5.9.1990 ", "05 / 09 / 1990"])
def test_dates(raw):
    assert parse_date_vn(raw) == date(1990, 9, 5)


@pytest.mark.parametrize(
    ("raw", "code"),
    [("", "date.empty"), ("1990-09-05", "date.format"), ("5/9/90", "date.format"), ("050990", "date.format"),
     ("31/02/2001", "date.invalid"), ("29021999", "date.invalid"), ("00/01/2000", "date.invalid")],
)
def test_bad_dates_carry_the_callers_field(raw, code):
    with pytest.raises(DomainError) as info:
        parse_date_vn(raw, field="birth_date")
    assert (info.value.code, info.value.field) == (code, "birth_date")


@given(st.dates())
def test_every_date_round_trips(d):
    assert parse_date_vn(f"{d.day:02d}/{d.month:02d}/{d.year:04d}") == d
    assert parse_date_vn(f"{d.day:02d}{d.month:02d}{d.year:04d}") == d


def test_birth_date_bounds():
    today = date(2026, 3, 1)
    check_birth_date(today, today)
    check_birth_date(date(1896, 3, 1), today)
    with pytest.raises(DomainError) as info:
        check_birth_date(date(2026, 3, 2), today)
    assert (info.value.code, info.value.field) == ("applicant.birth_date.future", "birth_date")
    with pytest.raises(DomainError) as info:
        check_birth_date(date(1895, 2, 28), today)
    assert (info.value.code, info.value.field) == ("applicant.birth_date.too_old", "birth_date")
