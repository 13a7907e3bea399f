"""The procedure catalogue as the counter uses it: import, the bundled sample, and type-ahead.

Type-ahead runs on every keystroke, so the catalogue is held in memory with folded search keys;
a linear scan of a few thousand short strings is faster than any query.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType

from desk_app.catalogue_file import read_catalogue_file, sample_catalogue_path
from desk_app.domain.catalogue import Procedure
from desk_app.domain.errors import DomainError
from desk_app.domain.text import fold
from desk_app.services.changes import Changes, Kind
from desk_app.store import catalogue_repo
from desk_app.store.database import Database

SAMPLE_SOURCE = "sample"
IMPORT_SOURCE = "import"


@dataclass(frozen=True)
class CatalogueSnapshot:
    """One catalogue as a whole, never changed once made: the window's thread reads it while the
    sync's thread makes the next one, and a reader holds either this one or the next, not a mix."""

    entries: tuple[tuple[str, Procedure], ...]
    """(folded search key, procedure), in code order."""
    by_code: Mapping[str, Procedure]

    @classmethod
    def of(cls, entries: Iterable[tuple[str, Procedure]]) -> CatalogueSnapshot:
        ordered = tuple(entries)
        return cls(ordered, MappingProxyType({p.code: p for _, p in ordered}))

    @property
    def procedures(self) -> tuple[Procedure, ...]:
        return tuple(p for _, p in self.entries)


@dataclass(frozen=True)
class _Narrowing:
    """The last query's matches, good only for the snapshot they were found in."""

    snapshot: CatalogueSnapshot
    words: tuple[str, ...]
    matches: tuple[tuple[int, str, Procedure], ...]


class CatalogueService:
    def __init__(self, database: Database) -> None:
        self._database = database
        self._snapshot: CatalogueSnapshot | None = None
        self._narrowing: _Narrowing | None = None
        self._publishing = threading.Lock()

    def ensure_loaded(self) -> None:
        """A fresh desk starts on the bundled sample so the officer can work at once."""
        with self._database.read() as connection:
            empty = catalogue_repo.catalogue_size(connection) == 0
        if empty:
            self.replace_all(read_catalogue_file(sample_catalogue_path()), SAMPLE_SOURCE)

    def import_file(self, path: Path) -> Changes:
        """All or nothing: a file with one bad entry changes nothing (the domain parse raises first)."""
        self.replace_all(read_catalogue_file(path), IMPORT_SOURCE)
        return Changes.of(Kind.CATALOGUE)

    def replace_all(self, catalogue: list[Procedure], source: str) -> None:
        with self._publishing:
            with self._database.write() as connection:
                catalogue_repo.replace_catalogue(connection, catalogue, source)
            self._snapshot = CatalogueSnapshot.of((p.search_key, p) for p in sorted(catalogue, key=lambda p: p.code))

    def reload(self) -> None:
        """Read the catalogue again after the provincial feed changed it. Called on the sync's
        thread: the new snapshot is made whole before it replaces the old one (one assignment), so
        the window's type-ahead never waits on the database nor sees half of it."""
        with self._publishing:
            with self._database.read() as connection:
                self._snapshot = CatalogueSnapshot.of(catalogue_repo.load_catalogue(connection))

    def snapshot(self) -> CatalogueSnapshot:
        snapshot = self._snapshot
        if snapshot is None:
            self.reload()
            snapshot = self._snapshot
        assert snapshot is not None
        return snapshot

    def all(self) -> list[Procedure]:
        return list(self.snapshot().procedures)

    def get(self, code: str) -> Procedure:
        try:
            return self.snapshot().by_code[code]
        except KeyError:
            raise DomainError("procedure.unknown", field="procedure", code=code) from None

    def search(self, query: str, limit: int = 50) -> list[Procedure]:
        """Every word of the query must occur in the folded code+name; code prefixes rank first,
        then names holding the query as typed, then the rest; shorter names first within a rank, since
        the plain procedure ("đăng ký khai sinh") is asked for far more than its variants.

        While the officer types on, the new query only narrows the last one, so only the last
        matches are scanned again: a keystroke costs a fraction of a full pass."""
        words = tuple(fold(query).split())
        snapshot = self.snapshot()
        if not words:
            self._narrowing = None
            return [p for _, p in snapshot.entries[:limit]]
        last = self._narrowing
        narrows = last is not None and last.snapshot is snapshot and len(words) >= len(last.words) and all(
            old in new for old, new in zip(last.words, words))
        pool = last.matches if narrows and last is not None else [
            (i, key, p) for i, (key, p) in enumerate(snapshot.entries)]
        matches = tuple(entry for entry in pool if all(word in entry[1] for word in words))
        self._narrowing = _Narrowing(snapshot, words, matches)
        joined = " ".join(words)

        def rank(entry: tuple[int, str, Procedure]) -> tuple[int, int, int]:
            index, key, procedure = entry
            tier = 0 if procedure.code.startswith(joined) else 1 if joined in key else 2
            return tier, len(procedure.name), index

        return [procedure for _, _, procedure in sorted(matches, key=rank)[:limit]]
