"""The settings file as an IT officer edits it: every wrong key refused by name, nothing guessed."""

from __future__ import annotations

import stat
import tomllib
from dataclasses import replace

import pytest

from desk_app.domain.errors import DomainError, ValidationFailed
from desk_app.settings import (
    FORM_PAPERS,
    PRINTED_FORMS,
    Preferences,
    PrintSettings,
    Settings,
    load_settings,
    parse_settings,
    save_office_hours,
    save_preferences,
)
from desk_app.domain.working_calendar import OfficeHours

GOOD = """\
[desk]
agency_code = "000.00.12.H12"
agency_name = "UBND xã Tân Phong"
place_name = "Tân Phong"
officer_name = "Nguyễn Thị Lan"

[printing]
output = "pdf"
receipt_copies = [2]

[scanner]
serial_baud = 115200
"""


def refused(text: str) -> dict[str | None, str]:
    with pytest.raises(ValidationFailed) as failed:
        parse_settings(tomllib.loads(text), environ={})
    return {error.field: str(error) for error in failed.value.errors}


def test_a_good_file_reads_as_written():
    settings = parse_settings(tomllib.loads(GOOD), environ={})
    assert settings.profile.agency_name == "UBND xã Tân Phong"
    assert settings.printing.receipt_copies == (2,) and settings.scanner_serial_baud == 115200
    assert settings.language == "vi"
    assert parse_settings(tomllib.loads(GOOD + '\n[ui]\nlanguage = "en"\n'), environ={}).language == "en"


@pytest.mark.parametrize("text, field", [
    (GOOD + "\n[dsek]\nagency_code = \"x\"\n", "dsek"),
    (GOOD.replace("officer_name", "oficer_name"), "desk.oficer_name"),
    (GOOD + "\n[codes]\nsequence_blok = \"1-10\"\n", "codes.sequence_blok"),
    (GOOD.replace('agency_name = "UBND xã Tân Phong"', "agency_name = 5"), "desk.agency_name"),
    (GOOD.replace('place_name = "Tân Phong"', 'place_name = ["Tân Phong"]'), "desk.place_name"),
    (GOOD.replace('place_name = "Tân Phong"', f'place_name = "{"x" * 201}"'), "desk.place_name"),
    (GOOD.replace("serial_baud = 115200", 'serial_baud = "9600"'), "scanner.serial_baud"),
    (GOOD.replace("serial_baud = 115200", "serial_baud = 10000000000"), "scanner.serial_baud"),
    (GOOD.replace("serial_baud = 115200", "serial_baud = true"), "scanner.serial_baud"),
    (GOOD.replace("receipt_copies = [2]", "receipt_copies = [3]"), "printing.receipt_copies"),
    (GOOD.replace("receipt_copies = [2]", "receipt_copies = [true]"), "printing.receipt_copies"),
    (GOOD.replace('output = "pdf"', 'output = "fax"'), "printing.output"),
    (GOOD.replace('agency_code = "000.00.12.H12"', 'agency_code = "ubnd-xa"'), "desk.agency_code"),
    (GOOD + '\n[codes]\nsequence_block = "9000-1"\n', "codes.sequence_block"),
    ('desk = "Tân Phong"\n', "desk"),
    (GOOD + '\n[ui]\nlanguage = "fr"\n', "ui.language"),
    (GOOD + '\n[ui]\nlanguge = "en"\n', "ui.languge"),
])
def test_a_wrong_key_or_value_is_refused_by_name(text, field):
    messages = refused(text)
    assert field in messages, messages
    assert messages[field] and "mã lỗi" not in messages[field]


def test_every_wrong_key_is_reported_at_once():
    text = GOOD.replace("officer_name", "oficer_name") + "\n[dsek]\n"
    assert {"desk.oficer_name", "dsek"} <= set(refused(text))


def test_an_unreadable_file_names_itself(tmp_path):
    path = tmp_path / "settings.toml"
    path.write_bytes(b"[desk\nagency_name = 'x'")
    with pytest.raises(DomainError) as error:
        load_settings(path)
    assert str(path) in str(error.value)


