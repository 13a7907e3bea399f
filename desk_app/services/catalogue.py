"""The procedure catalogue as the counter uses it: import, the bundled sample, and type-ahead.

Type-ahead runs on every keystroke, so the catalogue is held in memory with folded search keys;
a linear scan of a few thousand short strings is faster than any query.
"""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path
from typing import Any

from desk_app.domain.catalogue import Procedure, parse_catalogue
from desk_app.domain.errors import DomainError
from desk_app.domain.text import fold
from desk_app.services.changes import Changes
from desk_app.store import catalogue_repo
from desk_app.store.database import Database

SAMPLE_SOURCE = "sample"
IMPORT_SOURCE = "import"


def read_catalogue_file(path: Path) -> list[Procedure]:
    try:
        data: Any = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as err:
        raise DomainError("catalogue.file_missing", field="file", path=str(path)) from err
    except (UnicodeDecodeError, json.JSONDecodeError) as err:
        raise DomainError("catalogue.not_json", field="file", path=str(path), detail=str(err)) from err
    return parse_catalogue(data)


def sample_catalogue_path() -> Path:
    return Path(str(resources.files("desk_app.resources") / "catalogue" / "sample.json"))


class CatalogueService:
    def __init__(self, database: Database) -> None:
        self._database = database
        self._procedures: list[Procedure] | None = None
        self._by_code: dict[str, Procedure] = {}

    def ensure_loaded(self) -> None:
        """A fresh desk starts on the bundled sample so the officer can work at once."""
        with self._database.read() as connection:
            empty = catalogue_repo.catalogue_size(connection) == 0
        if empty:
            self._replace(read_catalogue_file(sample_catalogue_path()), SAMPLE_SOURCE)

    def import_file(self, path: Path) -> Changes:
        """All or nothing: a file with one bad entry changes nothing (the domain parse raises first)."""
        self._replace(read_catalogue_file(path), IMPORT_SOURCE)
        return Changes(catalogue=True)

    def _replace(self, catalogue: list[Procedure], source: str) -> None:
        with self._database.write() as connection:
            catalogue_repo.replace_catalogue(connection, catalogue, source)
        self._set(catalogue)

    def _set(self, catalogue: list[Procedure]) -> None:
        self._procedures = catalogue
        self._by_code = {p.code: p for p in catalogue}

    def _all(self) -> list[Procedure]:
        if self._procedures is None:
            with self._database.read() as connection:
                self._set(catalogue_repo.load_catalogue(connection))
        assert self._procedures is not None
        return self._procedures

    def all(self) -> list[Procedure]:
        return list(self._all())

    def get(self, code: str) -> Procedure:
        self._all()
        try:
            return self._by_code[code]
        except KeyError:
            raise DomainError("procedure.unknown", field="procedure", code=code) from None

    def search(self, query: str, limit: int = 50) -> list[Procedure]:
        """Every word of the query must occur in the folded code+name; code prefixes rank first,
        then names holding the query as typed, then the rest; shorter names first within a rank, since
        the plain procedure ("đăng ký khai sinh") is asked for far more than its variants."""
        words = fold(query).split()
        procedures = self._all()
        if not words:
            return procedures[:limit]
        joined = " ".join(words)
        ranked: list[tuple[int, int, int, Procedure]] = []
        for index, procedure in enumerate(procedures):
            key = procedure.search_key
            if all(word in key for word in words):
                if procedure.code.startswith(joined):
                    rank = 0
                elif joined in key:
                    rank = 1
                else:
                    rank = 2
                ranked.append((rank, len(procedure.name), index, procedure))
        ranked.sort(key=lambda item: item[:3])
        return [item[3] for item in ranked[:limit]]
