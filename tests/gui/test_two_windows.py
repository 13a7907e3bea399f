"""Two windows in one process each get their own scans, and changes reach every screen by one path."""

from __future__ import annotations

import shutil

from PySide6.QtWidgets import QApplication

from tests_gui_support import close_window, wedge_scan

QR = "034190012345||Nguyễn Thị Thu Hằng|05031990|Nữ|Thôn Đông, xã Đông Hưng, tỉnh Hưng Yên|10062021"


def test_a_scan_goes_to_the_window_it_was_typed_into(qtbot, window, tmp_path, print_dir):
    from desk_app.app import create_main_window

    other_dir = tmp_path / "desk-2"
    shutil.copytree(window.desk.data_dir, other_dir, ignore=shutil.ignore_patterns("desk.sqlite3*", "logs"))
    second = create_main_window(other_dir)
    with qtbot.waitActive(second):
        second.show()
    try:
        second.intake.form.intakeProcedureSearch.setFocus()
        wedge_scan(QR)
        qtbot.waitUntil(lambda: second.intake.form.intakeApplicantName.text() == "Nguyễn Thị Thu Hằng")
        assert window.intake.form.intakeApplicantName.text() == ""
        second.intake.clear()
        with qtbot.waitActive(window):
            window.activateWindow()
        window.intake.form.intakeProcedureSearch.setFocus()
        assert QApplication.focusWidget().window() is window
        wedge_scan(QR)
        qtbot.waitUntil(lambda: window.intake.form.intakeApplicantName.text() == "Nguyễn Thị Thu Hằng")
        assert second.intake.form.intakeApplicantName.text() == ""
    finally:
        close_window(second)


def test_a_catalogue_import_reaches_the_intake_screen_through_the_bus(qtbot, window, tmp_path):
    import json

    path = tmp_path / "catalogue.json"
    path.write_text(json.dumps([{"code": "9.000001", "name": "Thủ tục thử của tỉnh", "processing_days": 1}],
                               ensure_ascii=False), encoding="utf-8")
    form = window.intake.form
    with qtbot.waitSignal(window.changes.changed, timeout=5000) as published:
        window.operations.run(lambda: window.desk.catalogue.import_file(path), initiator="test")
    assert published.args[0].initiator == "test"
    assert form.intakeProcedureList.model().rowCount() == 1
    assert "9.000001" in form.intakeProcedureList.model().index(0).data()


def test_a_save_queues_the_sync_and_the_lookup_that_started_nothing_refreshes(qtbot, window):
    from desk_app.services.changes import Kind
    from intake_support import request_for

    seen = []
    window.changes.changed.connect(seen.append)
    saved = []
    window.operations.run(lambda: window.desk.intake.submit(request_for(window.desk)), saved.append)
    qtbot.waitUntil(lambda: bool(saved) and bool(seen))
    assert seen[0].touches(Kind.OUTBOX) and seen[0].ids(Kind.DOSSIER) == {saved[0].code}
