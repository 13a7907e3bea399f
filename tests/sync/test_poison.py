"""One bad record never stops anyone: not one pushed by a desk, not one put straight into the feed.

Three desks of one agency work against a real provincial server. A bad record is refused (or set
aside) where it is, named where the officer and the operator see it, and every other desk goes on
pushing and pulling as if nothing had happened.
"""

from __future__ import annotations

import json
from sqlalchemy import insert, update

from intake_support import request_for

PEOPLE = [("Nguyễn Văn An", "001095000111", "12/07/1995", "male"),
          ("Trần Thị Bích", "001195000222", "03/02/1995", "female"),
          ("Lê Minh Châu", "001095000333", "21/11/1995", "male")]


def intake(desk, index: int):
    name, id_number, birth, sex = PEOPLE[index % len(PEOPLE)]
    return desk.intake.submit(request_for(desk, full_name=name, id_number=id_number, birth_date=birth, sex=sex)).code


def poison(desk, code: str, **changes) -> None:
    """Rewrite a saved intake's outbox record as a careless or hostile desk would send it."""
    with desk.database.write() as connection:
        payload = json.loads(connection.execute("SELECT payload_json FROM outbox WHERE dossier_code = ?",
                                                (code,)).fetchone()[0])
        connection.execute("UPDATE outbox SET payload_json = ? WHERE dossier_code = ?",
                           (json.dumps({**payload, **changes}), code))


def codes_of(desk) -> set[str]:
    with desk.database.read() as connection:
        return {row[0] for row in connection.execute("SELECT code FROM dossiers")}


def test_a_bad_record_pushed_by_one_desk_stops_no_one(province, registered):
    a, b, c = registered("a"), registered("b"), registered("c")
    bad = intake(a, 0)
    poison(a, bad, fee_total_vnd=10**30)
    good = intake(a, 1)
    report = a.sync.run_once()
    assert report.rejected == 1 and report.pushed == 1 and report.pending == 0
    (problem,) = a.sync.problems()
    assert problem.dossier_code == bad and problem.reason_code == "sync.payload_invalid"
    assert a.sync.status().as_json()["problems"] == 1
    from_b, from_c = intake(b, 2), intake(c, 0)
    for desk in (b, c, b, c):
        assert desk.sync.run_once().ok
    for desk in (b, c):
        assert {good, from_b, from_c} <= codes_of(desk) and bad not in codes_of(desk)
        assert desk.sync.status().set_aside == 0


def append_raw(province, agency_code: str, kind: str, key: str, data_json: str) -> None:
    """An entry written straight into the server's feed, past every check of the server's own."""
    from provincial.db import make_engine
    from provincial.schema import feed, feed_streams

    engine = make_engine(province.db_url)
    try:
        with engine.begin() as connection:
            seq = connection.execute(update(feed_streams).where(feed_streams.c.stream == agency_code)
                                     .values(last_seq=feed_streams.c.last_seq + 1)
                                     .returning(feed_streams.c.last_seq)).scalar_one()
            connection.execute(insert(feed).values(stream=agency_code, seq=seq, kind=kind, key=key,
                                                   data_json=data_json))
    finally:
        engine.dispose()


def test_bad_entries_in_the_feed_are_set_aside_named_and_passed(province, agency, registered):
    a, b = registered("a"), registered("b")
    code = intake(a, 0)
    with a.database.read() as connection:
        payload = json.loads(connection.execute("SELECT payload_json FROM outbox WHERE dossier_code = ?",
                                                (code,)).fetchone()[0])
    forged = code[:-4] + "8888"
    append_raw(province, agency.code, "dossier", forged, json.dumps({**payload, "code": forged, "fee_total_vnd": 10**30}))
    append_raw(province, agency.code, "dossier", "x", '{"code": 5}')
    append_raw(province, agency.code, "dossier.status", code, '{"code": "' + code + '", "status_to": "\\ud800"}')
    append_raw(province, agency.code, "appointment", "b1", "not json at all")
    append_raw(province, agency.code, "a.kind.from.a.newer.server", "k", "{}")
    assert a.sync.run_once().ok
    report = b.sync.run_once()
    assert report.ok and report.set_aside == 5 and report.warnings
    status = b.sync.status()
    assert status.set_aside == 5 and status.as_json()["set_aside"] == 5
    listed = [(p.source, p.kind, p.reason_code) for p in status.problem_list]
    assert ("set_aside", "dossier", "feed.invalid") in listed
    assert ("set_aside", "a.kind.from.a.newer.server", "feed.kind") in listed
    assert all(p.reason and "mã lỗi" not in p.reason for p in status.problem_list)
    assert code in codes_of(b) and forged not in codes_of(b)
    after = intake(a, 1)
    assert a.sync.run_once().ok
    again = b.sync.run_once()
    assert again.ok and again.set_aside == 0 and after in codes_of(b)
    assert b.sync.status().set_aside == 5


def test_an_entry_that_fails_half_way_is_undone_whole(desk, monkeypatch):
    """A dossier whose row was written but whose timeline could not be leaves neither behind, and
    the entries around it are applied."""
    import sqlite3

    from desk_app.store import dossier_repo
    from desk_app.sync import wire
    from desk_app.sync.feed import apply_page

    code = intake(desk, 0)
    with desk.database.write() as connection:
        payload = json.loads(connection.execute("SELECT payload_json FROM outbox WHERE dossier_code = ?",
                                                (code,)).fetchone()[0])
        connection.execute("DELETE FROM dossiers")
        connection.execute("DELETE FROM outbox")

    def refused(*args, **kwargs):
        raise sqlite3.IntegrityError("the timeline refused the event")

    monkeypatch.setattr(dossier_repo, "add_event", refused)
    page = [wire.FeedEntry(kind="calendar_day", key="d", data={"day": "2026-12-24", "is_working": False}),
            wire.FeedEntry(kind="dossier", key=code, data=payload),
            wire.FeedEntry(kind="calendar_day", key="e", data={"day": "2026-12-25", "is_working": False})]
    with desk.database.write() as connection:
        applied = apply_page(connection, page)
        left = connection.execute("SELECT COUNT(*) FROM dossiers").fetchone()[0]
        days = connection.execute("SELECT COUNT(*) FROM calendar_days").fetchone()[0]
        kept = connection.execute("SELECT reason_code FROM feed_set_aside").fetchall()
    assert applied.set_aside == 1 and left == 0 and days == 2
    assert [tuple(row) for row in kept] == [("feed.unusable",)]
