"""Cài đặt: the printer and paper of each form, how a saved form leaves the desk, the scanner and a
scan test, the office hours and the language of this PC.

The rules are in desk_app/settings.py and services/preferences.py; the dialog offers only what
they accept (papers the renderers lay out, the printers and ports this PC has) and shows a refusal
under its field. The scan test reads a scan exactly as the window does, so an officer setting up a
scanner sees what the desk will make of a card or a receipt before the first citizen arrives.
"""

from __future__ import annotations

import time
from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QWidget

from desk_app.domain.citizen_id import CccdQr
from desk_app.domain.booking_number import BookingNumber
from desk_app.domain.dossier_code import DossierCode
from desk_app.domain.errors import DomainError
from desk_app.gui.field_errors import ERROR_STYLE, FieldErrors
from desk_app.gui.forms.ui_settings_dialog import Ui_SettingsDialog
from desk_app.gui.labels import translated
from desk_app.gui.messages import error_text
from desk_app.gui.scanner import ENTER_KEYS, HOLD_MS, SerialScanner, read_scan, serial_port_names
from desk_app.services.changes import Changes
from desk_app.services.desk import Desk
from desk_app.services.preferences import PreferencesService
from desk_app.settings import (
    FORM_PAPERS,
    LANGUAGES,
    PAPER_KEYS,
    PRINT_OUTPUTS,
    PRINTED_FORMS,
    SCANNER_MODES,
    SERIAL_BAUDS,
    Preferences,
)

CONTEXT = "SettingsDialog"
ROLL_80_LABEL = QT_TRANSLATE_NOOP("SettingsDialog", "Cuộn 80 mm")
PAPER_LABELS = {"a4": QT_TRANSLATE_NOOP("SettingsDialog", "A4"), "thermal80": ROLL_80_LABEL,
                "a5": QT_TRANSLATE_NOOP("SettingsDialog", "A5"), "80mm": ROLL_80_LABEL}
"""Every paper of FORM_PAPERS as the dialog names it: the receipt's "thermal80" and the slip's
"80mm" are the same roll."""
OUTPUT_LABELS = {"preview": QT_TRANSLATE_NOOP("SettingsDialog", "Mở bản xem trước để in"),
                 "printer": QT_TRANSLATE_NOOP("SettingsDialog", "In thẳng ra máy in của từng mẫu"),
                 "pdf": QT_TRANSLATE_NOOP("SettingsDialog", "Lưu thành tệp PDF (hỏi nơi lưu)")}
SCANNER_MODE_LABELS = {"wedge": QT_TRANSLATE_NOOP("SettingsDialog", "Giả lập bàn phím (cắm USB, gõ như bàn phím)"),
                       "serial": QT_TRANSLATE_NOOP("SettingsDialog", "Cổng nối tiếp (cổng COM ảo)")}
LANGUAGE_LABELS = {"vi": QT_TRANSLATE_NOOP("SettingsDialog", "Tiếng Việt"),
                   "en": QT_TRANSLATE_NOOP("SettingsDialog", "English")}
WIDGET_NAMES = {"receipt": "Receipt", "supplement_request": "SupplementRequest", "refusal": "Refusal",
                "booking_slip": "BookingSlip"}
"""Each printed form's part of its widgets' names (settingsPrinterReceipt, settingsPaperReceipt …)."""
RELISTEN_MS = 400
"""A port typed by hand is tried once the officer stops typing, not at every letter."""


def _fill(combo: QComboBox, values: Sequence[str], labels: dict[str, str], current: str) -> None:
    for value in values:
        combo.addItem(translated(CONTEXT, labels[value]), value)
    combo.setCurrentIndex(max(combo.findData(current), 0))


