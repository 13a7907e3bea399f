"""Reading a catalogue file (docs/catalogue-format.md) from disk: the one way the desk's import,
the bundled sample and the provincial server's import all read one, so that a file is refused for
the same reasons, with the same words, everywhere."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from desk_app.domain.catalogue import Procedure, parse_catalogue_bytes
from desk_app.domain.errors import DomainError


def read_catalogue_file(path: Path) -> list[Procedure]:
    try:
        raw = path.read_bytes()
    except FileNotFoundError as err:
        raise DomainError("catalogue.file_missing", field="file", path=str(path)) from err
    except OSError as err:
        raise DomainError("catalogue.unreadable", field="file", path=str(path), detail=err.strerror or str(err)) from err
    return parse_catalogue_bytes(raw)


def sample_catalogue_path() -> Path:
    return Path(str(resources.files("desk_app.resources") / "catalogue" / "sample.json"))
