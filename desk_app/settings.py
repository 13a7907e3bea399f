"""The desk's settings file: where it lives, what it holds, and writing it back.

An IT officer edits settings.toml by hand, so it is read with tomllib and written with tomlkit,
which keeps their comments. A data directory that holds its own settings.toml is portable: copy
the folder to another PC and the desk comes with it.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from platformdirs import user_config_dir, user_data_dir

from desk_app.domain.dossier_code import validate_agency_code
from desk_app.domain.errors import DomainError, ValidationFailed
from desk_app.domain.text import nfc
from desk_app.domain.working_calendar import OfficeHours
from desk_app.private_files import narrow_if_present, private_folder, write_private

if TYPE_CHECKING:
    from tomlkit import TOMLDocument
    from tomlkit.items import Table

APP_NAME = "mot-cua-desk"
SETTINGS_FILE = "settings.toml"
PRINT_TO_ENV = "DESK_APP_PRINT_TO"

PRINT_OUTPUTS = ("preview", "printer", "pdf")
RECEIPT_PAPERS = ("a4", "thermal80")
LANGUAGES = ("vi", "en")
"""The window's languages: Vietnamese (the default, the language of the sources) and the shipped
translations in resources/i18n. Printed forms and the command line are always Vietnamese."""


@dataclass(frozen=True)
class DeskProfile:
    """Who the desk is: what every printed form carries in its header and signature block."""

    agency_code: str = ""
    agency_name: str = ""
    parent_agency_name: str = ""
    place_name: str = ""
    officer_name: str = ""
    officer_title: str = ""
    lookup_url: str = ""
    return_place: str = ""

    @property
    def is_complete(self) -> bool:
        return all((self.agency_code, self.agency_name, self.place_name, self.officer_name))

    @property
    def effective_return_place(self) -> str:
        return self.return_place or f"Bộ phận Một cửa - {self.agency_name}"


@dataclass(frozen=True)
class PrintSettings:
    """How a form leaves the desk: preview dialog, straight to the default printer, or a PDF file."""

    output: str = "preview"
    print_to: str = ""
    receipt_paper: str = "a4"
    receipt_copies: tuple[int, ...] = (1, 2)


@dataclass(frozen=True)
class Settings:
    profile: DeskProfile = field(default_factory=DeskProfile)
    office_hours: OfficeHours = field(default_factory=OfficeHours)
    printing: PrintSettings = field(default_factory=PrintSettings)
    sequence_first: int = 1
    sequence_last: int = 8999
    scanner_serial_port: str = ""
    scanner_serial_baud: int = 9600
    backup_keep_daily: int = 7
    backup_keep_weekly: int = 4
    language: str = "vi"


def default_data_dir() -> Path:
    return Path(user_data_dir(APP_NAME, appauthor=False))


def settings_path(data_dir: Path, explicit_data_dir: bool) -> Path:
    """A data directory named on the command line, or one that already holds settings, is portable."""
    local = data_dir / SETTINGS_FILE
    if explicit_data_dir or local.exists():
        return local
    return Path(user_config_dir(APP_NAME, appauthor=False)) / SETTINGS_FILE


TEXT_MAX = 200
"""A value of the settings is printed on forms or names a file: one line, as the wire carries it."""
KNOWN: dict[str, frozenset[str]] = {
    "desk": frozenset({"agency_code", "agency_name", "parent_agency_name", "place_name", "officer_name",
                       "officer_title", "lookup_url", "return_place"}),
    "hours": frozenset({"office_hours"}),
    "printing": frozenset({"output", "print_to", "receipt_paper", "receipt_copies"}),
    "codes": frozenset({"sequence_block"}),
    "scanner": frozenset({"serial_port", "serial_baud"}),
    "backup": frozenset({"keep_daily", "keep_weekly"}),
    "ui": frozenset({"language"}),
}
"""Every table and key the desk reads. Anything else is a typing slip (a key that would be
silently ignored, while the IT officer believes it is in force), and is refused by name."""


class _Reader:
    """Reads the tables of a parsed settings file, noting every wrong key instead of stopping."""

    def __init__(self, document: dict) -> None:
        self.document = document
        self.errors: list[DomainError] = []

    def unknown_keys(self) -> None:
        for table, values in self.document.items():
            if table not in KNOWN:
                self.errors.append(DomainError("settings.unknown", field=table, key=f"[{table}]"))
            elif not isinstance(values, dict):
                self.errors.append(DomainError("settings.not_table", field=table, key=table))
            else:
                self.errors += [DomainError("settings.unknown", field=f"{table}.{key}", key=f"{table}.{key}")
                                for key in values if key not in KNOWN[table]]

    def table(self, name: str) -> dict:
        values = self.document.get(name, {})
        return values if isinstance(values, dict) else {}

    def text(self, table: str, key: str, default: str = "") -> str:
        value = self.table(table).get(key, default)
        if not isinstance(value, str):
            self.errors.append(DomainError("settings.not_text", field=f"{table}.{key}", key=f"{table}.{key}"))
            return default
        text = nfc(value)
        if len(text) > TEXT_MAX:
            self.errors.append(DomainError("settings.too_long", field=f"{table}.{key}", key=f"{table}.{key}",
                                           max=TEXT_MAX))
            return default
        return text

    def integer(self, table: str, key: str, default: int, low: int, high: int) -> int:
        value = self.table(table).get(key, default)
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            self.errors.append(DomainError("settings.not_integer", field=f"{table}.{key}", key=f"{table}.{key}",
                                           low=low, high=high))
            return default
        return value

    def choice(self, table: str, key: str, choices: tuple[str, ...], code: str = "settings.choice") -> str:
        value = self.text(table, key, choices[0])
        if value not in choices:
            self.errors.append(DomainError(code, field=f"{table}.{key}", value=value, choices=", ".join(choices)))
            return choices[0]
        return value


def parse_sequence_block(text: str) -> tuple[int, int]:
    """"1-4499" → (1, 4499): this desk's share of the agency's daily dossier numbers."""
    try:
        first_text, last_text = text.split("-")
        first, last = int(first_text), int(last_text)
    except ValueError:
        first, last = 0, 0
    if not 1 <= first <= last <= 9999:
        raise DomainError("settings.sequence_block", field="codes.sequence_block", value=text)
    return first, last


def parse_settings(document: dict, environ: os._Environ | dict | None = None) -> Settings:
    """Build Settings from a parsed TOML document; every wrong key is reported by name, none is
    guessed and none is ignored."""
    environ = os.environ if environ is None else environ
    read = _Reader(document)
    read.unknown_keys()
    agency_code = read.text("desk", "agency_code")
    if agency_code:
        try:
            agency_code = validate_agency_code(agency_code)
        except DomainError as err:
            read.errors.append(DomainError(err.code, field="desk.agency_code", **err.params))
    profile = DeskProfile(
        agency_code=agency_code,
        agency_name=read.text("desk", "agency_name"),
        parent_agency_name=read.text("desk", "parent_agency_name"),
        place_name=read.text("desk", "place_name"),
        officer_name=read.text("desk", "officer_name"),
        officer_title=read.text("desk", "officer_title"),
        lookup_url=read.text("desk", "lookup_url"),
        return_place=read.text("desk", "return_place"),
    )
    office_hours = OfficeHours()
    if "office_hours" in read.table("hours"):
        try:
            office_hours = OfficeHours.parse(read.text("hours", "office_hours"))
        except DomainError as err:
            read.errors.append(err)
    output = read.choice("printing", "output", PRINT_OUTPUTS)
    paper = read.choice("printing", "receipt_paper", RECEIPT_PAPERS)
    copies_value = read.table("printing").get("receipt_copies", [1, 2])
    if not (isinstance(copies_value, list) and copies_value and all(
            type(copy) is int for copy in copies_value) and set(copies_value) <= {1, 2}):
        read.errors.append(DomainError("settings.receipt_copies", field="printing.receipt_copies"))
        copies_value = [1, 2]
    print_to = environ.get(PRINT_TO_ENV) or read.text("printing", "print_to")
    printing = PrintSettings(output="pdf" if print_to else output, print_to=print_to,
                             receipt_paper=paper, receipt_copies=tuple(sorted(set(copies_value))))
    first, last = 1, 8999
    try:
        first, last = parse_sequence_block(read.text("codes", "sequence_block", "1-8999"))
    except DomainError as err:
        read.errors.append(err)
    settings = Settings(
        profile=profile,
        office_hours=office_hours,
        printing=printing,
        sequence_first=first,
        sequence_last=last,
        scanner_serial_port=read.text("scanner", "serial_port"),
        scanner_serial_baud=read.integer("scanner", "serial_baud", 9600, 1200, 4_000_000),
        backup_keep_daily=read.integer("backup", "keep_daily", 7, 1, 366),
        backup_keep_weekly=read.integer("backup", "keep_weekly", 4, 0, 520),
        language=read.choice("ui", "language", LANGUAGES, "settings.language"),
    )
    if read.errors:
        raise ValidationFailed(read.errors)
    return settings


def load_settings(path: Path) -> Settings:
    """Read the settings file; a missing file means defaults, an unreadable one is an error."""
    if not path.exists():
        return parse_settings({})
    narrow_if_present(path)
    try:
        document = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as err:
        raise DomainError("settings.unreadable", field=None, path=str(path), detail=str(err)) from err
    return parse_settings(document)


def _document(path: Path) -> TOMLDocument:
    """tomlkit is imported only to write: the window reads its settings with tomllib at start-up."""
    import tomlkit

    return tomlkit.parse(path.read_text(encoding="utf-8")) if path.exists() else tomlkit.document()


def _table(document: TOMLDocument, name: str) -> Table:
    import tomlkit

    if name not in document:
        document[name] = tomlkit.table()
    return document[name]


def _write(path: Path, document: TOMLDocument) -> None:
    private_folder(path.parent)
    write_private(path, document.as_string().encode("utf-8"))


def save_office_hours(path: Path, office_hours: OfficeHours) -> None:
    """The agency's office hours as the provincial system has them (due dates depend on them)."""
    document = _document(path)
    _table(document, "hours")["office_hours"] = office_hours.to_text()
    _write(path, document)


def save_profile(path: Path, profile: DeskProfile, block: tuple[int, int]) -> None:
    """Write the [desk] table and the desk's number block back, keeping everything else in the
    file as the IT officer left it."""
    document = _document(path)
    desk = _table(document, "desk")
    for key in ("agency_code", "agency_name", "parent_agency_name", "place_name",
                "officer_name", "officer_title", "lookup_url", "return_place"):
        value = getattr(profile, key)
        if value or key in desk:
            desk[key] = value
    _table(document, "codes")["sequence_block"] = f"{block[0]}-{block[1]}"
    _write(path, document)

