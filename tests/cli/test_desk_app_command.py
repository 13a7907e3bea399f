"""The `desk-app` command line as an IT officer scripts it."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from desk_app.cli import main
from intake_support import request_for
from desk_app.catalogue_file import sample_catalogue_path


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "desk_app", *args], capture_output=True, text=True, timeout=120)


def procedure_count(data_dir: Path) -> int:
    return sqlite3.connect(data_dir / "desk.sqlite3").execute("SELECT COUNT(*) FROM procedures").fetchone()[0]


def test_catalogue_import_replaces_the_catalogue(data_dir, tmp_path):
    catalogue = json.loads(sample_catalogue_path().read_text(encoding="utf-8"))["procedures"][:3]
    file = tmp_path / "province.json"
    file.write_text(json.dumps(catalogue, ensure_ascii=False), encoding="utf-8")
    result = run("--data-dir", str(data_dir), "catalogue", "import", str(file))
    assert result.returncode == 0, result.stderr
    assert "3 thủ tục" in result.stdout
    assert procedure_count(data_dir) == 3


def test_a_bad_entry_changes_nothing_and_is_reported_with_its_index(data_dir, tmp_path, capsys):
    catalogue = json.loads(sample_catalogue_path().read_text(encoding="utf-8"))["procedures"][:4]
    catalogue[2]["processing_days"] = -1
    file = tmp_path / "broken.json"
    file.write_text(json.dumps(catalogue, ensure_ascii=False), encoding="utf-8")
    assert main(["--data-dir", str(data_dir), "catalogue", "import", str(file)]) == 2
    error = capsys.readouterr().err
    assert error.startswith("Lỗi:") and "3" in error
    assert procedure_count(data_dir) > 4


def test_a_missing_file_is_a_clear_error(data_dir, capsys):
    assert main(["--data-dir", str(data_dir), "catalogue", "import", str(data_dir / "none.json")]) == 2
    assert "Không tìm thấy tệp danh mục" in capsys.readouterr().err


@pytest.fixture
def saved_code(desk):
    code = desk.intake.submit(request_for(desk)).code
    desk.close()
    return code


def test_dossier_show_json_and_print(data_dir, saved_code, tmp_path, capsys):
    assert main(["--data-dir", str(data_dir), "dossier", "show", saved_code, "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["code"] == saved_code
    assert shown["agency"] == "000.00.12.H12"
    assert shown["status"] == "received"
    assert shown["applicant"]["full_name"] == "Nguyễn Thị Thu Hằng"
    assert shown["procedure"]["code"] == "1.001193"
    assert main(["--data-dir", str(data_dir), "dossier", "print", saved_code, "--out", str(tmp_path)]) == 0
    assert (tmp_path / f"{saved_code}_mau01-giay-tiep-nhan.pdf").read_bytes().startswith(b"%PDF")


def test_unknown_dossier_exits_non_zero(data_dir, capsys):
    assert main(["--data-dir", str(data_dir), "dossier", "show", "000.00.12.H12-261123-0042"]) == 2
    assert "Không tìm thấy hồ sơ" in capsys.readouterr().err


def test_appointment_list_prints_a_days_bookings(data_dir, desk, capsys):
    from desk_app.sync import wire
    from desk_app.sync.feed import apply_page

    data = {"id": "b1", "agency_code": "000.00.12.H12", "procedure_code": "1.001193",
            "procedure_name": "Thủ tục đăng ký khai sinh", "starts_at": "2026-11-25T01:30:00Z", "minutes": 20,
            "applicant_name": "Lường Thị Hoa", "applicant_phone": "0912345678", "status": "booked",
            "updated_at": "2026-11-22T02:00:00Z"}
    with desk.database.write() as connection:
        apply_page(connection, [wire.FeedEntry(kind=wire.FeedKind.APPOINTMENT, key="b1", data=data)])
    assert main(["--data-dir", str(data_dir), "appointment", "list", "--day", "2026-11-25", "--json"]) == 0
    [listed] = json.loads(capsys.readouterr().out)
    assert listed["starts_at"] == "2026-11-25T08:30:00+07:00" and listed["minutes"] == 20
    assert listed["applicant"]["full_name"] == "Lường Thị Hoa" and listed["status"] == "booked"
    assert main(["--data-dir", str(data_dir), "appointment", "list", "--day", "2026-11-25"]) == 0
    assert "08:30–08:50  Lường Thị Hoa  0912345678  Thủ tục đăng ký khai sinh  [Đã đặt hẹn]" in capsys.readouterr().out
    assert main(["--data-dir", str(data_dir), "appointment", "list"]) == 0
    assert "Lịch hẹn ngày 23/11/2026: 0" in capsys.readouterr().out


def test_lang_picks_the_windows_language_and_nothing_else_is_accepted(data_dir, monkeypatch, capsys):
    opened = []
    monkeypatch.setattr("desk_app.app.run_gui", lambda *args: opened.append(args) or 0)
    assert main(["--data-dir", str(data_dir), "--lang", "en"]) == 0
    assert main(["--data-dir", str(data_dir)]) == 0
    assert [args[3] for args in opened] == ["en", None]
    with pytest.raises(SystemExit):
        main(["--lang", "fr"])
    assert "--lang" in capsys.readouterr().err
