"""The desk's profile (agency, place, officer) that every form prints: checked, then written to settings."""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from desk_app.domain.dossier_code import validate_agency_code
from desk_app.domain.errors import DomainError, ValidationFailed
from desk_app.domain.text import nfc
from desk_app.services.changes import Changes
from desk_app.settings import DeskProfile, save_profile

REQUIRED = ("agency_code", "agency_name", "place_name", "officer_name")


def clean_profile(profile: DeskProfile) -> DeskProfile:
    """Normalise every field and report every missing or malformed one at once."""
    values = {key: nfc(value) for key, value in vars(profile).items()}
    errors = [DomainError("profile.required", field=key) for key in REQUIRED if not values[key]]
    if values["agency_code"]:
        try:
            values["agency_code"] = validate_agency_code(values["agency_code"])
        except DomainError as err:
            errors.append(err)
    if errors:
        raise ValidationFailed(errors)
    return DeskProfile(**values)


class ProfileService:
    def __init__(self, settings_file: Path, on_saved: Callable[[DeskProfile], None]) -> None:
        self._settings_file = settings_file
        self._on_saved = on_saved

    def save(self, profile: DeskProfile) -> Changes:
        cleaned = clean_profile(profile)
        save_profile(self._settings_file, cleaned)
        self._on_saved(cleaned)
        return Changes(profile=True)
