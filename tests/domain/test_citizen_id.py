import json
import unicodedata
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desk_app.domain.citizen_id import (
    CccdQr,
    CitizenId,
    Sex,
    check_citizen_id_matches,
    looks_like_cccd_qr,
    parse_cccd_qr,
    parse_citizen_id,
)
from desk_app.domain.errors import DomainError

PROVINCES = json.loads(
    (Path(__file__).parents[2] / "resources" / "data" / "cccd-province-codes.json").read_text(encoding="utf-8")
)["codes"]

valid_ids = st.builds(
    lambda province, century_sex, yy, rest: f"{province}{century_sex}{yy:02d}{rest:06d}",
    st.sampled_from(sorted(PROVINCES)),
    st.integers(0, 9),
    st.integers(0, 99),
    st.integers(0, 999_999),
)


def test_parse_known_number():
    assert parse_citizen_id("001099012345", PROVINCES) == CitizenId(
        number="001099012345", province_code="001", province_name="Hà Nội", sex=Sex.MALE, birth_year=1999,
    )


@pytest.mark.parametrize(
    ("digit", "sex", "century"),
    [(0, Sex.MALE, 1900), (1, Sex.FEMALE, 1900), (2, Sex.MALE, 2000), (3, Sex.FEMALE, 2000),
     (4, Sex.MALE, 2100), (5, Sex.FEMALE, 2100), (6, Sex.MALE, 2200), (7, Sex.FEMALE, 2200),
     (8, Sex.MALE, 2300), (9, Sex.FEMALE, 2300)],
)
def test_century_and_sex_digit(digit, sex, century):
    cid = parse_citizen_id(f"079{digit}05123456", PROVINCES)
    assert cid.sex is sex
    assert cid.birth_year == century + 5
    assert cid.province_name == PROVINCES["079"]


@given(valid_ids)
def test_generated_valid_ids_parse(number):
    cid = parse_citizen_id(number, PROVINCES)
    assert cid.number == number
    assert cid.province_code == number[:3]
    assert cid.birth_year % 100 == int(number[4:6])
    assert 1900 <= cid.birth_year <= 2399


@given(valid_ids)
def test_spaces_inside_are_tolerated(number):
    spaced = f"  {number[:3]} {number[3:6]}  {number[6:]} "
    assert parse_citizen_id(spaced, PROVINCES).number == number


@pytest.mark.parametrize(
    ("raw", "code"),
    [("", "applicant.id.empty"), ("   ", "applicant.id.empty"), ("00109901234a", "applicant.id.digits"),
     ("001-099-012345", "applicant.id.digits"), ("٠٠١٠٩٩٠١٢٣٤٥", "applicant.id.digits"),
     ("00109901234", "applicant.id.length"), ("0010990123456", "applicant.id.length"),
     ("003099012345", "applicant.id.province"), ("999099012345", "applicant.id.province")],
)
def test_malformed_ids(raw, code):
    with pytest.raises(DomainError) as info:
        parse_citizen_id(raw, PROVINCES)
    assert info.value.code == code
    assert info.value.field == "id_number"
    assert str(info.value)


@given(st.text())
def test_any_text_gives_an_id_or_a_domain_error(raw):
    try:
        parse_citizen_id(raw, PROVINCES)
    except DomainError as err:
        assert err.field == "id_number"
        assert str(err)


def test_matches_reports_birth_year_and_sex_separately():
    cid = parse_citizen_id("001199012345", PROVINCES)
    assert check_citizen_id_matches(cid, date(1999, 5, 1), Sex.FEMALE) == []
    assert check_citizen_id_matches(cid, None, None) == []
    problems = check_citizen_id_matches(cid, date(1998, 5, 1), Sex.MALE)
    assert [(p.code, p.field) for p in problems] == [
        ("applicant.birth_date.id_mismatch", "birth_date"),
        ("applicant.sex.id_mismatch", "sex"),
    ]
    assert "1998" in str(problems[0]) and "1999" in str(problems[0])
    assert "Nam" in str(problems[1]) and "Nữ" in str(problems[1])


