"""The print preview: the form's pages as the printer will get them, each shown as soon as it is drawn.

Qt's own preview dialog paints every page at the printer's resolution on the GUI thread before it
shows anything: seconds for a receipt, with the window frozen in front of the citizen. Here the
dialog opens at once, the desk's worker rasterises the pages at screen resolution, first page
first, and each appears the moment it is ready. Printing from the preview asks for the printer
and hands the pages to the worker again at the printer's resolution (gui/print_output.py).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QCloseEvent, QImage, QKeySequence, QPalette, QPixmap, QShortcut
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desk_app.gui.print_output import LoadedPdf, form_printer, save_pdf_as
from desk_app.gui.worker import Task, Worker
from desk_app.services.forms import RenderedForm

PREVIEW_DPI = 96.0
"""Screen resolution: sharp at 100 % zoom, and a quarter of a second for a page on a slow PC."""


@dataclass(frozen=True)
class Page:
    index: int
    count: int
    image: QImage


def render_pages(pdf: bytes, dpi: float, each: Callable[[Page], None],
                 cancelled: Callable[[], bool] = lambda: False) -> int:
    """Rasterise the pages in order, handing each to `each` as it is done; runs on a worker thread
    (QtPdf serialises its own calls). Returns the number of pages."""
    loaded = LoadedPdf(pdf)
    document = loaded.document
    count = document.pageCount()
    for index in range(count):
        if cancelled():
            break
        size = document.pagePointSize(index)
        each(Page(index, count, document.render(index, QSize(round(size.width() * dpi / 72),
                                                             round(size.height() * dpi / 72)))))
    return count


class PrintPreview(QDialog):
    """Opened non-modally over the window; closing it cancels the pages not yet drawn."""

    def __init__(self, rendered: RenderedForm, worker: Worker, send_to_printer: Callable[[QPrinter], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("printPreview")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Xem trước khi in — {code}").format(code=rendered.code))
        self._rendered = rendered
        self._send_to_printer = send_to_printer
        self.print_button = QPushButton(self.tr("&In…"), objectName="previewPrint")
        self.print_button.setToolTip(self.tr("Chọn máy in rồi in (Ctrl+P)"))
        self.print_button.setDefault(True)
        self.print_button.clicked.connect(self.print_pages)
        self.save_button = QPushButton(self.tr("&Lưu PDF…"), objectName="previewSave")
        self.save_button.clicked.connect(self.save_pdf)
        close = QPushButton(self.tr("Đóng"), objectName="previewClose")
        close.clicked.connect(self.reject)
        self.state = QLabel(self.tr("Đang dựng trang đầu…"), objectName="previewState")
        bar = QHBoxLayout()
        bar.addWidget(self.print_button)
        bar.addWidget(self.save_button)
        bar.addWidget(self.state, 1)
        bar.addWidget(close)
        self.pages = QWidget(objectName="previewPages")
        self._page_column = QVBoxLayout(self.pages)
        self._page_column.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        scroll = QScrollArea(objectName="previewScroll")
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.pages)
        scroll.setBackgroundRole(QPalette.ColorRole.Dark)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(scroll, 1)
        QShortcut(QKeySequence.StandardKey.Print, self, self.print_pages)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save_pdf)
        self.page_labels: list[QLabel] = []
        screen = (parent.screen() if parent is not None else self.screen()).availableGeometry()
        self.resize(min(900, screen.width() - 40), screen.height() - 60)
        self._ratio = self.devicePixelRatioF()
        """The pages are drawn for the screen the preview opened on."""
        pdf, dpi = rendered.pdf, PREVIEW_DPI * self._ratio

        def render(task: Task) -> int:
            return render_pages(pdf, dpi, task.hand_over, lambda: task.cancelled)

        self._task = worker.start(render, self._drawn, self._failed, on_part=self._show_page)

    def _show_page(self, page: Page) -> None:
        pixmap = QPixmap.fromImage(page.image)
        pixmap.setDevicePixelRatio(self._ratio)
        label = QLabel(objectName=f"previewPage{page.index + 1}")
        label.setPixmap(pixmap)
        label.setFrameShape(QLabel.Shape.Box)
        self._page_column.addWidget(label)
        self.page_labels.append(label)
        self.state.setText(self.tr("Trang {done}/{count}").format(done=page.index + 1, count=page.count))

    def _drawn(self, count: int) -> None:
        self.state.setText(self.tr("{count} trang").format(count=count))

    def _failed(self, error: BaseException) -> None:
        self.state.setText(self.tr("Không dựng được bản xem trước: {detail}").format(detail=error))

    def print_pages(self) -> None:
        """The officer chooses the printer (the one the settings name for this form is offered
        first); the pages then go to the worker and the preview closes."""
        printer = form_printer(self._rendered)
        dialog = QPrintDialog(printer, self)
        dialog.setObjectName("previewPrintDialog")
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, False)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self._send_to_printer(printer)
        self.accept()

    def save_pdf(self) -> None:
        where = save_pdf_as(self._rendered, self)
        if where is not None:
            self.state.setText(self.tr("Đã lưu tệp {path}").format(path=where))

    def done(self, result: int) -> None:
        self._task.cancel()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._task.cancel()
        super().closeEvent(event)
