"""Lịch hẹn (F4): the day's bookings as the feed brought them, other days a keystroke away, and a
booked citizen's intake started from their booking."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from desk_app.sync import wire
from desk_app.sync.feed import apply_page


def booking(key: str, starts_at: str, name: str, status: str = "booked", **extra) -> wire.FeedEntry:
    data = {"id": key, "agency_code": "000.00.12.H12", "procedure_code": "1.001193",
            "procedure_name": "Thủ tục đăng ký khai sinh", "starts_at": starts_at, "minutes": 15,
            "applicant_name": name, "applicant_phone": "0912345678", "status": status,
            "updated_at": "2026-11-22T02:00:00Z", **extra}
    return wire.FeedEntry(kind=wire.FeedKind.APPOINTMENT, key=key, data=data)


def test_f4_lists_the_days_bookings_and_one_becomes_an_intake(qtbot, window):
    with window.desk.database.write() as connection:
        apply_page(connection, [
            booking("b2", "2026-11-23T07:00:00Z", "Vàng A Páo", status="cancelled"),
            booking("b1", "2026-11-23T02:00:00Z", "Lường Thị Hoa", applicant_id_number="034190012345",
                    note="Khai sinh cho con thứ hai"),
            booking("b3", "2026-11-25T01:30:00Z", "Tòng Văn Khánh"),
        ])
    assert window.findChild(QWidget, "appointmentsScreen") is None  # built when first opened
    qtbot.keyClick(window, Qt.Key.Key_F4)
    screen = window.findChild(QWidget, "appointmentsScreen")
    assert screen is not None and window.tabs.currentWidget().isAncestorOf(screen)
    form = screen.form
    model = form.appointmentsTable.model()
    qtbot.waitUntil(lambda: model.rowCount() == 2)
    rows = [[model.index(row, column).data() for column in (0, 1, 6)] for row in range(2)]
    assert rows == [["09:00–09:15", "Lường Thị Hoa", "Đến muộn"], ["14:00–14:15", "Vàng A Páo", "Đã hủy"]]
    assert model.index(1, 1).data(Qt.ItemDataRole.FontRole).strikeOut()
    assert form.appointmentsSummary.text() == "2 lịch hẹn ngày 23/11/2026, 0 đã đến, 1 đã hủy."
    assert "Khai sinh cho con thứ hai" in form.appointmentsDetail.text()

    qtbot.keyClick(form.appointmentsTable, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: "24/11/2026" in form.appointmentsSummary.text())
    assert model.rowCount() == 0 and not form.appointmentsReceive.isEnabled()
    qtbot.keyClick(form.appointmentsTable, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: model.rowCount() == 1)
    qtbot.mouseClick(form.appointmentsToday, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: model.rowCount() == 2)

    form.appointmentsTable.selectRow(0)
    qtbot.mouseClick(form.appointmentsReceive, Qt.MouseButton.LeftButton)
    intake = window.intake.form
    assert window.tabs.currentWidget() is window.intake
    assert intake.intakeApplicantName.text() == "Lường Thị Hoa"
    assert intake.intakeApplicantId.text() == "034190012345"
    assert intake.intakeApplicantPhone.text() == "0912345678"
    assert "(1.001193)" in intake.intakeProcedureChosen.text()
    assert QApplication.focusWidget() is intake.intakeApplicantAddress


def test_a_desk_without_places_books_nothing_and_an_unknown_slip_is_said_so(qtbot, window):
    from tests_gui_support import type_text, wedge_scan

    qtbot.keyClick(window, Qt.Key.Key_F4)
    form = window.appointments.form
    form.apptProcedure.setCurrentIndex(form.apptProcedure.findData("1.001193"))
    qtbot.waitUntil(lambda: form.apptSlotList.count() > 0)
    model = form.apptSlotList.model()
    assert not any(model.item(row).isEnabled() for row in range(model.rowCount()))
    assert form.apptSlotList.currentIndex() == -1
    type_text(form.apptCitizenName, "Lò Văn Dũng")
    type_text(form.apptCitizenPhone, "0912345678")
    qtbot.mouseClick(form.apptBook, Qt.MouseButton.LeftButton)
    assert "Sớm nhất còn chỗ" in form.apptSlotError.text()
    qtbot.mouseClick(form.apptNextFree, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "không còn chỗ hẹn" in form.apptSlotError.text())
    assert window.desk.appointments.day(window.desk.clock().date()) == []

    form.apptCitizenName.setFocus()
    wedge_scan("LH26-424242")
    qtbot.waitUntil(lambda: "LH26-424242" in window.statusBar().currentMessage())
    assert "Không có lịch hẹn" in window.statusBar().currentMessage()
