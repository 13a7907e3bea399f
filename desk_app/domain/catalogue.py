"""The procedure catalogue (danh mục thủ tục hành chính) and its JSON interchange format.

The same shape travels in the bundled sample, in file imports on the desk and on the provincial
server, and in the sync feed (docs/catalogue-format.md). An import is all or nothing: a catalogue half
replaced would give citizens wrong fees and wrong due dates, so every problem is collected and
reported with the entry's index, and nothing is returned unless the whole file is sound. Keys this
version does not know are kept, so that a newer catalogue passes through an older desk intact.
"""

from __future__ import annotations

import dataclasses
import json
import math
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from datetime import time
from decimal import Decimal
from enum import StrEnum
from functools import cached_property
from types import MappingProxyType
from typing import Any, TypeVar

from desk_app.domain.errors import DomainError
from desk_app.domain.text import fold, group_thousands, nfc
from desk_app.messages import QT_TRANSLATE_NOOP, message_for

MAX_DECIMALS = 3
MAX_PROCESSING_DAYS = 999
CODE_PATTERN = re.compile(r"[0-9A-Za-z][0-9A-Za-z._-]{0,39}", re.ASCII)
"""A procedure's code as the national catalogue prints them ("1.001193", "2.000815.000.00.00.H12")."""
NAME_MAX = 2000
"""Some published names run to a page; and so do papers' names and notes."""
LABEL_MAX = 200
"""A field, a level, an agency: one line."""
CASE_MAX = 500
"""The case a paper is needed in, as the published list words it."""
GROUP_MAX = 100
MAX_FEES = 50
MAX_DOCUMENTS = 100
MAX_COPIES = 99
MAX_AMOUNT_VND = 10**12
"""A thousand billion đồng, for a fee and for all of a procedure's fees together: far above any
fee, far below what a 64-bit column holds."""
# A message listing thousands of problems helps nobody; the rest are counted, and all stay in `problems`.
MAX_LISTED_PROBLEMS = 20
WHOLE_FILE = -1

_CUTOFF = re.compile(r"(\d{1,2}):(\d{2})", re.ASCII)

_T = TypeVar("_T")


class DocumentKind(StrEnum):
    ORIGINAL = "original"
    COPY = "copy"
    CERTIFIED_COPY = "certified_copy"
    PHOTOCOPY = "photocopy"
    """Bản chụp: a photocopy or a print of a scan, neither certified nor checked against the original."""

    @property
    def label(self) -> str:
        return _KIND_LABELS[self]


_KIND_LABELS = {
    DocumentKind.ORIGINAL: QT_TRANSLATE_NOOP("DocumentKind", "Bản chính"),
    DocumentKind.COPY: QT_TRANSLATE_NOOP("DocumentKind", "Bản sao"),
    DocumentKind.CERTIFIED_COPY: QT_TRANSLATE_NOOP("DocumentKind", "Bản sao có chứng thực"),
    DocumentKind.PHOTOCOPY: QT_TRANSLATE_NOOP("DocumentKind", "Bản chụp"),
}


@dataclasses.dataclass(frozen=True)
class Fee:
    name: str
    amount_vnd: int


@dataclasses.dataclass(frozen=True)
class RequiredDocument:
    """A paper of a procedure's list, as the law lists it: needed always, or only in a stated case
    (`case`: "Trường hợp ủy quyền thực hiện"), or as one of alternatives (the papers that share a
    `group`: one of them is enough); handed in, or only shown (`shown`: xuất trình, looked at and
    handed back at once); an original handed in may have to go back with the result
    (`return_original`)."""

    name: str
    kind: DocumentKind
    copies: int
    shown: bool = False
    case: str = ""
    group: str = ""
    return_original: bool = False


@dataclasses.dataclass(frozen=True)
class Procedure:
    code: str
    name: str
    field: str
    level: str
    agency: str
    processing_days: Decimal
    processing_note: str
    cutoff: time | None
    fees: tuple[Fee, ...]
    documents: tuple[RequiredDocument, ...]
    extra: Mapping[str, Any] = dataclasses.field(default_factory=dict, hash=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "extra", MappingProxyType(dict(self.extra)))

    @property
    def fee_total_vnd(self) -> int:
        return sum(fee.amount_vnd for fee in self.fees)

    @cached_property
    def search_key(self) -> str:
        """Code and name folded once, because the intake screen filters the catalogue on every key press."""
        return fold(f"{self.code} {self.name}")


