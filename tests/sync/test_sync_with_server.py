"""Desks syncing with a real provincial server over HTTP on loopback, on SQLite and on PostgreSQL."""

from __future__ import annotations

import base64
import json
import sqlite3
import uuid
from dataclasses import replace
from datetime import datetime, time, timedelta

import pytest

from desk_app.clock import LOCAL_TZ
from desk_app.domain.errors import DomainError
from desk_app.services.changes import Kind
from desk_app.store import code_blocks, outbox_repo
from sync_support import intake, provincial, server_dossiers


def server_show(province, code: str) -> dict:
    return json.loads(provincial(province.db_url, "dossier", "show", code, "--json"))


def test_registration_keeps_the_token_in_the_keyring_only(province, agency, open_desk, keyring_file):
    desk = open_desk()
    with pytest.raises(DomainError) as wrong:
        desk.sync.register(province.url, agency.username, "sai-mat-khau", "Quầy 1")
    assert wrong.value.field == "password" and "mật khẩu" in str(wrong.value)
    assert not desk.sync.status().registered
    result = desk.sync.register(province.url + "/", agency.username, agency.password, "Quầy 1")
    assert result.agency_code == agency.code and result.reserve_first >= 9000
    status = desk.sync.status()
    assert status.registered and status.server_url == province.url and not status.needs_login

    import keyring

    token = keyring.get_password("mot-cua-desk", f"{province.url}#{result.device_id}")
    assert token and base64.b64encode(token.encode()).decode() in keyring_file.read_text(encoding="utf-8")
    assert desk.sync.run_once().ok
    desk.database.close()
    for file in [*desk.data_dir.iterdir()]:
        assert token.encode() not in file.read_bytes(), file
    settings = (desk.data_dir / "settings.toml").read_text(encoding="utf-8")
    assert agency.code in settings and "Phạm Thị Mai" in settings and "07:00-11:00,13:00-16:30" in settings


def test_offline_intakes_reach_the_server_exactly_once(province, agency, registered):
    desk = registered()
    province.server.stop()
    try:
        codes = [intake(desk, i).code for i in range(3)]
        report = desk.sync.run_once()
        assert not report.ok and report.online is False and report.error_code == "sync.offline"
        assert province.url in report.error and report.pending == 3
        status = desk.sync.status()
        assert status.online is False and status.pending == 3 and status.last_error == report.error
        assert desk.sync.next_delay() > desk.sync.next_delay(0) * 0.8
    finally:
        province.server.start()
    with desk.database.read() as connection:
        sent = outbox_repo.pending_batch(connection, 0, 10)
    report = desk.sync.run_once()
    assert report.ok and report.pushed == 3 and report.pending == 0 and report.online
    assert sorted(d["code"] for d in server_dossiers(province, agency.code)) == sorted(codes)
    # The answers were lost: the same operations go again and are recognised, not applied twice.
    with desk.database.write() as connection:
        for row in sent:
            outbox_repo.enqueue(connection, row.kind, row.dossier_code, row.payload_json,
                                datetime.fromisoformat(row.created_at))
            connection.execute("UPDATE outbox SET op_id = ? WHERE id = (SELECT MAX(id) FROM outbox)", (row.op_id,))
    again = desk.sync.run_once()
    assert again.ok and again.pushed == 0 and again.duplicates == 3
    assert desk.sync.run_once().pushed == 0
    assert len(server_dossiers(province, agency.code)) == 3


