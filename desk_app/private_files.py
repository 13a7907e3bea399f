"""Files that hold citizens' data are the desk's OS user's alone: folders 0700, files 0600.

The database, its journal files, the settings and the logs are made so from the start (a file is
created with its mode, not opened and then narrowed) and narrowed again at each start, for files an
earlier version left readable by every user of the PC. On Windows, where these modes mean little,
the user's profile folders already keep others out.
"""

from __future__ import annotations

import os
import stat
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

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


@contextmanager
def writing_private(path: Path) -> Iterator[BinaryIO]:
    """A new file readable by its owner only from the first byte, written aside and moved into
    place whole: a reader never finds half a file under the final name."""
    path.parent.mkdir(parents=True, exist_ok=True)
    descriptor, partial = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(descriptor, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(partial, path)
    except BaseException:
        Path(partial).unlink(missing_ok=True)
        raise


def write_private(path: Path, data: bytes) -> None:
    with writing_private(path) as handle:
        handle.write(data)


def _narrow(path: Path, mode: int) -> None:
    if os.name == "nt":
        return
    if stat.S_IMODE(path.stat().st_mode) != mode:
        path.chmod(mode)


def write_whole(target: Path, data: bytes) -> Path:
    """A file another program picks up (a print folder watcher, a mail client, a spreadsheet) is
    never half there: written beside it, then renamed over it."""
    partial = target.with_name(target.name + ".part")
    partial.write_bytes(data)
    partial.replace(target)
    return target
