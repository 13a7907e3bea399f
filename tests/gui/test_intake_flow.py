"""The whole intake at the counter, as an officer does it: type, scan, tick, F9 — and the paper that comes out."""

from __future__ import annotations

import sqlite3

from pdf_reading import decoded, pdf_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests_gui_support import HUMAN_GAP_MS, press, type_text, wedge_scan

QR = "034190012345|151234567|Nguyễn Thị Thu Hằng|05031990|Nữ|Thôn Đông, xã Đông Hưng, tỉnh Hưng Yên|10062021"
CODE = "000.00.12.H12-261123-0001"


def choose_khai_sinh(qtbot, window) -> None:
    search = window.intake.form.intakeProcedureSearch
    qtbot.keyClicks(search, "dang ky khai sinh")
    press(search, Qt.Key.Key_Return)
    assert window.intake.form.intakeProcedureChosen.text().startswith("Thủ tục đăng ký khai sinh")
    assert QApplication.focusWidget() is window.intake.form.intakeApplicantName


def tick_all_documents(qtbot, window) -> None:
    documents = window.intake.form.intakeDocumentList
    documents.setFocus()
    for row in range(documents.count()):
        documents.setCurrentRow(row)
        qtbot.keyClick(documents, Qt.Key.Key_Space)
        qtbot.wait(HUMAN_GAP_MS)
    assert all(documents.item(r).checkState() == Qt.CheckState.Checked for r in range(documents.count()))


def printed(print_dir, qtbot, count: int = 1) -> list:
    qtbot.waitUntil(lambda: len(list(print_dir.glob("*.pdf"))) >= count, timeout=10_000)
    return sorted(print_dir.glob("*.pdf"))


def test_scan_type_tick_f9_prints_a_receipt_whose_barcode_reads_back(qtbot, window, print_dir):
    form = window.intake.form
    choose_khai_sinh(qtbot, window)
    wedge_scan(QR)
    assert form.intakeApplicantName.text() == "Nguyễn Thị Thu Hằng"
    assert form.intakeApplicantId.text() == "034190012345"
    assert form.intakeApplicantBirthDate.text() == "05/03/1990"
    assert form.intakeApplicantSex.currentText() == "Nữ"
    assert "Đông Hưng" in form.intakeApplicantAddress.text()
    assert QApplication.focusWidget() is form.intakeApplicantPhone
    type_text(form.intakeApplicantPhone, "0912345678")
    tick_all_documents(qtbot, window)
    assert form.intakeDueDate.text() == "23/11/2026"
    qtbot.keyClick(window, Qt.Key.Key_F9)
    files = printed(print_dir, qtbot)
    assert [f.name for f in files] == [f"{CODE}_mau01-giay-tiep-nhan.pdf"]
    pdf = files[0].read_bytes()
    text = pdf_text(pdf)
    for expected in (CODE, "Nguyễn Thị Thu Hằng", "Thủ tục đăng ký khai sinh", "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ",
                     "Trần Văn Bình", "0912345678", "Đông Hưng, ngày 23 tháng 11 năm 2026"):
        assert expected in text
    assert decoded(pdf)["Code128"] == [CODE]
    qtbot.waitUntil(lambda: form.intakeApplicantName.text() == "")
    assert CODE in form.intakeStatus.text()


