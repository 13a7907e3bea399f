"""Desks that save, back up and restore, for the store, CLI and sync tests of backups."""

from __future__ import annotations

import hashlib
from pathlib import Path

from desk_app.services.backups import Backups
from desk_app.services.desk import Desk
from intake_support import DESK_SETTINGS, request_for


def new_folder(parent: Path, name: str, settings: str = DESK_SETTINGS) -> Path:
    folder = parent / name
    folder.mkdir()
    (folder / "settings.toml").write_text(settings, encoding="utf-8")
    return folder


def save(folder: Path, count: int) -> list[str]:
    """Open the desk on the folder, receive `count` dossiers, close it; their codes."""
    desk = Desk.open(folder)
    try:
        return [desk.intake.submit(request_for(desk)).code for _ in range(count)]
    finally:
        desk.close()


def backups(folder: Path) -> Backups:
    return Backups.for_folder(folder, True)


def snapshot(folder: Path) -> dict[str, str]:
    """Every file under the folder and a digest of its bytes: to show that nothing changed."""
    return {str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
            for path in sorted(folder.rglob("*")) if path.is_file()}
