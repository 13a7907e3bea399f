"""The applicant (chủ hồ sơ) as the intake form hands them over, checked all at once.

Every wrong field is reported in one pass so the officer fixes the form in one go instead of
discovering the errors one save at a time while the citizen waits.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from desk_app.domain.citizen_id import CitizenId, Sex, check_citizen_id_matches, parse_citizen_id
from desk_app.domain.contact import check_birth_date, normalize_email, normalize_phone, parse_date_vn
from desk_app.domain.errors import DomainError, ErrorCollector
from desk_app.domain.text import nfc

NAME_MIN_LENGTH = 2
NAME_MAX_LENGTH = 100
ADDRESS_MAX_LENGTH = 500
# Ê Đê, Gia Rai and other names of the Central Highlands are written with these: "H'Hen Niê", "Y-Moan".
_NAME_JOINERS = "'’-"
_NAME_SHAPE = re.compile(r"[^ '’\-]+(?:[ '’\-][^ '’\-]+)*")


@dataclass(frozen=True)
class Applicant:
    full_name: str
    id_number: str
    birth_date: date | None
    sex: Sex | None
    address: str
    phone: str
    email: str


def validate_applicant(
    *,
    full_name: str,
    id_number: str,
    birth_date: str | date | None,
    sex: str | Sex | None,
    address: str,
    phone: str,
    email: str,
    today: date,
    provinces: Mapping[str, str],
) -> Applicant:
    """Normalise the form and raise ValidationFailed listing every wrong field, one error each."""
    checks = ErrorCollector()
    attempt = checks.attempt
    name = attempt(lambda: check_full_name(full_name))
    cid = attempt(lambda: check_id_number(id_number, today, provinces))
    born = attempt(lambda: _check_birth_date(birth_date, today))
    sex_value = attempt(lambda: _check_sex(sex))
    place = attempt(lambda: _check_address(address))
    phone_number = attempt(lambda: normalize_phone(phone) if nfc(phone) else "")
    email_address = attempt(lambda: normalize_email(email) if nfc(email) else "")
    if cid is not None:
        wrong = {error.field for error in checks.errors}
        checks.errors.extend(e for e in check_citizen_id_matches(cid, born, sex_value) if e.field not in wrong)
    checks.raise_if_any()
    assert name is not None and cid is not None and place is not None
    assert phone_number is not None and email_address is not None
    return Applicant(
        full_name=name,
        id_number=cid.number,
        birth_date=born,
        sex=sex_value,
        address=place,
        phone=phone_number,
        email=email_address,
    )


def check_full_name(raw: str) -> str:
    """A person's name as the civil registry writes it; shared by the intake and by appointments."""
    name = nfc(raw)
    if not name:
        raise DomainError("applicant.full_name.empty", field="full_name")
    if not NAME_MIN_LENGTH <= len(name) <= NAME_MAX_LENGTH:
        raise DomainError(
            "applicant.full_name.length", field="full_name", min=NAME_MIN_LENGTH, max=NAME_MAX_LENGTH,
        )
    for ch in name:
        if not (ch in " " + _NAME_JOINERS or _is_latin_letter(ch)):
            raise DomainError("applicant.full_name.characters", field="full_name", char=ch)
    if not _NAME_SHAPE.fullmatch(name):
        raise DomainError("applicant.full_name.joiner", field="full_name")
    return name


def _is_latin_letter(ch: str) -> bool:
    return ch.isalpha() and unicodedata.name(ch, "").startswith("LATIN")


def check_id_number(raw: str, today: date, provinces: Mapping[str, str]) -> CitizenId:
    cid = parse_citizen_id(raw, provinces)
    if cid.birth_year > today.year:
        raise DomainError("applicant.id.birth_year", field="id_number", birth_year=cid.birth_year)
    return cid


def _check_birth_date(raw: str | date | None, today: date) -> date | None:
    if raw is None or (isinstance(raw, str) and not nfc(raw)):
        return None
    born = raw if isinstance(raw, date) else parse_date_vn(raw, field="birth_date")
    check_birth_date(born, today)
    return born


def _check_sex(raw: str | Sex | None) -> Sex | None:
    if raw is None or isinstance(raw, Sex):
        return raw
    return Sex.from_label(raw) if nfc(raw) else None


def _check_address(raw: str) -> str:
    place = nfc(raw)
    if not place:
        raise DomainError("applicant.address.empty", field="address")
    if len(place) > ADDRESS_MAX_LENGTH:
        raise DomainError("applicant.address.length", field="address", max=ADDRESS_MAX_LENGTH)
    return place
