"""Every time `desk-app` prints is the desk's local time with its offset, in text and in --json,
though the database keeps UTC."""

from __future__ import annotations

import json
import re
from datetime import date, datetime, timedelta, timezone

import pytest

from backup_support import backups, new_folder, save
from desk_app.cli import main
from desk_app.local_time import in_local_time, local_iso, local_offset, local_text
from desk_app.store import outbox_repo, sync_state_repo
from intake_support import MONDAY_MORNING, register_locally, request_for

LOCAL_ISO = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?\+07:00")
LOCAL_TEXT = re.compile(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\+07:00")


def printed(capsys, *args: str) -> str:
    assert main(list(args)) in (0, 1)
    return capsys.readouterr().out


def test_an_instant_is_spelled_in_local_time_with_its_offset():
    moment = datetime(2026, 11, 23, 2, 15, 30, 123456, tzinfo=timezone.utc)
    assert local_iso(moment) == "2026-11-23T09:15:30.123456+07:00"
    assert local_text(moment) == "2026-11-23 09:15:30+07:00"
    assert local_offset(date(2026, 11, 23)) == "+07:00"
    with pytest.raises(ValueError):
        local_text(datetime(2026, 11, 23, 9, 15))


def test_only_the_time_keys_are_respelled_and_a_time_without_offset_is_left_as_written():
    data = {"at": "2026-11-23T02:15:00Z", "note": "2026-11-23T02:15:00Z", "due_at": None,
            "events": [{"at": "2026-11-23T02:15:00+00:00"}], "starts_at": "2026-11-23T09:15:00",
            "created_at": "không phải giờ"}
    assert in_local_time(data) == {"at": "2026-11-23T09:15:00+07:00", "note": "2026-11-23T02:15:00Z", "due_at": None,
                                   "events": [{"at": "2026-11-23T09:15:00+07:00"}],
                                   "starts_at": "2026-11-23T09:15:00", "created_at": "không phải giờ"}


@pytest.fixture
def saved_code(desk):
    code = desk.intake.submit(request_for(desk)).code
    desk.close()
    return code


def test_dossier_show_prints_its_times_local(data_dir, saved_code, capsys):
    shown = json.loads(printed(capsys, "--data-dir", str(data_dir), "dossier", "show", saved_code, "--json"))
    times = [shown["received_at"], shown["due_at"], *(event["at"] for event in shown["events"])]
    assert all(LOCAL_ISO.fullmatch(value) for value in times), times
    assert abs(datetime.fromisoformat(shown["events"][0]["at"]) - MONDAY_MORNING) < timedelta(minutes=1)
    text = printed(capsys, "--data-dir", str(data_dir), "dossier", "show", saved_code)
    assert re.search(rf"Tiếp nhận: {LOCAL_TEXT.pattern}  Hẹn trả: 2026-11-23 17:00:00\+07:00", text), text


@pytest.fixture
def synced(desk):
    """The desk, with a change waiting, whose last good sync was at 09:10 local, stored as 02:10 UTC."""
    desk.intake.submit(request_for(desk))
    register_locally(desk)
    with desk.database.write() as connection:
        sync_state_repo.put(connection, {"last_success": "2026-11-23T02:10:00+00:00"})
    return desk


def test_sync_status_prints_the_last_sync_and_the_refusals_local(synced, data_dir, capsys):
    with synced.database.write() as connection:
        (op_id,) = connection.execute("SELECT op_id FROM outbox").fetchone()
        outbox_repo.set_aside(connection, op_id, "sync.wrong_agency", "Sai cơ quan.", "2026-11-23T02:20:00+00:00")
    status = json.loads(printed(capsys, "--data-dir", str(data_dir), "sync", "status", "--json"))
    assert status["last_success"] == "2026-11-23T09:10:00+07:00"
    assert [problem["at"] for problem in status["problem_list"]] == ["2026-11-23T09:20:00+07:00"]
    text = printed(capsys, "--data-dir", str(data_dir), "sync", "status")
    assert "Lần đồng bộ tốt gần nhất: 2026-11-23 09:10:00+07:00" in text


def test_the_doctor_names_the_last_sync_and_backup_in_local_time(synced, data_dir, keyring_file, capsys):
    backups(data_dir).run_daily()
    checks = {check["check"]: check for check in json.loads(printed(capsys, "--data-dir", str(data_dir), "doctor",
                                                                    "--json"))}
    assert "2026-11-23 09:10:00+07:00" in checks["sync"]["message"] and "02:10" not in checks["sync"]["message"]
    assert re.search(rf"\(lúc {LOCAL_TEXT.pattern}\)", checks["backup"]["message"]), checks["backup"]


def test_the_appointment_list_says_which_zone_its_times_of_day_are_in(data_dir, desk, capsys):
    desk.close()
    assert "Lịch hẹn ngày 23/11/2026: 0 (múi giờ +07:00)" in printed(capsys, "--data-dir", str(data_dir),
                                                                      "appointment", "list")


def test_backup_and_restore_print_when_the_backup_was_made(tmp_path, at_monday_morning, capsys):
    folder = new_folder(tmp_path, "desk")
    save(folder, 1)
    out = tmp_path / "sao-luu.zip"
    backed_up = printed(capsys, "--data-dir", str(folder), "backup", "--out", str(out))
    assert re.search(rf"\(lược đồ \w+, {LOCAL_TEXT.pattern}\)\.", backed_up), backed_up
    restored = printed(capsys, "--data-dir", str(tmp_path / "may-moi"), "restore", str(out))
    assert re.search(rf"Đã khôi phục bản sao lưu lúc {LOCAL_TEXT.pattern} ", restored), restored
