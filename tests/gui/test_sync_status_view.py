"""What the status bar says of sync, for each state the officer can meet."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from desk_app.clock import LOCAL_TZ
from desk_app.services.sync import SyncState


def status(**changes) -> SyncState:
    values = dict(registered=True, server_url="https://motcua.laichau.gov.vn", agency_code="000.00.12.H12",
                  device_id="0b6f3c1e-2d4a-4c8e-9f10-3a5b7c9d1e2f", online=True, pending=0, problems=0, set_aside=0,
                  last_success=datetime.now(LOCAL_TZ).replace(hour=10, minute=5), last_error_code=None,
                  last_error_params=None, last_error_text=None, needs_login=False, clock_skew_s=1.0,
                  on_reserve_today=False, failures=0)
    return SyncState(**{**values, **changes})


@pytest.fixture
def view(qtbot):
    from desk_app.gui.sync_status_view import SyncStatusView

    widget = SyncStatusView()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_a_desk_not_registered_says_it_works_on_its_own(view):
    view.show_status(status(registered=False, server_url=None, online=None, last_success=None))
    assert "Chưa đăng ký" in view.connection.text()
    assert not view.last_success.isVisible()
    assert not view.sync_now.isEnabled()


def test_online_with_nothing_waiting(view):
    view.show_status(status())
    assert view.connection.text() == "● Trực tuyến"
    assert view.pending.text() == "0 thay đổi chờ gửi"
    assert view.last_success.text() == "Đồng bộ lần cuối: 10:05"
    assert not view.problems.isVisible() and not view.clock.isVisible() and not view.reserve.isVisible()


def test_offline_names_the_cause_and_counts_what_waits(view):
    reason = "Không kết nối được máy chủ tỉnh https://motcua.laichau.gov.vn (Connection refused)."
    yesterday = datetime.now(LOCAL_TZ) - timedelta(days=1)
    view.show_status(status(online=False, pending=12, last_error_text=reason, last_success=yesterday))
    assert "Mất kết nối" in view.connection.text()
    assert view.connection.toolTip() == reason
    assert view.pending.text() == "12 thay đổi chờ gửi"
    assert view.last_success.text() == f"Đồng bộ lần cuối: {yesterday:%H:%M %d/%m/%Y}"


def test_what_needs_the_officer_stands_out(view):
    view.show_status(status(problems=2, clock_skew_s=-420.0, on_reserve_today=True))
    assert view.problems.isVisible() and view.problems.text() == "⚠ 2 thay đổi bị từ chối"
    assert view.clock.isVisible() and "lệch 7 phút" in view.clock.text()
    assert view.reserve.isVisible()


def test_records_from_the_province_set_aside_are_shown_too(view):
    view.show_status(status(set_aside=3))
    assert view.problems.isVisible() and view.problems.text() == "⚠ 3 bản ghi từ tỉnh bị bỏ qua"
    view.show_status(status(problems=1, set_aside=3))
    assert view.problems.text() == "⚠ 1 thay đổi bị từ chối · ⚠ 3 bản ghi từ tỉnh bị bỏ qua"


def test_a_revoked_device_asks_for_a_new_login(view):
    view.show_status(status(needs_login=True, online=False))
    assert "đăng nhập lại" in view.connection.text()
    assert view.login.isVisible()
    assert not view.sync_now.isEnabled()


def test_progress_during_a_long_sync(view):
    view.show_running(True)
    view.show_progress(250, 1000, "push")
    assert view.progress.isVisible() and view.progress.value() == 250 and view.progress.maximum() == 1000
    assert view.progress.toolTip() == "Đang gửi thay đổi lên hệ thống tỉnh"
    view.show_running(False)
    assert not view.progress.isVisible()