def test_typed_by_hand_in_vietnamese_with_ctrl_enter(qtbot, window, print_dir):
    form = window.intake.form
    choose_khai_sinh(qtbot, window)
    type_text(form.intakeApplicantName, "Lê Văn Đức")
    type_text(form.intakeApplicantId, "001090000777")
    type_text(form.intakeApplicantAddress, "Phố Huế, Hà Nội")
    tick_all_documents(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    files = printed(print_dir, qtbot)
    assert "Lê Văn Đức" in pdf_text(files[0].read_bytes())


def test_wrong_values_are_shown_at_their_fields_and_nothing_is_saved(qtbot, window, print_dir, data_dir):
    form = window.intake.form
    choose_khai_sinh(qtbot, window)
    type_text(form.intakeApplicantName, "Lê Văn Đức")
    type_text(form.intakeApplicantId, "999090000777")
    type_text(form.intakeApplicantPhone, "12345")
    qtbot.keyClick(window, Qt.Key.Key_F9)
    qtbot.waitUntil(lambda: form.intakeApplicantIdError.text() != "")
    assert form.intakeApplicantPhoneError.text()
    assert form.intakeApplicantAddressError.text()
    assert form.intakeDocumentError.text()
    assert QApplication.focusWidget() in (form.intakeApplicantId, form.intakeApplicantAddress,
                                          form.intakeApplicantPhone, form.intakeDocumentList)
    count = sqlite3.connect(data_dir / "desk.sqlite3").execute("SELECT COUNT(*) FROM dossiers").fetchone()[0]
    assert count == 0
    assert list(print_dir.glob("*.pdf")) == []


def test_a_name_scanned_without_diacritics_must_be_confirmed(qtbot, window, print_dir):
    form = window.intake.form
    choose_khai_sinh(qtbot, window)
    wedge_scan(QR.replace("Nguyễn Thị Thu Hằng", "NGUYEN THI THU HANG"))
    assert "không có dấu" in form.intakeApplicantNameError.text()
    assert form.intakeNameConfirmed.isVisible()
    tick_all_documents(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_F9)
    qtbot.waitUntil(lambda: "thẻ căn cước" in form.intakeApplicantNameError.text() and not window.operations.pending)
    assert list(print_dir.glob("*.pdf")) == []
    form.intakeNameConfirmed.setChecked(True)
    qtbot.keyClick(window, Qt.Key.Key_F9)
    assert len(printed(print_dir, qtbot)) == 1


def test_missing_papers_print_the_supplement_request(qtbot, window, print_dir):
    form = window.intake.form
    choose_khai_sinh(qtbot, window)
    wedge_scan(QR)
    type_text(form.intakeNote, "Thiếu giấy chứng sinh")
    qtbot.mouseClick(form.intakeRequestSupplement, Qt.MouseButton.LeftButton)
    files = printed(print_dir, qtbot)
    assert files[0].name.endswith("_mau02-yeu-cau-bo-sung.pdf")
    text = pdf_text(files[0].read_bytes())
    assert "Thiếu giấy chứng sinh" in text and "Giấy chứng sinh" in text


def test_scanning_a_receipt_opens_the_dossier_and_reprints_it_identically(qtbot, window, print_dir):
    form = window.intake.form
    choose_khai_sinh(qtbot, window)
    wedge_scan(QR)
    tick_all_documents(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_F9)
    first = printed(print_dir, qtbot)[0]
    original = first.read_bytes()
    first.unlink()
    form.intakeProcedureSearch.setFocus()
    wedge_scan(CODE.lower())
    assert window.tabs.currentWidget() is window.lookup
    assert form.intakeProcedureSearch.text() == ""
    qtbot.waitUntil(lambda: window.lookup.selected_code() == CODE)
    qtbot.mouseClick(window.lookup.form.lookupReprint, Qt.MouseButton.LeftButton)
    assert printed(print_dir, qtbot)[0].read_bytes() == original


def test_a_wrong_id_is_flagged_as_soon_as_the_officer_leaves_the_field(qtbot, window):
    form = window.intake.form
    form.intakeApplicantId.setFocus()
    type_text(form.intakeApplicantId, "99909000077")
    qtbot.keyClick(form.intakeApplicantId, Qt.Key.Key_Tab)
    assert "12 chữ số" in form.intakeApplicantIdError.text()
    form.intakeApplicantId.setFocus()
    form.intakeApplicantId.setText("001090000777")
    qtbot.keyClick(form.intakeApplicantId, Qt.Key.Key_Tab)
    assert form.intakeApplicantIdError.text() == ""


def test_a_form_that_fails_to_render_leaves_one_saved_dossier_and_says_so(qtbot, window, print_dir, data_dir,
                                                                          monkeypatch):
    def broken(code):
        raise OSError("máy in hết giấy")

    monkeypatch.setattr(window.desk.forms, "render", broken)
    form = window.intake.form
    choose_khai_sinh(qtbot, window)
    wedge_scan(QR)
    tick_all_documents(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_F9)
    qtbot.waitUntil(lambda: "chưa in được" in form.intakeStatus.text())
    assert CODE in form.intakeStatus.text()
    assert form.intakeApplicantName.text() == ""
    qtbot.keyClick(window, Qt.Key.Key_F9)
    qtbot.waitUntil(lambda: not window.operations.pending)
    count = sqlite3.connect(data_dir / "desk.sqlite3").execute("SELECT COUNT(*) FROM dossiers").fetchone()[0]
    assert count == 1
