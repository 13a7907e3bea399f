"""Barcode and QR scanners: keyboard-wedge bursts told apart from typing, and serial-port scanners.

A wedge types a whole code in a few milliseconds and ends with Enter; a person never does. The
detector holds every plain key press back for a moment: a key that is not followed by another
within HOLD_MS is delivered as typed (a person never notices 35 ms), while a burst that ends in
Enter and reads as a CCCD QR, a dossier code or a booking number is announced as a scan and never reaches the
focused widget, whatever it is (a spin box, a checklist, a button the spaces would press). Any
other key, a shortcut or a click first delivers what was held, so nothing is reordered. A scanner
in virtual serial-port mode delivers the QR's UTF-8 bytes untouched by any Vietnamese input
method, which a wedge cannot promise.
"""

from __future__ import annotations

import time

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from desk_app.domain.booking_number import BookingNumber, parse_booking_number
from desk_app.domain.citizen_id import CccdQr, looks_like_cccd_qr, parse_cccd_qr
from desk_app.domain.dossier_code import DossierCode, looks_like_dossier_code, parse_dossier_code

HOLD_MS = 35
MIN_LENGTH = 8
ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
COMMAND_MODIFIERS = (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
                     | Qt.KeyboardModifier.MetaModifier)
FLUSH_EVENTS = (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick, QEvent.Type.ShortcutOverride)


def looks_like_scan(text: str) -> bool:
    return len(text) >= MIN_LENGTH and (looks_like_cccd_qr(text) or looks_like_dossier_code(text)
                                        or parse_booking_number(text) is not None)


def read_scan(text: str) -> CccdQr | DossierCode | BookingNumber | None:
    """What a scan is to the desk: a chip ID card's QR, a receipt's dossier code, an appointment
    slip's booking number, or None for anything else. Text shaped like a card's QR that does not
    read as one raises DomainError."""
    if looks_like_cccd_qr(text):
        return parse_cccd_qr(text)
    if looks_like_dossier_code(text):
        return parse_dossier_code(text)
    return parse_booking_number(text)


def serial_port_names() -> list[str]:
    """The serial ports of this PC as the settings name them: COM3 on Windows, /dev/ttyACM0 elsewhere."""
    from PySide6.QtSerialPort import QSerialPortInfo

    return [info.systemLocation() if info.systemLocation().startswith("/") else info.portName()
            for info in QSerialPortInfo.availablePorts()]


def _holdable(event: QKeyEvent) -> bool:
    text = event.text()
    return bool(text) and text.isprintable() and not event.modifiers() & COMMAND_MODIFIERS


def _is_plain_enter(event: QKeyEvent) -> bool:
    return event.key() in ENTER_KEYS and not event.modifiers() & COMMAND_MODIFIERS


def _decided_at_press(event: QKeyEvent) -> bool:
    """Keys whose shortcut check must not deliver the held burst: the press that follows decides."""
    return _holdable(event) or _is_plain_enter(event)


def _arrival_ms(event: QKeyEvent) -> float:
    """When the key was typed: the window system's time stamp, which a busy GUI thread does not
    delay; a key made in the program (no stamp) counts when it is seen."""
    stamp = event.timestamp()
    return float(stamp) if stamp else time.monotonic() * 1000


class WedgeScanDetector(QObject):
    """Installed on the application (key presses go to whichever widget has the focus, so only the
    application sees them all), but bound to one window: it holds and reads only the keys typed
    into that window's widgets, so each window of the process gets its own scans."""

    scanned = Signal(str)

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._held: list[tuple[QWidget, QKeyEvent]] = []
        self._replaying = False
        self._last_ms = 0.0
        """When the last held key was typed: a key that comes later than HOLD_MS after it is a
        person's, whether or not the timer (late when the GUI thread is busy) has released it."""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(HOLD_MS)
        self._timer.timeout.connect(self.release)

    def _first_receiver(self, obj: QObject) -> bool:
        """A key press travels window → focus widget → parents; take it once, at the focus widget,
        and only in this detector's window or a window it keeps open beside itself (a print preview
        left open when the next citizen's card is scanned): a modal dialog keeps its keys."""
        if not isinstance(obj, QWidget) or not self._ours(obj.window()):
            return False
        focus = QApplication.focusWidget()
        return obj is focus if focus is not None else obj.isWindow()

    def _ours(self, top: QWidget) -> bool:
        return top is self._window or (top.parentWidget() is self._window and not top.isModal())

    def release(self) -> None:
        """Deliver the held keys, in order, to the widgets they were typed into."""
        self._timer.stop()
        held, self._held = self._held, []
        self._replaying = True
        try:
            for widget, event in held:
                if shiboken6.isValid(widget):
                    QApplication.sendEvent(widget, event)
        finally:
            self._replaying = False

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if self._replaying:
            return False
        kind = event.type()
        if kind in FLUSH_EVENTS:
            if self._held and not (kind == QEvent.Type.ShortcutOverride and _decided_at_press(event)):
                self.release()
            return False
        if kind != QEvent.Type.KeyPress or not self._first_receiver(obj):
            return False
        assert isinstance(event, QKeyEvent) and isinstance(obj, QWidget)
        if _holdable(event):
            arrived = _arrival_ms(event)
            if self._held and arrived - self._last_ms > HOLD_MS:
                self.release()
            self._last_ms = arrived
            self._held.append((obj, QKeyEvent(QEvent.Type.KeyPress, event.key(), event.modifiers(),
                                              event.text(), event.isAutoRepeat(), event.count())))
            self._timer.start()
            return True
        if _is_plain_enter(event):
            text = "".join(held.text() for _, held in self._held)
            if looks_like_scan(text):
                self._timer.stop()
                self._held = []
                self.scanned.emit(text)
                return True
        self.release()
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