def test_a_rejected_operation_is_set_aside_and_the_rest_goes_on(province, agency, registered):
    desk = registered()
    first = intake(desk, 0).code
    assert desk.sync.run_once().ok
    # A status move that belongs to the back office, and then an ordinary intake behind it.
    with desk.database.write() as connection:
        outbox_repo.enqueue(connection, "dossier.status", first,
                            json.dumps({"to": "in_progress", "at": datetime.now(LOCAL_TZ).isoformat(),
                                        "officer": "Phạm Thị Mai"}), datetime.now(LOCAL_TZ))
    second = intake(desk, 1).code
    report = desk.sync.run_once()
    assert report.rejected == 1 and report.pushed == 1 and report.pending == 0 and report.ok
    problems = desk.sync.problems()
    assert [(p.dossier_code, p.reason_code) for p in problems] == [(first, "sync.not_owner")]
    assert "bộ phận giải quyết" in problems[0].reason
    assert desk.lookup.get(first).sync_problem == problems[0]
    assert desk.lookup.get(second).sync_problem is None
    assert desk.sync.status().problems == 1
    assert {d["code"] for d in server_dossiers(province, agency.code)} == {first, second}
    changes = desk.sync.retry(problems[0].op_id)
    assert changes.ids(Kind.DOSSIER) == {first} and desk.sync.status().pending == 1
    assert desk.sync.run_once().rejected == 1
    assert [p.reason_code for p in desk.sync.problems()] == ["sync.not_owner"]
    with pytest.raises(DomainError):
        desk.sync.retry("00000000-0000-0000-0000-000000000000")


def test_an_intake_of_another_agency_is_refused_with_the_reason(province, agency, registered):
    desk = registered()
    code = intake(desk).code
    with desk.database.write() as connection:
        payload = json.loads(connection.execute("SELECT payload_json FROM outbox WHERE dossier_code = ?",
                                                (code,)).fetchone()[0])
        forged = code.replace(agency.code, "000.00.12.H12")
        outbox_repo.enqueue(connection, "dossier.intake", forged,
                            json.dumps({**payload, "code": forged, "agency_code": "000.00.12.H12",
                                        "uuid": str(uuid.uuid4())}), datetime.fromisoformat(payload["received_at"]))
    report = desk.sync.run_once()
    assert report.pushed == 1 and report.rejected == 1
    (problem,) = desk.sync.problems()
    assert problem.dossier_code == forged and problem.reason_code == "sync.wrong_agency"
    assert "000.00.12.H12" in problem.reason


def test_the_back_office_status_reaches_the_desk_and_both_print_the_same(province, agency, registered):
    desk = registered()
    code = intake(desk).code
    assert desk.sync.run_once().ok
    provincial(province.db_url, "dossier", "advance", code, "--to", "in_progress", "--officer", "Phòng Tư pháp")
    provincial(province.db_url, "dossier", "advance", code, "--to", "result_ready")
    report = desk.sync.run_once()
    assert report.ok and code in report.changes.ids(Kind.DOSSIER)
    assert desk.lookup.get(code).status.value == "result_ready"
    assert desk.lookup.get(code).as_json() == server_show(province, code)


def test_bookings_reach_every_desk_of_the_agency_and_so_does_a_cancellation(province, agency, registered):
    from desk_app.domain.appointment import AppointmentStatus
    from desk_app.domain.working_calendar import WorkingCalendar

    first, second = registered("quay-1"), registered("quay-2")
    day = WorkingCalendar().add_working_days(datetime.now(LOCAL_TZ).date(), 2)

    def book(at: str, name: str, phone: str) -> str:
        return provincial(province.db_url, "appointment", "book", "--agency", agency.code, "--procedure", "1.001193",
                          "--at", f"{day}T{at}", "--name", name, "--phone", phone).strip()

    late = book("14:00", "Vàng A Páo", "0868 111 222")
    early = book("07:30", "Lường Thị Hoa", "0912345678")
    for desk in (first, second):
        report = desk.sync.run_once()
        assert report.ok and report.changes.touches(Kind.APPOINTMENT)
        listed = desk.appointments.day(day)
        assert [(a.id, f"{a.starts_at:%H:%M}", a.applicant_name, a.applicant_phone, a.status) for a in listed] == [
            (early, "07:30", "Lường Thị Hoa", "0912345678", AppointmentStatus.BOOKED),
            (late, "14:00", "Vàng A Páo", "0868111222", AppointmentStatus.BOOKED)]
        assert listed[0].procedure_name == "Thủ tục đăng ký khai sinh" and listed[0].minutes == 15
        assert desk.appointments.day(WorkingCalendar().next_working_day(day)) == []
    provincial(province.db_url, "appointment", "cancel", late)
    report = first.sync.run_once()
    assert report.ok and report.changes.touches(Kind.APPOINTMENT)
    assert [a.status for a in first.appointments.day(day)] == [AppointmentStatus.BOOKED, AppointmentStatus.CANCELLED]
    assert [a.status for a in second.appointments.day(day)] == [AppointmentStatus.BOOKED, AppointmentStatus.BOOKED]
    assert not first.sync.run_once().changes.touches(Kind.APPOINTMENT)