class SettingsDialog(QDialog):
    def __init__(self, service: PreferencesService, printers: Sequence[str], ports: Sequence[str],
                 print_to: str = "", parent: QWidget | None = None) -> None:
        """printers and ports: what this PC has (for_desk asks Qt); print_to: the folder that
        takes every form instead of the output chosen here, if the file or environment names one."""
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self._service = service
        self._serial: SerialScanner | None = None
        self._key_times: list[float] = []
        self.changes = Changes()
        """What the saved settings changed, once they are saved."""
        self.form = Ui_SettingsDialog()
        self.form.setupUi(self)
        form = self.form
        current = service.current()
        self._printers = {name: getattr(form, f"settingsPrinter{WIDGET_NAMES[name]}") for name in PRINTED_FORMS}
        self._papers = {name: getattr(form, f"settingsPaper{WIDGET_NAMES[name]}") for name in PRINTED_FORMS}
        rows = {name: getattr(form, f"settings{WIDGET_NAMES[name]}Error") for name in PRINTED_FORMS}
        for name in PRINTED_FORMS:
            self._fill_printers(self._printers[name], printers, getattr(current, f"{name}_printer"))
            papers = FORM_PAPERS[name]
            _fill(self._papers[name], papers, PAPER_LABELS, getattr(current, PAPER_KEYS[name]) if name in PAPER_KEYS
                  else papers[0])
            self._papers[name].setEnabled(len(papers) > 1)
        _fill(form.settingsOutput, PRINT_OUTPUTS, OUTPUT_LABELS, current.output)
        if print_to:
            form.settingsOutput.setEnabled(False)
            form.settingsOutputError.setText(self.tr(
                "Mọi phiếu đang được ghi vào thư mục {folder} (mục print_to của tệp cài đặt), nên lựa chọn "
                "này chưa có tác dụng.").format(folder=print_to))
        else:
            form.settingsOutputError.setText(self.tr("“In thẳng” gửi mỗi phiếu tới máy in đã chọn cho mẫu đó."))
        form.settingsOfficeHours.setText(current.office_hours)
        form.settingsBookingHours.setText(current.booking_hours)
        if service.hours_locked():
            form.settingsOfficeHours.setReadOnly(True)
            form.settingsOfficeHoursError.setText(self.tr(
                "Máy quầy đã đăng ký: giờ tiếp nhận là giờ của cơ quan trên hệ thống tỉnh, nhận về khi đăng "
                "ký; không sửa ở đây."))
        else:
            form.settingsOfficeHoursError.setText(self.tr(
                "Các buổi theo thứ tự, cách nhau bằng dấu phẩy. Khi máy quầy đăng ký với hệ thống tỉnh, giờ "
                "tiếp nhận sẽ theo giờ của cơ quan trên hệ thống tỉnh."))
        _fill(form.settingsScannerMode, SCANNER_MODES, SCANNER_MODE_LABELS, current.scanner_mode)
        form.settingsScannerPort.addItems(list(ports))
        form.settingsScannerPort.setCurrentText(current.serial_port)
        for baud in sorted({*SERIAL_BAUDS, current.serial_baud}):
            form.settingsScannerBaud.addItem(str(baud), baud)
        form.settingsScannerBaud.setCurrentIndex(form.settingsScannerBaud.findData(current.serial_baud))
        _fill(form.settingsLanguage, LANGUAGES, LANGUAGE_LABELS, current.language)
        form.settingsScanTest.setPlaceholderText(self.tr("Bấm vào đây rồi quét"))
        errors = {**{f"printing.{name}_printer": rows[name] for name in PRINTED_FORMS},
                  **{f"printing.{key}": rows[name] for name, key in PAPER_KEYS.items()},
                  "printing.output": form.settingsOutputError,
                  "scanner.mode": form.settingsScannerPortError, "scanner.serial_port": form.settingsScannerPortError,
                  "scanner.serial_baud": form.settingsScannerBaudError,
                  "hours.office_hours": form.settingsOfficeHoursError,
                  "appointments.sessions": form.settingsBookingHoursError, "ui.language": form.settingsLanguageError}
        fields = {**{f"printing.{name}_printer": self._printers[name] for name in PRINTED_FORMS},
                  **{f"printing.{key}": self._papers[name] for name, key in PAPER_KEYS.items()},
                  "printing.output": form.settingsOutput,
                  "scanner.mode": form.settingsScannerMode, "scanner.serial_port": form.settingsScannerPort,
                  "scanner.serial_baud": form.settingsScannerBaud, "hours.office_hours": form.settingsOfficeHours,
                  "appointments.sessions": form.settingsBookingHours, "ui.language": form.settingsLanguage}
        self._field_errors = FieldErrors(errors, fields, form.settingsError)
        self._field_errors.reset()
        self._relisten = QTimer(self)
        self._relisten.setSingleShot(True)
        self._relisten.setInterval(RELISTEN_MS)
        self._relisten.timeout.connect(self._listen)
        form.settingsScannerMode.currentIndexChanged.connect(self._listen)
        form.settingsScannerBaud.currentIndexChanged.connect(self._listen)
        form.settingsScannerPort.currentTextChanged.connect(lambda _text: self._relisten.start())
        form.settingsScanTest.installEventFilter(self)
        form.settingsButtons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Lưu"))
        form.settingsButtons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Hủy"))
        form.settingsButtons.accepted.connect(self.save)
        form.settingsButtons.rejected.connect(self.reject)
        self._listen()

    @classmethod
    def for_desk(cls, desk: Desk, parent: QWidget | None = None) -> SettingsDialog:
        from desk_app.gui.machine_probe import printers

        return cls(desk.preferences, printers().names, serial_port_names(), desk.settings.printing.print_to, parent)

    def _fill_printers(self, combo: QComboBox, printers: Sequence[str], current: str) -> None:
        """The default printer, those installed, and the one the settings name even when this PC
        no longer has it (unplugged, renamed): saving keeps it unless the officer picks another."""
        combo.addItem(self.tr("Máy in mặc định của máy tính"), "")
        for name in printers:
            combo.addItem(name, name)
        if current and current not in printers:
            combo.addItem(self.tr("{name} (không thấy trên máy này)").format(name=current), current)
        combo.setCurrentIndex(combo.findData(current))

    def chosen(self) -> Preferences:
        form = self.form
        return Preferences(
            output=form.settingsOutput.currentData(),
            **{f"{name}_printer": combo.currentData() for name, combo in self._printers.items()},
            **{key: self._papers[name].currentData() for name, key in PAPER_KEYS.items()},
            scanner_mode=form.settingsScannerMode.currentData(),
            serial_port=form.settingsScannerPort.currentText(),
            serial_baud=form.settingsScannerBaud.currentData(),
            office_hours=form.settingsOfficeHours.text(),
            language=form.settingsLanguage.currentData(),
            booking_hours=form.settingsBookingHours.text(),
        )

    def save(self) -> None:
        changes = self._field_errors.attempt(lambda: self._service.save(self.chosen()))
        if changes is not None:
            self.changes = changes
            self.accept()

    def show_scan(self, text: str) -> None:
        """What the scanner sent, and what the desk makes of it, read as a scan in the window is."""
        form = self.form
        form.settingsScanRaw.setText(text)
        try:
            scan = read_scan(text)
        except DomainError as error:
            reading = error_text(error)
        else:
            if isinstance(scan, CccdQr):
                reading = self.tr("Thẻ căn cước của {name}, số định danh {number}").format(
                    name=scan.full_name, number=scan.id_number)
            elif isinstance(scan, DossierCode):
                reading = self.tr("Mã hồ sơ {code}").format(code=str(scan))
            elif isinstance(scan, BookingNumber):
                reading = self.tr("Phiếu hẹn số {number}").format(number=str(scan))
            else:
                reading = self.tr("Không nhận ra: không phải mã QR thẻ căn cước, mã hồ sơ hay số phiếu hẹn.")
        form.settingsScanReading.setText(reading)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        """Enter in the test field ends a scan (it must not press Lưu); the time between its keys
        tells whether the window would take the burst for a scan."""
        if obj is self.form.settingsScanTest and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in ENTER_KEYS:
                self._wedge_scanned()
                return True
            if event.text():
                self._key_times.append(time.monotonic())
        return super().eventFilter(obj, event)

    def _wedge_scanned(self) -> None:
        field = self.form.settingsScanTest
        times, self._key_times = self._key_times, []
        self.show_scan(field.text())
        field.clear()
        slowest = max((round((later - earlier) * 1000) for earlier, later in zip(times, times[1:])), default=0)
        if slowest > HOLD_MS:
            self._status(self.tr("Các ký tự đến cách nhau tới {ms} ms: cửa sổ chỉ nhận là mã quét khi chúng đến "
                                 "liền nhau (dưới {limit} ms). Gõ tay thì đúng là như vậy; máy quét thì cần "
                                 "đặt chế độ gửi nhanh hơn.").format(ms=slowest, limit=HOLD_MS), error=True)

    def _status(self, text: str, error: bool = False) -> None:
        self.form.settingsScanStatus.setStyleSheet(ERROR_STYLE if error else "")
        self.form.settingsScanStatus.setText(text)

    def _listen(self) -> None:
        """In serial mode the scan test reads the chosen port at the chosen rate, as the desk will
        once the settings are saved; the window lets go of its own port while the dialog is open."""
        self._relisten.stop()
        self._stop_listening()
        form = self.form
        serial = form.settingsScannerMode.currentData() == SCANNER_MODES[1]
        form.settingsScannerPort.setEnabled(serial)
        form.settingsScannerBaud.setEnabled(serial)
        port = form.settingsScannerPort.currentText().strip()
        if not serial:
            self._status(self.tr("Bấm vào ô Quét thử rồi quét thẻ căn cước hoặc mã vạch trên giấy tiếp nhận."))
        elif not port:
            self._status(self.tr("Chọn cổng của máy quét để quét thử."))
        else:
            self._serial = SerialScanner(port, form.settingsScannerBaud.currentData(), self)
            self._serial.scanned.connect(self.show_scan)
            self._serial.failed.connect(lambda reason: self._status(
                self.tr("Không mở được cổng {port}: {reason}").format(port=port, reason=reason), error=True))
            if self._serial.open():
                self._status(self.tr("Đang nghe cổng {port}: hãy quét thẻ căn cước hoặc giấy tiếp nhận.").format(
                    port=port))

    def _stop_listening(self) -> None:
        if self._serial is not None:
            self._serial.close()
            self._serial.deleteLater()
            self._serial = None

    def done(self, result: int) -> None:
        self._relisten.stop()
        self._stop_listening()
        super().done(result)
