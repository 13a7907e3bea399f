"""The window's side of sync, driven as an officer drives it, against a real provincial server:
register through the dialog, see online/offline, pending and rejected changes, sync with F5, and
keep working while the server is away — the sync resumes by itself when it is back."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import datetime

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialog

from intake_support import request_for
from sync_support import provincial
from tests_gui_support import close_window, type_text

pytestmark = pytest.mark.parametrize("province", ["sqlite"], indirect=True)

WAIT_MS = 15000


@pytest.fixture
def window(qtbot, open_desk, tmp_path, monkeypatch):
    from desk_app.app import create_main_window
    from desk_app.sync.backoff import RetryPolicy

    open_desk("desk").close()
    monkeypatch.setenv("DESK_APP_PRINT_TO", str(tmp_path / "printed"))
    main = create_main_window(tmp_path / "desk")
    main.desk.sync.settings = replace(main.desk.sync.settings, retry_policy=RetryPolicy(attempts=1, first_wait_s=0.01, max_wait_s=0.01))
    main.desk.sync.settings = replace(main.desk.sync.settings, timeout_s=3.0)
    with qtbot.waitActive(main):
        main.show()
    yield main
    close_window(main)


def register_through_dialog(qtbot, window, server_url: str, username: str, password: str) -> list[str]:
    """Open Đồng bộ → Đăng ký, type as the officer does and press Enter; returns what the dialog
    said under the password field on each try (a wrong password first, then the right one)."""
    said: list[str] = []

    def fill(attempts: list[str]) -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or dialog.objectName() != "RegistrationDialog":
            QTimer.singleShot(20, lambda: fill(attempts))
            return
        form = dialog.form
        form.registrationServer.clear()
        type_text(form.registrationServer, server_url)
        type_text(form.registrationUsername, username)
        for attempt in attempts:
            form.registrationPassword.clear()
            type_text(form.registrationPassword, attempt)
            qtbot.keyClick(form.registrationPassword, Qt.Key.Key_Return)
            qtbot.waitUntil(lambda: not form.registrationBusy.isVisible(), timeout=WAIT_MS)
            if dialog.result() == QDialog.DialogCode.Accepted:
                return
            said.append(form.registrationPasswordError.text())

    QTimer.singleShot(0, lambda: fill(["sai-mat-khau", password]))
    window.findChild(QAction, "actionRegister").trigger()
    return said


def test_register_sync_and_see_the_state_at_a_glance(qtbot, window, province, agency):
    view = window.sync_view
    assert "Chưa đăng ký" in view.connection.text()

    said = register_through_dialog(qtbot, window, province.url, agency.username, agency.password)

    assert said == ["Tên đăng nhập hoặc mật khẩu không đúng."]
    qtbot.waitUntil(lambda: "Trực tuyến" in view.connection.text(), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not window.sync.is_running, timeout=WAIT_MS)
    assert window.desk.settings.profile.agency_code == agency.code
    assert agency.code in window.windowTitle() or "Phạm Thị Mai" in window.windowTitle()
    assert view.last_success.text().startswith("Đồng bộ lần cuối")

    window.operations.run(lambda: window.desk.intake.submit(request_for(window.desk)))
    qtbot.waitUntil(lambda: view.pending.text().startswith("1 "), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: view.pending.text().startswith("0 "), timeout=WAIT_MS)
    listed = json.loads(provincial(province.db_url, "dossier", "list", "--agency", agency.code, "--json"))
    assert len(listed) == 1


def online_then_one_saved_offline(qtbot, window, province, agency) -> list:
    """Register, see the desk online, stop the server, sync (which fails) and save one dossier; the
    server stays stopped for the caller to start again. Returns the saved intake (in a list)."""
    register_through_dialog(qtbot, window, province.url, agency.username, agency.password)
    view = window.sync_view
    qtbot.waitUntil(lambda: "Trực tuyến" in view.connection.text(), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not window.sync.is_running, timeout=WAIT_MS)
    province.server.stop()
    qtbot.mouseClick(view.sync_now, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Mất kết nối" in view.connection.text(), timeout=WAIT_MS)
    saved = []
    window.operations.run(lambda: window.desk.intake.submit(request_for(window.desk)), saved.append)
    qtbot.waitUntil(lambda: bool(saved) and view.pending.text().startswith("1 "), timeout=WAIT_MS)
    return saved


def test_offline_work_goes_on_and_sync_resumes_by_itself(qtbot, window, province, agency):
    window.desk.sync.next_delay = lambda failures: 0.3
    try:
        saved = online_then_one_saved_offline(qtbot, window, province, agency)
        assert "Không kết nối được máy chủ tỉnh" in window.sync_view.connection.toolTip()
    finally:
        province.server.start()

    view = window.sync_view
    qtbot.waitUntil(lambda: "Trực tuyến" in view.connection.text(), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: view.pending.text().startswith("0 "), timeout=WAIT_MS)
    shown = json.loads(provincial(province.db_url, "dossier", "show", saved[0].code, "--json"))
    assert shown["code"] == saved[0].code


def test_the_server_back_is_noticed_by_its_health_check_not_the_back_off(qtbot, window, province, agency):
    """However long the back-off has grown, a health check every few seconds starts the cycle that
    sends what was saved during the outage."""
    window.desk.sync.next_delay = lambda failures: 3600
    window.desk.sync.probe_delay = lambda: 0.3
    asked = []
    answers = window.desk.sync.server_answers
    window.desk.sync.server_answers = lambda: asked.append(answers()) or asked[-1]
    try:
        saved = online_then_one_saved_offline(qtbot, window, province, agency)
        qtbot.waitUntil(lambda: len(asked) >= 2, timeout=WAIT_MS)
        assert not any(asked)
    finally:
        province.server.start()

    view = window.sync_view
    qtbot.waitUntil(lambda: view.pending.text().startswith("0 "), timeout=WAIT_MS)
    assert asked[-1] is True
    assert "Trực tuyến" in view.connection.text()
    shown = json.loads(provincial(province.db_url, "dossier", "show", saved[0].code, "--json"))
    assert shown["code"] == saved[0].code


def test_a_server_that_answers_its_health_check_but_fails_the_cycle_waits_for_the_back_off(
        qtbot, window, province, agency):
    """A half-alive server (health answered, sync timing out) gets one cycle per answered probe,
    then only the backed-off timer's: probes do not start a full cycle every few seconds."""
    window.desk.sync.next_delay = lambda failures: 3600
    window.desk.sync.probe_delay = lambda: 0.1
    try:
        online_then_one_saved_offline(qtbot, window, province, agency)
        cycles, asked = [], []
        run_once = window.desk.sync.run_once
        window.desk.sync.run_once = lambda **kwargs: cycles.append(1) or run_once(**kwargs)
        window.desk.sync.server_answers = lambda: asked.append(True) or True
        qtbot.waitUntil(lambda: len(cycles) == 1 and not window.sync.is_running, timeout=WAIT_MS)
        qtbot.wait(1500)
        assert len(cycles) == 1
        assert len(asked) == 1
    finally:
        province.server.start()


