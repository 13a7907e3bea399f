"""Reading printed forms back the way a person or a scanner would: their text, and their codes at 300 dpi."""

from __future__ import annotations

import io
import unicodedata

import zxingcpp
from pypdf import PdfReader
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPdf import QPdfDocument


def pdf_text(pdf: bytes) -> str:
    """All pages' text, NFC-normalised so it compares with what the officer typed."""
    reader = PdfReader(io.BytesIO(pdf))
    return unicodedata.normalize("NFC", "\n".join(page.extract_text() or "" for page in reader.pages))


def assert_in_order(text: str, expected: list[str]) -> None:
    """Every expected line appears in the text, in this order (what a reader of the form sees)."""
    position = 0
    for line in expected:
        found = text.find(unicodedata.normalize("NFC", line), position)
        assert found >= 0, f"{line!r} missing or out of order in {text[position:position + 300]!r}"
        position = found + len(line)


def page_count(pdf: bytes) -> int:
    return len(PdfReader(io.BytesIO(pdf)).pages)


def render_page(pdf: bytes, page: int = 0, dpi: float = 300) -> QImage:
    """Rasterise one page with QtPdf, as the desk does for printers (needs a QGuiApplication)."""
    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    size = document.pagePointSize(page)
    rendered = document.render(page, QSize(round(size.width() * dpi / 72), round(size.height() * dpi / 72)))
    document.close()
    paper = QImage(rendered.size(), QImage.Format.Format_RGB32)
    paper.fill(Qt.GlobalColor.white)
    painter = QPainter(paper)
    painter.drawImage(0, 0, rendered)
    painter.end()
    return paper.convertToFormat(QImage.Format.Format_Grayscale8)


def decoded(pdf: bytes, page: int = 0, dpi: float = 300) -> dict[str, list[str]]:
    """Every barcode and QR code zxing finds on the page, by format name."""
    found: dict[str, list[str]] = {}
    for barcode in zxingcpp.read_barcodes(render_page(pdf, page, dpi)):
        found.setdefault(barcode.format.name, []).append(barcode.text)
    return found
