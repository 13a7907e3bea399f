"""Dossier codes (mã hồ sơ) in the shape provincial systems print: `<agency code>-<yymmdd>-<NNNN>`.

The code is what the citizen carries home on the receipt and what the barcode scanner reads back
at return, so it must survive a round trip through paper and a scanner that may send lower case.
The agency part is the receiving agency's electronic code (mã định danh điện tử), which uses dots
and never a hyphen, so the hyphen can separate the three parts unambiguously.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from desk_app.domain.errors import DomainError

MAX_SEQUENCE = 9999
_AGENCY = r"[A-Z0-9]{2,3}(?:\.[A-Z0-9]{2,3}){1,5}"
_AGENCY_CODE = re.compile(_AGENCY, re.ASCII)
_DOSSIER_CODE = re.compile(rf"({_AGENCY})-(\d{{2}})(\d{{2}})(\d{{2}})-(\d{{4}})", re.ASCII)
_CODE_TAIL = re.compile(r"(?:(\d{6})\s*[-\s]\s*)?(\d{1,4})", re.ASCII)


@dataclass(frozen=True)
class DossierCode:
    agency_code: str
    day: date
    sequence: int

    def __str__(self) -> str:
        return format_dossier_code(self.agency_code, self.day, self.sequence)


def validate_agency_code(code: str) -> str:
    """The agency code trimmed and upper-cased, e.g. "000.00.12.H12", "G22.39.01", "H56.28"."""
    text = code.strip().upper()
    if not text:
        raise DomainError("agency_code.empty", field="agency_code")
    if not _AGENCY_CODE.fullmatch(text):
        raise DomainError("agency_code.malformed", field="agency_code", value=code.strip())
    return text


def format_dossier_code(agency_code: str, day: date, sequence: int) -> str:
    """The printed code; the two-digit year limits it to 2000–2099, as on the provincial systems."""
    agency = validate_agency_code(agency_code)
    if not 1 <= sequence <= MAX_SEQUENCE:
        raise DomainError("dossier_code.sequence", sequence=sequence)
    if not 2000 <= day.year <= 2099:
        raise DomainError("dossier_code.day", day=day.strftime("%d/%m/%Y"))
    return f"{agency}-{day:%y%m%d}-{sequence:04d}"


def parse_dossier_code(text: str) -> DossierCode:
    """Read a typed or scanned code back into its parts."""
    match = _DOSSIER_CODE.fullmatch(text.strip().upper())
    if match is not None:
        agency, yy, mm, dd, sequence = match.groups()
        try:
            day = date(2000 + int(yy), int(mm), int(dd))
        except ValueError:
            day = None
        if day is not None and int(sequence) > 0:
            return DossierCode(agency, day, int(sequence))
    raise DomainError("dossier_code.malformed", field="code", value=text.strip())


def code_tail(text: str) -> str | None:
    """The end of a code as an officer reads it off a crumpled receipt, in the spelling every code
    ends with: "42" or "0042" gives "0042" (the day's number), "261123-42" gives "261123-0042"
    (the day and its number). None when the text is no such end (a number of five digits or more
    is a phone or an ID number, not the end of a code)."""
    match = _CODE_TAIL.fullmatch(text.strip())
    if match is None:
        return None
    day, sequence = match.groups()
    if int(sequence) == 0:
        return None
    return f"{day}-{int(sequence):04d}" if day else f"{int(sequence):04d}"


def canonical_dossier_code(text: str) -> str:
    """The code exactly as it is printed, or DomainError: what travels between systems and is
    stored must have one spelling, or "000.00.12.h12-261123-0001" and its upper-case twin would be
    two dossiers. Typed and scanned input is read with `parse_dossier_code`, which forgives case
    and blanks; a record on the wire or in a file is not."""
    parsed = parse_dossier_code(text)
    if str(parsed) != text:
        raise DomainError("dossier_code.not_canonical", field="code", value=text, canonical=str(parsed))
    return text


def canonical_agency_code(text: str) -> str:
    """An agency code exactly in its one spelling (upper case, no blanks), or DomainError."""
    if validate_agency_code(text) != text:
        raise DomainError("agency_code.malformed", field="agency_code", value=text)
    return text


def looks_like_dossier_code(text: str) -> bool:
    """Tell a scanned dossier code apart from a search typed into the same box."""
    return _DOSSIER_CODE.fullmatch(text.strip().upper()) is not None
