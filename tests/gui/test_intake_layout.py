"""The intake screen as it sits on a 1366×768 counter PC: nothing moves when a message comes or
goes, a procedure with ten papers fits without scrolling, and a message goes the moment it stops
being true."""

from __future__ import annotations

import json

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QListWidget, QPushButton

from tests_gui_support import type_text, wedge_scan
from test_intake_flow import QR, choose_khai_sinh

COUNTER_SCREEN = (1366, 768)
TEN_PAPERS = [
    "Tờ khai đăng ký thường trú theo mẫu",
    "Giấy tờ, tài liệu chứng minh chỗ ở hợp pháp của người đăng ký thường trú",
    "Văn bản đồng ý cho đăng ký thường trú của chủ hộ, chủ sở hữu chỗ ở hợp pháp",
    "Giấy tờ, tài liệu chứng minh quan hệ nhân thân với chủ hộ, thành viên hộ gia đình",
    "Giấy xác nhận không có án tích",
    "Bản kê khai nhân khẩu",
    "Giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất",
    "Hợp đồng cho thuê, cho mượn, cho ở nhờ chỗ ở hợp pháp đã được công chứng hoặc chứng thực",
    "Văn bản ủy quyền theo quy định của pháp luật",
    "Thẻ căn cước của người đăng ký",
]


def at_counter_size(window) -> None:
    window.resize(*COUNTER_SCREEN)
    QApplication.processEvents()


def places(window) -> dict[str, tuple[int, int, int, int]]:
    """Where each field, list and button of the intake sits in the window."""
    found = {}
    for kind in (QLineEdit, QListWidget, QPushButton):
        for widget in window.intake.findChildren(kind):
            if widget.objectName().startswith("intake") and widget.isVisible():
                corner = widget.mapTo(window, QPoint(0, 0))
                found[widget.objectName()] = (corner.x(), corner.y(), widget.width(), widget.height())
    return found


def test_messages_come_and_go_without_moving_any_field(qtbot, window):
    at_counter_size(window)
    form = window.intake.form
    choose_khai_sinh(qtbot, window)
    before = places(window)
    wedge_scan(QR)
    form.intakeApplicantId.selectAll()
    type_text(form.intakeApplicantId, "12345")
    type_text(form.intakeApplicantPhone, "12")
    qtbot.keyClick(window, Qt.Key.Key_F9)
    qtbot.waitUntil(lambda: bool(form.intakeDocumentError.text()) and bool(form.intakeApplicantIdError.text()))
    assert form.intakeApplicantPhoneError.text()
    QApplication.processEvents()
    assert places(window) == before
    form.intakeApplicantId.selectAll()
    type_text(form.intakeApplicantId, "034190012345")
    form.intakeApplicantPhone.selectAll()
    type_text(form.intakeApplicantPhone, "0912345678")
    qtbot.mouseClick(form.intakeCheckAll, Qt.MouseButton.LeftButton)
    QApplication.processEvents()
    assert not form.intakeDocumentError.text() and not form.intakeApplicantIdError.text()
    assert not form.intakeApplicantPhoneError.text()
    assert places(window) == before


def test_a_long_message_is_cut_to_its_room_and_whole_in_its_tooltip(qtbot, window, tmp_path):
    at_counter_size(window)
    form = window.intake.form
    procedure = {"code": "1.999010", "name": "Đăng ký thường trú", "processing_days": 7,
                 "documents": [{"name": name, "kind": "original"} for name in TEN_PAPERS]}
    path = tmp_path / "catalogue.json"
    path.write_text(json.dumps([procedure], ensure_ascii=False), encoding="utf-8")
    window.desk.catalogue.import_file(path)
    window.intake.choose_procedure(window.desk.catalogue.get("1.999010"))
    wedge_scan(QR)
    height = form.intakeDocumentError.height()
    qtbot.keyClick(window, Qt.Key.Key_F9)
    qtbot.waitUntil(lambda: bool(form.intakeDocumentError.text()))
    shown = form.intakeDocumentError.text()
    assert shown.endswith("…") and form.intakeDocumentError.toolTip().startswith("Còn thiếu 10 giấy tờ")
    assert TEN_PAPERS[-1] in form.intakeDocumentError.toolTip()
    assert form.intakeDocumentError.height() == height


def test_ten_papers_fit_a_counter_screen_without_scrolling(qtbot, window, tmp_path):
    procedure = {"code": "1.999010", "name": "Đăng ký thường trú", "processing_days": 7,
                 "documents": [{"name": name, "kind": "certified_copy" if i % 3 else "original", "copies": 1}
                               for i, name in enumerate(TEN_PAPERS)]}
    path = tmp_path / "catalogue.json"
    path.write_text(json.dumps([procedure], ensure_ascii=False), encoding="utf-8")
    window.desk.catalogue.import_file(path)
    at_counter_size(window)
    window.intake.choose_procedure(window.desk.catalogue.get("1.999010"))
    QApplication.processEvents()
    hint = window.minimumSizeHint()
    assert hint.width() <= COUNTER_SCREEN[0] and hint.height() <= COUNTER_SCREEN[1]
    papers = window.intake.form.intakeDocumentList
    assert papers.count() == 10
    assert papers.verticalScrollBar().maximum() == 0
    last = papers.visualItemRect(papers.item(9))
    assert last.bottom() <= papers.viewport().height()


def test_a_message_goes_the_moment_it_stops_being_true(qtbot, window):
    form = window.intake.form
    choose_khai_sinh(qtbot, window)
    type_text(form.intakeApplicantPhone, "12")
    form.intakeApplicantEmail.setFocus()
    qtbot.waitUntil(lambda: bool(form.intakeApplicantPhoneError.text()))
    form.intakeApplicantPhone.setFocus()
    form.intakeApplicantPhone.selectAll()
    type_text(form.intakeApplicantPhone, "091234567")
    assert form.intakeApplicantPhoneError.text()
    type_text(form.intakeApplicantPhone, "8")
    assert form.intakeApplicantPhone.hasFocus()
    assert not form.intakeApplicantPhoneError.text()

    qtbot.keyClick(window, Qt.Key.Key_F9)
    qtbot.waitUntil(lambda: bool(form.intakeApplicantNameError.text()))
    type_text(form.intakeApplicantName, "Nguyễn Thị Thu Hằng")
    assert not form.intakeApplicantNameError.text()

    qtbot.mouseClick(form.intakeRefuse, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(form.intakeNoteError.text()))
    type_text(form.intakeNote, "Không thuộc thẩm quyền")
    assert not form.intakeNoteError.text()
