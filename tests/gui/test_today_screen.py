"""Hôm nay: the desk's overdue dossiers, those due today and tomorrow, results waiting and results
in the post, counted; Enter opens one; the board follows the back office's moves as they sync in."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt

from desk_app.services.changes import Changes, Kind
from intake_support import back_office_moves, request_for
from tests_gui_support import press

WAIT_MS = 10_000


def counts(window) -> dict[str, int]:
    board = window.today.board
    return {board.topLevelItem(i).text(0).rsplit(" (", 1)[0]: int(board.topLevelItem(i).text(0).rsplit("(", 1)[1][:-1])
            for i in range(board.topLevelItemCount())}


def test_the_day_at_a_glance_and_enter_opens_the_dossier(qtbot, window, at_monday_morning):
    desk = window.desk
    due_today = desk.intake.submit(request_for(desk)).code
    ready = desk.intake.submit(request_for(desk)).code
    back_office_moves(desk, ready, "in_progress", "result_ready")
    qtbot.keyClick(window, Qt.Key.Key_F6)
    qtbot.waitUntil(lambda: "Đến hạn hôm nay" in window.today.summary.text(), timeout=WAIT_MS)
    assert counts(window) == {"Quá hạn": 0, "Đến hạn hôm nay": 1, "Đến hạn ngày mai": 0,
                              "Có kết quả, chờ công dân đến nhận": 1, "Đang gửi qua bưu chính": 0}
    at_monday_morning.shift(timedelta(hours=9))
    qtbot.keyClick(window, Qt.Key.Key_F6)
    qtbot.waitUntil(lambda: counts(window)["Quá hạn"] == 1, timeout=WAIT_MS)
    back_office_moves(desk, due_today, "in_progress", "result_ready")
    window.changes.publish(Changes.of(Kind.DOSSIER, dossier=[due_today]))
    qtbot.waitUntil(lambda: counts(window)["Có kết quả, chờ công dân đến nhận"] == 2, timeout=WAIT_MS)
    board = window.today.board
    waiting = board.topLevelItem(3)
    board.setCurrentItem(waiting.child(0))
    press(board, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.lookup.dossier.code.text() in (ready, due_today) and
                    window.tabs.currentWidget() is window.lookup, timeout=WAIT_MS)
