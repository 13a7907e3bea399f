"""First start: the officer enters the desk's profile, which every form prints."""

from __future__ import annotations

import tomllib

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from desk_app.gui.profile_dialog import ProfileDialog
from desk_app.services.desk import Desk
from tests_gui_support import type_text


def test_first_start_profile_is_checked_then_written_keeping_comments(qtbot, tmp_path):
    data_dir = tmp_path / "fresh"
    data_dir.mkdir()
    (data_dir / "settings.toml").write_text("# Máy quầy số 2\n[printing]\nreceipt_paper = \"a4\"\n",
                                            encoding="utf-8")
    desk = Desk.open(data_dir)
    try:
        assert not desk.settings.profile.is_complete
        dialog = ProfileDialog.for_desk(desk)
        qtbot.addWidget(dialog)
        form = dialog.form
        type_text(form.profileAgencyName, "UBND xã Đông Hưng", gap_ms=0)
        type_text(form.profileAgencyCode, "000-00", gap_ms=0)
        save = form.profileButtons.button(QDialogButtonBox.StandardButton.Save)
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
        assert form.profileAgencyCodeError.text()
        assert form.profilePlaceNameError.text()
        assert form.profileOfficerNameError.text()
        assert not desk.settings.profile.is_complete
        form.profileAgencyCode.setText("000.00.12.h12")
        type_text(form.profilePlaceName, "Đông Hưng", gap_ms=0)
        type_text(form.profileOfficerName, "Trần Văn Bình", gap_ms=0)
        form.profileSequenceBlock.setText("4500-1")
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
        assert "4500-1" in form.profileSequenceBlockError.text()
        form.profileSequenceBlock.setText("4500-8999")
        with qtbot.waitSignal(dialog.accepted):
            qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
        assert desk.settings.profile.agency_code == "000.00.12.H12"
        text = (data_dir / "settings.toml").read_text(encoding="utf-8")
        assert text.startswith("# Máy quầy số 2")
        assert tomllib.loads(text)["desk"]["officer_name"] == "Trần Văn Bình"
        assert tomllib.loads(text)["codes"]["sequence_block"] == "4500-8999"
        assert (desk.settings.sequence_first, desk.settings.sequence_last) == (4500, 8999)
    finally:
        desk.close()


def test_a_registered_desks_agency_code_and_block_cannot_be_typed_over(qtbot, desk):
    from intake_support import register_locally

    register_locally(desk)
    dialog = ProfileDialog.for_desk(desk)
    qtbot.addWidget(dialog)
    form = dialog.form
    assert form.profileAgencyCode.isReadOnly() and form.profileSequenceBlock.isReadOnly()
    assert form.profileAgencyCodeError.text() == "Do hệ thống tỉnh cấp khi đăng ký máy quầy."
    type_text(form.profileAgencyCode, "H56", gap_ms=0)
    assert form.profileAgencyCode.text() == "000.00.12.H12"
    form.profileOfficerName.clear()
    type_text(form.profileOfficerName, "Lê Thị Hoa", gap_ms=0)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(form.profileButtons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert desk.settings.profile.officer_name == "Lê Thị Hoa"
    assert desk.settings.profile.agency_code == "000.00.12.H12"
