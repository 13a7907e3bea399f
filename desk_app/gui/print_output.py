"""Putting a rendered form on paper: print preview, the default printer, or a PDF file.

The PDF from desk_app/printing is the one truth; printers get its pages rendered by QtPdf as
images at the printer's resolution, so a thermal printer prints Vietnamese through its driver
without ever being sent text in a code page that lacks it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QMarginsF, QObject, QSize, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QFileDialog, QWidget

from desk_app.services.forms import RenderedForm
from desk_app.settings import PrintSettings


def write_pdf(rendered: RenderedForm, folder: Path) -> Path:
    """Write the PDF next to its siblings, named after the dossier code and the form."""
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / rendered.file_name
    partial = target.with_suffix(".pdf.part")
    partial.write_bytes(rendered.pdf)
    partial.replace(target)
    return target


class _LoadedPdf(QObject):
    def __init__(self, pdf: bytes, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.buffer = QBuffer(self)
        self.buffer.setData(QByteArray(pdf))
        self.buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self.buffer)


def paint_pdf(pdf: bytes, printer: QPrinter) -> None:
    """Draw each PDF page as an image at the printer's resolution, one printed page per PDF page."""
    loaded = _LoadedPdf(pdf)
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
        dpi = printer.resolution()
        for page in range(document.pageCount()):
            if page:
                printer.newPage()
            size = document.pagePointSize(page)
            image = document.render(page, QSize(round(size.width() * dpi / 72), round(size.height() * dpi / 72)))
            painter.drawImage(painter.viewport(), image)
    finally:
        painter.end()
        loaded.deleteLater()


def print_on_default_printer(rendered: RenderedForm) -> str:
    """Straight to the printer the settings chose for the form, the system's default unless they
    name one (an empty name would make QPrinter a PDF writer); slow (each page is rasterised), so
    the desk worker runs it."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    if rendered.printer:
        printer.setPrinterName(rendered.printer)
    printer.setDocName(rendered.file_name)
    paint_pdf(rendered.pdf, printer)
    return QCoreApplication.translate("PrintOutput", "Đã gửi phiếu {code} tới máy in {name}").format(
        code=rendered.code, name=printer.printerName())


class PrintOutput:
    """Sends a rendered form where the desk's settings say, when that is quick or needs the officer:
    the print folder, a chosen PDF file, or the preview dialog. The default printer goes through
    `print_on_default_printer` on the desk worker instead."""

    def __init__(self, settings: PrintSettings, parent: QWidget) -> None:
        self._settings = settings
        self._parent = parent

    def deliver(self, rendered: RenderedForm) -> str:
        """Returns a short line saying where the form went, for the status bar."""
        if self._settings.print_to:
            path = write_pdf(rendered, Path(self._settings.print_to))
            return QCoreApplication.translate("PrintOutput", "Đã lưu tệp {path}").format(path=path)
        if self._settings.output == "pdf":
            title = QCoreApplication.translate("PrintOutput", "Lưu phiếu thành tệp PDF")
            chosen, _ = QFileDialog.getSaveFileName(self._parent, title, rendered.file_name, "PDF (*.pdf)")
            if not chosen:
                return QCoreApplication.translate("PrintOutput", "Chưa in: đã hủy lưu tệp.")
            Path(chosen).write_bytes(rendered.pdf)
            return QCoreApplication.translate("PrintOutput", "Đã lưu tệp {path}").format(path=chosen)
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(rendered.file_name)
        dialog = QPrintPreviewDialog(printer, self._parent)
        dialog.setWindowTitle(QCoreApplication.translate("PrintOutput", "Xem trước khi in — {code}").format(
            code=rendered.code))
        dialog.paintRequested.connect(lambda target: paint_pdf(rendered.pdf, target))
        dialog.exec()
        return QCoreApplication.translate("PrintOutput", "Đã mở bản xem trước phiếu {code}").format(code=rendered.code)
