"""`desk-app doctor` on a healthy desk and on desks with something wrong: one line a check, exit 1 on any failure."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from backup_support import backups, save
from desk_app.cli import main
from desk_app.clock import LOCAL_TZ
from desk_app.doctor import run_checks
from desk_app.gui import machine_probe
from desk_app.store import outbox_repo, set_aside_repo
from desk_app.sync import credentials
from intake_support import register_locally

ALL_CHECKS = ["settings", "database", "permissions", "disk", "keyring", "server", "printers", "fonts", "backup",
              "sync"]


def make_private(folder: Path) -> None:
    """What the desk does to its data folder when it opens it: its OS user only."""
    for path in [folder, *folder.rglob("*")]:
        path.chmod(0o700 if path.is_dir() else 0o600)


@pytest.fixture
def healthy(qapp, data_dir, keyring_file, tmp_path, monkeypatch) -> Path:
    printed = tmp_path / "printed"
    printed.mkdir()
    monkeypatch.setenv("DESK_APP_PRINT_TO", str(printed))
    save(data_dir, 2)
    backups(data_dir).run_daily()
    make_private(data_dir)
    return data_dir


def by_name(folder: Path) -> dict[str, object]:
    return {check.check: check for check in run_checks(folder, True)}


def test_a_healthy_desk_passes_every_check(healthy, capsys):
    assert main(["--data-dir", str(healthy), "doctor"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == len(ALL_CHECKS) and all(line.startswith("[ĐẠT] ") for line in lines)
    assert main(["--data-dir", str(healthy), "doctor", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert [entry["check"] for entry in report] == ALL_CHECKS
    assert all(entry["ok"] is True and entry["message"] for entry in report)


@pytest.mark.parametrize("where", ["header", "pages"])
def test_a_damaged_database_is_named_never_a_traceback(healthy, capsys, where):
    database = healthy / "desk.sqlite3"
    data = bytearray(database.read_bytes())
    if where == "header":
        data[:100] = b"\0" * 100
    else:
        data[4096 * 2:4096 * 6] = b"\xa5" * 4096 * 4
    database.write_bytes(bytes(data))
    assert main(["--data-dir", str(healthy), "doctor", "--json"]) == 1
    captured = capsys.readouterr()
    assert "Traceback" not in captured.out + captured.err
    report = {entry["check"]: entry for entry in json.loads(captured.out)}
    assert report["database"]["ok"] is False
    assert str(database) in report["database"]["message"] and "bị hỏng" in report["database"]["message"]
    assert "desk-app restore" in report["database"]["message"] and "backups" in report["database"]["message"]
    assert report["sync"]["ok"] is False and report["fonts"]["ok"] is True


def test_files_other_users_can_read_are_named(healthy):
    (healthy / "desk.sqlite3").chmod(0o644)
    check = by_name(healthy)["permissions"]
    assert not check.ok and str(healthy / "desk.sqlite3") in check.message and "chmod 600" in check.message


def test_an_old_or_missing_backup_fails(healthy, time_machine):
    time_machine.move_to(datetime.now(LOCAL_TZ) + timedelta(days=5), tick=True)
    check = by_name(healthy)["backup"]
    assert not check.ok and "5 ngày" in check.message
    backups(healthy).latest()[1].unlink()
    assert "Chưa có bản sao lưu" in by_name(healthy)["backup"].message


def test_printers_the_settings_send_to_must_exist(healthy, monkeypatch):
    monkeypatch.delenv("DESK_APP_PRINT_TO")
    monkeypatch.setattr(machine_probe, "printers", lambda: machine_probe.Printers((), ""))
    check = by_name(healthy)["printers"]
    assert not check.ok and "chưa cài máy in" in check.message
    monkeypatch.setattr(machine_probe, "printers", lambda: machine_probe.Printers(("HP LaserJet", "Canon"), "Canon"))
    assert by_name(healthy)["printers"].ok
    with open(healthy / "settings.toml", "a", encoding="utf-8") as settings:
        settings.write('[printing]\noutput = "printer"\n')
    monkeypatch.setattr(machine_probe, "printers", lambda: machine_probe.Printers(("HP LaserJet",), ""))
    check = by_name(healthy)["printers"]
    assert not check.ok and "máy in mặc định" in check.message and "HP LaserJet" in check.message


def test_a_printer_chosen_for_a_form_must_be_on_this_pc(healthy, monkeypatch):
    monkeypatch.delenv("DESK_APP_PRINT_TO")
    with open(healthy / "settings.toml", "a", encoding="utf-8") as settings:
        settings.write('[printing]\noutput = "printer"\nreceipt_printer = "XP-80C"\n')
    monkeypatch.setattr(machine_probe, "printers", lambda: machine_probe.Printers(("HP LaserJet",), "HP LaserJet"))
    check = by_name(healthy)["printers"]
    assert not check.ok and "XP-80C" in check.message and "HP LaserJet" in check.message
    monkeypatch.setattr(machine_probe, "printers", lambda: machine_probe.Printers(("HP LaserJet", "XP-80C"), ""))
    check = by_name(healthy)["printers"]
    assert not check.ok and "máy in mặc định" in check.message
    with open(healthy / "settings.toml", "a", encoding="utf-8") as settings:
        settings.write('supplement_request_printer = "HP LaserJet"\nrefusal_printer = "HP LaserJet"\n'
                       'booking_slip_printer = "HP LaserJet"\n')
    assert by_name(healthy)["printers"].ok


def test_no_usable_keyring_and_a_lost_token_fail(healthy, monkeypatch):
    import keyring.core

    from desk_app.services.desk import Desk

    desk = Desk.open(healthy)
    register_locally(desk)
    desk.close()
    check = by_name(healthy)["keyring"]
    assert not check.ok and "đăng nhập lại" in check.message
    credentials.store_token("http://127.0.0.1:1", "d-1", "bi-mat")
    assert by_name(healthy)["keyring"].ok
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    keyring.core.init_backend()
    check = by_name(healthy)["keyring"]
    assert not check.ok and "Credential Manager" in check.message


def test_an_unreachable_or_unencrypted_server_fails(healthy):
    from desk_app.services.desk import Desk
    from desk_app.store import sync_state_repo

    desk = Desk.open(healthy)
    register_locally(desk)
    desk.close()
    check = by_name(healthy)["server"]
    assert not check.ok and "Không kết nối được máy chủ tỉnh http://127.0.0.1:1" in check.message
    desk = Desk.open(healthy)
    with desk.database.write() as connection:
        sync_state_repo.put(connection, {"server_url": "http://motcua.hungyen.gov.vn"})
    desk.close()
    check = by_name(healthy)["server"]
    assert not check.ok and "https://" in check.message


def test_set_aside_changes_and_a_backlog_fail_the_sync_check(healthy):
    from desk_app.services.desk import Desk

    desk = Desk.open(healthy)
    register_locally(desk)
    with desk.database.write() as connection:
        first = outbox_repo.pending_batch(connection, 0, 1)[0]
        outbox_repo.set_aside(connection, first.op_id, "sync.code_taken", "Mã hồ sơ đã được dùng",
                              "2026-11-23T09:00:00+07:00")
        set_aside_repo.add(connection, "dossier", "x", {"code": 5}, "feed.invalid", {"detail": "code"},
                           "2026-11-23T09:00:00+07:00")
    desk.close()
    check = by_name(healthy)["sync"]
    assert not check.ok and "1 thay đổi bị hệ thống tỉnh từ chối" in check.message
    assert "1 bản ghi từ hệ thống tỉnh không dùng được" in check.message
    assert "1 thay đổi chưa gửi được" in check.message and "chưa có" in check.message


def test_a_check_that_breaks_does_not_stop_the_others(healthy, monkeypatch):
    def broken():
        raise RuntimeError("cups went away")

    monkeypatch.delenv("DESK_APP_PRINT_TO")
    monkeypatch.setattr(machine_probe, "printers", broken)
    checks = by_name(healthy)
    assert not checks["printers"].ok and "cups went away" in checks["printers"].message
    assert checks["fonts"].ok and checks["backup"].ok


def test_a_folder_never_opened_says_what_to_do(qapp, tmp_path):
    checks = by_name(tmp_path / "moi")
    assert not checks["database"].ok and "mở phần mềm" in checks["database"].message
    assert not checks["settings"].ok and not checks["permissions"].ok
    assert not (tmp_path / "moi").exists(), "the doctor creates nothing"