@pytest.mark.parametrize(
    ("text", "sex"),
    [("Nam", Sex.MALE), ("Nữ", Sex.FEMALE), ("nu", Sex.FEMALE), ("NỮ", Sex.FEMALE), (" nam ", Sex.MALE),
     ("male", Sex.MALE), ("female", Sex.FEMALE), ("Female", Sex.FEMALE)],
)
def test_sex_from_label(text, sex):
    assert Sex.from_label(text) is sex


def test_sex_labels_and_unknown_label():
    assert Sex.MALE.label == "Nam"
    assert Sex.FEMALE.label == "Nữ"
    assert Sex("female") is Sex.FEMALE
    with pytest.raises(DomainError) as info:
        Sex.from_label("khác")
    assert (info.value.code, info.value.field) == ("applicant.sex.unknown", "sex")


QR = "001099012345|123456789|Nguyễn Văn An|01011999|Nam|Số 1 Tràng Tiền, Hoàn Kiếm, Hà Nội|15082021"


def test_parse_qr():
    assert parse_cccd_qr(QR) == CccdQr(
        id_number="001099012345",
        old_id_number="123456789",
        full_name="Nguyễn Văn An",
        birth_date=date(1999, 1, 1),
        sex=Sex.MALE,
        address="Số 1 Tràng Tiền, Hoàn Kiếm, Hà Nội",
        issue_date=date(2021, 8, 15),
    )


@pytest.mark.parametrize(
    "payload",
    [QR + "\r\n", QR + "\n", "  " + QR + "  ", QR + "|extra|more", QR + "||"],
)
def test_qr_variants_tolerated(payload):
    assert parse_cccd_qr(payload) == parse_cccd_qr(QR)


def test_qr_without_old_id_or_issue_date_and_decomposed_text():
    payload = unicodedata.normalize("NFD", "079301012345||Trần Thị  Bình|29022000|Nữ|Quận 1, TP Hồ Chí Minh")
    qr = parse_cccd_qr(payload)
    assert qr.old_id_number == ""
    assert qr.issue_date is None
    assert qr.full_name == "Trần Thị Bình"
    assert qr.sex is Sex.FEMALE
    assert qr.birth_date == date(2000, 2, 29)
    assert unicodedata.is_normalized("NFC", qr.address)
    assert parse_cccd_qr(payload + "|").issue_date is None


@pytest.mark.parametrize(
    "payload",
    ["", "001099012345", "hello|world|a|b|c|d|e", "00109901234|1|A|01011999|Nam|x|01012020",
     "001099012345|1|A|01011999|Nam", "001099012345|1||01011999|Nam|x|01012020",
     "001099012345|1|A|31021999|Nam|x|01012020", "001099012345|1|A|1999-01-01|Nam|x|01012020",
     "001099012345|1|A|01011999|Khác|x|01012020", "001099012345|1|A|01011999|Nam|x|2020",
     "001099012345|abc|A|01011999|Nam|x|01012020"],
)
def test_not_a_cccd_qr(payload):
    with pytest.raises(DomainError) as info:
        parse_cccd_qr(payload)
    assert info.value.code == "qr.malformed"
    assert info.value.field is None


@given(st.text())
def test_any_text_gives_a_qr_or_qr_malformed(payload):
    try:
        parse_cccd_qr(payload)
    except DomainError as err:
        assert err.code == "qr.malformed"


@given(st.lists(st.text(alphabet=st.characters(blacklist_characters="|\r\n")), min_size=7, max_size=9))
def test_arbitrary_fields_behind_a_valid_id(fields):
    try:
        parse_cccd_qr("|".join(["001099012345", *fields]))
    except DomainError as err:
        assert err.code == "qr.malformed"


def test_looks_like_cccd_qr():
    assert looks_like_cccd_qr(QR)
    assert looks_like_cccd_qr("001099012345|||||")
    assert not looks_like_cccd_qr("001099012345")
    assert not looks_like_cccd_qr("Nguyễn Văn An")
    assert not looks_like_cccd_qr("00109901234|a|b|c|d|e")
    assert not looks_like_cccd_qr("001099012345|a|b|c|d")