def test_a_refused_change_is_listed_with_its_reason_and_can_be_opened(qtbot, window, province, agency):
    from desk_app.store import outbox_repo

    register_through_dialog(qtbot, window, province.url, agency.username, agency.password)
    view = window.sync_view
    qtbot.waitUntil(lambda: "Trực tuyến" in view.connection.text(), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not window.sync.is_running, timeout=WAIT_MS)
    saved = []
    window.operations.run(lambda: window.desk.intake.submit(request_for(window.desk)), saved.append)
    qtbot.waitUntil(lambda: bool(saved), timeout=WAIT_MS)
    code = saved[0].code
    with window.desk.database.write() as connection:
        outbox_repo.enqueue(connection, "dossier.status", code,
                            json.dumps({"to": "in_progress", "at": "2026-11-23T03:00:00+00:00", "officer": "Phạm Thị Mai"}),
                            datetime.fromisoformat("2026-11-23T03:00:00+00:00"))
    qtbot.keyClick(window, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: view.problems.isVisible(), timeout=WAIT_MS)
    assert view.problems.text() == "⚠ 1 thay đổi bị từ chối"
    assert view.pending.text().startswith("0 ")

    opened = []

    def look(attempt: int = 0) -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or dialog.objectName() != "SyncProblemsDialog" or dialog.form.problemsTable.rowCount() == 0:
            QTimer.singleShot(20, lambda: look(attempt + 1))
            return
        table = dialog.form.problemsTable
        opened.append((table.item(0, 0).text(), table.item(0, 3).text()))
        qtbot.mouseClick(dialog.form.problemsOpen, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, look)
    qtbot.mouseClick(view.problems, Qt.MouseButton.LeftButton)

    assert opened[0][0] == code
    assert "bộ phận giải quyết" in opened[0][1]
    assert window.tabs.currentWidget() is window.lookup
    qtbot.waitUntil(lambda: "Hệ thống tỉnh từ chối" in window.lookup.form.lookupDetail.text(), timeout=WAIT_MS)
    assert code in window.lookup.form.lookupDetail.text()


