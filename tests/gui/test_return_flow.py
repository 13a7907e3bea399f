"""Trả kết quả as the officer does it: scan the receipt from anywhere, scan the collector's chip ID
card, press Trả kết quả; the record is saved, then printed, and the citizen rates. A hand-over the
rules refuse changes nothing and prints nothing."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDateEdit, QPlainTextEdit, QPushButton, QWidget

from intake_support import back_office_moves, request_for
from tests_gui_support import type_text, wedge_scan

APPLICANT_QR = "034190012345||Nguyễn Thị Thu Hằng|05031990|Nữ|Thôn Đông, xã Đông Hưng, tỉnh Hưng Yên|10062021"
PROXY_QR = "001090000777||Lê Văn Đức|01011990|Nam|Phố Huế, Hà Nội|10062021"
WAIT_MS = 10_000


def ready_dossier(window) -> str:
    code = window.desk.intake.submit(request_for(window.desk)).code
    back_office_moves(window.desk, code, "in_progress", "result_ready")
    return code


def open_by_scan(qtbot, window, code: str):
    """The receipt's barcode scanned while the intake screen has the focus."""
    window.intake.form.intakeProcedureSearch.setFocus()
    wedge_scan(code)
    view = window.lookup.dossier
    qtbot.waitUntil(lambda: view.code.text() == code and not window.operations.pending, timeout=WAIT_MS)
    return view


def rating_dialog():
    return next((w for w in QApplication.topLevelWidgets() if w.objectName() == "ratingDialog" and w.isVisible()),
                None)


def printed(print_dir) -> list[str]:
    return sorted(p.name for p in print_dir.glob("*.pdf")) if print_dir.exists() else []


