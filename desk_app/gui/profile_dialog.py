"""The desk's profile, asked once on first start and editable later: what every form prints."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from desk_app.gui.field_errors import FieldErrors
from desk_app.gui.forms.ui_profile_dialog import Ui_ProfileDialog
from desk_app.services.changes import Changes
from desk_app.services.desk import Desk
from desk_app.services.profile import ProfileService
from desk_app.settings import DeskProfile


class ProfileDialog(QDialog):
    def __init__(self, service: ProfileService, profile: DeskProfile, sequence_block: tuple[int, int],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._profile = profile
        self.changes = Changes()
        """What the saved profile changed, once it is saved."""
        self.form = Ui_ProfileDialog()
        self.form.setupUi(self)
        form = self.form
        self._fields = {
            "parent_agency_name": form.profileParentAgencyName,
            "agency_name": form.profileAgencyName,
            "agency_code": form.profileAgencyCode,
            "place_name": form.profilePlaceName,
            "officer_name": form.profileOfficerName,
            "officer_title": form.profileOfficerTitle,
            "lookup_url": form.profileLookupUrl,
        }
        errors = {
            "agency_name": form.profileAgencyNameError,
            "agency_code": form.profileAgencyCodeError,
            "place_name": form.profilePlaceNameError,
            "officer_name": form.profileOfficerNameError,
            "sequence_block": form.profileSequenceBlockError,
        }
        for key, widget in self._fields.items():
            widget.setText(getattr(profile, key))
        form.profileSequenceBlock.setText(f"{sequence_block[0]}-{sequence_block[1]}")
        if service.locked():
            form.profileAgencyCode.setReadOnly(True)
            form.profileSequenceBlock.setReadOnly(True)
            form.profileAgencyCodeError.setText(self.tr("Do hệ thống tỉnh cấp khi đăng ký máy quầy."))
            form.profileSequenceBlockError.setText(self.tr("Máy quầy đã đăng ký nhận số hồ sơ từ hệ thống tỉnh."))
        self._field_errors = FieldErrors(errors, {**self._fields, "sequence_block": form.profileSequenceBlock},
                                         form.profileAgencyNameError)
        self._field_errors.reset()
        form.profileButtons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Lưu"))
        form.profileButtons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Hủy"))
        form.profileButtons.accepted.connect(self.save)
        form.profileButtons.rejected.connect(self.reject)

    def entered_profile(self) -> DeskProfile:
        values = {key: widget.text() for key, widget in self._fields.items()}
        return DeskProfile(**values, return_place=self._profile.return_place)

    @classmethod
    def for_desk(cls, desk: Desk, parent: QWidget | None = None) -> "ProfileDialog":
        settings = desk.settings
        return cls(desk.profile, settings.profile, (settings.sequence_first, settings.sequence_last), parent)

    def save(self) -> None:
        changes = self._field_errors.attempt(lambda: self._service.save(self.entered_profile(), self.form.profileSequenceBlock.text()))
        if changes is not None:
            self.changes = changes
            self.accept()
