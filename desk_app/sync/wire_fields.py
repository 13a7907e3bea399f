"""The bounded field types every wire model is made of.

Anything that crosses the wire ends up in a SQLite file on a desk and in PostgreSQL at the province,
so each field is held to what both can store and what the other side can print: text without NUL
(PostgreSQL refuses it), without other control characters or lone surrogates (no UTF-8 encoder
takes those), within a length the columns hold; whole numbers that fit a 64-bit column and are not
absurd for what they count; instants and days within the years a dossier code can carry. A value
outside its type is refused where it arrives, with the field named, so it never reaches a table,
a feed or another desk.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime
from typing import Annotated, Any

from pydantic import AfterValidator, AwareDatetime, BeforeValidator, Field, Strict, StringConstraints

from desk_app.domain.catalogue import CODE_PATTERN
from desk_app.domain.dossier_code import canonical_agency_code, canonical_dossier_code
from desk_app.domain.errors import DomainError

NAME_MAX = 200
TEXT_MAX = 2000
CODE_MAX = 40
MONEY_MAX = 10**12
"""A thousand billion đồng: far above any fee, far below what a 64-bit column holds."""
FIRST_YEAR, LAST_YEAR = 2000, 2099
"""The years a dossier code's two-digit year can name."""
BIRTH_FIRST_YEAR = 1850

_REFUSED = re.compile(r"[\x00-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
"""Control characters (Unicode category Cc), halves of UTF-16 pairs (Cs) and the two non-characters
U+FFFE and U+FFFF: what neither database should hold. One compiled class, because every text field
of every pushed record passes it."""
_REFUSED_IN_TEXT = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
"""The same, with line breaks and tabs allowed (a paragraph)."""


def _printable(value: str, *, multiline: bool) -> str:
    found = (_REFUSED_IN_TEXT if multiline else _REFUSED).search(value)
    if found is None:
        return value
    ch = found.group()
    if unicodedata.category(ch) == "Cs":
        raise ValueError("chứa ký tự không hợp lệ (nửa cặp UTF-16)")
    if unicodedata.category(ch) == "Cc":
        raise ValueError(f"chứa ký tự điều khiển U+{ord(ch):04X}")
    raise ValueError(f"chứa ký tự không hợp lệ U+{ord(ch):04X}")


def safe_text(value: str, limit: int = TEXT_MAX) -> str:
    """Text from a refused record made fit to store and to show: every character the fields above
    refuse is written as its escape (\\x00, \\ud800), and the whole is cut to `limit`; for the
    reason that names what was wrong, which may quote the wrong value."""

    def escaped(found: re.Match[str]) -> str:
        ch = found.group()
        if unicodedata.category(ch) == "Cs":
            return f"\\u{ord(ch):04x}"
        return ch.encode("unicode_escape", "backslashreplace").decode("ascii")

    return _REFUSED.sub(escaped, value)[:limit]


def _line(value: str) -> str:
    return _printable(value, multiline=False)


def _paragraph(value: str) -> str:
    return _printable(value, multiline=True)


Name = Annotated[str, Strict(), StringConstraints(max_length=NAME_MAX), AfterValidator(_line)]
"""One line of text: a name, a title, a place."""
Text = Annotated[str, Strict(), StringConstraints(max_length=TEXT_MAX), AfterValidator(_paragraph)]
"""A few paragraphs at most: a procedure's name, an address, a reason, a note."""
DeviceName = Annotated[str, Strict(), StringConstraints(min_length=1, max_length=120), AfterValidator(_line)]
Password = Annotated[str, Strict(), StringConstraints(min_length=1, max_length=256), AfterValidator(_line)]
Username = Annotated[str, Strict(), StringConstraints(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9._@-]+$")]
UUID_PATTERN = r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"
PROCEDURE_CODE_PATTERN = f"^{CODE_PATTERN.pattern}$"
Uuid = Annotated[str, Strict(), StringConstraints(pattern=UUID_PATTERN)]
Sha256 = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]
ProcedureCode = Annotated[str, Strict(), StringConstraints(pattern=PROCEDURE_CODE_PATTERN)]
IdNumber = Annotated[str, Strict(), StringConstraints(pattern=r"^[0-9]{12}$")]
OptionalIdNumber = Annotated[str, Strict(), StringConstraints(pattern=r"^([0-9]{12})?$")]
Phone = Annotated[str, Strict(), StringConstraints(pattern=r"^[0-9]{0,15}$")]
Email = Annotated[str, Strict(), StringConstraints(max_length=254, pattern=r"^([^\s@]+@[^\s@]+)?$"),
                  AfterValidator(_line)]
Money = Annotated[int, Strict(), Field(ge=0, le=MONEY_MAX)]
Copies = Annotated[int, Strict(), Field(ge=1, le=99)]
BookEntry = Annotated[int, Strict(), Field(ge=1, le=10**9)]
Sequence = Annotated[int, Strict(), Field(ge=1, le=9999)]
ProcessingDays = Annotated[str, Strict(), StringConstraints(pattern=r"^[0-9]{1,3}(\.[0-9]{1,3})?$")]
"""Working days as the catalogue writes them ("0", "0.5", "15"), at most 999."""


def _dossier_code(value: str) -> str:
    try:
        return canonical_dossier_code(value)
    except DomainError as err:
        raise ValueError(str(err)) from None


def _agency_code(value: str) -> str:
    try:
        return canonical_agency_code(value)
    except DomainError as err:
        raise ValueError(str(err)) from None


DossierCode = Annotated[str, Strict(), StringConstraints(max_length=CODE_MAX), AfterValidator(_dossier_code)]
"""Exactly as printed on the receipt: the one spelling of a code (see `canonical_dossier_code`)."""
AgencyCode = Annotated[str, Strict(), StringConstraints(max_length=CODE_MAX), AfterValidator(_agency_code)]


_DAY_TEXT = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", re.ASCII)


def _text_or(kind: type) -> Any:
    """Instants and days travel as ISO 8601 text: a bare number (a Unix time?) is refused, not
    guessed, and a day is a day, not a midnight."""

    def check(value: Any) -> Any:
        if isinstance(value, kind) and not isinstance(value, bool):
            return value
        if isinstance(value, str) and (kind is not date or _DAY_TEXT.fullmatch(value)):
            return value
        raise ValueError("phải là ngày (YYYY-MM-DD)" if kind is date else "phải là chuỗi ngày giờ theo ISO 8601")

    return BeforeValidator(check)


def _instant_in_range(value: datetime) -> datetime:
    if not FIRST_YEAR <= value.year <= LAST_YEAR:
        raise ValueError(f"năm {value.year} nằm ngoài khoảng {FIRST_YEAR}–{LAST_YEAR}")
    return value


def _day_in_range(first_year: int) -> Any:
    def check(value: date) -> date:
        if not first_year <= value.year <= LAST_YEAR:
            raise ValueError(f"năm {value.year} nằm ngoài khoảng {first_year}–{LAST_YEAR}")
        return value

    return AfterValidator(check)


Instant = Annotated[AwareDatetime, _text_or(datetime), AfterValidator(_instant_in_range)]
Day = Annotated[date, _text_or(date), _day_in_range(FIRST_YEAR)]
BirthDay = Annotated[date, _text_or(date), _day_in_range(BIRTH_FIRST_YEAR)]
