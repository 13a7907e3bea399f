"""Shared test set-up: headless Qt, and a desk on a fresh data directory at a fixed moment."""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

import pytest  # noqa: E402

from intake_support import DESK_SETTINGS, MONDAY_MORNING  # noqa: E402


def pytest_sessionfinish(session, exitstatus) -> None:
    """Release the session's Qt objects while the application still runs: widgets left to the
    interpreter's final garbage collection are destroyed in no set order, which PySide does not
    always survive."""
    if "PySide6.QtWidgets" not in sys.modules:
        return
    import gc

    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        return
    for widget in QApplication.topLevelWidgets():
        widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()
    gc.collect()


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    directory = tmp_path / "desk"
    directory.mkdir()
    (directory / "settings.toml").write_text(DESK_SETTINGS, encoding="utf-8")
    return directory


@pytest.fixture
def keyring_file(tmp_path, monkeypatch) -> Path:
    """keyrings.alt's file backend keeps its file under $XDG_DATA_HOME/python_keyring: one per test."""
    import keyring.core

    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyrings.alt.file.PlaintextKeyring")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    keyring.core.init_backend()
    return tmp_path / "xdg" / "python_keyring" / "keyring_pass.cfg"


@pytest.fixture
def at_monday_morning(time_machine):
    time_machine.move_to(MONDAY_MORNING, tick=True)
    return time_machine


@pytest.fixture
def desk(data_dir: Path, at_monday_morning):
    from desk_app.services.desk import Desk

    opened = Desk.open(data_dir)
    yield opened
    opened.close()
