"""Leased and reserved dossier numbers: in order, never twice, reserve only when leases are spent."""

from __future__ import annotations

from datetime import date

from desk_app.store import code_blocks
from desk_app.store.database import open_database

AGENCY = "000.00.12.H12"
DAY = date(2026, 11, 23)


def test_leases_in_order_then_the_reserve_then_nothing(tmp_path):
    database = open_database(tmp_path)
    with database.write() as connection:
        code_blocks.add_leases(connection, AGENCY, [(DAY, 41, 42), (DAY, 7, 8)])
        taken = [code_blocks.take_number(connection, AGENCY, DAY, (9050, 9051)) for _ in range(7)]
        unused = code_blocks.unused_leased(connection, AGENCY, [DAY, date(2026, 11, 25)])
    database.close()
    assert taken == [(7, "lease"), (8, "lease"), (41, "lease"), (42, "lease"), (9050, "reserve"), (9051, "reserve"),
                     None]
    assert unused == {DAY: 0, date(2026, 11, 25): 0}


def test_a_lease_that_arrives_after_the_reserve_is_used_first(tmp_path):
    database = open_database(tmp_path)
    with database.write() as connection:
        assert code_blocks.take_number(connection, AGENCY, DAY, (9000, 9049)) == (9000, "reserve")
        assert code_blocks.on_reserve(connection, AGENCY, DAY)
        code_blocks.add_leases(connection, AGENCY, [(DAY, 100, 101)])
        assert code_blocks.unused_leased(connection, AGENCY, [DAY]) == {DAY: 2}
        assert code_blocks.take_number(connection, AGENCY, DAY, (9000, 9049)) == (100, "lease")
        assert code_blocks.take_number(connection, AGENCY, date(2026, 11, 25), (9000, 9049)) == (9000, "reserve")
    database.close()
