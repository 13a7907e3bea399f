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
SLIP_PAPERS = ("a5", "80mm")
PRINTED_FORMS = ("receipt", "supplement_request", "refusal", "booking_slip")
"""The forms the desk prints (Mẫu 01, 02, 03, the booking slip), by the name their [printing]
keys begin with."""
FORM_PAPERS: dict[str, tuple[str, ...]] = {"receipt": RECEIPT_PAPERS, "supplement_request": ("a4",),
                                           "refusal": ("a4",), "booking_slip": SLIP_PAPERS}
"""The papers each form's renderer in desk_app/printing lays out, the default first."""
PAPER_KEYS = {"receipt": "receipt_paper", "booking_slip": "slip_paper"}
"""The forms laid out on more than one paper, and the [printing] key that chooses theirs."""
SCANNER_MODES = ("wedge", "serial")
"""A keyboard-wedge scanner types into the window; a serial one is read from [scanner] serial_port.
The file has no key for the mode: a port named means serial."""
SERIAL_BAUD_RANGE = (1200, 4_000_000)
SERIAL_BAUDS = (1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200)
"""The rates scanners' manuals list, offered by the settings dialog; the file takes any rate in
SERIAL_BAUD_RANGE."""
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
    slip_paper: str = "a5"
    receipt_printer: str = ""
    supplement_request_printer: str = ""
    refusal_printer: str = ""
    booking_slip_printer: str = ""
    """The printer of each form, by name: a roll printer for the receipt, the office's A4 printer
    for the notices. Empty means the system's default printer, as before these keys existed."""

    def printer_for(self, form: str) -> str:
        """The printer named for one of PRINTED_FORMS, empty for the default printer."""
        if form not in PRINTED_FORMS:
            raise ValueError(f"no printed form {form!r}")
        return getattr(self, f"{form}_printer")


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
    booking_hours: OfficeHours | None = None
    """The sessions this desk takes bookings in, inside the agency's ([appointments] sessions);
    None: all of the agency's."""


@dataclass(frozen=True)
class Preferences:
    """How this PC does its work, as the settings dialog edits it: the printer and paper of each
    form, the output, the scanner, the office hours and the language, in the file's spelling."""

    output: str
    receipt_printer: str
    supplement_request_printer: str
    refusal_printer: str
    booking_slip_printer: str
    receipt_paper: str
    slip_paper: str
    scanner_mode: str
    serial_port: str
    """Kept as typed while the mode is the wedge, so that switching back does not lose it."""
    serial_baud: int
    office_hours: str
    language: str
    booking_hours: str = ""
    """[appointments] sessions as typed; empty: all of the agency's."""

    @classmethod
    def of(cls, settings: Settings) -> Preferences:
        printing = settings.printing
        return cls(output=printing.output,
                   **{f"{form}_printer": printing.printer_for(form) for form in PRINTED_FORMS},
                   **{key: getattr(printing, key) for key in PAPER_KEYS.values()},
                   scanner_mode=SCANNER_MODES[1] if settings.scanner_serial_port else SCANNER_MODES[0],
                   serial_port=settings.scanner_serial_port, serial_baud=settings.scanner_serial_baud,
                   office_hours=settings.office_hours.to_text(), language=settings.language,
                   booking_hours=settings.booking_hours.to_text() if settings.booking_hours else "")

    def file_values(self) -> dict[str, str | int]:
        """Each value under its "table.key" in settings.toml."""
        serial = self.scanner_mode == SCANNER_MODES[1]
        return {
            "printing.output": self.output,
            **{f"printing.{form}_printer": getattr(self, f"{form}_printer") for form in PRINTED_FORMS},
            **{f"printing.{key}": getattr(self, key) for key in PAPER_KEYS.values()},
            "scanner.serial_port": self.serial_port.strip() if serial else "",
            "scanner.serial_baud": self.serial_baud,
            "hours.office_hours": self.office_hours.strip(),
            "appointments.sessions": self.booking_hours.strip(),
            "ui.language": self.language,
        }


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
    "printing": frozenset({"output", "print_to", "receipt_copies", *PAPER_KEYS.values(),
                           *(f"{form}_printer" for form in PRINTED_FORMS)}),
    "codes": frozenset({"sequence_block"}),
    "scanner": frozenset({"serial_port", "serial_baud"}),
    "backup": frozenset({"keep_daily", "keep_weekly"}),
    "ui": frozenset({"language"}),
    "appointments": frozenset({"sessions"}),
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
    slip_paper = read.choice("printing", "slip_paper", SLIP_PAPERS, "settings.slip_paper")
    copies_value = read.table("printing").get("receipt_copies", [1, 2])
    if not (isinstance(copies_value, list) and copies_value and all(
            type(copy) is int for copy in copies_value) and set(copies_value) <= {1, 2}):
        read.errors.append(DomainError("settings.receipt_copies", field="printing.receipt_copies"))
        copies_value = [1, 2]
    print_to = environ.get(PRINT_TO_ENV) or read.text("printing", "print_to")
    printers = {f"{form}_printer": read.text("printing", f"{form}_printer") for form in PRINTED_FORMS}
    printing = PrintSettings(output="pdf" if print_to else output, print_to=print_to,
                             receipt_paper=paper, receipt_copies=tuple(sorted(set(copies_value))),
                             slip_paper=slip_paper, **printers)
    booking_hours = None
    booking_text = read.text("appointments", "sessions")
    if booking_text.strip():
        try:
            booking_hours = OfficeHours.parse(booking_text)
        except DomainError as err:
            read.errors.append(DomainError("settings.booking_hours", field="appointments.sessions", **err.params))
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
        scanner_serial_baud=read.integer("scanner", "serial_baud", 9600, *SERIAL_BAUD_RANGE),
        backup_keep_daily=read.integer("backup", "keep_daily", 7, 1, 366),
        backup_keep_weekly=read.integer("backup", "keep_weekly", 4, 0, 520),
        language=read.choice("ui", "language", LANGUAGES, "settings.language"),
        booking_hours=booking_hours,
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



def save_preferences(path: Path, current: Settings, chosen: Preferences,
                     environ: os._Environ | dict | None = None) -> Settings:
    """Write the values the officer changed and return the Settings the file then loads to.

    The file with the changes is parsed whole before it replaces the old one (atomically, keeping
    everything else as the IT officer left it), so a bad value writes nothing. A value left as it
    was is not written: an old file keeps its keys and their meaning, and an output overridden by
    print_to is never written over with "pdf"."""
    errors = []
    if chosen.scanner_mode not in SCANNER_MODES:
        errors.append(DomainError("settings.choice", field="scanner.mode", value=chosen.scanner_mode,
                                  choices=", ".join(SCANNER_MODES)))
    elif chosen.scanner_mode == SCANNER_MODES[1] and not chosen.serial_port.strip():
        errors.append(DomainError("settings.serial_port_required", field="scanner.serial_port"))
    before = Preferences.of(current).file_values()
    document = _document(path)
    for name, value in chosen.file_values().items():
        if value != before[name]:
            table, key = name.split(".")
            _table(document, table)[key] = value
    try:
        settings = parse_settings(document.unwrap(), environ)
    except ValidationFailed as failed:
        errors += failed.errors
    if errors:
        raise ValidationFailed(errors)
    _write(path, document)
    return settings
