"""The desk's profile (agency, place, officer) that every form prints: checked, then written to settings."""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from desk_app.domain.dossier_code import validate_agency_code
from desk_app.domain.errors import DomainError, ValidationFailed
from desk_app.domain.text import nfc
from desk_app.services.changes import Changes, Kind
from desk_app.settings import TEXT_MAX, DeskProfile, parse_sequence_block, save_profile

REQUIRED = ("agency_code", "agency_name", "place_name", "officer_name")


def clean_profile(profile: DeskProfile, sequence_block: str) -> tuple[DeskProfile, tuple[int, int]]:
    """Normalise every field and report every missing or malformed one at once."""
    values = {key: nfc(value) for key, value in vars(profile).items()}
    errors = [DomainError("profile.required", field=key) for key in REQUIRED if not values[key]]
    errors += [DomainError("profile.too_long", field=key, max=TEXT_MAX) for key, value in values.items()
               if len(value) > TEXT_MAX]
    if values["agency_code"]:
        try:
            values["agency_code"] = validate_agency_code(values["agency_code"])
        except DomainError as err:
            errors.append(err)
    block = (1, 8999)
    try:
        block = parse_sequence_block(nfc(sequence_block).replace(" ", ""))
    except DomainError as err:
        errors.append(DomainError(err.code, field="sequence_block", **err.params))
    if errors:
        raise ValidationFailed(errors)
    return DeskProfile(**values), block


class ProfileService:
    def __init__(self, settings_file: Path, on_saved: Callable[[DeskProfile, tuple[int, int]], None]) -> None:
        self._settings_file = settings_file
        self._on_saved = on_saved

    def save(self, profile: DeskProfile, sequence_block: str) -> Changes:
        """sequence_block is this desk's share of the agency's daily numbers ("1-4499"): two desks of
        one agency must never share a number until sync hands out leases."""
        cleaned, block = clean_profile(profile, sequence_block)
        save_profile(self._settings_file, cleaned, block)
        self._on_saved(cleaned, block)
        return Changes.of(Kind.PROFILE)
