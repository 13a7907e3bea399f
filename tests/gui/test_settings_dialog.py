"""Cài đặt, driven as an officer drives it: printers and paper per form, the scanner and its test,
office hours, language; a bad field saves nothing, a saved choice is in force at once."""

from __future__ import annotations

import os
import tomllib
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from desk_app.gui.settings_dialog import (
    LANGUAGE_LABELS,
    OUTPUT_LABELS,
    PAPER_LABELS,
    SCANNER_MODE_LABELS,
    SettingsDialog,
)
from desk_app.services.changes import Kind
from desk_app.settings import FORM_PAPERS, LANGUAGES, PRINT_OUTPUTS, SCANNER_MODES, load_settings
from intake_support import DESK_SETTINGS, register_locally, request_for
from tests_gui_support import press, type_text, wedge_scan

QR = "034190012345||Nguyễn Thị Thu Hằng|05031990|Nữ|Thôn Đông, xã Đông Hưng, tỉnh Hưng Yên|10062021"
PRINTERS = ["HP LaserJet M211", "XP-80C"]


@pytest.fixture
def dialog(qtbot, desk):
    opened = SettingsDialog(desk.preferences, PRINTERS, [])
    qtbot.addWidget(opened)
    with qtbot.waitActive(opened):
        opened.show()
    return opened


def save(qtbot, dialog: SettingsDialog) -> None:
    qtbot.mouseClick(dialog.form.settingsButtons.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)


def pick(combo, presses: int) -> None:
    """The officer tabs to a combo box and moves down its items with the arrow key."""
    combo.setFocus()
    for _ in range(presses):
        press(combo, Qt.Key.Key_Down)


def test_every_choice_the_settings_accept_has_a_label():
    assert set(PAPER_LABELS) == {paper for papers in FORM_PAPERS.values() for paper in papers}
    assert set(OUTPUT_LABELS) == set(PRINT_OUTPUTS)
    assert set(SCANNER_MODE_LABELS) == set(SCANNER_MODES) and set(LANGUAGE_LABELS) == set(LANGUAGES)


