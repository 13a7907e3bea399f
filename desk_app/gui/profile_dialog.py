"""The desk's profile, asked once on first start and editable later: what every form prints."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from desk_app.domain.errors import DomainError, ValidationFailed
from desk_app.gui.forms.ui_profile_dialog import Ui_ProfileDialog
from desk_app.gui.messages import error_text
from desk_app.services.profile import ProfileService
from desk_app.settings import DeskProfile

ERROR_STYLE = "color: #b00020;"


class ProfileDialog(QDialog):
    def __init__(self, service: ProfileService, profile: DeskProfile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._profile = profile
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
        self._errors = {
            "agency_name": form.profileAgencyNameError,
            "agency_code": form.profileAgencyCodeError,
            "place_name": form.profilePlaceNameError,
            "officer_name": form.profileOfficerNameError,
        }
        for key, widget in self._fields.items():
            widget.setText(getattr(profile, key))
        for label in self._errors.values():
            label.setStyleSheet(ERROR_STYLE)
            label.clear()
        form.profileButtons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Lưu"))
        form.profileButtons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Hủy"))
        form.profileButtons.accepted.connect(self.save)
        form.profileButtons.rejected.connect(self.reject)

    def entered_profile(self) -> DeskProfile:
        values = {key: widget.text() for key, widget in self._fields.items()}
        return DeskProfile(**values, return_place=self._profile.return_place)

    def save(self) -> None:
        for label in self._errors.values():
            label.clear()
        try:
            self._service.save(self.entered_profile())
        except ValidationFailed as failed:
            self._show(failed.errors)
            return
        except DomainError as error:
            self._show([error])
            return
        self.accept()

    def _show(self, errors: list[DomainError]) -> None:
        for error in errors:
            label = self._errors.get(error.field or "", self._errors["agency_name"])
            label.setText(error_text(error))
        first = next((self._fields[e.field] for e in errors if e.field in self._fields), None)
        if first is not None:
            first.setFocus()
