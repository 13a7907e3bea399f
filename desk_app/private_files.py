"""Files that hold citizens' data are the desk's OS user's alone: folders 0700, files 0600.

The database, its journal files, the settings and the logs are made so from the start (a file is
created with its mode, not opened and then narrowed) and narrowed again at each start, for files an
earlier version left readable by every user of the PC. On Windows, where these modes mean little,
the user's profile folders already keep others out.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

FOLDER_MODE = 0o700
FILE_MODE = 0o600


def private_folder(path: Path) -> Path:
    path.mkdir(mode=FOLDER_MODE, parents=True, exist_ok=True)
    _narrow(path, FOLDER_MODE)
    return path


def private_file(path: Path) -> Path:
    """Create the file if it is missing (empty, 0600), or narrow the one that is there."""
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE))
    except FileExistsError:
        _narrow(path, FILE_MODE)
    return path


def narrow_if_present(path: Path) -> None:
    if path.exists():
        _narrow(path, FILE_MODE)


def write_private(path: Path, data: bytes) -> None:
    """Write a whole file atomically (a sibling, then a rename), 0600 from its first byte."""
    partial = path.with_name(path.name + ".tmp")
    descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, FILE_MODE)
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(partial, path)
    _narrow(path, FILE_MODE)


def _narrow(path: Path, mode: int) -> None:
    if os.name == "nt":
        return
    if stat.S_IMODE(path.stat().st_mode) != mode:
        path.chmod(mode)