def test_the_file_written_back_is_the_users_alone_and_keeps_comments(tmp_path):
    path = tmp_path / "config" / "settings.toml"
    path.parent.mkdir()
    path.write_text("# Ghi chú của cán bộ CNTT\n" + GOOD, encoding="utf-8")
    path.chmod(0o644)
    load_settings(path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    save_office_hours(path, OfficeHours.parse("07:00-11:00,13:00-16:30"))
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert path.read_text(encoding="utf-8").startswith("# Ghi chú của cán bộ CNTT")
    assert load_settings(path).office_hours.to_text() == "07:00-11:00,13:00-16:30"


OLD_DESK = """\
# Máy quầy số 2: không đổi gì ở đây
[desk]
agency_code = "000.00.12.H12"
agency_name = "UBND xã Tân Phong"
place_name = "Tân Phong"
officer_name = "Nguyễn Thị Lan"

[hours]
office_hours = "07:00-11:00, 13:00-16:30"

[printing]
output = "printer"
receipt_paper = "thermal80"
"""


def test_a_file_from_before_the_printer_keys_loads_to_the_same_settings_as_before():
    settings = parse_settings(tomllib.loads(OLD_DESK), environ={})
    assert settings.printing == PrintSettings(output="printer", receipt_paper="thermal80")
    assert settings.office_hours == OfficeHours.parse("07:00-11:00,13:00-16:30")
    assert settings.scanner_serial_port == "" and settings.scanner_serial_baud == 9600 and settings.language == "vi"
    assert all(settings.printing.printer_for(form) == "" for form in PRINTED_FORMS)
    assert parse_settings(tomllib.loads(GOOD), environ={}).printing == PrintSettings(output="pdf", receipt_copies=(2,))
    assert parse_settings({}, environ={}) == Settings()


def test_each_form_may_name_its_printer():
    text = GOOD.replace('output = "pdf"', 'output = "printer"\nreceipt_printer = "XP-80C"\n'
                                          'refusal_printer = "HP LaserJet M211"')
    printing = parse_settings(tomllib.loads(text), environ={}).printing
    assert printing.printer_for("receipt") == "XP-80C"
    assert printing.printer_for("refusal") == "HP LaserJet M211"
    assert printing.printer_for("supplement_request") == ""


@pytest.mark.parametrize("text, field", [
    (GOOD.replace('output = "pdf"', "receipt_printer = 80"), "printing.receipt_printer"),
    (GOOD.replace('output = "pdf"', f'refusal_printer = "{"x" * 201}"'), "printing.refusal_printer"),
    (GOOD.replace('output = "pdf"', 'reciept_printer = "XP-80C"'), "printing.reciept_printer"),
    (GOOD.replace('output = "pdf"', 'supplement_request_paper = "a5"'), "printing.supplement_request_paper"),
    (GOOD.replace('output = "pdf"', 'receipt_paper = "a5"'), "printing.receipt_paper"),
])
def test_a_wrong_printer_or_paper_key_is_refused_by_name(text, field):
    messages = refused(text)
    assert field in messages, messages


def test_the_papers_offered_are_the_papers_the_renderers_lay_out():
    from desk_app.printing.receipt import Paper
    from desk_app.services.forms import FormKind

    assert FORM_PAPERS["receipt"] == tuple(paper.value for paper in Paper)
    assert FORM_PAPERS["supplement_request"] == FORM_PAPERS["refusal"] == ("a4",)
    assert tuple(kind.settings_name for kind in FormKind if kind.settings_name) == PRINTED_FORMS == tuple(FORM_PAPERS)
    assert {kind.settings_name for kind in FormKind} - set(PRINTED_FORMS) == {None}


def settings_file(tmp_path, text: str = OLD_DESK):
    path = tmp_path / "settings.toml"
    path.write_text(text, encoding="utf-8")
    return path, load_settings(path)


def test_saving_what_the_file_already_says_leaves_it_byte_for_byte(tmp_path):
    path, current = settings_file(tmp_path)
    saved = save_preferences(path, current, Preferences.of(current), environ={})
    assert path.read_text(encoding="utf-8") == OLD_DESK
    assert saved == current


def test_saving_writes_only_the_changed_keys_and_returns_what_the_file_loads_to(tmp_path):
    path, current = settings_file(tmp_path)
    path.chmod(0o644)
    chosen = replace(Preferences.of(current), receipt_printer="XP-80C", receipt_paper="a4", scanner_mode="serial",
                     serial_port=" /dev/ttyACM0 ", serial_baud=115200, language="en")
    saved = save_preferences(path, current, chosen, environ={})
    text = path.read_text(encoding="utf-8")
    assert text.startswith(OLD_DESK.split("\n[printing]")[0])
    assert tomllib.loads(text)["printing"] == {"output": "printer", "receipt_paper": "a4", "receipt_printer": "XP-80C"}
    assert tomllib.loads(text)["scanner"] == {"serial_port": "/dev/ttyACM0", "serial_baud": 115200}
    assert '"07:00-11:00, 13:00-16:30"' in text
    assert saved == load_settings(path)
    assert (saved.printing.receipt_printer, saved.scanner_serial_port, saved.language) == ("XP-80C", "/dev/ttyACM0", "en")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600

    wedge = save_preferences(path, saved, replace(Preferences.of(saved), scanner_mode="wedge"), environ={})
    assert wedge.scanner_serial_port == "" and Preferences.of(wedge).scanner_mode == "wedge"


@pytest.mark.parametrize("change, field", [
    ({"office_hours": "07:30-11:30,11:00-17:00"}, "hours.office_hours"),
    ({"office_hours": "sáng 7 giờ"}, "hours.office_hours"),
    ({"scanner_mode": "serial", "serial_port": " "}, "scanner.serial_port"),
    ({"receipt_paper": "a5"}, "printing.receipt_paper"),
    ({"output": "fax"}, "printing.output"),
    ({"language": "fr"}, "ui.language"),
    ({"serial_baud": 300}, "scanner.serial_baud"),
])
def test_a_bad_choice_is_refused_by_name_and_writes_nothing(tmp_path, change, field):
    path, current = settings_file(tmp_path)
    chosen = replace(Preferences.of(current), refusal_printer="HP LaserJet M211", **change)
    with pytest.raises(ValidationFailed) as failed:
        save_preferences(path, current, chosen, environ={})
    assert [error.field for error in failed.value.errors] == [field]
    assert "mã lỗi" not in str(failed.value.errors[0])
    assert path.read_text(encoding="utf-8") == OLD_DESK


def test_an_output_overridden_by_the_print_folder_is_not_written_over(tmp_path):
    path, _ = settings_file(tmp_path)
    environ = {"DESK_APP_PRINT_TO": str(tmp_path / "printed")}
    current = parse_settings(tomllib.loads(OLD_DESK), environ=environ)
    assert current.printing.output == "pdf"
    save_preferences(path, current, replace(Preferences.of(current), language="en"), environ=environ)
    assert tomllib.loads(path.read_text(encoding="utf-8"))["printing"]["output"] == "printer"
