"""Registering the desk with the provincial system, once, and logging in again when it asks.

The exchange runs on the sync thread; the dialog stays responsive and shows each error under the
field that caused it (a wrong password under the password, an unreachable server under its address).
"""

from __future__ import annotations

import socket

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from desk_app.domain.errors import DomainError, ValidationFailed
from desk_app.gui.busy_bar import show_busy
from desk_app.gui.field_errors import ERROR_STYLE
from desk_app.gui.forms.ui_registration_dialog import Ui_RegistrationDialog
from desk_app.gui.messages import error_text, unexpected_text
from desk_app.gui.sync_controller import SyncController
from desk_app.services.sync import RegistrationResult, SyncService

DEFAULT_SERVER = "http://127.0.0.1:8470"


class RegistrationDialog(QDialog):
    def __init__(self, sync: SyncService, controller: SyncController, server_url: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._sync = sync
        self._controller = controller
        self.result_: RegistrationResult | None = None
        self.form = Ui_RegistrationDialog()
        self.form.setupUi(self)
        form = self.form
        form.registrationServer.setText(server_url or DEFAULT_SERVER)
        form.registrationDeviceName.setText(socket.gethostname())
        form.registrationBusy.hide()
        self._errors = {
            "server_url": form.registrationServerError,
            "username": form.registrationUsernameError,
            "password": form.registrationPasswordError,
        }
        self._inputs = {
            "server_url": form.registrationServer,
            "username": form.registrationUsername,
            "password": form.registrationPassword,
        }
        self._ok = form.registrationButtons.button(QDialogButtonBox.StandardButton.Ok)
        self._ok.setText(self.tr("Đăng ký"))
        form.registrationButtons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Hủy"))
        form.registrationButtons.accepted.connect(self.register)
        form.registrationButtons.rejected.connect(self.reject)
        self._clear()
        (form.registrationUsername if server_url else form.registrationServer).setFocus()

    def _clear(self) -> None:
        for label in (*self._errors.values(), self.form.registrationStatus):
            label.setStyleSheet(ERROR_STYLE)
            label.setText("")

    def register(self) -> None:
        self._clear()
        form = self.form
        server, username = form.registrationServer.text().strip(), form.registrationUsername.text().strip()
        password, device = form.registrationPassword.text(), form.registrationDeviceName.text().strip()
        self._set_busy(True)
        self._controller.run(lambda: self._sync.register(server, username, password, device),
                             self._registered, self._failed)

    def _set_busy(self, busy: bool) -> None:
        show_busy(self.form.registrationBusy, busy)
        self._ok.setEnabled(not busy)
        for widget in (*self._inputs.values(), self.form.registrationDeviceName):
            widget.setEnabled(not busy)

    def _registered(self, result: RegistrationResult) -> None:
        self._set_busy(False)
        self.result_ = result
        self.form.registrationPassword.clear()
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        errors = error.errors if isinstance(error, ValidationFailed) else [error]
        focus = None
        for item in errors:
            if not isinstance(item, DomainError):
                self.form.registrationStatus.setText(unexpected_text(item))
                continue
            label = self._errors.get(item.field or "", self.form.registrationStatus)
            label.setText(error_text(item))
            focus = focus or self._inputs.get(item.field or "")
        if focus is not None:
            focus.setFocus()
            focus.selectAll()
