"""Barcode and QR scanners: keyboard-wedge bursts told apart from typing, and serial-port scanners.

A wedge types a whole code in a few milliseconds and ends with Enter; a person never does. The
detector watches key presses for the whole application, and when a fast burst ending in Enter
reads as a CCCD QR or a dossier code, it puts back what the focused field held before the burst
and announces the scan instead. A scanner in virtual serial-port mode delivers the QR's UTF-8
bytes untouched by any Vietnamese input method, which a wedge cannot promise.
"""

from __future__ import annotations

import time
from typing import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QWidget

from desk_app.domain.citizen_id import looks_like_cccd_qr
from desk_app.domain.dossier_code import looks_like_dossier_code

MAX_GAP_S = 0.035
MIN_LENGTH = 8


def looks_like_scan(text: str) -> bool:
    return len(text) >= MIN_LENGTH and (looks_like_cccd_qr(text) or looks_like_dossier_code(text))


class _Snapshot:
    """What the focused field held before the burst, to put back when the burst was a scan."""

    def __init__(self, widget: QWidget | None) -> None:
        self.widget = widget
        self.text: str | None = None
        self.cursor = 0
        if isinstance(widget, QLineEdit):
            self.text, self.cursor = widget.text(), widget.cursorPosition()
        elif isinstance(widget, QPlainTextEdit):
            self.text, self.cursor = widget.toPlainText(), widget.textCursor().position()

    def restore(self) -> None:
        if self.text is None:
            return
        if isinstance(self.widget, QLineEdit):
            self.widget.setText(self.text)
            self.widget.setCursorPosition(self.cursor)
        elif isinstance(self.widget, QPlainTextEdit):
            self.widget.setPlainText(self.text)
            cursor = self.widget.textCursor()
            cursor.setPosition(self.cursor)
            self.widget.setTextCursor(cursor)


class WedgeScanDetector(QObject):
    scanned = Signal(str)

    def __init__(self, parent: QObject | None = None, ticker: Callable[[], float] = time.perf_counter) -> None:
        super().__init__(parent)
        self._ticker = ticker
        self._buffer: list[str] = []
        self._last = 0.0
        self._snapshot: _Snapshot | None = None

    def _reset(self) -> None:
        self._buffer.clear()
        self._snapshot = None

    @staticmethod
    def _first_receiver(obj: QObject) -> bool:
        """A key press travels window → focus widget → parents; count it once, at the focus widget."""
        if not isinstance(obj, QWidget):
            return False
        focus = QApplication.focusWidget()
        return obj is focus if focus is not None else obj.isWindow()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() != QEvent.Type.KeyPress or not self._first_receiver(obj):
            return False
        assert isinstance(event, QKeyEvent)
        now = self._ticker()
        fast = bool(self._buffer) and now - self._last <= MAX_GAP_S
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            text = "".join(self._buffer)
            snapshot = self._snapshot
            self._reset()
            if fast and looks_like_scan(text):
                assert snapshot is not None
                snapshot.restore()
                self.scanned.emit(text)
                return True
            return False
        char = event.text()
        if not char or not char.isprintable():
            return False
        if not fast:
            self._reset()
            self._snapshot = _Snapshot(QApplication.focusWidget())
        self._buffer.append(char)
        self._last = now
        return False


class SerialScanner(QObject):
    """A scanner on a (virtual) serial port: one scan per line, bytes decoded as UTF-8."""

    scanned = Signal(str)
    failed = Signal(str)

    def __init__(self, port_name: str, baud_rate: int = 9600, parent: QObject | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtSerialPort import QSerialPort

        self._port = QSerialPort(self)
        self._port.setPortName(port_name)
        self._port.setBaudRate(baud_rate)
        self._port.readyRead.connect(self._read)
        self._pending = b""

    def open(self) -> bool:
        from PySide6.QtCore import QIODevice

        if self._port.open(QIODevice.OpenModeFlag.ReadOnly):
            return True
        self.failed.emit(self._port.errorString())
        return False

    def close(self) -> None:
        self._port.close()

    def _read(self) -> None:
        self._pending += bytes(self._port.readAll().data())
        *lines, self._pending = self._pending.replace(b"\r\n", b"\n").replace(b"\r", b"\n").split(b"\n")
        for line in lines:
            text = line.decode("utf-8", errors="replace").strip()
            if text:
                self.scanned.emit(text)
