"""The composition root: the one place that wires the desk, the worker, the screens and the scanners."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from desk_app import logs
from desk_app.domain.errors import DomainError
from desk_app.messages import message_for
from desk_app.gui.daily_backup import DailyBackup
from desk_app.gui.main_window import MainWindow
from desk_app.gui.change_bus import ChangeBus
from desk_app.gui.language import use_language
from desk_app.gui.worker import Worker
from desk_app.gui.profile_dialog import ProfileDialog
from desk_app.gui.registration_dialog import RegistrationDialog
from desk_app.gui.scanner import WedgeScanDetector
from desk_app.services.backups import Backups
from desk_app.services.desk import Desk


def create_main_window(data_dir: Path, explicit_data_dir: bool = True, language: str | None = None) -> MainWindow:
    """Build the main window on data_dir; asks nothing when the [desk] settings are complete. The
    window speaks `language` (`--lang`), else the settings' [ui] language."""
    app = QApplication.instance()
    if app is None:
        raise RuntimeError("create a QApplication before the main window")
    desk = Desk.open(Path(data_dir), explicit_data_dir)
    use_language(app, language or desk.settings.language)
    changes = ChangeBus()
    operations = Worker("desk-worker", changes)
    window = MainWindow(desk, operations, changes)
    changes.setParent(window)
    operations.setParent(window)
    detector = WedgeScanDetector(window)
    app.installEventFilter(detector)
    window.destroyed.connect(lambda: app.removeEventFilter(detector))
    detector.scanned.connect(window.handle_scan)
    window.use_serial_scanner()
    window.sync.start()
    DailyBackup(Backups.for_folder(desk.data_dir, explicit_data_dir), window).start()
    return window


def first_start_done(window: MainWindow) -> bool:
    """A new desk registers with the provincial system, which tells it who it is; one that works on
    its own (Hủy) is asked for its profile and its block of dossier numbers instead."""
    registration = RegistrationDialog(window.desk.sync, window.sync, parent=window)
    if registration.exec():
        window.sync.registered()
        if window.desk.settings.profile.is_complete:
            return True
    return bool(ProfileDialog.for_desk(window.desk, window).exec())


def run_gui(data_dir: Path, explicit_data_dir: bool, check_start: bool = False, language: str | None = None) -> int:
    """The window until the officer closes it, in `language` (`--lang`) or the settings' own.
    `check_start` (desk-app --check-start) asks nothing, says on standard output when the window is
    up, and closes it: an installation that opens."""
    logs.configure(data_dir)
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Một Cửa Desk")
    app.setOrganizationName("mot-cua-desk")
    try:
        window = create_main_window(data_dir, explicit_data_dir, language)
    except DomainError as error:
        if check_start:
            print(error, file=sys.stderr)
        else:
            QMessageBox.critical(None, "Một Cửa Desk", str(error))
        return 2
    if not check_start and not window.desk.settings.profile.is_complete and not first_start_done(window):
        return 1
    window.refresh_title()
    window.show()
    window.intake.form.intakeProcedureSearch.setFocus()
    if check_start:
        QTimer.singleShot(0, lambda: (print(message_for("app.window_open", title=window.windowTitle()), flush=True),
                                      window.close()))
    return app.exec()