def test_ctrl_comma_opens_the_settings_and_a_saved_paper_prints_at_once(qtbot, window, data_dir):
    seen = []

    def drive() -> None:
        dialog = QApplication.activeModalWidget()
        seen.append(dialog.objectName())
        pick(dialog.form.settingsPaperReceipt, 1)
        save(qtbot, dialog)

    QTimer.singleShot(0, drive)
    qtbot.keyClick(window.intake.form.intakeProcedureSearch, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    assert seen == ["settingsDialog"]
    assert window.desk.settings.printing.receipt_paper == "thermal80"
    assert tomllib.loads((data_dir / "settings.toml").read_text(encoding="utf-8"))["printing"] == {
        "receipt_paper": "thermal80"}
    desk = window.desk
    assert desk.forms.render(desk.intake.submit(request_for(desk)).code).paper == "thermal80"


def test_a_chosen_printer_is_written_and_the_desk_prints_there(qtbot, dialog, desk, data_dir):
    form = dialog.form
    assert [form.settingsPrinterReceipt.itemText(i) for i in range(3)] == ["Máy in mặc định của máy tính", *PRINTERS]
    assert [form.settingsPaperReceipt.itemText(i) for i in range(2)] == ["A4", "Cuộn 80 mm"]
    assert not form.settingsPaperRefusal.isEnabled() and form.settingsPaperRefusal.currentText() == "A4"
    pick(form.settingsPrinterReceipt, 2)
    pick(form.settingsPrinterRefusal, 1)
    pick(form.settingsPaperReceipt, 1)
    with qtbot.waitSignal(dialog.accepted):
        save(qtbot, dialog)
    text = (data_dir / "settings.toml").read_text(encoding="utf-8")
    assert text.startswith(DESK_SETTINGS)
    assert tomllib.loads(text)["printing"] == {"receipt_printer": "XP-80C", "refusal_printer": "HP LaserJet M211",
                                               "receipt_paper": "thermal80"}
    assert load_settings(data_dir / "settings.toml") == desk.settings
    assert desk.settings.printing.printer_for("receipt") == "XP-80C"
    rendered = desk.forms.render(desk.intake.submit(request_for(desk)).code)
    assert (rendered.printer, rendered.paper) == ("XP-80C", "thermal80")


def test_a_printer_this_pc_no_longer_has_is_kept_until_another_is_picked(qtbot, desk):
    desk.preferences.save(replace(desk.preferences.current(), receipt_printer="Máy in cũ"))
    dialog = SettingsDialog(desk.preferences, PRINTERS, [])
    qtbot.addWidget(dialog)
    assert dialog.form.settingsPrinterReceipt.currentText() == "Máy in cũ (không thấy trên máy này)"
    assert dialog.chosen().receipt_printer == "Máy in cũ"


def test_bad_hours_are_shown_at_the_field_and_nothing_is_saved(qtbot, dialog, desk, data_dir):
    form = dialog.form
    before = (data_dir / "settings.toml").read_bytes()
    pick(form.settingsPrinterReceipt, 1)
    form.settingsOfficeHours.clear()
    type_text(form.settingsOfficeHours, "07:30-11:30,11:00-17:00", gap_ms=0)
    save(qtbot, dialog)
    assert form.settingsOfficeHoursError.text() == (
        "Giờ làm việc “07:30-11:30,11:00-17:00” không hợp lệ. Vui lòng nhập các buổi theo thứ tự, không "
        "chồng nhau, ví dụ 07:30-11:30,13:30-17:00.")
    assert "b00020" in form.settingsOfficeHoursError.styleSheet()
    assert form.settingsOfficeHours.hasFocus() and dialog.isVisible()
    assert (data_dir / "settings.toml").read_bytes() == before
    assert desk.settings.printing.receipt_printer == ""

    form.settingsOfficeHours.clear()
    type_text(form.settingsOfficeHours, "07:00-11:00, 13:00-16:30", gap_ms=0)
    with qtbot.waitSignal(dialog.accepted):
        save(qtbot, dialog)
    assert desk.settings.office_hours.to_text() == "07:00-11:00,13:00-16:30"
    assert dialog.changes.touches(Kind.PROFILE)


def test_the_desks_own_booking_hours_are_checked_saved_and_reach_the_appointments(qtbot, dialog, desk, data_dir):
    form = dialog.form
    assert form.settingsBookingHours.text() == ""
    type_text(form.settingsBookingHours, "10:00-08:00", gap_ms=0)
    save(qtbot, dialog)
    assert "Buổi nhận hẹn của quầy" in form.settingsBookingHoursError.text() and dialog.isVisible()
    assert "appointments" not in (data_dir / "settings.toml").read_text(encoding="utf-8")
    form.settingsBookingHours.clear()
    type_text(form.settingsBookingHours, "08:00-10:00", gap_ms=0)
    with qtbot.waitSignal(dialog.accepted):
        save(qtbot, dialog)
    assert desk.settings.booking_hours.to_text() == "08:00-10:00" and dialog.changes.touches(Kind.APPOINTMENT)
    assert desk.appointments.schedule().hours_text() == "08:00–10:00"


def test_a_registered_desks_hours_are_the_provinces_and_read_only(qtbot, desk):
    register_locally(desk)
    dialog = SettingsDialog(desk.preferences, PRINTERS, [])
    qtbot.addWidget(dialog)
    form = dialog.form
    assert form.settingsOfficeHours.isReadOnly()
    assert form.settingsOfficeHoursError.text().startswith("Máy quầy đã đăng ký")
    type_text(form.settingsOfficeHours, "08:00-12:00", gap_ms=0)
    assert form.settingsOfficeHours.text() == "07:30-11:30,13:30-17:00"
    pick(form.settingsLanguage, 1)
    with qtbot.waitSignal(dialog.accepted):
        save(qtbot, dialog)
    assert desk.settings.language == "en" and not dialog.changes


def test_the_scan_test_shows_what_was_sent_and_what_the_desk_reads(qtbot, dialog):
    form = dialog.form
    form.settingsScanTest.setFocus()
    wedge_scan(QR)
    assert form.settingsScanRaw.text() == QR
    assert form.settingsScanReading.text() == "Thẻ căn cước của Nguyễn Thị Thu Hằng, số định danh 034190012345"
    assert form.settingsScanTest.text() == "" and dialog.isVisible()

    wedge_scan("000.00.12.h12-261123-0001")
    assert form.settingsScanRaw.text() == "000.00.12.h12-261123-0001"
    assert form.settingsScanReading.text() == "Mã hồ sơ 000.00.12.H12-261123-0001"

    wedge_scan("lh26-000123")
    assert form.settingsScanReading.text() == "Phiếu hẹn số LH26-000123"

    wedge_scan("034190012345|x|y")
    assert form.settingsScanReading.text().startswith("Không nhận ra")
    wedge_scan("034190012345||Nguyễn Văn A|99999999|Nam|Thôn Đông")
    assert form.settingsScanReading.text().startswith("Mã vừa quét không phải mã QR trên thẻ căn cước")


def test_typing_into_the_scan_test_says_the_window_would_not_take_it_for_a_scan(qtbot, dialog):
    form = dialog.form
    type_text(form.settingsScanTest, "000.00.12.H12-261123-0001")
    press(form.settingsScanTest, Qt.Key.Key_Return)
    assert form.settingsScanReading.text() == "Mã hồ sơ 000.00.12.H12-261123-0001"
    assert "ms" in form.settingsScanStatus.text() and "b00020" in form.settingsScanStatus.styleSheet()


def test_in_serial_mode_the_test_listens_on_the_chosen_port_and_a_port_is_required(qtbot, dialog, desk, data_dir):
    form = dialog.form
    pick(form.settingsScannerMode, 1)
    assert form.settingsScannerPort.isEnabled()
    save(qtbot, dialog)
    assert form.settingsScannerPortError.text() == (
        "Vui lòng chọn hoặc nhập cổng của máy quét, ví dụ COM3 hoặc /dev/ttyACM0.")
    assert desk.settings.scanner_serial_port == ""
    master, slave = os.openpty()
    try:
        port = os.ttyname(slave)
        type_text(form.settingsScannerPort.lineEdit(), port, gap_ms=0)
        qtbot.waitUntil(lambda: form.settingsScanStatus.text().startswith(f"Đang nghe cổng {port}"))
        os.write(master, QR.encode("utf-8") + b"\r\n")
        qtbot.waitUntil(lambda: form.settingsScanRaw.text() == QR)
        assert form.settingsScanReading.text().startswith("Thẻ căn cước của Nguyễn Thị Thu Hằng")
        pick(form.settingsScannerBaud, 1)
        with qtbot.waitSignal(dialog.accepted):
            save(qtbot, dialog)
    finally:
        os.close(master)
        os.close(slave)
    assert (desk.settings.scanner_serial_port, desk.settings.scanner_serial_baud) == (port, 19200)
    assert tomllib.loads((data_dir / "settings.toml").read_text(encoding="utf-8"))["scanner"] == {
        "serial_port": port, "serial_baud": 19200}


def test_a_port_that_cannot_be_opened_is_said_at_the_test(qtbot, dialog):
    form = dialog.form
    pick(form.settingsScannerMode, 1)
    type_text(form.settingsScannerPort.lineEdit(), "/dev/does-not-exist", gap_ms=0)
    qtbot.waitUntil(lambda: form.settingsScanStatus.text().startswith("Không mở được cổng /dev/does-not-exist"))


def test_after_saving_the_window_listens_on_the_new_port(qtbot, window):
    master, slave = os.openpty()
    port = os.ttyname(slave)

    def drive() -> None:
        dialog = QApplication.activeModalWidget()
        pick(dialog.form.settingsScannerMode, 1)
        dialog.form.settingsScannerPort.setEditText(port)
        save(qtbot, dialog)

    try:
        QTimer.singleShot(0, drive)
        window.findChild(QAction, "actionSettings").trigger()
        assert window.desk.settings.scanner_serial_port == port
        os.write(master, QR.encode("utf-8") + b"\n")
        qtbot.waitUntil(lambda: window.intake.form.intakeApplicantName.text() == "Nguyễn Thị Thu Hằng")
    finally:
        os.close(master)
        os.close(slave)