KNOWN_KEYS = frozenset(
    ("code", "name", "field", "level", "agency", "processing_days", "processing_note", "cutoff", "fees", "documents")
)


class CatalogueInvalid(DomainError):
    """The catalogue was rejected as a whole; `problems` holds (index, field, message) for each fault.

    The index counts from 0 as in the file's list (WHOLE_FILE when the file itself has the wrong
    shape); the message shown to the officer counts from 1.
    """

    def __init__(self, problems: Iterable[tuple[int, str, str]]) -> None:
        self.problems = list(problems)
        lines = [_problem_line(*problem) for problem in self.problems[:MAX_LISTED_PROBLEMS]]
        if len(self.problems) > MAX_LISTED_PROBLEMS:
            lines.append(message_for("catalogue.more", count=len(self.problems) - MAX_LISTED_PROBLEMS))
        super().__init__("catalogue.invalid", None, count=len(self.problems), details="\n".join(lines))


def _problem_line(index: int, field: str, message: str) -> str:
    if index == WHOLE_FILE:
        return message_for("catalogue.problem.file", message=message)
    if not field:
        return message_for("catalogue.problem.entry", number=index + 1, message=message)
    return message_for("catalogue.problem", number=index + 1, field=field, message=message)


def parse_catalogue_bytes(raw: bytes) -> list[Procedure]:
    """Read a catalogue file's bytes: UTF-8 JSON (a byte order mark, as Windows' Notepad writes,
    is allowed). A wrong encoding or broken JSON is named with its line, for whoever edits the file."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise CatalogueInvalid([(WHOLE_FILE, "", message_for(
            "catalogue.encoding", line=raw.count(b"\n", 0, err.start) + 1))]) from None
    try:
        data = json.loads(text, parse_constant=_refuse_constant)
    except json.JSONDecodeError as err:
        raise CatalogueInvalid([(WHOLE_FILE, "", message_for("catalogue.json", line=err.lineno,
                                                                column=err.colno, detail=err.msg))]) from None
    except ValueError as err:
        raise CatalogueInvalid([(WHOLE_FILE, "", message_for("catalogue.json", line="?", column="?",
                                                                detail=str(err)))]) from None
    return parse_catalogue(data)


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} không phải một số")


def parse_catalogue(data: Any) -> list[Procedure]:
    """Read a decoded JSON catalogue: a list of procedures, or an object whose "procedures" is one.
    An empty list is refused: importing it would leave the counter with nothing to offer."""
    entries = data.get("procedures") if isinstance(data, Mapping) else data
    if not isinstance(entries, list):
        raise CatalogueInvalid([(WHOLE_FILE, "", message_for("catalogue.shape"))])
    if not entries:
        raise CatalogueInvalid([(WHOLE_FILE, "", message_for("catalogue.empty"))])
    problems: list[tuple[int, str, str]] = []
    procedures = []
    first_index: dict[str, int] = {}
    for index, entry in enumerate(entries):
        reader = _EntryReader(index, problems)
        procedure = reader.procedure(entry)
        if procedure is None:
            continue
        if procedure.code in first_index:
            reader.problem("code", "catalogue.code.duplicate", code=procedure.code,
                           first=first_index[procedure.code] + 1)
        else:
            first_index[procedure.code] = index
        procedures.append(procedure)
    if problems:
        raise CatalogueInvalid(problems)
    return procedures


def procedure_to_dict(p: Procedure) -> dict[str, Any]:
    """The interchange form of one procedure; `parse_catalogue` reads it back to an equal Procedure."""
    result: dict[str, Any] = {
        "code": p.code,
        "name": p.name,
        "field": p.field,
        "level": p.level,
        "agency": p.agency,
        "processing_days": _json_number(p.processing_days),
        "processing_note": p.processing_note,
    }
    if p.cutoff is not None:
        result["cutoff"] = p.cutoff.strftime("%H:%M")
    result["fees"] = [{"name": fee.name, "amount_vnd": fee.amount_vnd} for fee in p.fees]
    result["documents"] = [_document_dict(doc) for doc in p.documents]
    for key, value in p.extra.items():
        result.setdefault(key, value)
    return result


def _document_dict(doc: RequiredDocument) -> dict[str, Any]:
    """A paper in the interchange form: the optional keys only when they say something."""
    found: dict[str, Any] = {"name": doc.name, "kind": doc.kind.value, "copies": doc.copies}
    for key, default in (("shown", False), ("case", ""), ("group", ""), ("return_original", False)):
        if getattr(doc, key) != default:
            found[key] = getattr(doc, key)
    return found


def _json_number(value: Decimal) -> int | float:
    return int(value) if value == value.to_integral_value() else float(value)


class _EntryReader:
    """Reads one catalogue entry, noting every problem instead of stopping at the first."""

    def __init__(self, index: int, problems: list[tuple[int, str, str]]) -> None:
        self.index = index
        self.problems = problems

    def problem(self, field: str, message_code: str, **params: Any) -> None:
        self.problems.append((self.index, field, message_for(message_code, **params)))

    def procedure(self, entry: Any) -> Procedure | None:
        if not isinstance(entry, Mapping):
            self.problem("", "catalogue.entry")
            return None
        count_before = len(self.problems)
        procedure = Procedure(
            code=self.code(entry),
            name=self.text(entry, "name", required=True, limit=NAME_MAX),
            field=self.text(entry, "field"),
            level=self.text(entry, "level"),
            agency=self.text(entry, "agency"),
            processing_days=self.processing_days(entry.get("processing_days")),
            processing_note=self.note(entry.get("processing_note")),
            cutoff=self.cutoff(entry.get("cutoff")),
            fees=tuple(self.items(entry, "fees", self.fee, MAX_FEES)),
            documents=tuple(self.items(entry, "documents", self.document, MAX_DOCUMENTS)),
            extra={key: value for key, value in entry.items() if key not in KNOWN_KEYS},
        )
        if procedure.fee_total_vnd > MAX_AMOUNT_VND:
            self.problem("fees", "catalogue.amount_total", max=group_thousands(MAX_AMOUNT_VND))
        return procedure if len(self.problems) == count_before else None

    def code(self, entry: Mapping[str, Any]) -> str:
        code = self.text(entry, "code", required=True)
        if code and not CODE_PATTERN.fullmatch(code):
            self.problem("code", "catalogue.code", value=code)
        return code

    def text(self, data: Mapping[str, Any], key: str, path: str = "", required: bool = False,
             limit: int = LABEL_MAX) -> str:
        path = path or key
        value = data.get(key)
        if value is None:
            if required:
                self.problem(path, "catalogue.required")
            return ""
        if not isinstance(value, str):
            self.problem(path, "catalogue.text")
            return ""
        if not self.printable(path, value, multiline=False):
            return ""
        value = nfc(value)
        if required and not value:
            self.problem(path, "catalogue.blank")
        if len(value) > limit:
            self.problem(path, "catalogue.too_long", max=limit, length=len(value))
        return value

    def printable(self, path: str, value: str, *, multiline: bool) -> bool:
        """Control characters and lone surrogates (escapes JSON allows) are refused, not dropped:
        the file was damaged, or made by something that is not a catalogue editor."""
        for ch in value:
            category = unicodedata.category(ch)
            if category == "Cs" or (category == "Cc" and not (multiline and ch in "\n\r\t")):
                self.problem(path, "catalogue.characters", char=f"U+{ord(ch):04X}")
                return False
        return True

    def note(self, value: Any) -> str:
        """Published notes keep their line breaks; only the Unicode form and the outer blanks change."""
        if value is None:
            return ""
        if not isinstance(value, str):
            self.problem("processing_note", "catalogue.text")
            return ""
        if not self.printable("processing_note", value, multiline=True):
            return ""
        note = unicodedata.normalize("NFC", value).strip()
        if len(note) > NAME_MAX:
            self.problem("processing_note", "catalogue.too_long", max=NAME_MAX, length=len(note))
        return note

    def processing_days(self, value: Any) -> Decimal:
        if value is None:
            self.problem("processing_days", "catalogue.required")
            return Decimal(0)
        days = _as_decimal(value)
        if days is None or not 0 <= days <= MAX_PROCESSING_DAYS or days.as_tuple().exponent < -MAX_DECIMALS:
            self.problem("processing_days", "catalogue.processing_days")
            return Decimal(0)
        return days

    def cutoff(self, value: Any) -> time | None:
        if value is None:
            return None
        match = _CUTOFF.fullmatch(value.strip()) if isinstance(value, str) else None
        if match is not None:
            hour, minute = int(match.group(1)), int(match.group(2))
            if hour < 24 and minute < 60:
                return time(hour, minute)
        self.problem("cutoff", "catalogue.cutoff")
        return None

    def items(self, entry: Mapping[str, Any], key: str, read: Callable[[Mapping[str, Any], str], _T],
              most: int) -> list[_T]:
        value = entry.get(key)
        if value is None:
            return []
        if not isinstance(value, list):
            self.problem(key, "catalogue.list")
            return []
        if len(value) > most:
            self.problem(key, "catalogue.too_many", max=most, count=len(value))
            return []
        found = []
        for position, item in enumerate(value):
            path = f"{key}[{position}]"
            if isinstance(item, Mapping):
                found.append(read(item, path))
            else:
                self.problem(path, "catalogue.object")
        return found

    def fee(self, item: Mapping[str, Any], path: str) -> Fee:
        name = self.text(item, "name", f"{path}.name", required=True, limit=NAME_MAX)
        amount = _as_whole_number(item.get("amount_vnd"))
        if amount is None or not 0 <= amount <= MAX_AMOUNT_VND:
            self.problem(f"{path}.amount_vnd", "catalogue.amount", max=group_thousands(MAX_AMOUNT_VND))
            amount = 0
        return Fee(name=name, amount_vnd=amount)

    def document(self, item: Mapping[str, Any], path: str) -> RequiredDocument:
        name = self.text(item, "name", f"{path}.name", required=True, limit=NAME_MAX)
        kind_value = item.get("kind")
        try:
            kind = DocumentKind(kind_value)
        except ValueError:
            kind = DocumentKind.ORIGINAL
            if kind_value is None:
                self.problem(f"{path}.kind", "catalogue.required")
            else:
                self.problem(f"{path}.kind", "catalogue.kind", value=kind_value)
        copies = _as_whole_number(item.get("copies", 1))
        if copies is None or not 1 <= copies <= MAX_COPIES:
            self.problem(f"{path}.copies", "catalogue.copies", max=MAX_COPIES)
            copies = 1
        shown = self.flag(item, "shown", path)
        return_original = self.flag(item, "return_original", path)
        if shown and return_original:
            self.problem(f"{path}.return_original", "catalogue.shown_returned")
        if return_original and kind is not DocumentKind.ORIGINAL:
            self.problem(f"{path}.return_original", "catalogue.returned_not_original")
        return RequiredDocument(name=name, kind=kind, copies=copies, shown=shown,
                                case=self.text(item, "case", f"{path}.case", limit=CASE_MAX),
                                group=self.text(item, "group", f"{path}.group", limit=GROUP_MAX),
                                return_original=return_original)

    def flag(self, item: Mapping[str, Any], key: str, path: str) -> bool:
        value = item.get(key, False)
        if not isinstance(value, bool):
            self.problem(f"{path}.{key}", "catalogue.flag")
            return False
        return value


def _as_decimal(value: Any) -> Decimal | None:
    """A JSON number as an exact decimal, the way it was written (0.1 stays 0.1)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, float) and math.isfinite(value):
        return _canonical(Decimal(repr(value)))
    if isinstance(value, Decimal) and value.is_finite():
        return _canonical(value)
    return None


def _canonical(value: Decimal) -> Decimal:
    """One spelling per amount, so 2.0 and 2 store and print alike."""
    return value.to_integral_value() if value == value.to_integral_value() else value.normalize()


def _as_whole_number(value: Any) -> int | None:
    number = _as_decimal(value)
    if number is None or number != number.to_integral_value():
        return None
    return int(number)
