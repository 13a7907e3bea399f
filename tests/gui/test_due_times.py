"""Due times a citizen can act on, on the sample's khai sinh (solved within the day, cut-off 15:00):
received in the morning it is due at the afternoon's closing the same day; received after the
cut-off, at the closing of the next working day (24/11/2026 is a holiday, so 25/11) — on the
screen before saving and in item 5 of the printed receipt."""

from __future__ import annotations

from datetime import datetime

from pdf_reading import pdf_text
from PySide6.QtCore import Qt

from desk_app.clock import LOCAL_TZ
from tests_gui_support import type_text, wedge_scan
from test_intake_flow import QR, choose_khai_sinh, printed


def receive(qtbot, window, print_dir) -> tuple[str, str]:
    form = window.intake.form
    choose_khai_sinh(qtbot, window)
    wedge_scan(QR)
    type_text(form.intakeApplicantPhone, "0912345678")
    qtbot.mouseClick(form.intakeCheckAll, Qt.MouseButton.LeftButton)
    shown = f"{form.intakeDueDate.text()} {form.intakeDueDetail.text()}"
    qtbot.keyClick(window, Qt.Key.Key_F9)
    receipt = pdf_text(printed(print_dir, qtbot)[0].read_bytes())
    return shown, " ".join(receipt.replace("\xa0", " ").split())


def test_received_in_the_morning_it_is_due_at_closing_the_same_day(qtbot, window, print_dir):
    shown, receipt = receive(qtbot, window, print_dir)
    assert shown == "23/11/2026 lúc 17:00"
    assert "Thời gian trả kết quả giải quyết hồ sơ: 17 giờ 00 phút, thứ Hai, ngày 23/11/2026" in receipt


def test_received_after_the_cutoff_it_is_due_at_closing_the_next_working_day(qtbot, window, print_dir,
                                                                             at_monday_morning):
    at_monday_morning.move_to(datetime(2026, 11, 23, 15, 30, tzinfo=LOCAL_TZ), tick=True)
    shown, receipt = receive(qtbot, window, print_dir)
    assert shown == "25/11/2026 lúc 17:00 · thời hạn tính từ 07:30 ngày 25/11/2026"
    assert "Thời gian trả kết quả giải quyết hồ sơ: 17 giờ 00 phút, thứ Tư, ngày 25/11/2026" in receipt
    assert "07 giờ 30" not in receipt
