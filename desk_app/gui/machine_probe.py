"""What Qt sees of this PC for the doctor: the printers and the screen fonts that write Vietnamese.

The doctor runs from a terminal, often one without a display (an SSH session, a service), so when
no Qt application exists yet it makes one on the offscreen platform: printers come from the print
system's plugin and fonts from fontconfig or Windows either way.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtPrintSupport import QPrinterInfo
from PySide6.QtWidgets import QApplication


@dataclass(frozen=True)
class Printers:
    names: tuple[str, ...]
    default: str
    """Empty when the system has no default printer."""


def _application() -> QGuiApplication:
    """A widgets application, as the window would make, so that one made here never stands in its way."""
    return QGuiApplication.instance() or QApplication(["desk-app", "-platform", "offscreen"])


def printers() -> Printers:
    _application()
    return Printers(tuple(info.printerName() for info in QPrinterInfo.availablePrinters()),
                    QPrinterInfo.defaultPrinterName())


def vietnamese_screen_fonts() -> list[str]:
    _application()
    return list(QFontDatabase.families(QFontDatabase.WritingSystem.Vietnamese))
