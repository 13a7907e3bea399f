"""A damaged database stops the window before it opens, with what to do instead of a traceback."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from backup_support import backups, save
from desk_app.app import run_gui


@pytest.mark.parametrize("damage", [slice(0, 100), slice(100, 4096)], ids=["header", "schema page"])
def test_the_window_refuses_a_damaged_database_and_points_to_doctor_and_restore(qapp, data_dir, monkeypatch,
                                                                                 damage):
    save(data_dir, 1)
    latest = backups(data_dir).run_daily()
    database = data_dir / "desk.sqlite3"
    data = bytearray(database.read_bytes())
    data[damage] = b"\xa5" * (damage.stop - damage.start)
    database.write_bytes(bytes(data))
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    assert run_gui(data_dir, True) == 2
    [text] = shown
    assert "bị hỏng" in text and "desk-app doctor" in text and "desk-app restore" in text
    assert str(latest) in text


def test_checking_an_installation_says_so_on_standard_error_instead_of_a_dialog(qapp, data_dir, capsys):
    save(data_dir, 1)
    (data_dir / "desk.sqlite3").write_bytes(b"\0" * 4096)
    assert run_gui(data_dir, True, check_start=True) == 2
    assert "bị hỏng" in capsys.readouterr().err
