"""The 12-digit personal ID number (số định danh cá nhân, printed on the CCCD / căn cước card).

The number itself encodes the birth province, the sex and the birth year, so a typo in it or in
the date of birth usually shows up as a mismatch between them, and the desk can flag it before
the dossier goes out. The QR code on the card carries the ID, the name, the dates and the address;
reading it saves typing and the typos that come with it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from desk_app.domain.contact import parse_date_vn
from desk_app.domain.errors import DomainError
from desk_app.domain.text import fold, nfc
from desk_app.messages import QT_TRANSLATE_NOOP

ID_LENGTH = 12
QR_MIN_FIELDS = 6

_TWELVE_DIGITS = re.compile(r"\d{12}", re.ASCII)
_QR_DATE = re.compile(r"\d{8}", re.ASCII)
_DIGITS_OR_EMPTY = re.compile(r"\d*", re.ASCII)


class Sex(StrEnum):
    MALE = "male"
    FEMALE = "female"

    @property
    def label(self) -> str:
        return _SEX_LABELS[self]

    @classmethod
    def from_label(cls, text: str) -> Sex:
        """Accept the label as printed on cards and forms, in any case, with or without marks."""
        try:
            return _SEX_BY_FOLDED[fold(text)]
        except KeyError:
            raise DomainError("applicant.sex.unknown", field="sex", value=nfc(text)) from None


_SEX_LABELS = {Sex.MALE: QT_TRANSLATE_NOOP("Sex", "Nam"), Sex.FEMALE: QT_TRANSLATE_NOOP("Sex", "Nữ")}
_SEX_BY_FOLDED = {"nam": Sex.MALE, "nu": Sex.FEMALE, "male": Sex.MALE, "female": Sex.FEMALE}


@dataclass(frozen=True)
class CitizenId:
    number: str
    province_code: str
    province_name: str
    sex: Sex
    birth_year: int


def parse_citizen_id(number: str, provinces: Mapping[str, str]) -> CitizenId:
    """Read what the number says about its holder.

    The province table is passed in because the domain reads no files.
    """
    digits = "".join(nfc(number).split())
    if not digits:
        raise DomainError("applicant.id.empty", field="id_number")
    if not digits.isascii() or not digits.isdigit():
        raise DomainError("applicant.id.digits", field="id_number")
    if len(digits) != ID_LENGTH:
        raise DomainError("applicant.id.length", field="id_number", length=len(digits))
    province_code = digits[:3]
    if province_code not in provinces:
        raise DomainError("applicant.id.province", field="id_number", province_code=province_code)
    century_and_sex = int(digits[3])
    return CitizenId(
        number=digits,
        province_code=province_code,
        province_name=provinces[province_code],
        sex=Sex.FEMALE if century_and_sex % 2 else Sex.MALE,
        birth_year=1900 + 100 * (century_and_sex // 2) + int(digits[4:6]),
    )


def check_citizen_id_matches(cid: CitizenId, birth_date: date | None, sex: Sex | None) -> list[DomainError]:
    """Disagreements between the ID and what else was entered, one per field."""
    problems = []
    if birth_date is not None and birth_date.year != cid.birth_year:
        problems.append(DomainError(
            "applicant.birth_date.id_mismatch", field="birth_date", year=birth_date.year, id_year=cid.birth_year,
        ))
    if sex is not None and sex is not cid.sex:
        problems.append(DomainError("applicant.sex.id_mismatch", field="sex", sex=sex.label, id_sex=cid.sex.label))
    return problems


@dataclass(frozen=True)
class CccdQr:
    id_number: str
    old_id_number: str
    full_name: str
    birth_date: date
    sex: Sex
    address: str
    issue_date: date | None


def looks_like_cccd_qr(text: str) -> bool:
    """Tell a QR scan apart from typing, cheaply, while the characters are still arriving."""
    fields = text.strip().split("|")
    return len(fields) >= QR_MIN_FIELDS and _TWELVE_DIGITS.fullmatch(fields[0].strip()) is not None


def parse_cccd_qr(payload: str) -> CccdQr:
    """Read `ID|old ID|name|DDMMYYYY birth|sex|address|DDMMYYYY issue`.

    Cards issued over the years add fields at the end, and scanners append CR/LF, so both are
    tolerated; anything else that does not fit is not a CCCD QR code.
    """
    if not looks_like_cccd_qr(payload):
        raise DomainError("qr.malformed")
    parts = [nfc(part) for part in payload.strip().split("|")]
    id_number, old_id, name, birth, sex_text, address = parts[:QR_MIN_FIELDS]
    issue = parts[QR_MIN_FIELDS] if len(parts) > QR_MIN_FIELDS else ""
    if not name or not _DIGITS_OR_EMPTY.fullmatch(old_id) or not _QR_DATE.fullmatch(birth):
        raise DomainError("qr.malformed")
    if issue and not _QR_DATE.fullmatch(issue):
        raise DomainError("qr.malformed")
    try:
        return CccdQr(
            id_number=id_number,
            old_id_number=old_id,
            full_name=name,
            birth_date=parse_date_vn(birth),
            sex=Sex.from_label(sex_text),
            address=address,
            issue_date=parse_date_vn(issue) if issue else None,
        )
    except DomainError:
        raise DomainError("qr.malformed") from None
