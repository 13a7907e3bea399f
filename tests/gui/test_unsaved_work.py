"""A citizen's data on the form is never lost by one careless key: Ctrl+N, another citizen's card
and closing the window each ask first, and "keep entering" (the default) keeps every character."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests_gui_support import answer, type_text, wedge_scan
from test_intake_flow import QR, choose_khai_sinh

OTHER_QR = "001090000777||Lê Văn Đức|01011990|Nam|Phố Huế, Hà Nội|10062021"


def back_to(qtbot, window, widget) -> None:
    """After a question closes, the officer is back in the window, at the field they were in (the
    offscreen platform does not hand activation back by itself)."""
    with qtbot.waitActive(window):
        window.activateWindow()
    widget.setFocus()


def test_ctrl_n_asks_before_dropping_what_was_typed(qtbot, window):
    form = window.intake.form
    choose_khai_sinh(qtbot, window)
    type_text(form.intakeApplicantName, "Lê Văn Đức")

    answer("discardNo")
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert form.intakeApplicantName.text() == "Lê Văn Đức"
    assert form.intakeProcedureChosen.text().startswith("Thủ tục đăng ký khai sinh")

    back_to(qtbot, window, form.intakeApplicantName)
    answer("discardYes")
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert form.intakeApplicantName.text() == ""
    assert form.intakeProcedureChosen.text() == "Chưa chọn thủ tục."


def test_a_fresh_form_with_only_a_procedure_clears_without_a_question(qtbot, window):
    choose_khai_sinh(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.activeModalWidget() is None
    assert window.intake.form.intakeProcedureChosen.text() == "Chưa chọn thủ tục."


def test_another_citizens_card_over_a_held_applicant_asks_and_keeps_the_procedure(qtbot, window):
    form = window.intake.form
    choose_khai_sinh(qtbot, window)
    wedge_scan(QR)
    assert form.intakeApplicantName.text() == "Nguyễn Thị Thu Hằng"

    wedge_scan(QR)
    assert QApplication.activeModalWidget() is None, "the same card again asks nothing"

    answer("discardNo")
    wedge_scan(OTHER_QR)
    assert form.intakeApplicantName.text() == "Nguyễn Thị Thu Hằng"

    back_to(qtbot, window, form.intakeApplicantPhone)
    answer("discardYes")
    wedge_scan(OTHER_QR)
    qtbot.waitUntil(lambda: form.intakeApplicantName.text() == "Lê Văn Đức")
    assert form.intakeApplicantId.text() == "001090000777"
    assert form.intakeProcedureChosen.text().startswith("Thủ tục đăng ký khai sinh")


def test_closing_over_a_form_being_entered_asks_and_can_stay_open(qtbot, window):
    form = window.intake.form
    choose_khai_sinh(qtbot, window)
    type_text(form.intakeApplicantName, "Lê Văn Đức")
    answer("discardNo")
    assert window.close() is False
    assert window.isVisible()
    assert form.intakeApplicantName.text() == "Lê Văn Đức"
