"""Poison in both directions. (a) One desk pushes a bad record while two others of its agency keep
pushing and pulling: the bad one is rejected and named, the others carry on and see each other's
dossiers. (b) A bad entry put straight into the feed while desks pull: every pull answers 200 with
JSON a desk can read, and the cursor moves past the entry."""

from __future__ import annotations

import json
import threading
import time

import pytest
from sqlalchemy import select, update

from desk_app.sync import wire
from provincial import cursor
from provincial.schema import feed, feed_streams, operations
from security_support import AGENCY, API, describe, outcomes, push


def _end_cursor(province, desk) -> str:
    """The cursor the server would give a desk that has pulled everything so far, made without
    reading the entries (a bad entry left by an earlier probe must not stand in this one's way)."""
    with province.engine.connect() as connection:
        last = dict(connection.execute(select(feed_streams.c.stream, feed_streams.c.last_seq)).all())
        return cursor.encode(connection, desk.agency, cursor.Position(last["*"], last[desk.agency]))


def _pull_to_end(province, desk, position, problems):
    """Pull pages until `more` is false; the entries seen and the new cursor."""
    seen = []
    for _ in range(100):
        answer = province.client.get(f"{API}/feed", params={"cursor": position}, headers=desk.headers)
        if answer.status_code != 200:
            problems.append(describe(answer))
            return seen, position
        try:
            page = json.loads(answer.content)
        except ValueError as err:
            problems.append(f"a 200 pull that is not JSON ({err}): {answer.text[:300]}")
            return seen, position
        if not (isinstance(page, dict) and isinstance(page.get("entries"), list)
                and isinstance(page.get("cursor"), str) and isinstance(page.get("more"), bool)):
            problems.append(f"a 200 pull that is not a feed page: {answer.text[:300]}")
            return seen, position
        seen += page["entries"]
        position = page["cursor"]
        if not page["more"]:
            break
    return seen, position


BAD_INTAKES = {
    "fee_10e30": {"fee_total_vnd": 10**30},
    "nul_in_applicant_name": {"applicant_name": "Nguyễn\x00Hằng"},
    "book_entry_2e63": {"book_entry": 2**63},
    "unknown_procedure": {"procedure_code": "9.999999"},
}


