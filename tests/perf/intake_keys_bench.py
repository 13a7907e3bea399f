"""`intake_keys`: the officer's actions, beyond typing, from the scan of the ID card to the printed
receipt, on the sample's khai sinh with the desk's default output (the preview).

The real window (offscreen) is driven as an officer drives it, one key or click at a time: type part
of the procedure's name and press Enter, scan the card (one action: the scanner types it), type the
phone number the card does not carry, F7 to tick what was handed in, F9 to save, Ctrl+P in the
preview, Enter in the printer dialog. Typing text into a field is not an action; every other key
press, click and scan is. The run counts only if the dossier was saved with the applicant and the
printer got every page of its receipt, so a count that leaves a step out cannot pass. The printer is a PDF file, the one
part not as at a counter (this machine has no print system); the dialog and keys are the real ones.
"""

from __future__ import annotations

import io
import tempfile
from pathlib import Path

from event_loop import turn_until
from sync_benchmarks import DESK_SETTINGS

QR = "034190012345|151234567|Nguyễn Thị Thu Hằng|05031990|Nữ|Thôn Đông, xã Đông Hưng, tỉnh Hưng Yên|10062021"


class Officer:
    """Drives the window and counts what is not typing."""

    def __init__(self, app, window) -> None:
        self.app = app
        self.window = window
        self.actions: list[str] = []

    def typing(self, text: str) -> None:
        from tests_gui_support import type_text

        type_text(self.app.focusWidget(), text, gap_ms=5)

    def press(self, key, modifiers=None, name: str = "", into=None) -> None:
        """A key into the focused widget (of `into`, a dialog that has just opened, when given)."""
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        target = (into.focusWidget() or into) if into is not None else self.app.focusWidget()
        QTest.keyClick(target, key, modifiers or Qt.KeyboardModifier.NoModifier)
        self.actions.append(name or str(key))

    def scan(self, text: str) -> None:
        from tests_gui_support import wedge_scan

        wedge_scan(text)
        self.actions.append("scan")

    def until(self, done, limit_s: float = 30) -> None:
        turn_until(self.app, done, limit_s, f"the window after {self.actions}")


def _one_intake(app, data_dir: Path, printed: Path) -> int:
    from PySide6.QtCore import Qt, QTimer

    import desk_app.gui.print_preview as print_preview
    from pypdf import PdfReader

    from desk_app.app import create_main_window

    form_printer = print_preview.form_printer

    def printer_writing_a_file(rendered):
        printer = form_printer(rendered)
        printer.setOutputFileName(str(printed))
        return printer

    print_preview.form_printer = printer_writing_a_file
    window = create_main_window(data_dir)
    try:
        window.resize(1366, 768)
        window.show()
        window.activateWindow()
        officer = Officer(app, window)
        officer.until(lambda: window.isActiveWindow())
        window.intake.form.intakeProcedureSearch.setFocus()
        officer.typing("khai sinh")
        officer.press(Qt.Key.Key_Return, name="Enter: the procedure")
        officer.scan(QR)
        officer.until(lambda: window.intake.form.intakeApplicantName.text() == "Nguyễn Thị Thu Hằng")
        officer.typing("0912345678")
        officer.press(Qt.Key.Key_F7, name="F7: every paper handed in")
        officer.press(Qt.Key.Key_F9, name="F9: save")
        previews = []

        def preview_open() -> bool:
            previews[:] = [w for w in app.topLevelWidgets() if w.objectName() == "printPreview" and w.isVisible()]
            return bool(previews)

        officer.until(preview_open)
        previews[0].activateWindow()
        officer.until(lambda: app.focusWidget() is not None and app.focusWidget().window() is previews[0])

        def confirm_printer() -> None:
            dialog = app.activeModalWidget()
            if dialog is None or dialog.objectName() != "previewPrintDialog":
                QTimer.singleShot(20, confirm_printer)
                return
            officer.press(Qt.Key.Key_Return, name="Enter: the printer", into=dialog)

        QTimer.singleShot(0, confirm_printer)
        officer.press(Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier, name="Ctrl+P: print")
        officer.until(lambda: printed.exists() and "tới máy in" in window.statusBar().currentMessage())
        saved = window.desk.lookup.find("034190012345")
        receipt = PdfReader(io.BytesIO(window.desk.forms.render(saved[0].code).pdf))
        if len(saved) != 1 or len(PdfReader(printed).pages) != len(receipt.pages):
            raise RuntimeError("the printer did not get the saved dossier's receipt")
        if "Nguyễn Thị Thu Hằng" not in receipt.pages[0].extract_text():
            raise RuntimeError("the receipt does not name the applicant")
        return len(officer.actions)
    finally:
        print_preview.form_printer = form_printer
        window.close()
        window.deleteLater()
        app.processEvents()


def intake_keys(_dataset: object, runs: int) -> list:
    from PySide6.QtWidgets import QApplication

    from benchmarks import Measurement

    app = QApplication.instance() or QApplication([])
    counts = []
    for run in range(runs):
        with tempfile.TemporaryDirectory(prefix="intake-keys-") as scratch:
            data_dir = Path(scratch) / "desk"
            data_dir.mkdir()
            (data_dir / "settings.toml").write_text(DESK_SETTINGS, encoding="utf-8")
            counts.append(_one_intake(app, data_dir, Path(scratch) / f"receipt-{run}.pdf"))
    note = ("Enter (procedure), scan, F7, F9, Ctrl+P, Enter (printer); straight to the printer "
            "([printing] output = \"printer\") the last two are not needed")
    return [Measurement("intake_keys", tuple(float(c) for c in counts), runs, (note,))]
