"""The shell: three screens in tabs, the shortcuts, scans from anywhere, and the status line.

Screens do the work; this window only routes a scan to the screen it belongs to and a rendered form
to the printer. Changes do not pass through it: every screen, the sync controller and this shell
(for its title) listen to the ChangeBus themselves.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMessageBox, QProgressBar, QTabWidget, QWidget
from PySide6.QtPrintSupport import QPrinter

from desk_app.domain.appointment import Purpose
from desk_app.domain.booking_number import BookingNumber
from desk_app.domain.citizen_id import CccdQr
from desk_app.domain.dossier_code import DossierCode
from desk_app.domain.errors import DomainError
from desk_app.gui.intake_screen import IntakeScreen
from desk_app.gui.lazy_tab import LazyTab
from desk_app.gui.lookup_screen import LookupScreen
from desk_app.gui.busy_bar import show_busy
from desk_app.gui.change_bus import ChangeBus
from desk_app.gui.guards import Closing, closing_with_unsent, discard_confirmed
from desk_app.gui.messages import error_text, unexpected_text
from desk_app.gui.print_output import PrintOutput, form_printer, print_on
from desk_app.gui.print_preview import PrintPreview
from desk_app.gui.profile_dialog import ProfileDialog
from desk_app.gui.registration_dialog import RegistrationDialog
from desk_app.gui.scanner import SerialScanner, read_scan
from desk_app.gui.settings_dialog import SettingsDialog
from desk_app.gui.sync_controller import SyncController
from desk_app.gui.sync_problems_dialog import SyncProblemsDialog
from desk_app.gui.sync_status_view import SyncStatusView
from desk_app.gui.worker import Worker
from desk_app.services.changes import Changes, Kind
from desk_app.services.desk import Desk
from desk_app.services.forms import RenderedForm

if TYPE_CHECKING:
    from desk_app.gui.appointments_screen import AppointmentsScreen
    from desk_app.gui.today_screen import TodayScreen
    from desk_app.services.appointments import Appointment

STATUS_MESSAGE_MS = 8000


class MainWindow(QMainWindow):
    def __init__(self, desk: Desk, operations: Worker, changes: ChangeBus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.operations = operations
        self.changes = changes
        self._closing_now = False
        """Set once the officer chose to wait for the sync: the next close (the cycle's end, or the
        officer's) goes through."""
        self._serial: SerialScanner | None = None
        self.sync = SyncController(desk.sync, changes, self)
        self.setObjectName("mainWindow")
        self.resize(1280, 800)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("mainTabs")
        self.intake = IntakeScreen(desk, operations, changes, self)
        self.intake.setObjectName("intakeScreen")
        self.lookup = LookupScreen(desk, operations, changes, self)
        self.lookup.setObjectName("lookupScreen")
        self.tabs.addTab(self.intake, self.tr("Tiếp nhận hồ sơ (F2)"))
        self._appointments_tab: LazyTab[AppointmentsScreen] = LazyTab(self._build_appointments)
        self.tabs.addTab(self.lookup, self.tr("Tra cứu, in lại (F3)"))
        self.tabs.addTab(self._appointments_tab, self.tr("Lịch hẹn (F4)"))
        self._today_tab: LazyTab[TodayScreen] = LazyTab(self._build_today)
        self.tabs.addTab(self._today_tab, self.tr("Hôm nay (F6)"))
        self.setCentralWidget(self.tabs)
        self._build_actions()
        self._build_status_bar()
        self.intake.saved.connect(lambda _result, rendered: self.print_form(rendered))
        self.lookup.reprinted.connect(self.print_form)
        changes.changed.connect(self._changed)
        operations.failed.connect(self._show_failure)
        operations.busy.connect(self._show_busy)
        self.sync.status_changed.connect(self.sync_view.show_status)
        self.sync.running.connect(self.sync_view.show_running)
        self.sync.progress.connect(self.sync_view.show_progress)
        self.sync.failed.connect(self._show_failure)
        self.sync.login_needed.connect(self._login_needed)
        self.refresh_title()

    def _build_actions(self) -> None:
        def action(name: str, text: str, keys: list[QKeySequence], slot) -> QAction:
            created = QAction(text, self)
            created.setObjectName(name)
            created.setShortcuts(keys)
            created.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            created.triggered.connect(slot)
            self.addAction(created)
            return created

        from desk_app.services.intake import Decision

        action("actionSaveAndPrint", self.tr("Lưu và in"),
               [QKeySequence(Qt.Key.Key_F9), QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")],
               lambda: self._on_intake(lambda: self.intake.submit(Decision.RECEIVE)))
        action("actionTickAllPapers", self.tr("Đã nhận đủ tất cả"), [QKeySequence(Qt.Key.Key_F7)],
               lambda: self._on_intake(self.intake.tick_all_papers))
        action("actionNewDossier", self.tr("Hồ sơ mới"), [QKeySequence("Ctrl+N")],
               lambda: self._on_intake(self.intake.new_dossier))
        action("actionIntake", self.tr("Tiếp nhận"), [QKeySequence(Qt.Key.Key_F2)],
               lambda: self._on_intake(lambda: self.intake.form.intakeProcedureSearch.setFocus()))
        action("actionLookup", self.tr("Tra cứu"), [QKeySequence(Qt.Key.Key_F3)], self._to_lookup)
        action("actionAppointments", self.tr("Lịch hẹn"), [QKeySequence(Qt.Key.Key_F4)], self._to_appointments)
        action("actionToday", self.tr("Hôm nay"), [QKeySequence(Qt.Key.Key_F6)], self._to_today)
        menu = self.menuBar().addMenu(self.tr("&Quầy"))
        profile = QAction(self.tr("Thông tin quầy tiếp nhận…"), self)
        profile.setObjectName("actionProfile")
        profile.triggered.connect(self.edit_profile)
        menu.addAction(profile)
        menu.addAction(action("actionSettings", self.tr("Cài đặt…"), [QKeySequence("Ctrl+,")], self.edit_settings))
        sync_menu = self.menuBar().addMenu(self.tr("Đồng &bộ"))
        sync_menu.addAction(action("actionSyncNow", self.tr("Đồng bộ ngay"), [QKeySequence(Qt.Key.Key_F5)],
                                   self.sync_now))
        sync_menu.addAction(action("actionSyncProblems", self.tr("Thay đổi bị từ chối…"), [], self.show_problems))
        sync_menu.addAction(action("actionRegister", self.tr("Đăng ký quầy với hệ thống tỉnh…"), [], self.register))

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.sync_view = SyncStatusView(self)
        self.sync_view.sync_requested.connect(self.sync_now)
        self.sync_view.problems_requested.connect(self.show_problems)
        self.sync_view.login_requested.connect(self.register)
        self._busy = QProgressBar()
        self._busy.setObjectName("statusBusy")
        self._busy.setMaximumWidth(120)
        self._busy.hide()
        bar.addPermanentWidget(self._busy)
        bar.addPermanentWidget(self.sync_view)

    def _on_intake(self, then) -> None:
        self.tabs.setCurrentWidget(self.intake)
        then()

    def _to_lookup(self) -> None:
        self.tabs.setCurrentWidget(self.lookup)
        self.lookup.form.lookupQuery.setFocus()
        self.lookup.form.lookupQuery.selectAll()

    @property
    def appointments(self) -> AppointmentsScreen:
        return self._appointments_tab.screen()

    def _build_appointments(self) -> AppointmentsScreen:
        from desk_app.gui.appointments_screen import AppointmentsScreen

        screen = AppointmentsScreen(self.desk, self.operations, self.changes)
        screen.setObjectName("appointmentsScreen")
        screen.receive.connect(lambda appointment: self._on_intake(
            lambda: self.intake.start_from_appointment(appointment)))
        screen.checked_in.connect(self._checked_in)
        screen.printed.connect(self.print_form)
        screen.refresh()
        return screen

    def _checked_in(self, appointment: Appointment) -> None:
        """A citizen checked in by their slip: the intake filled from the booking, or the dossier
        whose result they came for, with its hand-over."""
        self.statusBar().showMessage(self.tr("{name} đã đến theo lịch hẹn {number} ({time}).").format(
            name=appointment.applicant_name, number=appointment.number,
            time=f"{appointment.starts_at:%H:%M %d/%m/%Y}"), STATUS_MESSAGE_MS)
        if appointment.purpose is Purpose.COLLECT and appointment.dossier_code:
            self.open_dossier(appointment.dossier_code)
        else:
            self._on_intake(lambda: self.intake.start_from_appointment(appointment))

    @property
    def today(self) -> TodayScreen:
        return self._today_tab.screen()

    def _build_today(self) -> TodayScreen:
        from desk_app.gui.today_screen import TodayScreen

        screen = TodayScreen(self.desk, self.operations, self.changes)
        screen.opened.connect(self.open_dossier)
        return screen

    def _to_today(self) -> None:
        self.tabs.setCurrentWidget(self._today_tab)
        self.today.refresh()
        self.today.board.setFocus()

    def open_dossier(self, code: str) -> None:
        """A dossier chosen on a list (Hôm nay) or scanned: the lookup with it on view."""
        self.tabs.setCurrentWidget(self.lookup)
        self.lookup.open_code(code)

    def _to_appointments(self) -> None:
        """F4: today's list, read afresh (a screen built just now has read it already)."""
        built = self._appointments_tab.built
        self.tabs.setCurrentWidget(self._appointments_tab)
        if built is not None:
            built.show_today()
        self.appointments.form.appointmentsTable.setFocus()

    def handle_scan(self, text: str) -> None:
        """A CCCD QR fills the applicant, or the receiver of a result waiting on the dossier view; a
        receipt barcode opens its dossier; an appointment slip checks its citizen in; anything else
        is said so."""
        try:
            scan = read_scan(text)
        except DomainError as error:
            self.statusBar().showMessage(error_text(error), STATUS_MESSAGE_MS)
            return
        if isinstance(scan, CccdQr) and self.tabs.currentWidget() is self.lookup and self.lookup.dossier.accepts_card():
            self.lookup.dossier.fill_receiver(scan.id_number, scan.full_name)
            self.statusBar().showMessage(self.tr("Đã đọc thẻ căn cước của người nhận {name}.").format(
                name=scan.full_name), STATUS_MESSAGE_MS)
        elif isinstance(scan, CccdQr):
            self.tabs.setCurrentWidget(self.intake)
            if self.intake.fill_from_qr(scan):
                self.statusBar().showMessage(self.tr("Đã đọc mã QR thẻ căn cước của {name}.").format(
                    name=scan.full_name), STATUS_MESSAGE_MS)
        elif isinstance(scan, DossierCode):
            self.open_dossier(str(scan))
        elif isinstance(scan, BookingNumber):
            self.appointments.check_in(str(scan), lambda error: self.statusBar().showMessage(
                error_text(error) if isinstance(error, DomainError) else unexpected_text(error), STATUS_MESSAGE_MS))
        else:
            self.statusBar().showMessage(self.tr("Không nhận ra mã vừa quét."), STATUS_MESSAGE_MS)

    def print_form(self, rendered: RenderedForm) -> None:
        """Where the settings say; the dossier is saved already, so a printer that fails loses nothing."""
        settings = self.desk.settings.printing
        if settings.output == "printer":
            self.operations.run(lambda: print_on(rendered, form_printer(rendered)), self._printed,
                                lambda error: self._print_failed(rendered, error))
            return
        if settings.output == "preview":
            preview = PrintPreview(rendered, self.operations, lambda printer: self.send_to_printer(rendered, printer),
                                   self)
            preview.show()
            self._printed(self.tr("Đã mở bản xem trước phiếu {code}").format(code=rendered.code))
            return
        try:
            where = PrintOutput(settings, self).deliver(rendered)
        except OSError as error:
            self._print_failed(rendered, error)
            return
        self._printed(where)

    def send_to_printer(self, rendered: RenderedForm, printer: QPrinter) -> None:
        """The preview's printer, chosen by the officer on the GUI thread, is drawn on by the worker."""
        self.operations.run(lambda: print_on(rendered, printer), self._printed,
                            lambda error: self._print_failed(rendered, error))

    def _printed(self, where: str) -> None:
        self.statusBar().showMessage(where, STATUS_MESSAGE_MS)

    def _print_failed(self, rendered: RenderedForm, error: BaseException) -> None:
        QMessageBox.warning(self, self.tr("Không in được"),
                            self.tr("Hồ sơ {code} đã được lưu nhưng chưa in được: {detail}. "
                                    "Có thể in lại ở màn hình Tra cứu (F3).").format(code=rendered.code,
                                                                                    detail=error))

    def edit_profile(self) -> None:
        dialog = ProfileDialog.for_desk(self.desk, self)
        if dialog.exec():
            self.changes.publish(dialog.changes.started_by(dialog))

    def use_serial_scanner(self) -> None:
        """Listen on the serial port the settings name, if any, in place of the one listened on."""
        if self._serial is not None:
            self._serial.close()
            self._serial.deleteLater()
            self._serial = None
        port = self.desk.settings.scanner_serial_port
        if not port:
            return
        self._serial = SerialScanner(port, self.desk.settings.scanner_serial_baud, self)
        self._serial.scanned.connect(self.handle_scan)
        self._serial.failed.connect(lambda reason: self.statusBar().showMessage(
            self.tr("Không mở được cổng máy quét {port}: {reason}").format(port=port, reason=reason)))
        self._serial.open()

    def edit_settings(self) -> None:
        """The serial scanner lets go of its port while the dialog is open, so that the dialog's scan
        test can listen there (and no scan fills a form behind it), then listens where the settings
        now say: printers, paper and hours are in force at once, the language at the next start."""
        if self._serial is not None:
            self._serial.close()
        dialog = SettingsDialog.for_desk(self.desk, self)
        try:
            if dialog.exec():
                self.changes.publish(dialog.changes.started_by(dialog))
        finally:
            self.use_serial_scanner()

    def _changed(self, changes: Changes) -> None:
        if changes.touches(Kind.PROFILE):
            self.refresh_title()

    def sync_now(self) -> None:
        status = self.sync.status
        if status is not None and (not status.registered or status.needs_login):
            self.register()
            return
        self.sync.sync_now()

    def register(self) -> None:
        status = self.sync.status
        dialog = RegistrationDialog(self.desk.sync, self.sync, status.server_url if status else "", self)
        if dialog.exec():
            self.sync.registered()

    def _login_needed(self) -> None:
        self.statusBar().showMessage(self.tr("Hệ thống tỉnh yêu cầu đăng nhập lại; quầy vẫn tiếp nhận bình thường."),
                                     STATUS_MESSAGE_MS)

    def show_problems(self) -> None:
        dialog = SyncProblemsDialog(self.desk.sync, self.sync, self)
        dialog.open_dossier.connect(lambda code: (self.tabs.setCurrentWidget(self.lookup), self.lookup.open_code(code)))
        dialog.exec()

    def refresh_title(self) -> None:
        profile = self.desk.settings.profile
        self.setWindowTitle(self.tr("Một Cửa Desk — {agency} — {officer}").format(
            agency=profile.agency_name, officer=profile.officer_name))

    def _show_failure(self, error: BaseException) -> None:
        text = error_text(error) if isinstance(error, DomainError) else unexpected_text(error)
        self.statusBar().showMessage(text, STATUS_MESSAGE_MS)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        """Closing asks before a form's citizen data is lost, and says how many changes are not yet
        sent: waiting syncs first and closes when the cycle ends (or at once, on a second close)."""
        if not self._closing_now and not self._may_close():
            event.ignore()
            return
        self._closing_now = True
        self.sync.shutdown()
        self.operations.shutdown()
        self._stop_busy_bars()
        self.desk.close()
        super().closeEvent(event)

    def _show_busy(self, busy: bool) -> None:
        show_busy(self._busy, busy and not self._closing_now)

    def _stop_busy_bars(self) -> None:
        """The busy bars stop with the window: a late signal of a worker must not start one again."""
        self.sync.running.disconnect(self.sync_view.show_running)
        self.sync_view.show_running(False)
        self._show_busy(False)

    def _may_close(self) -> bool:
        if self.intake.has_work() and not discard_confirmed(self):
            return False
        status = self.sync.status
        if status is None or not status.registered or status.pending == 0 or status.needs_login:
            return True
        choice = closing_with_unsent(self, status.pending)
        if choice is Closing.NOW:
            return True
        if choice is Closing.WAIT:
            self._closing_now = True
            self.statusBar().showMessage(self.tr("Đang gửi các thay đổi rồi đóng; đóng lần nữa để đóng ngay."))
            self.sync.running.connect(lambda running: running or self.close())
            self.sync.sync_now()
        return False
