"""A real main window on a fresh desk, printing into a folder, driven as an officer drives it."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests_gui_support import close_window


@pytest.fixture
def print_dir(tmp_path: Path, monkeypatch) -> Path:
    folder = tmp_path / "printed"
    monkeypatch.setenv("DESK_APP_PRINT_TO", str(folder))
    return folder


@pytest.fixture
def window(qtbot, data_dir, print_dir, at_monday_morning):
    from desk_app.app import create_main_window

    main = create_main_window(data_dir)
    with qtbot.waitActive(main):
        main.show()
    main.intake.form.intakeProcedureSearch.setFocus()
    yield main
    close_window(main)