def test_scan_hand_over_to_the_applicant_and_rate(qtbot, window, print_dir):
    code = ready_dossier(window)
    view = open_by_scan(qtbot, window, code)
    assert window.tabs.currentWidget() is window.lookup
    assert view.status.text() == "Có kết quả, chờ trả"
    assert "Hẹn trả" in view.due.text()
    assert view.hand_over_button.isEnabled()
    wedge_scan(APPLICANT_QR)
    assert view.receiver_id.text() == "034190012345" and not view.by_proxy.isChecked()
    assert view.receiver_name.text() == "Nguyễn Thị Thu Hằng"
    qtbot.mouseClick(view.hand_over_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: rating_dialog() is not None, timeout=WAIT_MS)
    assert any(code in name and "phieu-ban-giao-ket-qua" in name for name in printed(print_dir))
    dialog = rating_dialog()
    qtbot.waitExposed(dialog)
    qtbot.mouseClick(dialog.findChild(QPushButton, "ratingSatisfied"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.submit.isEnabled(), timeout=WAIT_MS)
    type_text(dialog.comment, "Nhanh")
    qtbot.mouseClick(dialog.submit, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: rating_dialog() is None, timeout=WAIT_MS)
    shown = window.desk.lookup.get(code).as_json()
    assert shown["status"] == "returned" and shown["returned_to"]["id_number"] == "034190012345"
    assert shown["rating"]["level"] == "satisfied" and shown["rating"]["comment"] == "Nhanh"
    qtbot.waitUntil(lambda: view.status.text() == "Đã trả kết quả", timeout=WAIT_MS)
    assert not view.hand_over_button.isEnabled()
    assert "mỗi kết quả chỉ trả một lần" in view.why_not.text()
    assert any("Nguyễn Thị Thu Hằng" in view.timeline.item(i).text() for i in range(view.timeline.count()))


def test_a_proxy_scanned_is_asked_for_the_authorisation(qtbot, window, print_dir):
    code = ready_dossier(window)
    view = open_by_scan(qtbot, window, code)
    wedge_scan(PROXY_QR)
    assert view.by_proxy.isChecked() and view.receiver_name.text() == "Lê Văn Đức"
    assert view.authorisation.isEnabled()
    qtbot.mouseClick(view.hand_over_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "giấy ủy quyền" in view._paper_error.text(), timeout=WAIT_MS)
    assert printed(print_dir) == []
    type_text(view.authorisation, "Giấy ủy quyền số 3/UQ")
    qtbot.mouseClick(view.hand_over_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: rating_dialog() is not None, timeout=WAIT_MS)
    rating_dialog().reject()
    returned_to = window.desk.lookup.get(code).as_json()["returned_to"]
    assert returned_to == {"id_number": "001090000777", "name": "Lê Văn Đức", "by_proxy": True,
                           "authorisation": "Giấy ủy quyền số 3/UQ"}


def test_refused_hand_overs_change_nothing_and_print_nothing(qtbot, window, print_dir):
    early = window.desk.intake.submit(request_for(window.desk)).code
    view = open_by_scan(qtbot, window, early)
    assert not view.hand_over_button.isEnabled()
    assert "chưa có kết quả" in view.why_not.text()
    code = ready_dossier(window)
    view = open_by_scan(qtbot, window, code)
    view.receiver_id.setFocus()
    type_text(view.receiver_id, "001090000777")
    qtbot.mouseClick(view.hand_over_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "không phải của người nộp" in view._id_error.text(), timeout=WAIT_MS)
    assert window.desk.lookup.get(code).status.value == "result_ready"
    assert printed(print_dir) == [] and rating_dialog() is None


def test_an_extension_from_the_dossier_view_moves_the_due_date_and_prints_mau_04(qtbot, window, print_dir):

    code = window.desk.intake.submit(request_for(window.desk)).code
    view = open_by_scan(qtbot, window, code)
    assert view.extend_button.isEnabled()

    QTimer.singleShot(0, lambda: fill_step_dialog({"new_due": QDate(2026, 12, 7), "reason": "Cần xác minh thêm"}))
    qtbot.mouseClick(view.extend_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any("mau04" in name for name in printed(print_dir)), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: "07/12/2026" in view.due.text(), timeout=WAIT_MS)
    assert not view.extend_button.isEnabled()


def fill_step_dialog(values) -> None:
    """When the step's dialog comes, set its fields (by name) and press OK."""
    from PySide6.QtWidgets import QLineEdit, QListWidget

    dialog = QApplication.activeModalWidget()
    if dialog is None or dialog.objectName() != "stepDialog":
        QTimer.singleShot(20, lambda: fill_step_dialog(values))
        return
    for name, value in values.items():
        widget = dialog.findChild(QWidget, f"step_{name}")
        if isinstance(widget, QLineEdit):
            widget.setText(value)
        elif isinstance(widget, QDateEdit):
            widget.setDate(value)
        elif isinstance(widget, QPlainTextEdit):
            widget.setPlainText(value)
        elif isinstance(widget, QListWidget):
            for i in range(widget.count()):
                if widget.item(i).text() in value:
                    widget.item(i).setCheckState(Qt.CheckState.Checked)
    dialog._accept()


def test_a_result_by_post_is_sent_with_its_label_then_delivered(qtbot, window, print_dir):
    code = window.desk.intake.submit(request_for(window.desk, return_method="post")).code
    back_office_moves(window.desk, code, "in_progress", "result_ready")
    view = open_by_scan(qtbot, window, code)
    assert not view.hand_over_button.isEnabled() and "bưu chính" in view.why_not.text()
    assert view.post_button.isEnabled() and not view.delivered_button.isEnabled()
    QTimer.singleShot(0, lambda: fill_step_dialog({"waybill": "ee123456789vn",
                                                   "sent_on": QDate(2026, 11, 23)}))
    qtbot.mouseClick(view.post_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any("nhan-buu-chinh" in name for name in printed(print_dir)), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: view.delivered_button.isEnabled(), timeout=WAIT_MS)
    assert any("EE123456789VN" in view.timeline.item(i).text() for i in range(view.timeline.count()))
    qtbot.mouseClick(view.delivered_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.status.text() == "Đã trả kết quả", timeout=WAIT_MS)
    shown = window.desk.lookup.get(code).as_json()
    assert shown["posted"]["waybill"] == "EE123456789VN" and shown["returned_to"]["id_number"] == "034190012345"


def test_papers_brought_after_a_request_to_complete_count_the_time_afresh(qtbot, window, at_monday_morning):
    from desk_app.services.intake import Decision

    code = window.desk.intake.submit(request_for(window.desk, received=False, decision=Decision.SUPPLEMENT)).code
    view = open_by_scan(qtbot, window, code)
    assert "Chưa có ngày hẹn trả" in view.due.text() and view.papers_button.isEnabled()
    assert window.desk.lookup.get(code).due_at is None
    QTimer.singleShot(0, lambda: fill_step_dialog({"papers": ["Giấy chứng sinh"]}))
    qtbot.mouseClick(view.papers_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.status.text() == "Đã tiếp nhận" and "Hẹn trả" in view.due.text(), timeout=WAIT_MS)
    assert window.desk.lookup.get(code).due_at is not None
    assert not view.papers_button.isEnabled()
