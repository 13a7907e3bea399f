"""Phone numbers, e-mail addresses and dates as officers and citizens actually write them.

Each is brought to one stored form so that lookups by phone find the same person however the
number was typed, and so that receipts print it the same way every time.
"""

from __future__ import annotations

import re
from datetime import date

from desk_app.domain.errors import DomainError
from desk_app.domain.text import nfc

MOBILE_PREFIXES = ("03", "05", "07", "08", "09")
LANDLINE_PREFIX = "02"
MOBILE_LENGTH = 10
LANDLINE_LENGTH = 11
MAX_AGE_YEARS = 130

_PHONE_SEPARATORS = re.compile(r"[\s.\-()]")
_DATE = re.compile(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})|(\d{2})(\d{2})(\d{4})")
_EMAIL_LOCAL = re.compile(r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~.\-]+")
_EMAIL_LABEL = re.compile(r"[a-z0-9](?:[a-z0-9\-]*[a-z0-9])?")


def normalize_phone(raw: str) -> str:
    """The number as bare digits with its leading 0 ("0912345678"), from any common spelling.

    Citizens give numbers as "+84 912 345 678", "0912.345.678" or "(024) 3825 1234"; the
    international prefix becomes the trunk 0 so one person has one stored number.
    """
    text = _PHONE_SEPARATORS.sub("", nfc(raw))
    if not text:
        raise DomainError("contact.phone.empty", field="phone")
    international = text.startswith("+")
    digits = text[1:] if international else text
    if not digits.isascii() or not digits.isdigit():
        raise DomainError("contact.phone.characters", field="phone", value=raw.strip())
    if international or digits.startswith("84"):
        if not digits.startswith("84"):
            raise DomainError("contact.phone.prefix", field="phone", prefix=text[:3])
        digits = "0" + digits[2:].removeprefix("0")
    if digits.startswith(LANDLINE_PREFIX):
        expected = LANDLINE_LENGTH
    elif digits.startswith(MOBILE_PREFIXES):
        expected = MOBILE_LENGTH
    else:
        raise DomainError("contact.phone.prefix", field="phone", prefix=digits[:2])
    if len(digits) != expected:
        raise DomainError("contact.phone.length", field="phone", expected=expected, length=len(digits))
    return digits


def normalize_email(raw: str) -> str:
    """The address with its domain lower-cased; only mistakes a typist makes are caught, not RFC corner cases."""
    text = nfc(raw)
    if not text:
        raise DomainError("contact.email.empty", field="email")
    local, at, domain = text.rpartition("@")
    domain = domain.lower()
    labels = domain.split(".")
    if (
        not at
        or len(text) > 254
        or len(local) > 64
        or not _EMAIL_LOCAL.fullmatch(local)
        or local.startswith(".")
        or local.endswith(".")
        or ".." in local
        or len(labels) < 2
        or not all(_EMAIL_LABEL.fullmatch(label) for label in labels)
        or len(labels[-1]) < 2
        or labels[-1].isdigit()
    ):
        raise DomainError("contact.email.invalid", field="email", value=text)
    return f"{local}@{domain}"


def parse_date_vn(raw: str, *, field: str | None = None) -> date:
    """A date written day first, as on Vietnamese papers: 05/09/1990, 5/9/1990, 05-09-1990, 05091990."""
    text = nfc(raw)
    if not text:
        raise DomainError("date.empty", field=field)
    match = _DATE.fullmatch(text.replace(" ", ""))
    if match is None:
        raise DomainError("date.format", field=field, value=text)
    day, month, year = (int(part) for part in match.groups() if part is not None)
    try:
        return date(year, month, day)
    except ValueError:
        raise DomainError("date.invalid", field=field, value=text) from None


def check_birth_date(d: date, today: date) -> None:
    """Reject birth dates no living applicant can have; they are almost always typing slips."""
    if d > today:
        raise DomainError("applicant.birth_date.future", field="birth_date")
    if today.year - d.year - ((today.month, today.day) < (d.month, d.day)) > MAX_AGE_YEARS:
        raise DomainError("applicant.birth_date.too_old", field="birth_date", max_age=MAX_AGE_YEARS)