@pytest.mark.parametrize("bad", BAD_INTAKES)
def test_one_desks_bad_record_does_not_stop_the_others(province, bad):
    a, b, c = province.a1, province.a2, province.desk("c")
    cursors = {"b": _end_cursor(province, b), "c": _end_cursor(province, c)}
    problems: list[str] = []
    pushed: dict[str, set[str]] = {"b": set(), "c": set()}
    seen: dict[str, list] = {"b": [], "c": []}
    bad_codes: list[str] = []
    bad_results: list[dict] = []
    ops = {name: [province.intakes.op(desk, province.code(desk)) for _ in range(4)] for name, desk in
           (("b", b), ("c", c))}
    poison = [province.intakes.op(a, province.code(a), **BAD_INTAKES[bad]) for _ in range(4)]

    def honest(name, desk):
        for op in ops[name]:
            answer = push(province.client, desk, [op])
            if answer.status_code != 200 or outcomes(answer)[op["op_id"]]["outcome"] != "applied":
                problems.append(f"desk {name}: {describe(answer)}")
            pushed[name].add(op["dossier_code"])
            entries, cursors[name] = _pull_to_end(province, desk, cursors[name], problems)
            seen[name] += entries

    def poisoner():
        for op in poison:
            answer = push(province.client, a, [op])
            bad_codes.append(op["dossier_code"])
            bad_results.append(outcomes(answer)[op["op_id"]] if answer.status_code == 200
                               else {"outcome": describe(answer)})

    threads = [threading.Thread(target=honest, args=("b", b)), threading.Thread(target=honest, args=("c", c)),
               threading.Thread(target=poisoner)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    for name, desk in (("b", b), ("c", c)):
        entries, cursors[name] = _pull_to_end(province, desk, cursors[name], problems)
        seen[name] += entries
    assert not problems, problems[:3]
    for result, code in zip(bad_results, bad_codes):
        assert result["outcome"] == "rejected", f"the bad record {code}: {result}"
        assert code in (result.get("reason") or ""), f"the officer is not told which dossier: {result}"
    with province.engine.connect() as connection:
        recorded = connection.execute(select(operations.c.outcome, operations.c.reason_code).where(
            operations.c.op_id.in_([op["op_id"] for op in poison]))).all()
    assert len(recorded) == len(poison) and all(row.outcome == "rejected" and row.reason_code for row in recorded), \
        f"the operator cannot find the rejections: {recorded}"
    for name, other in (("b", "c"), ("c", "b")):
        codes = {entry["key"] for entry in seen[name] if entry["kind"] == "dossier"}
        assert pushed[other] <= codes, f"desk {name} did not get desk {other}'s dossiers"
        assert not codes & set(bad_codes), f"desk {name} pulled the bad record"
        for entry in seen[name]:
            if entry["kind"] == "dossier":
                wire.IntakePayload.model_validate(entry["data"])


FEED_POISON = {
    "dossier_code_is_a_number": ("dossier", "x", '{"code": 5}'),
    "huge_integer": ("dossier", "y", '{"code": "%s-261202-0001", "fee_total_vnd": %d}' % (AGENCY, 10**30)),
    "unknown_kind": ("bogus", "z", '{"a": 1}'),
    "empty_object": ("dossier.status", "w", "{}"),
    "data_is_an_array": ("officer", "v", "[1, 2]"),
    "data_is_null": ("appointment", "u", "null"),
    "data_not_json": ("dossier", "t", "{{{"),
    "data_empty": ("dossier", "s", ""),
    "key_10k": ("officer", "k" * 10_000, '{"username": "k"}'),
}


def _insert_feed_entry(province, kind, key, data):
    with province.engine.begin() as connection:
        seq = connection.execute(update(feed_streams).where(feed_streams.c.stream == AGENCY)
                                 .values(last_seq=feed_streams.c.last_seq + 1).returning(feed_streams.c.last_seq)).scalar_one()
        connection.execute(feed.insert().values(stream=AGENCY, seq=seq, kind=kind, key=key, data_json=data))


@pytest.mark.parametrize("name", FEED_POISON)
def test_a_bad_feed_entry_is_pulled_past(province, name):
    b, c = province.a2, province.desk("c")
    cursors = {"b": _end_cursor(province, b), "c": _end_cursor(province, c)}
    problems: list[str] = []
    after = province.intakes.op(province.a1, province.code())
    done = threading.Event()
    seen: dict[str, list] = {"b": [], "c": []}

    def puller(name, desk):
        while not done.is_set():
            entries, cursors[name] = _pull_to_end(province, desk, cursors[name], problems)
            seen[name] += entries

    threads = [threading.Thread(target=puller, args=("b", b)), threading.Thread(target=puller, args=("c", c))]
    for thread in threads:
        thread.start()
    _insert_feed_entry(province, *FEED_POISON[name])
    outcomes(push(province.client, province.a1, [after]))
    time.sleep(0.3)
    done.set()
    for thread in threads:
        thread.join(30)
    for desk_name, desk in (("b", b), ("c", c)):
        entries, cursors[desk_name] = _pull_to_end(province, desk, cursors[desk_name], problems)
        seen[desk_name] += entries
        assert not problems, problems[:3]
        assert after["dossier_code"] in {entry["key"] for entry in seen[desk_name]}, \
            f"desk {desk_name} never got past the bad entry"
        again, _ = _pull_to_end(province, desk, cursors[desk_name], problems)
        assert not problems and again == [], f"desk {desk_name} is handed the entry again: {str(again)[:200]}"
