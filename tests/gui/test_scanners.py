"""Scanners: a serial-port QR scanner (on a pseudo-terminal) and the wedge burst told from typing."""

from __future__ import annotations

import os

from PySide6.QtCore import Qt

from desk_app.gui.scanner import HOLD_MS, SerialScanner, WedgeScanDetector
from tests_gui_support import press, type_text, wedge_scan

QR = "034190012345||Nguyễn Thị Thu Hằng|05031990|Nữ|Thôn Đông, xã Đông Hưng, tỉnh Hưng Yên|10062021"


def test_serial_scanner_delivers_the_qr_bytes_untouched(qtbot):
    master, slave = os.openpty()
    scanner = SerialScanner(os.ttyname(slave))
    try:
        assert scanner.open()
        with qtbot.waitSignal(scanner.scanned, timeout=5000) as caught:
            encoded = QR.encode("utf-8")
            os.write(master, encoded[:20])
            os.write(master, encoded[20:] + b"\r\n")
        assert caught.args == [QR]
    finally:
        scanner.close()
        os.close(master)
        os.close(slave)


def test_serial_scan_fills_the_applicant_in_the_window(qtbot, window):
    master, slave = os.openpty()
    scanner = SerialScanner(os.ttyname(slave), parent=window)
    scanner.scanned.connect(window.handle_scan)
    try:
        assert scanner.open()
        os.write(master, QR.encode("utf-8") + b"\n")
        qtbot.waitUntil(lambda: window.intake.form.intakeApplicantName.text() == "Nguyễn Thị Thu Hằng")
        assert window.intake.form.intakeApplicantNameError.text() == ""
    finally:
        scanner.close()
        os.close(master)
        os.close(slave)


def test_a_missing_port_is_reported_not_raised(qtbot):
    scanner = SerialScanner("/dev/does-not-exist")
    with qtbot.waitSignal(scanner.failed, timeout=1000):
        assert not scanner.open()


def test_typing_a_code_by_hand_is_not_a_scan(qtbot, window):
    lookup = window.lookup.form.lookupQuery
    window.tabs.setCurrentWidget(window.lookup)
    lookup.setFocus()
    detector = window.findChild(WedgeScanDetector)
    with qtbot.assertNotEmitted(detector.scanned):
        type_text(lookup, "000.00.12.H12-261123-0001")
        press(lookup, Qt.Key.Key_Return)
    assert lookup.text() == "000.00.12.H12-261123-0001"


def test_a_burst_never_reaches_the_focused_field(qtbot, window):
    name = window.intake.form.intakeApplicantName
    name.setText("Lê")
    name.setFocus()
    wedge_scan("000.00.12.H12-261123-0001")
    assert name.text() == "Lê"
    assert window.tabs.currentWidget() is window.lookup


def test_a_qr_scanned_while_a_checklist_spin_box_or_button_has_focus_changes_only_the_applicant(qtbot, window):
    form = window.intake.form
    search = form.intakeProcedureSearch
    type_text(search, "khai sinh")
    press(search, Qt.Key.Key_Return)
    for widget in (form.intakeDocumentList, form.intakeSets, form.intakeByPost, form.intakeSaveAndPrint):
        widget.setFocus()
        wedge_scan(QR)
        qtbot.wait(HOLD_MS * 2)
        assert form.intakeApplicantName.text() == "Nguyễn Thị Thu Hằng"
        assert form.intakeSets.value() == 1
        assert not form.intakeByPost.isChecked()
        documents = form.intakeDocumentList
        assert all(documents.item(r).checkState() == Qt.CheckState.Unchecked for r in range(documents.count()))
        assert not window.operations.pending
        form.intakeApplicantName.clear()


def test_a_person_typing_fast_still_gets_every_letter_in_order(qtbot, window):
    search = window.intake.form.intakeProcedureSearch
    type_text(search, "khai si", gap_ms=5)
    type_text(search, "nh")
    assert search.text() == "khai sinh"
    press(search, Qt.Key.Key_Return)
    assert window.intake.form.intakeProcedureChosen.text().startswith("Thủ tục đăng ký khai sinh")
