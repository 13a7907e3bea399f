"""Finding a dossier at the lookup screen as the officer does with a crumpled receipt: F3, the last
digits of its code, Enter."""

from __future__ import annotations

from PySide6.QtCore import Qt

from intake_support import request_for
from tests_gui_support import press, type_text


def test_the_last_digits_of_a_code_find_the_dossier(qtbot, window):
    saved = [window.desk.intake.submit(request_for(window.desk)).code for _ in range(3)]
    qtbot.keyClick(window, Qt.Key.Key_F3)
    query = window.lookup.form.lookupQuery
    type_text(query, "2")
    press(query, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.lookup.form.lookupMessage.text() == "Tìm thấy 1 hồ sơ.")
    assert window.lookup.selected_code() == saved[1]
    qtbot.waitUntil(lambda: saved[1] in window.lookup.form.lookupDetail.text())

    query.clear()
    type_text(query, "9")
    press(query, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.lookup.form.lookupMessage.text() == "Không tìm thấy hồ sơ nào.")
