"""The appointments screen driven as an officer drives it, on a desk registered with a real
provincial server: book into a slot the desk holds, the slip printed with both codes, a bad
booking refused at its fields, the week's places, the citizen checked in by scanning the slip
and the intake started filled, then the booking and the arrival reaching the province."""

from __future__ import annotations

import json
from datetime import datetime, time

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication

from desk_app.clock import LOCAL_TZ
from desk_app.domain.appointment import AppointmentStatus
from desk_app.domain.working_calendar import WorkingCalendar
from pdf_reading import decoded, pdf_text
from sync_support import provincial
from tests_gui_support import close_window, type_text, wedge_scan

pytestmark = pytest.mark.parametrize("province", ["sqlite"], indirect=True)

WAIT_MS = 15000
PROCEDURE = "1.001193"


@pytest.fixture
def window(qtbot, registered, tmp_path, monkeypatch):
    from desk_app.app import create_main_window

    registered("desk").close()
    monkeypatch.setenv("DESK_APP_PRINT_TO", str(tmp_path / "printed"))
    main = create_main_window(tmp_path / "desk")
    with qtbot.waitActive(main):
        main.show()
    yield main
    close_window(main)


def slips(tmp_path) -> list:
    folder = tmp_path / "printed"
    return sorted(folder.glob("*_phieu-hen.pdf")) if folder.exists() else []


def open_booking_form(qtbot, window, day):
    qtbot.keyClick(window, Qt.Key.Key_F4)
    screen = window.appointments
    form = screen.form
    qtbot.mouseClick(form.apptNewBooking, Qt.MouseButton.LeftButton)
    form.apptProcedure.setCurrentIndex(form.apptProcedure.findData(PROCEDURE))
    form.appointmentsDay.setDate(QDate(day))
    qtbot.waitUntil(lambda: form.apptSlotList.count() > 0, timeout=WAIT_MS)
    return screen, form


def slot_index(form, text: str) -> int:
    return next(i for i in range(form.apptSlotList.count()) if form.apptSlotList.itemText(i).startswith(text))


def test_book_print_and_check_in_by_scanning_the_slip(qtbot, window, tmp_path, province, agency):
    day = WorkingCalendar().add_working_days(datetime.now(LOCAL_TZ).date(), 2)
    screen, form = open_booking_form(qtbot, window, day)
    eight = slot_index(form, "08:00")
    form.apptSlotList.setCurrentIndex(eight)
    assert form.apptSlotList.currentData(Qt.ItemDataRole.UserRole) == datetime.combine(day, time(8, 0), LOCAL_TZ)

    type_text(form.apptCitizenName, "Nguyễn Văn A")
    type_text(form.apptCitizenPhone, "12")
    qtbot.mouseClick(form.apptBook, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: form.apptCitizenPhoneError.text() != "", timeout=WAIT_MS)
    assert "điện thoại" in form.apptCitizenPhoneError.text().lower() and slips(tmp_path) == []
    assert window.desk.appointments.day(day) == []

    form.apptCitizenName.clear()
    type_text(form.apptCitizenName, "Lường Thị Hoa")
    form.apptCitizenPhone.clear()
    type_text(form.apptCitizenPhone, "0912 345 678")
    type_text(form.apptCitizenId, "012195000123")
    qtbot.mouseClick(form.apptBook, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(slips(tmp_path)) == 1, timeout=WAIT_MS)
    (booked,) = window.desk.appointments.day(day)
    assert booked.applicant_name == "Lường Thị Hoa" and booked.starts_at.time() == time(8, 0)
    pdf = slips(tmp_path)[0].read_bytes()
    assert slips(tmp_path)[0].name == f"{booked.number}_phieu-hen.pdf"
    codes = decoded(pdf)
    assert codes.get("Code128") == [booked.number] and codes.get("QRCode") == [booked.number]
    text = pdf_text(pdf)
    assert "PHIẾU HẸN" in text and "Lường Thị Hoa" in text and "08:00" in text
    qtbot.waitUntil(lambda: screen._model.rowCount() == 1, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: "hết chỗ" in form.apptSlotList.itemText(eight), timeout=WAIT_MS)
    assert not form.apptSlotList.model().item(eight).isEnabled()

    form.apptViews.setCurrentWidget(form.apptWeekView)
    cells = [form.apptWeekTable.item(r, c).text() for r in range(form.apptWeekTable.rowCount())
             for c in range(form.apptWeekTable.columnCount()) if form.apptWeekTable.item(r, c)]
    assert any(cell.startswith("1/4") for cell in cells)

    form.apptProcedure.setFocus()
    wedge_scan(booked.number.lower())
    qtbot.waitUntil(lambda: window.tabs.currentWidget() is window.intake, timeout=WAIT_MS)
    intake = window.intake.form
    assert intake.intakeApplicantName.text() == "Lường Thị Hoa"
    assert intake.intakeApplicantPhone.text() == "0912345678"
    assert intake.intakeApplicantId.text() == "012195000123"
    assert PROCEDURE in intake.intakeProcedureChosen.text()
    assert window.desk.appointments.find(booked.number).status is AppointmentStatus.ARRIVED

    type_text(intake.intakeApplicantAddress, "Bản Nà Khan, xã Tân Phong")
    qtbot.keyClick(window, Qt.Key.Key_F7)
    qtbot.waitUntil(lambda: intake.intakePickupSlot.count() > 1, timeout=WAIT_MS)
    intake.intakePickupSlot.setCurrentIndex(1)
    pickup_at = intake.intakePickupSlot.currentData()
    qtbot.keyClick(window, Qt.Key.Key_F9)
    qtbot.waitUntil(lambda: "Đã hẹn giờ nhận kết quả" in intake.intakeStatus.toolTip() + intake.intakeStatus.text(),
                    timeout=WAIT_MS)
    receipt = next(path for path in (tmp_path / "printed").glob("*.pdf") if "mau01" in path.name)
    pickup = window.desk.appointments.day(pickup_at.date())
    (collect,) = [a for a in pickup if a.dossier_code and a.dossier_code in receipt.name]
    assert collect.starts_at == pickup_at and collect.applicant_name == "Lường Thị Hoa"
    assert "Đã hẹn giờ nhận kết quả" in pdf_text(receipt.read_bytes()) and collect.number in pdf_text(receipt.read_bytes())

    assert window.desk.sync.run_once().ok
    listed = json.loads(provincial(province.db_url, "appointment", "list", "--agency", agency.code, "--day", str(day),
                                   "--json"))
    assert [(a["number"], a["status"], a["channel"]) for a in listed if a["purpose"] == "submit"] == [
        (booked.number, "arrived", "desk")]
    assert QApplication.activeModalWidget() is None
