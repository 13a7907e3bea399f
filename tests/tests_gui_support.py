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
