"""After any restore the desk never prints a dossier code (nor, in its own folder, a book entry) it printed before.

In place, the folder's journal keeps every code above what was printed, offline. Into a folder
without that journal, nothing here knows what was printed after the backup: a registered desk
prints again only from leases granted after the restore, a desk that works alone only from the
next day on.
"""

from __future__ import annotations

import random
import shutil
import sqlite3
import tempfile
from datetime import datetime, timedelta
from pathlib import Path

import pytest
import time_machine
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from backup_support import backups, new_folder, save
from desk_app.clock import LOCAL_TZ
from desk_app.domain.errors import DomainError
from desk_app.services.desk import Desk
from desk_app.store import code_blocks
from desk_app.store.issued_numbers import JOURNAL_FILE
from intake_support import register_locally, request_for

MONDAY = datetime(2026, 11, 23, 9, 15, tzinfo=LOCAL_TZ)
AGENCY = "000.00.12.H12"


@pytest.fixture(autouse=True)
def on_monday(time_machine):
    time_machine.move_to(MONDAY, tick=True)
    return time_machine


def book_entries(folder: Path) -> list[int]:
    return [row[0] for row in sqlite3.connect(folder / "desk.sqlite3").execute(
        "SELECT book_entry FROM dossiers ORDER BY id")]


def refusal(folder: Path) -> DomainError:
    desk = Desk.open(folder)
    try:
        with pytest.raises(DomainError) as raised:
            desk.intake.submit(request_for(desk))
        return raised.value
    finally:
        desk.close()


def registered_with_lease(folder: Path, first: int, last: int) -> None:
    desk = Desk.open(folder)
    register_locally(desk)
    lease(desk, first, last)
    desk.close()


def lease(desk: Desk, first: int, last: int) -> None:
    with desk.database.write() as connection:
        code_blocks.add_leases(connection, AGENCY, [(MONDAY.date(), first, last)])


def test_restored_in_place_a_desk_goes_on_above_every_code_and_book_entry_it_printed(tmp_path):
    folder = new_folder(tmp_path, "desk")
    save(folder, 2)
    backups(folder).back_up(tmp_path / "b.zip")
    printed = save(folder, 3)
    backups(folder).restore(tmp_path / "b.zip", force=True)
    after = save(folder, 2)
    assert [code[-4:] for code in after] == ["0006", "0007"]
    assert not set(after) & set(printed)
    assert book_entries(folder) == [1, 2, 6, 7]


def test_restored_in_place_a_registered_desk_skips_the_leased_numbers_it_printed_offline(tmp_path):
    folder = new_folder(tmp_path, "desk")
    registered_with_lease(folder, 1, 20)
    save(folder, 3)
    backups(folder).back_up(tmp_path / "b.zip")
    printed = save(folder, 4)
    backups(folder).restore(tmp_path / "b.zip", force=True)
    assert [code[-4:] for code in save(folder, 1)] == ["0008"]
    assert printed[-1].endswith("0007")


def test_restored_into_a_new_folder_a_lone_desk_prints_no_code_that_day_then_starts_afresh(tmp_path, on_monday):
    folder = new_folder(tmp_path, "desk")
    save(folder, 2)
    backups(folder).back_up(tmp_path / "b.zip")
    save(folder, 3)
    new = tmp_path / "new-pc"
    backups(new).restore(tmp_path / "b.zip", force=False)
    error = refusal(new)
    assert error.code == "dossier_code.after_restore_alone" and "23/11/2026" in str(error)
    assert "từ ngày mai" in str(error)
    registered_with_lease(new, 1, 20)  # registering that day does not help: its codes came from no lease
    assert refusal(new).code == "dossier_code.after_restore_alone"
    on_monday.shift(timedelta(days=1))
    assert save(new, 1) == [f"{AGENCY}-261124-9100"]  # the new day's first number: no lease yet, the reserve


def test_restored_into_a_new_folder_a_registered_desk_waits_for_leases_granted_after_the_restore(tmp_path):
    folder = new_folder(tmp_path, "desk")
    registered_with_lease(folder, 1, 20)
    save(folder, 2)
    backups(folder).back_up(tmp_path / "b.zip")
    printed = save(folder, 20)  # the rest of the lease, then the reserve slice 9100–9101
    new = tmp_path / "new-pc"
    backups(new).restore(tmp_path / "b.zip", force=False)
    error = refusal(new)
    assert error.code == "dossier_code.after_restore" and "Đồng bộ" in str(error)
    desk = Desk.open(new)
    lease(desk, 21, 22)
    codes = [desk.intake.submit(request_for(desk)).code for _ in range(2)]
    assert [code[-4:] for code in codes] == ["0021", "0022"] and not set(codes) & set(printed)
    with pytest.raises(DomainError) as raised:
        desk.intake.submit(request_for(desk))
    assert raised.value.code == "dossier_code.after_restore"  # the reserve slice stays burnt for the day
    desk.close()


def test_a_database_copied_in_by_hand_is_treated_as_uncovered(tmp_path):
    folder = new_folder(tmp_path, "desk")
    save(folder, 2)
    other = new_folder(tmp_path, "other")
    save(other, 1)
    shutil.copyfile(folder / "desk.sqlite3", other / "desk.sqlite3")
    assert refusal(other).code == "dossier_code.after_restore_alone"


def test_a_database_from_before_the_journal_goes_on_from_its_own_counters(tmp_path):
    folder = new_folder(tmp_path, "desk")
    save(folder, 2)
    (folder / JOURNAL_FILE).unlink()
    with sqlite3.connect(folder / "desk.sqlite3") as connection:
        connection.execute("DELETE FROM sync_state WHERE key = 'numbers_journal'")
    assert [code[-4:] for code in save(folder, 1)] == ["0003"]


STEPS = st.lists(st.tuples(st.integers(0, 3), st.sampled_from(["backup", "restore_here", "restore_new", "next_day"])),
                 min_size=2, max_size=6)


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=STEPS, seed=st.integers(0, 10**6))
def test_no_code_is_ever_printed_twice_whatever_is_restored_where(steps, seed):
    """Saves, then a backup, a restore of any earlier backup into the desk's folder or into a new one
    (the old PC is then gone), or a day passing: every code printed is new."""
    rng = random.Random(seed)
    printed: list[str] = []
    with tempfile.TemporaryDirectory() as scratch, time_machine.travel(MONDAY, tick=True) as clock:
        root = Path(scratch)
        folder = new_folder(root, "desk-0")
        printed += save(folder, 1)
        files = [root / "b-first.zip"]
        backups(folder).back_up(files[0])
        for step, (saves, action) in enumerate(steps):
            try:
                printed += save(folder, saves)
            except DomainError as error:
                assert error.code == "dossier_code.after_restore_alone"
            if action == "backup":
                files.append(root / f"b{step}.zip")
                backups(folder).back_up(files[-1])
            elif action == "restore_here":
                backups(folder).restore(rng.choice(files), force=True)
            elif action == "restore_new":
                folder = root / f"desk-{step}"
                backups(folder).restore(rng.choice(files), force=True)
            else:
                clock.shift(timedelta(days=1))
    assert len(printed) == len(set(printed))
