"""The Desk facade: one local database and the use cases on it.

The GUI, the command line and the tests all go through a Desk, so a rule enforced here holds
everywhere. Expensive parts (the national calendar, the catalogue) are built on first use, which
keeps the window's start-up short.
"""

from __future__ import annotations

import sqlite3
import threading
from dataclasses import replace
from datetime import datetime
from functools import cached_property
from pathlib import Path
from typing import Callable, Mapping

from desk_app.clock import LOCAL_TZ, now_utc
from desk_app.provinces import load_province_codes
from desk_app.domain.working_calendar import OfficeHours, WorkingCalendar
from desk_app.services.appointments import AppointmentService
from desk_app.services.backups import damaged_database_error
from desk_app.services.catalogue import CatalogueService
from desk_app.services.form_wording import load_wording
from desk_app.services.forms import FormsService
from desk_app.services.intake import IntakeService
from desk_app.services.lookup import LookupService
from desk_app.services.preferences import PreferencesService
from desk_app.services.profile import ProfileService
from desk_app.services.returns import ReturnsService
from desk_app.services.today import TodayService
from desk_app.services.sync import SyncService
from desk_app.settings import DeskProfile, Settings, load_settings, save_office_hours, settings_path
from desk_app.store import calendar_repo, numbering, outbox_repo, sync_state_repo
from desk_app.store.database import Database, open_database
from desk_app.store.issued_numbers import IssuedNumbers


class Desk:
    def __init__(self, data_dir: Path, database: Database, settings: Settings, settings_file: Path,
                 issued: IssuedNumbers, clock: Callable[[], datetime] = now_utc) -> None:
        self.data_dir = data_dir
        self.database = database
        self.settings_file = settings_file
        self._settings = settings
        self.clock = clock
        self._calendar: WorkingCalendar | None = None
        self._calendar_lock = threading.Lock()
        self.catalogue = CatalogueService(database)
        self.appointments = AppointmentService(database, self.catalogue, lambda: self._settings,
                                               lambda: self.calendar, lambda: self.provinces, clock, issued)
        self.intake = IntakeService(database, self.catalogue, lambda: self._settings, lambda: self.calendar,
                                    lambda: self.provinces, clock, issued, self.appointments.book_in)
        self.forms = FormsService(database, lambda: self._settings.printing, lambda: load_wording(data_dir),
                                  profile=lambda: self._settings.profile)
        self.profile = ProfileService(
            settings_file, lambda: (self._settings.profile, (self._settings.sequence_first, self._settings.sequence_last)),
            self._is_registered, self._profile_saved)
        self.preferences = PreferencesService(settings_file, lambda: self._settings, self._is_registered,
                                              self._preferences_saved)
        self.sync = SyncService(database, clock, lambda: self.calendar, lambda: self._settings.profile,
                                self._registered, self._pulled, lambda: self._settings.office_hours,
                                lambda: self._settings.booking_hours)
        self.lookup = LookupService(database, self.sync.problem_for)
        self.today = TodayService(database, clock)
        self.returns = ReturnsService(database, self.catalogue, lambda: self._settings, lambda: self.calendar,
                                      lambda: self.provinces, clock)

    @classmethod
    def open(cls, data_dir: Path, explicit_data_dir: bool = True,
             clock: Callable[[], datetime] = now_utc) -> "Desk":
        """Open the desk on data_dir: settings read, database created or upgraded and squared with the
        folder's record of printed numbers, catalogue present. A damaged database is refused by name."""
        file = settings_path(data_dir, explicit_data_dir)
        settings = load_settings(file)
        database: Database | None = None
        try:
            database = open_database(data_dir)
            issued = IssuedNumbers.open(data_dir)
            numbering.reconcile(database, issued, clock().astimezone(LOCAL_TZ).date(), settings.profile.agency_code)
            desk = cls(data_dir, database, settings, file, issued, clock)
            desk.catalogue.ensure_loaded()
        except sqlite3.DatabaseError as err:
            if database is not None:
                database.close()
            damaged = damaged_database_error(data_dir, err)
            if damaged is None:
                raise
            raise damaged from None
        return desk

    @property
    def settings(self) -> Settings:
        return self._settings

    @property
    def calendar(self) -> WorkingCalendar:
        """The working calendar in force: one immutable value at a time, replaced whole when the
        province's days change (on the sync's thread) while the window's thread reads the last one."""
        calendar = self._calendar
        if calendar is None:
            calendar = self.calendar_changed()
        return calendar

    def calendar_changed(self) -> WorkingCalendar:
        """Build the calendar from the stored days and put it in force (built first, then swapped
        in one assignment)."""
        with self._calendar_lock:
            with self.database.read() as connection:
                overrides = calendar_repo.load_overrides(connection)
            calendar = self._calendar = WorkingCalendar(overrides)
        return calendar

    @cached_property
    def provinces(self) -> Mapping[str, str]:
        return load_province_codes()

    def pending_operations(self) -> int:
        """Changes made on this desk that the provincial system has not acknowledged yet."""
        with self.database.read() as connection:
            return outbox_repo.pending_count(connection)

    def _registered(self, profile: DeskProfile, office_hours: OfficeHours) -> None:
        """Registration tells the desk who it is: agency, officer, office hours, as the province has them."""
        settings = self._settings
        self.profile.save_from_province(profile, f"{settings.sequence_first}-{settings.sequence_last}")
        save_office_hours(self.settings_file, office_hours)
        self._settings = replace(self._settings, office_hours=office_hours)

    def _is_registered(self) -> bool:
        with self.database.read() as connection:
            return sync_state_repo.registration(connection) is not None

    def _pulled(self, catalogue: bool, calendar: bool) -> None:
        """The feed changed the catalogue or the calendar: the next use reads them afresh."""
        if catalogue:
            self.catalogue.reload()
        if calendar:
            self.calendar_changed()

    def _profile_saved(self, profile: DeskProfile, block: tuple[int, int]) -> None:
        self._settings = replace(self._settings, profile=profile, sequence_first=block[0], sequence_last=block[1])

    def _preferences_saved(self, settings: Settings) -> None:
        """The printers, paper and hours are read at each use, so the saved ones are in force at once."""
        self._settings = settings

    def close(self) -> None:
        self.database.close()
