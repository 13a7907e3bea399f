"""Driving the window like an officer and a scanner: keys with their text, human pauses, wedge bursts."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from desk_app.gui.scanner import HOLD_MS

HUMAN_GAP_MS = HOLD_MS + 25


def _key(widget: QWidget, key: int, text: str = "") -> None:
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, text))


def _key_for(char: str) -> int:
    return ord(char.upper()) if char.isascii() and char.isalnum() else Qt.Key.Key_unknown


def type_text(widget: QWidget, text: str, gap_ms: int = HUMAN_GAP_MS) -> None:
    """Type like a person into the widget (focused first): one key at a time with a human pause,
    Vietnamese letters as key events that carry their text (QTest's keyClicks only knows Latin-1)."""
    widget.setFocus()
    for char in text:
        _key(widget, _key_for(char), char)
        QTest.qWait(gap_ms)
    QTest.qWait(HUMAN_GAP_MS)


def wedge_scan(text: str) -> None:
    """A keyboard-wedge scanner: the whole code in one fast burst into the focused widget, then Enter."""
    target = QApplication.focusWidget()
    assert target is not None
    for char in text:
        _key(target, _key_for(char), char)
    _key(target, Qt.Key.Key_Return, "\r")
    QApplication.processEvents()


def press(widget: QWidget, key: int) -> None:
    _key(widget, key)
    QApplication.processEvents()


def answer(button_name: str, then=None, attempts: int = 200) -> None:
    """Press the button named `button_name` of the next modal question, as the officer would, once
    it is up (the question is shown with exec(), so the answer must be scheduled before)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QPushButton

    def look(left: int) -> None:
        dialog = QApplication.activeModalWidget()
        button = dialog.findChild(QPushButton, button_name) if dialog is not None else None
        if button is None:
            if left:
                QTimer.singleShot(10, lambda: look(left - 1))
            return
        button.click()
        if then is not None:
            then()

    QTimer.singleShot(0, lambda: look(attempts))


def close_window(window) -> None:
    """Close a test's window whatever it holds: any question the close asks is answered "close now";
    the window is then deleted, as pytest-qt does with the widgets it owns (windows are not given to
    it, because it closes before the fixtures' teardown and would leave the questions unanswered)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QPushButton

    def keep_answering() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is not None:
            for name in ("discardYes", "unsentCloseNow"):
                button = dialog.findChild(QPushButton, name)
                if button is not None:
                    button.click()

    timer = QTimer()
    timer.timeout.connect(keep_answering)
    timer.start(10)
    window.close()
    timer.stop()
    window.deleteLater()
    QApplication.processEvents()
