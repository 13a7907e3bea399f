"""The highest number this data folder has handed out in each series, in a journal beside the database.

A dossier code, the tracking-book entry beside it and a booking number are printed on paper and must never be
printed again, even after the database is put back to an older copy whose counters went back in
time with it. So every number taken is also appended here, and the file flushed to the disk,
before the transaction that took it commits: the journal always holds at least every committed
number, and the next number of a series is taken above it (`store.counters`, `store.code_blocks`).
The journal never travels in a backup. It describes this folder, so it outlives a restore of the
database and is lost only with the whole folder; `store.numbering` handles a database it does
not cover.

A series is any name (`numbering.dossier_series`, `numbering.book_series`,
`numbering.booking_series` for the booking numbers of the appointment slips). One line per number, `<series>\\t<number>`, after a first
line naming the journal: its id, which the database it covers keeps, so that a database from
another folder is recognised. A line cut short by a power cut belongs to a transaction that never
committed and is dropped when the file is next opened; a long journal is rewritten with one line a
series.
"""

from __future__ import annotations

import os
import uuid
from datetime import datetime
from pathlib import Path
from typing import Mapping

from desk_app.domain.errors import DomainError
from desk_app.private_files import FILE_MODE

JOURNAL_FILE = "issued-numbers.journal"
HEADER = "mot-cua-desk issued numbers v1"
COMPACT_ABOVE_BYTES = 256 * 1024
_BINARY = getattr(os, "O_BINARY", 0)


class IssuedNumbers:
    def __init__(self, path: Path, journal_id: str, highest: dict[str, int]) -> None:
        self.path = path
        self.journal_id = journal_id
        self._highest = highest

    @classmethod
    def open(cls, data_dir: Path) -> "IssuedNumbers":
        """Read the folder's journal, mending a torn last line; start one if there is none, and put
        aside one that cannot be read (the database it covered is then treated as uncovered)."""
        path = data_dir / JOURNAL_FILE
        try:
            if path.exists():
                found = _read(path)
                if found is not None:
                    journal_id, highest, size = found
                    journal = cls(path, journal_id, highest)
                    if size > COMPACT_ABOVE_BYTES:
                        journal._rewrite()
                    return journal
                path.replace(path.with_name(f"{JOURNAL_FILE}.unreadable-{datetime.now():%Y%m%d-%H%M%S}"))
            journal = cls(path, str(uuid.uuid4()), {})
            journal._rewrite()
            return journal
        except OSError as err:
            raise DomainError("numbers.journal", path=str(path), detail=err.strerror or str(err)) from None

    def highest(self, series: str) -> int:
        """The highest number of the series ever handed out from this folder (0 for none)."""
        return self._highest.get(series, 0)

    def record(self, numbers: Mapping[str, int]) -> None:
        """Write down numbers about to be committed (or never to be used), on the disk before returning;
        a failure is an error, so the transaction that took them rolls back."""
        raised = {series: n for series, n in numbers.items() if n > self.highest(series)}
        if not raised:
            return
        text = "".join(f"{series}\t{n}\n" for series, n in raised.items()).encode("utf-8")
        try:
            descriptor = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT | _BINARY, FILE_MODE)
            try:
                os.write(descriptor, text)
                os.fsync(descriptor)
            finally:
                os.close(descriptor)
        except OSError as err:
            raise DomainError("numbers.journal", path=str(self.path), detail=err.strerror or str(err)) from None
        self._highest.update(raised)

    def _rewrite(self) -> None:
        """One line a series, written aside and moved over the journal in one step."""
        lines = [f"{HEADER}\t{self.journal_id}\n", *(f"{s}\t{n}\n" for s, n in sorted(self._highest.items()))]
        tmp = self.path.with_name(self.path.name + ".tmp")
        descriptor = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | _BINARY, FILE_MODE)
        try:
            os.write(descriptor, "".join(lines).encode("utf-8"))
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
        os.replace(tmp, self.path)
        _sync_folder(self.path.parent)


def _read(path: Path) -> tuple[str, dict[str, int], int] | None:
    data = path.read_bytes()
    complete = data[:data.rfind(b"\n") + 1]
    if len(complete) < len(data):
        with open(path, "r+b") as file:
            file.truncate(len(complete))
            os.fsync(file.fileno())
    lines = complete.decode("utf-8", errors="replace").splitlines()
    header = lines[0].split("\t") if lines else []
    if len(header) != 2 or header[0] != HEADER:
        return None
    highest: dict[str, int] = {}
    for line in lines[1:]:
        series, _, number = line.rpartition("\t")
        if series and number.isdigit():
            highest[series] = max(highest.get(series, 0), int(number))
    return header[1], highest, len(complete)


def _sync_folder(folder: Path) -> None:
    """Make a rename durable where the system allows a folder to be flushed (not on Windows)."""
    if os.name == "nt":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
