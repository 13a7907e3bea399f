"""The papers' checklist at the counter, with the sample's khai sinh as the law lists it: a paper
needed only in a case, alternatives of which one is enough, a paper only shown, an original to go
back with the result — ticked with Space and R, and what the receipt then says."""

from __future__ import annotations

from pdf_reading import pdf_text
from PySide6.QtCore import Qt

from tests_gui_support import HUMAN_GAP_MS, type_text, wedge_scan
from test_intake_flow import QR, choose_khai_sinh, printed

FORM = "Tờ khai đăng ký khai sinh theo mẫu"
BIRTH = "Giấy chứng sinh"
WITNESS = "Văn bản của người làm chứng xác nhận về việc sinh"
SURROGACY = "Văn bản xác nhận của cơ sở y tế đã thực hiện kỹ thuật hỗ trợ sinh sản"
PROXY = "Văn bản ủy quyền theo quy định"
CARD = "Hộ chiếu, thẻ căn cước hoặc giấy tờ tùy thân có ảnh còn giá trị sử dụng của người yêu cầu"


def row_of(window, name: str) -> int:
    documents = window.intake.form.intakeDocumentList
    rows = [r for r in range(documents.count()) if documents.item(r).text().startswith((name, f"hoặc: {name}"))]
    assert len(rows) == 1, name
    return rows[0]


def key_on(qtbot, window, name: str, key: Qt.Key, times: int = 1) -> str:
    """Press a key on the paper's row, as the officer does after moving to it; the row's text after."""
    documents = window.intake.form.intakeDocumentList
    documents.setFocus()
    documents.setCurrentRow(row_of(window, name))
    for _ in range(times):
        qtbot.keyClick(documents, key)
        qtbot.wait(HUMAN_GAP_MS)
    return documents.currentItem().text()


def test_each_kind_of_paper_reads_as_what_it_is(qtbot, window):
    choose_khai_sinh(qtbot, window)
    documents = window.intake.form.intakeDocumentList
    texts = [documents.item(r).text() for r in range(documents.count())]
    assert f"hoặc: {WITNESS} — Bản chính, 1 bản" in texts
    assert f"{CARD} — xuất trình (đối chiếu, trả lại ngay)" in texts
    assert f"{PROXY} — Bản chính, 1 bản [Trường hợp ủy quyền thực hiện: không áp dụng]" in texts
    assert "nộp một là đủ" in documents.item(row_of(window, WITNESS)).toolTip()


def test_space_walks_a_case_paper_through_not_applying_handed_and_missing(qtbot, window):
    choose_khai_sinh(qtbot, window)
    assert key_on(qtbot, window, PROXY, Qt.Key.Key_Space).endswith("[Trường hợp ủy quyền thực hiện]")
    assert key_on(qtbot, window, PROXY, Qt.Key.Key_Space).endswith("[Trường hợp ủy quyền thực hiện: còn thiếu]")
    assert key_on(qtbot, window, PROXY, Qt.Key.Key_Space).endswith("[Trường hợp ủy quyền thực hiện: không áp dụng]")


def test_tick_all_gives_one_alternative_and_leaves_the_cases_to_the_officer(qtbot, window):
    choose_khai_sinh(qtbot, window)
    key_on(qtbot, window, WITNESS, Qt.Key.Key_Space)
    qtbot.mouseClick(window.intake.form.intakeCheckAll, Qt.MouseButton.LeftButton)
    documents = window.intake.form.intakeDocumentList
    state = {name: documents.item(row_of(window, name)).checkState() for name in (FORM, BIRTH, WITNESS, PROXY, CARD)}
    assert state == {FORM: Qt.CheckState.Checked, BIRTH: Qt.CheckState.Unchecked, WITNESS: Qt.CheckState.Checked,
                     PROXY: Qt.CheckState.Unchecked, CARD: Qt.CheckState.Checked}


def test_a_missing_case_paper_stops_the_receipt_until_the_officer_says_the_case_does_not_apply(
        qtbot, window, print_dir):
    form = window.intake.form
    choose_khai_sinh(qtbot, window)
    wedge_scan(QR)
    qtbot.mouseClick(form.intakeCheckAll, Qt.MouseButton.LeftButton)
    key_on(qtbot, window, PROXY, Qt.Key.Key_Space, times=2)
    qtbot.keyClick(window, Qt.Key.Key_F9)
    qtbot.waitUntil(lambda: PROXY in form.intakeDocumentError.text())
    assert list(print_dir.glob("*.pdf")) == []

    key_on(qtbot, window, PROXY, Qt.Key.Key_Space)
    assert form.intakeDocumentError.text() == ""


def test_the_receipt_lists_handed_shown_and_originals_to_return(qtbot, window, print_dir):
    form = window.intake.form
    choose_khai_sinh(qtbot, window)
    wedge_scan(QR)
    type_text(form.intakeApplicantPhone, "0912345678")
    for name in (FORM, BIRTH, CARD):
        key_on(qtbot, window, name, Qt.Key.Key_Space)
    assert key_on(qtbot, window, BIRTH, Qt.Key.Key_R).endswith("· trả lại bản chính")
    assert "trả lại" not in key_on(qtbot, window, CARD, Qt.Key.Key_R).split("—")[1].replace("trả lại ngay", "")
    qtbot.keyClick(window, Qt.Key.Key_F9)
    text = " ".join(pdf_text(printed(print_dir, qtbot)[0].read_bytes()).split())
    assert FORM in text and BIRTH in text
    assert WITNESS not in text and SURROGACY not in text and PROXY not in text
    assert "Giấy tờ xuất trình (đã đối chiếu, trả lại ngay): " + " ".join(CARD.split()) in text
    assert f"Bản chính sẽ được trả lại cùng kết quả: {BIRTH}" in text


def test_the_return_button_marks_the_current_original(qtbot, window):
    choose_khai_sinh(qtbot, window)
    key_on(qtbot, window, BIRTH, Qt.Key.Key_Space)
    qtbot.mouseClick(window.intake.form.intakeReturnOriginal, Qt.MouseButton.LeftButton)
    documents = window.intake.form.intakeDocumentList
    assert documents.item(row_of(window, BIRTH)).text().endswith("· trả lại bản chính")


def test_f7_ticks_what_was_handed_in_and_leaves_the_officer_on_the_list(qtbot, window):
    from PySide6.QtWidgets import QApplication

    choose_khai_sinh(qtbot, window)
    wedge_scan(QR)
    qtbot.keyClick(window, Qt.Key.Key_F7)
    documents = window.intake.form.intakeDocumentList
    assert QApplication.focusWidget() is documents
    assert documents.item(row_of(window, FORM)).checkState() == Qt.CheckState.Checked
    assert documents.item(row_of(window, BIRTH)).checkState() == Qt.CheckState.Checked
    assert documents.item(row_of(window, WITNESS)).checkState() == Qt.CheckState.Unchecked
    assert documents.item(row_of(window, PROXY)).checkState() == Qt.CheckState.Unchecked
