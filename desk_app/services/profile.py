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
    def __init__(self, settings_file: Path, current: Callable[[], tuple[DeskProfile, tuple[int, int]]],
                 registered: Callable[[], bool], on_saved: Callable[[DeskProfile, tuple[int, int]], None]) -> None:
        self._settings_file = settings_file
        self._current = current
        self._registered = registered
        self._on_saved = on_saved

    def locked(self) -> bool:
        """A registered desk's agency code and number block are the province's: its codes come from
        them, and a typing slip would print another agency's numbers."""
        return self._registered()

    def save(self, profile: DeskProfile, sequence_block: str) -> Changes:
        """The officer's edit. sequence_block is an unregistered desk's share of the agency's daily
        numbers ("1-4499"): two desks of one agency must never share a number until sync hands out
        leases. Once registered, both stay as the province set them."""
        cleaned, block = clean_profile(profile, sequence_block)
        if self.locked():
            current, current_block = self._current()
            errors = []
            if cleaned.agency_code != current.agency_code:
                errors.append(DomainError("profile.agency_code_locked", field="agency_code"))
            if block != current_block:
                errors.append(DomainError("profile.sequence_block_locked", field="sequence_block"))
            if errors:
                raise ValidationFailed(errors)
        return self._store(cleaned, block)

    def save_from_province(self, profile: DeskProfile, sequence_block: str) -> Changes:
        """What registration says the desk is: the one way its agency code changes once registered."""
        return self._store(*clean_profile(profile, sequence_block))

    def _store(self, cleaned: DeskProfile, block: tuple[int, int]) -> Changes:
        save_profile(self._settings_file, cleaned, block)
        self._on_saved(cleaned, block)
        return Changes.of(Kind.PROFILE)
