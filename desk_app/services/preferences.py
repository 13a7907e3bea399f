"""How this PC does its work (printers, paper, output, scanner, office hours, language): checked,
then written to settings and put in force."""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from desk_app.domain.errors import DomainError, ValidationFailed
from desk_app.domain.working_calendar import OFFICE_HOURS_FIELD
from desk_app.services.changes import Changes, Kind
from desk_app.settings import Preferences, Settings, save_preferences


class PreferencesService:
    def __init__(self, settings_file: Path, current: Callable[[], Settings], registered: Callable[[], bool],
                 on_saved: Callable[[Settings], None]) -> None:
        self._settings_file = settings_file
        self._current = current
        self._registered = registered
        self._on_saved = on_saved

    def current(self) -> Preferences:
        return Preferences.of(self._current())

    def hours_locked(self) -> bool:
        """A registered desk receives the agency's office hours from the province: the server checks
        every due date against them, so hours of the desk's own would have its intakes refused."""
        return self._registered()

    def save(self, chosen: Preferences) -> Changes:
        """The officer's choices, all checked before anything is written; the desk then works with
        what the file loads to. Office hours move due dates, which the screens redraw on PROFILE;
        the desk's booking hours change the slots it offers (APPOINTMENT)."""
        current = self._current()
        if self.hours_locked() and chosen.office_hours.strip() != current.office_hours.to_text():
            raise ValidationFailed([DomainError("settings.office_hours_locked", field=OFFICE_HOURS_FIELD)])
        saved = save_preferences(self._settings_file, current, chosen)
        self._on_saved(saved)
        kinds = [kind for kind, changed in ((Kind.PROFILE, saved.office_hours != current.office_hours),
                                            (Kind.APPOINTMENT, saved.booking_hours != current.booking_hours)) if changed]
        return Changes.of(*kinds)
