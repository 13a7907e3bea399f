"""The Qt binding must not lose references to Python's singletons: a desk runs all day, and each
reference dropped from None or True brings the interpreter nearer to an abort ("none_dealloc",
"bool_dealloc") in front of a citizen. PySide6 6.12.0 drops one per void call and per bool a
Python signal carries; pyproject.toml keeps it out, and this test says why if it comes back."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QPushButton

CALLS = 2000


class _Carrier(QObject):
    flag = Signal(bool)


def test_void_calls_keep_the_references_to_none(qapp):
    button = QPushButton()
    before = sys.getrefcount(None)
    for _ in range(CALLS):
        button.setEnabled(True)
    assert abs(sys.getrefcount(None) - before) < CALLS // 10


def test_a_bool_carried_by_a_python_signal_keeps_its_references(qapp):
    carrier, received = _Carrier(), []
    carrier.flag.connect(received.append)
    before = sys.getrefcount(True)
    for _ in range(CALLS):
        carrier.flag.emit(True)
    held = sys.getrefcount(True) - before
    assert received == [True] * CALLS
    assert abs(held - CALLS) < CALLS // 10
