"""What the doctor reads once and several checks look at: the settings and the sync state."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from desk_app.domain.errors import DomainError
from desk_app.settings import Settings, load_settings, settings_path


@dataclass(frozen=True)
class Facts:
    data_dir: Path
    explicit_data_dir: bool
    settings_file: Path
    settings: Settings
    """The defaults when the file cannot be read (`settings_error` says why)."""
    settings_error: DomainError | None
    sync: dict[str, Any] | None = None
    """`desk.sync.status()` as JSON; None until the database is known to open as it is."""

    def with_sync(self) -> "Facts":
        """Open the desk (only on a sound database at the current schema) and read its sync state."""
        from desk_app.services.desk import Desk

        try:
            desk = Desk.open(self.data_dir, self.explicit_data_dir)
        except DomainError:
            return self
        try:
            return replace(self, sync=desk.sync.status().as_json())
        finally:
            desk.close()


def gather(data_dir: Path, explicit_data_dir: bool) -> Facts:
    file = settings_path(data_dir, explicit_data_dir)
    try:
        return Facts(data_dir, explicit_data_dir, file, load_settings(file), None)
    except DomainError as err:
        return Facts(data_dir, explicit_data_dir, file, Settings(), err)
