"""The window in Vietnamese by default and in English when asked: its own words, the labels from
the rules, and the errors shown at the fields."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desk_app.gui.language import use_language
from desk_app.gui.messages import error_text, reason_text
from desk_app.sync.transport import SyncError
from tests_gui_support import close_window


@pytest.fixture
def open_window(qtbot, data_dir, print_dir, at_monday_morning):
    """Opens windows as run_gui does, and leaves the process in Vietnamese for the next test."""
    from desk_app.app import create_main_window

    opened = []

    def open_(language: str | None = None):
        window = create_main_window(data_dir, language=language)
        opened.append(window)
        return window

    yield open_
    for window in opened:
        close_window(window)
    use_language(QApplication.instance(), "vi")


def test_the_window_speaks_vietnamese_by_default(open_window):
    window = open_window()
    form = window.intake.form
    assert window.tabs.tabText(0) == "Tiếp nhận hồ sơ (F2)"
    assert form.intakeSaveAndPrint.text() == "Lưu và in giấy tiếp nhận (F9)"
    assert form.intakeApplicantSex.itemText(1) == "Nam"


def test_with_english_the_screens_labels_and_errors_are_english(open_window):
    window = open_window("en")
    form = window.intake.form
    assert window.tabs.tabText(0) == "Intake (F2)"
    assert form.intakeSaveAndPrint.text() == "Save and print the receipt (F9)"
    assert form.applicantGroup.title().startswith("2. Applicant")
    assert [form.intakeApplicantSex.itemText(i) for i in (1, 2)] == ["Male", "Female"]
    assert window.lookup.form.lookupResults.model().headerData(0, Qt.Orientation.Horizontal) == "Dossier code"
    assert window.sync_view.connection.text().startswith("Not registered")
    window.intake.choose_procedure(window.desk.catalogue.get("1.001193"))
    assert "copies: " in form.intakeDocumentList.item(0).text()
    assert any(kind in form.intakeDocumentList.item(0).text() for kind in ("Original", "Copy", "Certified copy"))
    form.intakeApplicantId.setText("0341900")
    form.intakeApplicantId.editingFinished.emit()
    assert form.intakeApplicantIdError.text() == (
        "The personal ID number must have exactly 12 digits (the number entered has 7).")


def test_the_settings_choose_the_language_and_the_command_line_overrides_them(open_window, data_dir):
    with (data_dir / "settings.toml").open("a", encoding="utf-8") as settings:
        settings.write('\n[ui]\nlanguage = "en"\n')
    assert open_window().tabs.tabText(1) == "Lookup, reprint (F3)"
    assert open_window("vi").tabs.tabText(1) == "Tra cứu, in lại (F3)"


def test_a_kept_sync_error_is_worded_in_english_labels_included(open_window):
    open_window("en")
    assert reason_text("sync.not_owner", {"to_label": "Đang giải quyết"}, "") == (
        "Moving a dossier to “In progress” is for the processing department; the desk may not record it.")
    assert reason_text("no.such.code", None, "Câu của máy chủ tỉnh.") == "Câu của máy chủ tỉnh."


def test_a_servers_refusal_is_worded_from_its_code_when_the_desk_can_fill_it(open_window):
    open_window("en")
    assert error_text(SyncError("auth.credentials", status=403, text="Sai mật khẩu.")) == (
        "The user name or password is wrong.")
    assert error_text(SyncError("auth.officer_inactive", status=403, text="Tài khoản canbo2 đã bị khóa.")) == (
        "Tài khoản canbo2 đã bị khóa.")
