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
from desk_app.domain.working_calendar import OfficeHours

if TYPE_CHECKING:
    from tomlkit import TOMLDocument
    from tomlkit.items import Table

APP_NAME = "mot-cua-desk"
SETTINGS_FILE = "settings.toml"
PRINT_TO_ENV = "DESK_APP_PRINT_TO"

PRINT_OUTPUTS = ("preview", "printer", "pdf")
RECEIPT_PAPERS = ("a4", "thermal80")


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


def default_data_dir() -> Path:
    return Path(user_data_dir(APP_NAME, appauthor=False))


def settings_path(data_dir: Path, explicit_data_dir: bool) -> Path:
    """A data directory named on the command line, or one that already holds settings, is portable."""
    local = data_dir / SETTINGS_FILE
    if explicit_data_dir or local.exists():
        return local
    return Path(user_config_dir(APP_NAME, appauthor=False)) / SETTINGS_FILE


def _str(table: dict, key: str, default: str = "") -> str:
    value = table.get(key, default)
    return str(value).strip() if value is not None else default


def _int(table: dict, key: str, default: int, errors: list[DomainError], section: str) -> int:
    value = table.get(key, default)
    if isinstance(value, bool) or not isinstance(value, int):
        errors.append(DomainError("settings.not_integer", field=f"{section}.{key}", key=f"{section}.{key}"))
        return default
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
    """Build Settings from a parsed TOML document; every wrong key is reported, none is guessed."""
    environ = os.environ if environ is None else environ
    errors: list[DomainError] = []
    desk = document.get("desk", {})
    agency_code = _str(desk, "agency_code")
    if agency_code:
        try:
            agency_code = validate_agency_code(agency_code)
        except DomainError as err:
            errors.append(err)
    profile = DeskProfile(
        agency_code=agency_code,
        agency_name=_str(desk, "agency_name"),
        parent_agency_name=_str(desk, "parent_agency_name"),
        place_name=_str(desk, "place_name"),
        officer_name=_str(desk, "officer_name"),
        officer_title=_str(desk, "officer_title"),
        lookup_url=_str(desk, "lookup_url"),
        return_place=_str(desk, "return_place"),
    )
    hours_table = document.get("hours", {})
    office_hours = OfficeHours()
    if "office_hours" in hours_table:
        try:
            office_hours = OfficeHours.parse(_str(hours_table, "office_hours"))
        except DomainError as err:
            errors.append(err)
    printing_table = document.get("printing", {})
    output = _str(printing_table, "output", "preview")
    if output not in PRINT_OUTPUTS:
        errors.append(DomainError("settings.choice", field="printing.output", value=output,
                                  choices=", ".join(PRINT_OUTPUTS)))
        output = "preview"
    paper = _str(printing_table, "receipt_paper", "a4")
    if paper not in RECEIPT_PAPERS:
        errors.append(DomainError("settings.choice", field="printing.receipt_paper", value=paper,
                                  choices=", ".join(RECEIPT_PAPERS)))
        paper = "a4"
    copies_value = printing_table.get("receipt_copies", [1, 2])
    if not (isinstance(copies_value, list) and copies_value and set(copies_value) <= {1, 2}):
        errors.append(DomainError("settings.receipt_copies", field="printing.receipt_copies"))
        copies_value = [1, 2]
    print_to = environ.get(PRINT_TO_ENV) or _str(printing_table, "print_to")
    printing = PrintSettings(output="pdf" if print_to else output, print_to=print_to,
                             receipt_paper=paper, receipt_copies=tuple(sorted(set(copies_value))))
    codes = document.get("codes", {})
    first, last = 1, 8999
    try:
        first, last = parse_sequence_block(_str(codes, "sequence_block", "1-8999"))
    except DomainError as err:
        errors.append(err)
    scanner = document.get("scanner", {})
    backup = document.get("backup", {})
    keep_daily = _int(backup, "keep_daily", 7, errors, "backup")
    keep_weekly = _int(backup, "keep_weekly", 4, errors, "backup")
    if keep_daily < 1 or keep_weekly < 0:
        errors.append(DomainError("settings.backup_keep", field="backup"))
    settings = Settings(
        profile=profile,
        office_hours=office_hours,
        printing=printing,
        sequence_first=first,
        sequence_last=last,
        scanner_serial_port=_str(scanner, "serial_port"),
        scanner_serial_baud=_int(scanner, "serial_baud", 9600, errors, "scanner"),
        backup_keep_daily=keep_daily,
        backup_keep_weekly=keep_weekly,
    )
    if errors:
        raise ValidationFailed(errors)
    return settings


def load_settings(path: Path) -> Settings:
    """Read the settings file; a missing file means defaults, an unreadable one is an error."""
    if not path.exists():
        return parse_settings({})
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
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".toml.tmp")
    tmp.write_text(document.as_string(), encoding="utf-8")
    os.replace(tmp, path)


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

