"""The data folder holds citizens' names and ID numbers: it and its files are the desk's user's alone."""

from __future__ import annotations

import shutil
import stat
from pathlib import Path

from desk_app.services.desk import Desk
from desk_app.store.database import DATABASE_FILE
from intake_support import request_for

OLD_DATABASES = Path(__file__).parent / "databases"


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_new_desk_makes_its_folder_and_files_private(data_dir, at_monday_morning):
    data_dir.chmod(0o755)
    desk = Desk.open(data_dir)
    try:
        desk.intake.submit(request_for(desk))
        files = [data_dir / DATABASE_FILE, data_dir / f"{DATABASE_FILE}-wal", data_dir / f"{DATABASE_FILE}-shm"]
        assert mode(data_dir) == 0o700
        assert [mode(path) for path in files] == [0o600] * 3
    finally:
        desk.close()


def test_files_an_earlier_version_left_open_are_narrowed(tmp_path, at_monday_morning):
    data_dir = tmp_path / "desk"
    data_dir.mkdir(mode=0o755)
    shutil.copy(OLD_DATABASES / "desk-0004.sqlite3", data_dir / DATABASE_FILE)
    (data_dir / DATABASE_FILE).chmod(0o644)
    desk = Desk.open(data_dir)
    desk.close()
    assert mode(data_dir) == 0o700 and mode(data_dir / DATABASE_FILE) == 0o600
    [aside] = data_dir.glob("desk.before-upgrade-*")
    assert mode(aside) == 0o600
