"""Putting a rendered form on paper or in a file: the form's printer, the print folder, a PDF file.

The PDF from desk_app/printing is the one truth; printers get its pages rendered by QtPdf as
images at the printer's resolution, so a thermal printer prints Vietnamese through its driver
without ever being sent text in a code page that lacks it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QMarginsF, QObject, QSize, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog, QWidget

from desk_app.private_files import write_whole
from desk_app.services.forms import RenderedForm
from desk_app.settings import PrintSettings


def write_pdf(rendered: RenderedForm, folder: Path) -> Path:
    """Write the PDF next to its siblings, named after the dossier code and the form."""
    folder.mkdir(parents=True, exist_ok=True)
    return write_whole(folder / rendered.file_name, rendered.pdf)


class LoadedPdf(QObject):
    """A PDF held in memory for QtPdf, which reads from a device; whoever made it keeps it alive."""

    def __init__(self, pdf: bytes, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.buffer = QBuffer(self)
        self.buffer.setData(QByteArray(pdf))
        self.buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self.buffer)


RASTER_DPI_MAX = 300
"""A page is drawn as an image at the printer's resolution, up to this: a high-resolution printer
(1200 dpi) would otherwise get 140 megapixels an A4 page, half a gigabyte and many seconds, for
no better a barcode than 300 dpi gives."""


def paint_pdf(pdf: bytes, printer: QPrinter) -> None:
    """Draw each PDF page as an image, one printed page per PDF page."""
    loaded = LoadedPdf(pdf)
    document = loaded.document
    first_size = document.pagePointSize(0)
    printer.setPageLayout(QPageLayout(QPageSize(QSizeF(first_size.width(), first_size.height()),
                                                QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.ExactMatch),
                                      QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))
    painter = QPainter()
    if not printer.isValid() or not painter.begin(printer):
        loaded.deleteLater()
        name = printer.printerName()
        if name:
            raise OSError(QCoreApplication.translate("PrintOutput", "máy in {name} không sẵn sàng").format(name=name))
        raise OSError(QCoreApplication.translate("PrintOutput", "máy in mặc định không sẵn sàng"))
    try:
        dpi = min(printer.resolution(), RASTER_DPI_MAX)
        for page in range(document.pageCount()):
            if page:
                printer.newPage()
            size = document.pagePointSize(page)
            image = document.render(page, QSize(round(size.width() * dpi / 72), round(size.height() * dpi / 72)))
            painter.drawImage(painter.viewport(), image)
    finally:
        painter.end()
        loaded.deleteLater()


def form_printer(rendered: RenderedForm) -> QPrinter:
    """The printer the settings chose for the form, the system's default unless they name one (an
    empty name would make QPrinter a PDF writer)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    if rendered.printer:
        printer.setPrinterName(rendered.printer)
    printer.setDocName(rendered.file_name)
    return printer


def print_on(rendered: RenderedForm, printer: QPrinter) -> str:
    """Slow (each page is rasterised at the printer's resolution), so the desk worker runs it."""
    paint_pdf(rendered.pdf, printer)
    return QCoreApplication.translate("PrintOutput", "Đã gửi phiếu {code} tới máy in {name}").format(
        code=rendered.code, name=printer.printerName())


def save_pdf_as(rendered: RenderedForm, parent: QWidget) -> Path | None:
    """Ask where, then write the file; None when the officer cancels."""
    title = QCoreApplication.translate("PrintOutput", "Lưu phiếu thành tệp PDF")
    chosen, _ = QFileDialog.getSaveFileName(parent, title, rendered.file_name, "PDF (*.pdf)")
    if not chosen:
        return None
    return write_whole(Path(chosen), rendered.pdf)


class PrintOutput:
    """Sends a rendered form to a file where the desk's settings say: the print folder, or a PDF
    file the officer names. The printer goes through `print_on` on the desk worker, and the
    preview through gui/print_preview.py."""

    def __init__(self, settings: PrintSettings, parent: QWidget) -> None:
        self._settings = settings
        self._parent = parent

    def deliver(self, rendered: RenderedForm) -> str:
        """Returns a short line saying where the form went, for the status bar."""
        if self._settings.print_to:
            path = write_pdf(rendered, Path(self._settings.print_to))
            return QCoreApplication.translate("PrintOutput", "Đã lưu tệp {path}").format(path=path)
        chosen = save_pdf_as(rendered, self._parent)
        if chosen is None:
            return QCoreApplication.translate("PrintOutput", "Chưa in: đã hủy lưu tệp.")
        return QCoreApplication.translate("PrintOutput", "Đã lưu tệp {path}").format(path=chosen)
