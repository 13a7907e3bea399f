"""The procedure catalogue as the counter uses it: import, the bundled sample, and type-ahead.

Type-ahead runs on every keystroke, so the catalogue is held in memory with folded search keys;
a linear scan of a few thousand short strings is faster than any query.
"""

from __future__ import annotations

from pathlib import Path

from desk_app.catalogue_file import read_catalogue_file, sample_catalogue_path
from desk_app.domain.catalogue import Procedure
from desk_app.domain.errors import DomainError
from desk_app.domain.text import fold
from desk_app.services.changes import Changes
from desk_app.store import catalogue_repo
from desk_app.store.database import Database

SAMPLE_SOURCE = "sample"
IMPORT_SOURCE = "import"


class CatalogueService:
    def __init__(self, database: Database) -> None:
        self._database = database
        self._entries: list[tuple[str, Procedure]] | None = None
        self._by_code: dict[str, Procedure] = {}
        self._last_words: list[str] = []
        self._last_matches: list[tuple[int, str, Procedure]] = []

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
        self._set([(p.search_key, p) for p in sorted(catalogue, key=lambda p: p.code)])

    def reload(self) -> None:
        """Read the catalogue again after the provincial feed changed it. Called on the sync worker:
        the new list is built before it replaces the old one, so the GUI thread's type-ahead never
        waits on the database."""
        with self._database.read() as connection:
            self._set(catalogue_repo.load_catalogue(connection))

    def _set(self, entries: list[tuple[str, Procedure]]) -> None:
        self._last_words = []
        self._last_matches = []
        self._by_code = {p.code: p for _, p in entries}
        self._entries = entries

    def _all(self) -> list[tuple[str, Procedure]]:
        if self._entries is None:
            with self._database.read() as connection:
                self._set(catalogue_repo.load_catalogue(connection))
        assert self._entries is not None
        return self._entries

    def all(self) -> list[Procedure]:
        return [p for _, p in self._all()]

    def get(self, code: str) -> Procedure:
        self._all()
        try:
            return self._by_code[code]
        except KeyError:
            raise DomainError("procedure.unknown", field="procedure", code=code) from None

    def search(self, query: str, limit: int = 50) -> list[Procedure]:
        """Every word of the query must occur in the folded code+name; code prefixes rank first,
        then names holding the query as typed, then the rest; shorter names first within a rank, since
        the plain procedure ("đăng ký khai sinh") is asked for far more than its variants.

        While the officer types on, the new query only narrows the last one, so only the last
        matches are scanned again: a keystroke costs a fraction of a full pass."""
        words = fold(query).split()
        entries = self._all()
        if not words:
            self._last_words, self._last_matches = [], []
            return [p for _, p in entries[:limit]]
        narrows = bool(self._last_words) and len(words) >= len(self._last_words) and all(
            old in new for old, new in zip(self._last_words, words))
        pool = self._last_matches if narrows else [(i, key, p) for i, (key, p) in enumerate(entries)]
        matches = [entry for entry in pool if all(word in entry[1] for word in words)]
        self._last_words, self._last_matches = words, matches
        joined = " ".join(words)

        def rank(entry: tuple[int, str, Procedure]) -> tuple[int, int, int]:
            index, key, procedure = entry
            tier = 0 if procedure.code.startswith(joined) else 1 if joined in key else 2
            return tier, len(procedure.name), index

        return [procedure for _, _, procedure in sorted(matches, key=rank)[:limit]]
