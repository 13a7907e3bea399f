"""The settings file as an IT officer edits it: every wrong key refused by name, nothing guessed."""

from __future__ import annotations

import stat
import tomllib

import pytest

from desk_app.domain.errors import DomainError, ValidationFailed
from desk_app.settings import load_settings, parse_settings, save_office_hours
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
