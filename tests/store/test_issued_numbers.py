"""The folder's journal of printed numbers: durable marks that only go up, whatever happens to the file."""

from __future__ import annotations

import os
import stat

import pytest

from desk_app.domain.errors import DomainError
from desk_app.store import issued_numbers
from desk_app.store.issued_numbers import JOURNAL_FILE, IssuedNumbers


def test_marks_survive_a_reopen_and_never_go_down(tmp_path):
    journal = IssuedNumbers.open(tmp_path)
    journal.record({"dossier/A/2026-11-23": 3, "book/2026": 3})
    journal.record({"dossier/A/2026-11-23": 2})
    again = IssuedNumbers.open(tmp_path)
    assert again.journal_id == journal.journal_id
    assert again.highest("dossier/A/2026-11-23") == 3 and again.highest("book/2026") == 3
    assert again.highest("dossier/A/2026-11-24") == 0
    assert stat.S_IMODE((tmp_path / JOURNAL_FILE).stat().st_mode) == 0o600


def test_a_line_cut_short_by_a_power_cut_is_dropped_and_the_file_mended(tmp_path):
    journal = IssuedNumbers.open(tmp_path)
    journal.record({"dossier/A/2026-11-23": 4})
    with open(tmp_path / JOURNAL_FILE, "ab") as file:
        file.write(b"dossier/A/2026-11-23\t5")
    mended = IssuedNumbers.open(tmp_path)
    assert mended.highest("dossier/A/2026-11-23") == 4
    mended.record({"dossier/A/2026-11-23": 6})
    assert IssuedNumbers.open(tmp_path).highest("dossier/A/2026-11-23") == 6


def test_a_long_journal_is_rewritten_one_line_a_series(tmp_path, monkeypatch):
    monkeypatch.setattr(issued_numbers, "COMPACT_ABOVE_BYTES", 200)
    journal = IssuedNumbers.open(tmp_path)
    for number in range(1, 30):
        journal.record({"dossier/A/2026-11-23": number})
    compacted = IssuedNumbers.open(tmp_path)
    lines = (tmp_path / JOURNAL_FILE).read_text(encoding="utf-8").splitlines()
    assert len(lines) == 2 and compacted.highest("dossier/A/2026-11-23") == 29
    assert compacted.journal_id == journal.journal_id


def test_an_unreadable_journal_is_put_aside_and_a_new_one_started(tmp_path):
    (tmp_path / JOURNAL_FILE).write_text("not a journal\n", encoding="utf-8")
    journal = IssuedNumbers.open(tmp_path)
    assert journal.highest("dossier/A/2026-11-23") == 0
    assert [p.name for p in tmp_path.glob(f"{JOURNAL_FILE}.unreadable-*")]


def test_a_number_that_cannot_be_written_down_is_an_error(tmp_path):
    journal = IssuedNumbers.open(tmp_path)
    os.remove(tmp_path / JOURNAL_FILE)
    (tmp_path / JOURNAL_FILE).mkdir()
    with pytest.raises(DomainError) as raised:
        journal.record({"dossier/A/2026-11-23": 1})
    assert raised.value.code == "numbers.journal" and JOURNAL_FILE in str(raised.value)
    assert journal.highest("dossier/A/2026-11-23") == 0
