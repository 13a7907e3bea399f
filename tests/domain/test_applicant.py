import json
import unicodedata
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desk_app.domain.applicant import Applicant, validate_applicant
from desk_app.domain.citizen_id import Sex
from desk_app.domain.errors import ValidationFailed

PROVINCES = json.loads(
    (Path(__file__).parents[2] / "resources" / "data" / "cccd-province-codes.json").read_text(encoding="utf-8")
)["codes"]
TODAY = date(2026, 3, 1)
GOOD = dict(
    full_name="Nguyễn Văn An",
    id_number="001099012345",
    birth_date="01/01/1999",
    sex="Nam",
    address="Số 1 Tràng Tiền, Hoàn Kiếm, Hà Nội",
    phone="0912 345 678",
    email="An.Nguyen@Gmail.com",
)


def validate(**changes):
    return validate_applicant(**{**GOOD, **changes}, today=TODAY, provinces=PROVINCES)


def failures(**changes) -> dict[str, str]:
    with pytest.raises(ValidationFailed) as info:
        validate(**changes)
    fields = [error.field for error in info.value.errors]
    assert len(fields) == len(set(fields)), "one error per field"
    return {error.field: error.code for error in info.value.errors}


def test_valid_applicant_is_normalised():
    applicant = validate(full_name=unicodedata.normalize("NFD", "  Nguyễn  Văn An "), address=" Số 1 Tràng Tiền,  Hoàn Kiếm, Hà Nội ")
    assert applicant == Applicant(
        full_name="Nguyễn Văn An",
        id_number="001099012345",
        birth_date=date(1999, 1, 1),
        sex=Sex.MALE,
        address="Số 1 Tràng Tiền, Hoàn Kiếm, Hà Nội",
        phone="0912345678",
        email="An.Nguyen@gmail.com",
    )


def test_optional_fields_may_be_empty():
    applicant = validate(birth_date="", sex="", phone="  ", email="")
    assert (applicant.birth_date, applicant.sex, applicant.phone, applicant.email) == (None, None, "", "")
    assert validate(birth_date=None, sex=None).birth_date is None


def test_typed_values_accepted():
    applicant = validate(birth_date=date(1999, 6, 1), sex=Sex.MALE)
    assert applicant.birth_date == date(1999, 6, 1)


def test_every_wrong_field_is_reported_at_once():
    assert failures(full_name="", id_number="12", birth_date="32/01/1999", sex="x", address=" ",
                    phone="123", email="not-an-email") == {
        "full_name": "applicant.full_name.empty",
        "id_number": "applicant.id.length",
        "birth_date": "date.invalid",
        "sex": "applicant.sex.unknown",
        "address": "applicant.address.empty",
        "phone": "contact.phone.prefix",
        "email": "contact.email.invalid",
    }


def test_id_mismatches_are_reported_on_the_other_fields():
    assert failures(birth_date="01/01/1998", sex="Nữ") == {
        "birth_date": "applicant.birth_date.id_mismatch",
        "sex": "applicant.sex.id_mismatch",
    }


def test_a_field_wrong_on_its_own_is_not_also_reported_as_a_mismatch():
    assert failures(birth_date="01/01/2027") == {"birth_date": "applicant.birth_date.future"}


def test_id_with_a_birth_year_still_to_come():
    assert failures(id_number="001299012345", birth_date="") == {"id_number": "applicant.id.birth_year"}


@pytest.mark.parametrize(
    ("name", "code"),
    [("A", "applicant.full_name.length"), ("A" * 101, "applicant.full_name.length"),
     ("Nguyễn Văn 2", "applicant.full_name.characters"), ("Nguyễn_Văn", "applicant.full_name.characters"),
     ("Иван Петров", "applicant.full_name.characters"), ("Lê.Văn", "applicant.full_name.characters"),
     ("'Hen", "applicant.full_name.joiner"), ("Y- Moan", "applicant.full_name.joiner"),
     ("H''Hen", "applicant.full_name.joiner")],
)
def test_bad_names(name, code):
    assert failures(full_name=name) == {"full_name": code}


@pytest.mark.parametrize("name", ["H'Hen Niê", "Y-Moan Ênuôl", "Ksor H’Mai", "Đỗ Thị Hường", "Lò Văn Ơn", "An"])
def test_names_of_every_region_pass(name):
    assert validate(full_name=name).full_name == name


def test_address_length():
    assert failures(address="x" * 501) == {"address": "applicant.address.length"}


@given(st.text(max_size=30), st.text(max_size=15), st.text(max_size=12), st.text(max_size=5),
       st.text(max_size=20), st.text(max_size=15), st.text(max_size=20))
def test_any_input_gives_an_applicant_or_validation_failed(name, id_number, birth, sex, address, phone, email):
    try:
        validate(full_name=name, id_number=id_number, birth_date=birth, sex=sex, address=address,
                 phone=phone, email=email)
    except ValidationFailed as failed:
        assert failed.errors
        assert all(str(error) for error in failed.errors)