def test_closing_with_unsent_changes_asks_and_can_sync_first(qtbot, window, province, agency):
    from tests_gui_support import answer

    try:
        saved = online_then_one_saved_offline(qtbot, window, province, agency)
        asked = []
        answer("unsentCancel", then=lambda: asked.append(True))
        assert window.close() is False
        assert asked and window.isVisible()
    finally:
        province.server.start()

    window.desk.sync.next_delay = lambda failures: 3600
    answer("unsentWait")
    window.close()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=WAIT_MS)
    shown = json.loads(provincial(province.db_url, "dossier", "show", saved[0].code, "--json"))
    assert shown["code"] == saved[0].code


def test_a_result_handed_over_and_rated_in_the_window_reaches_the_province(qtbot, window, province, agency):
    """Scan the receipt, scan the applicant's card, Trả kết quả, rate: the province shows the same
    hand-over, with the desk's own time, and the same rating."""
    from PySide6.QtWidgets import QPushButton

    from tests_gui_support import wedge_scan

    register_through_dialog(qtbot, window, province.url, agency.username, agency.password)
    qtbot.waitUntil(lambda: not window.sync.is_running and "Trực tuyến" in window.sync_view.connection.text(),
                    timeout=WAIT_MS)
    saved = []
    window.operations.run(lambda: window.desk.intake.submit(request_for(window.desk)), saved.append)
    qtbot.waitUntil(lambda: bool(saved), timeout=WAIT_MS)
    code = saved[0].code

    def on_the_server() -> bool:
        try:
            provincial(province.db_url, "dossier", "show", code, "--json")
        except AssertionError:
            return False
        return True

    qtbot.waitUntil(on_the_server, timeout=WAIT_MS)
    for target in ("in_progress", "result_ready"):
        provincial(province.db_url, "dossier", "advance", code, "--to", target)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=WAIT_MS)
    qtbot.keyClick(window, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: window.desk.lookup.get(code).status.value == "result_ready", timeout=WAIT_MS)
    window.intake.form.intakeProcedureSearch.setFocus()
    wedge_scan(code)
    view = window.lookup.dossier
    qtbot.waitUntil(lambda: view.code.text() == code and view.hand_over_button.isEnabled(), timeout=WAIT_MS)
    wedge_scan("034190012345||Nguyễn Thị Thu Hằng|05031990|Nữ|Thôn Đông, xã Đông Hưng, tỉnh Hưng Yên|10062021")
    qtbot.mouseClick(view.hand_over_button, Qt.MouseButton.LeftButton)

    def rating():
        return next((w for w in QApplication.topLevelWidgets() if w.objectName() == "ratingDialog" and w.isVisible()),
                    None)

    qtbot.waitUntil(lambda: rating() is not None, timeout=WAIT_MS)
    qtbot.waitExposed(rating())
    qtbot.mouseClick(rating().findChild(QPushButton, "ratingVerySatisfied"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: rating().submit.isEnabled(), timeout=WAIT_MS)
    qtbot.mouseClick(rating().submit, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: rating() is None, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: window.sync_view.pending.text().startswith("0 ") and not window.sync.is_running,
                    timeout=WAIT_MS)
    on_server = json.loads(provincial(province.db_url, "dossier", "show", code, "--json"))
    on_desk = window.desk.lookup.get(code).as_json()
    assert on_server["status"] == "returned"
    for key in ("returned_at", "returned_to", "rating"):
        assert on_server[key] == on_desk[key], key
    assert on_server["rating"]["level"] == "very_satisfied"