def test_two_offline_desks_of_one_agency_never_print_the_same_code(province, agency, registered):
    first, second = registered("quay-1"), registered("quay-2")
    with first.database.read() as connection:
        leased = code_blocks.unused_leased(connection, agency.code, [datetime.now(LOCAL_TZ).date()])
    per_desk = next(iter(leased.values())) + 3
    codes = [intake(desk, i).code for i in range(per_desk) for desk in (first, second)]
    assert len(set(codes)) == len(codes) == 2 * per_desk
    assert first.sync.status().on_reserve_today and second.sync.status().on_reserve_today
    assert any(code.endswith(tuple(f"-{n}" for n in range(9000, 10000))) for code in codes)
    for desk in (first, second):
        report = desk.sync.run_once()
        assert report.ok and report.rejected == 0, report
    assert sorted(d["code"] for d in server_dossiers(province, agency.code)) == sorted(codes)
    first.sync.run_once()
    assert len(first.lookup.find("Nguyễn Văn An", limit=500)) == len([c for i, c in enumerate(codes) if (i // 2) % 3 == 0])


def test_leases_are_topped_up_at_every_sync(province, agency, registered):
    desk = registered()
    today = datetime.now(LOCAL_TZ).date()
    with desk.database.read() as connection:
        days = connection.execute("SELECT COUNT(DISTINCT day) FROM code_blocks WHERE source = 'lease'").fetchone()[0]
        before = code_blocks.unused_leased(connection, agency.code, [today])[today]
    assert days == 11 and before >= 20
    for i in range(5):
        intake(desk, i)
    report = desk.sync.run_once()
    assert report.ok and report.leased >= 5
    with desk.database.read() as connection:
        assert code_blocks.unused_leased(connection, agency.code, [today])[today] >= 20


def test_the_province_catalogue_calendar_and_officers_replace_the_sample(province, agency, open_desk, tmp_path):
    holiday = datetime.now(LOCAL_TZ).date() + timedelta(days=300)
    provincial(province.db_url, "calendar", "set", holiday.isoformat(), "--holiday", "--note", "Nghỉ bù")
    desk = open_desk()
    desk.sync.register(province.url, agency.username, agency.password, "Quầy 1")
    assert desk.calendar.is_working_day(holiday) or holiday.weekday() >= 5
    assert desk.sync.run_once().ok
    assert not desk.calendar.is_working_day(holiday)
    with desk.database.read() as connection:
        sources = dict(connection.execute("SELECT source, COUNT(*) FROM procedures WHERE active GROUP BY source"))
        officers = [r[0] for r in connection.execute("SELECT username FROM officers")]
    assert set(sources) == {"server"} and sources["server"] == len(desk.catalogue.all())
    assert agency.username in officers


def test_due_dates_agree_with_the_server_for_every_procedure(province, agency, registered):
    from provincial.db import make_engine
    from provincial.rules import AgencyRules

    desk = registered()
    engine = make_engine(province.db_url)
    try:
        with engine.connect() as connection:
            rules = AgencyRules(connection, agency.code)
    finally:
        engine.dispose()
    start = datetime.now(LOCAL_TZ).date()
    moments = [datetime.combine(start + timedelta(days=d), t, LOCAL_TZ)
               for d in range(0, 21) for t in (time(6, 50), time(10, 59), time(15, 1), time(16, 45))]
    procedures = desk.catalogue.all()
    assert {p.code for p in procedures} == set(rules.procedures)
    for procedure in procedures:
        for moment in moments:
            assert desk.intake.plan_due(procedure, moment) == rules.plan(rules.procedures[procedure.code], moment), \
                (procedure.code, moment)


def test_a_revoked_device_is_asked_to_log_in_again(province, agency, registered):
    import keyring

    desk = registered()
    device = desk.sync.status().device_id
    token = keyring.get_password("mot-cua-desk", f"{province.url}#{device}")
    provincial(province.db_url, "device", "revoke", device)
    intake(desk)
    report = desk.sync.run_once()
    assert not report.ok and report.error_code == "sync.needs_login" and "đăng nhập lại" in report.error
    assert token not in repr(report) and token not in json.dumps(desk.sync.status().as_json())
    assert desk.sync.status().needs_login and desk.sync.status().online
    assert desk.sync.run_once().error_code == "sync.needs_login"
    desk.sync.register(province.url, agency.username, agency.password, "Quầy 1")
    assert not desk.sync.status().needs_login
    assert desk.sync.run_once().ok and desk.sync.status().pending == 0


def test_a_desk_clock_off_by_minutes_is_reported(province, agency, registered, time_machine):
    desk = registered()
    time_machine.move_to(datetime.now(LOCAL_TZ) + timedelta(minutes=7), tick=True)
    report = desk.sync.run_once()
    assert any("lệch 7 phút" in w for w in report.warnings), report.warnings
    status = desk.sync.status()
    assert status.clock_skew_s is not None and 400 < status.clock_skew_s < 440
    assert "lệch 7 phút" in status.clock_warning


def test_a_desk_clock_days_off_gets_no_leases_but_still_pulls(province, agency, registered, time_machine):
    from desk_app.domain.working_calendar import WorkingCalendar

    desk = registered()
    day = WorkingCalendar().add_working_days(datetime.now(LOCAL_TZ).date(), 2)
    provincial(province.db_url, "appointment", "book", "--agency", agency.code, "--procedure", "1.001193",
               "--at", f"{day}T08:00", "--name", "Lường Thị Hoa", "--phone", "0912345678")
    time_machine.move_to(datetime.now(LOCAL_TZ) - timedelta(days=45), tick=True)
    report = desk.sync.run_once()
    assert report.ok and report.leased == 0, report.error
    assert any("Chỉ cấp số thứ tự" in w for w in report.warnings), report.warnings
    assert any("Đồng hồ máy này lệch" in w for w in report.warnings), report.warnings
    assert [a.applicant_name for a in desk.appointments.day(day)] == ["Lường Thị Hoa"]


def test_a_registration_whose_answer_was_lost_leaves_no_orphan_device(province, agency, open_desk):
    from collections import deque

    from fault_proxy import Fault, FaultPlan, FaultProxy

    lose_first = FaultPlan(scripted=deque([(Fault.DROP_RESPONSE, lambda method, path: path.endswith("/devices"))]))
    with FaultProxy(("127.0.0.1", province.server.port), lose_first) as proxy:
        desk = open_desk()
        result = desk.sync.register(proxy.url, agency.username, agency.password, "Quầy 1")
        assert [(e.path, e.fault) for e in proxy.exchanges][:2] == [
            ("/api/v1/devices", Fault.DROP_RESPONSE), ("/api/v1/devices", Fault.NONE)]
        assert desk.sync.run_once().ok
    devices = provincial(province.db_url, "device", "list", "--agency", agency.code).strip().splitlines()
    assert len(devices) == 1 and devices[0].startswith(result.device_id)
    assert (result.reserve_first, result.reserve_last) == (9000, 9049)


def test_closing_the_desk_stops_a_cycle_waiting_to_retry(province, agency, open_desk):
    import threading
    import time as clock

    from fault_proxy import Fault, FaultPlan, FaultProxy
    from desk_app.sync.backoff import RetryPolicy

    failing = FaultPlan(applies_to=lambda method, path: path.endswith("/operations"), weights={Fault.ERROR_500: 1.0})
    with FaultProxy(("127.0.0.1", province.server.port), failing) as proxy:
        desk = open_desk()
        desk.sync.register(proxy.url, agency.username, agency.password, "Quầy 1")
        intake(desk)
        before = desk.sync.status()
        desk.sync.settings = replace(desk.sync.settings, retry_policy=RetryPolicy(attempts=5, first_wait_s=30, max_wait_s=30))
        reports = []
        cycle = threading.Thread(target=lambda: reports.append(desk.sync.run_once()))
        cycle.start()
        deadline = clock.monotonic() + 10
        while not any(e.path.endswith("/operations") for e in proxy.exchanges) and clock.monotonic() < deadline:
            clock.sleep(0.02)
        stopped_at = clock.monotonic()
        desk.sync.stop()
        cycle.join(timeout=5)
        assert not cycle.is_alive() and clock.monotonic() - stopped_at < 2
    [report] = reports
    assert report.error_code == "sync.stopped" and report.pending == 1 and "đang đóng" in report.error
    after = desk.sync.status()
    assert (after.last_error, after.pending) == (before.last_error, 1)


def test_the_health_check_says_whether_the_registered_server_answers(province, agency, open_desk):
    desk = open_desk("desk")
    assert desk.sync.server_answers() is False
    desk.sync.register(province.url, agency.username, agency.password, "desk")
    before = desk.sync.status()
    assert desk.sync.server_answers() is True
    province.server.stop()
    try:
        assert desk.sync.server_answers() is False
    finally:
        province.server.start()
    assert desk.sync.server_answers() is True
    assert desk.sync.status() == before


def test_the_command_line(province, agency, tmp_path, keyring_file):
    import os
    import subprocess
    import sys

    data = tmp_path / "cli-desk"
    data.mkdir()

    def desk_app(*args: str, input: str | None = None) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "desk_app", "--data-dir", str(data), *args], input=input,
                              capture_output=True, text=True, timeout=60, env=dict(os.environ))

    wrong = desk_app("sync", "register", "--server", province.url, "--username", agency.username, input="sai\n")
    assert wrong.returncode == 2 and "mật khẩu" in wrong.stderr
    ok = desk_app("sync", "register", "--server", province.url, "--username", agency.username,
                  "--device-name", "Quầy CLI", input=agency.password + "\n")
    assert ok.returncode == 0, ok.stderr
    once = desk_app("sync", "--once")
    assert once.returncode == 0, once.stderr
    status = json.loads(desk_app("sync", "status", "--json").stdout)
    assert status["online"] is True and status["pending"] == 0 and status["problems"] == 0
    assert datetime.fromisoformat(status["last_success"])
    device = status["device_id"]
    provincial(province.db_url, "device", "revoke", device)
    failed = desk_app("sync", "--once")
    assert failed.returncode == 1 and "đăng nhập lại" in failed.stderr
    assert sqlite3.connect(data / "desk.sqlite3").execute("SELECT COUNT(*) FROM sync_state").fetchone()[0] > 0


def test_damaged_rows_are_set_aside_and_a_backlog_goes_in_many_batches(province, agency, registered):
    """Rows the desk cannot put on the wire never reach the server nor block the rows behind them,
    whichever batch they fall in; every other row is pushed once, in order, two batches at a time
    in the making."""
    desk = registered()
    desk.sync.settings = replace(desk.sync.settings, batch_size=3)
    codes = [intake(desk, i).code for i in range(8)]
    with desk.database.write() as connection:
        ids = [row[0] for row in connection.execute("SELECT id FROM outbox ORDER BY id")]
        connection.execute("UPDATE outbox SET payload_json = '{\"code\": ' WHERE id = ?", (ids[1],))
        connection.execute("UPDATE outbox SET created_at = '2026-11-23 08:00' WHERE id = ?", (ids[5],))
    seen: list[tuple[int, int, str]] = []
    report = desk.sync.run_once(lambda done, total, phase: seen.append((done, total, phase)))
    assert report.ok and report.pushed == 6 and report.rejected == 2 and report.pending == 0
    assert [(done, total) for done, total, phase in seen if phase == "push"] == [(3, 8), (6, 8), (8, 8)]
    problems = desk.sync.problems()
    assert [(p.dossier_code, p.reason_code) for p in problems] == [(codes[1], "sync.payload_invalid"),
                                                                   (codes[5], "sync.payload_invalid")]
    assert "created_at" in problems[1].reason
    assert sorted(d["code"] for d in server_dossiers(province, agency.code)) == sorted(
        code for i, code in enumerate(codes) if i not in (1, 5))
