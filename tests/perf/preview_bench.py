"""`preview_open_ms`: from the request to preview a saved dossier's receipt to its first page on screen.

Each run opens the real window on a fresh desk (offscreen), saves one dossier of the sample's khai
sinh, renders its receipt as the window does after a save, then asks the window to print it with
the preview as the output; the clock stops when the first page's image is in the dialog. The same
receipt through Qt's own preview dialog (every page painted at the printer's resolution on the GUI
thread before anything shows) is timed once per run and noted, as the figure the desk had before.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

from event_loop import turn_until
from sync_benchmarks import DESK_SETTINGS

RUNS_PER_DESK = 3


def _qt_preview_ms(app, pdf: bytes) -> float:
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

    from desk_app.gui.print_output import paint_pdf

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintPreviewDialog(printer)
    painted = []
    dialog.paintRequested.connect(lambda target: (paint_pdf(pdf, target), painted.append(True)))
    started = time.perf_counter()
    dialog.show()
    turn_until(app, lambda: bool(painted), 60, "Qt's preview")
    elapsed = (time.perf_counter() - started) * 1000
    dialog.close()
    dialog.deleteLater()
    return elapsed


def preview_open(_dataset: object, runs: int) -> list:
    from PySide6.QtWidgets import QApplication

    from benchmarks import Measurement
    from desk_app.app import create_main_window
    from intake_support import request_for

    app = QApplication.instance() or QApplication([])
    samples, before = [], []
    for _ in range(runs):
        with tempfile.TemporaryDirectory(prefix="preview-bench-") as scratch:
            data_dir = Path(scratch)
            (data_dir / "settings.toml").write_text(DESK_SETTINGS, encoding="utf-8")
            window = create_main_window(data_dir)
            window.show()
            app.processEvents()
            code = window.desk.intake.submit(request_for(window.desk)).code
            rendered = window.desk.forms.render(code)
            for _ in range(RUNS_PER_DESK):
                started = time.perf_counter()
                window.print_form(rendered)
                previews = []

                def first_page_shown() -> bool:
                    previews[:] = [w for w in app.topLevelWidgets()
                                   if w.objectName() == "printPreview" and w.isVisible()]
                    return bool(previews) and bool(previews[0].page_labels)

                turn_until(app, first_page_shown, 60, f"the preview ({window.statusBar().currentMessage()})")
                samples.append((time.perf_counter() - started) * 1000)
                previews[0].close()
                app.processEvents()
            before.append(_qt_preview_ms(app, rendered.pdf))
            window.close()
            window.deleteLater()
            app.processEvents()
    note = f"the same receipt in Qt's own preview dialog (median): {statistics.median(before):.0f} ms"
    return [Measurement("preview_open_ms", tuple(samples), runs, (note,))]
