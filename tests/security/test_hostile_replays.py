"""Replays and concurrent duplicates: an op_id is applied once whatever comes again under it, two
copies of one batch at once apply it once, one code or uuid raced from two requests makes one
dossier, and a bad operation inside a batch leaves the others of the batch applied."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import select

from desk_app.domain.dossier_code import format_dossier_code
from provincial.schema import dossiers, leases
from security_support import (
    assert_rejected_result,
    assert_unchanged,
    describe,
    lease,
    local_today,
    outcomes,
    push,
    snapshot,
    status_op,
)


def _codes(province):
    with province.engine.connect() as connection:
        return set(connection.execute(select(dossiers.c.code)).scalars())


def _together(count, work):
    barrier = threading.Barrier(count)
    answers: list = [None] * count

    def run(i):
        barrier.wait()
        try:
            answers[i] = work(i)
        except Exception as err:  # a crash of the client is an answer too
            answers[i] = err

    threads = [threading.Thread(target=run, args=(i,)) for i in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    return answers


def test_the_same_batch_sent_twice_applies_once(province):
    moved = province.applied_dossier()
    batch = [province.intakes.op(province.a1, province.code()) for _ in range(3)] + [status_op(moved["dossier_code"])]
    first = outcomes(push(province.client, province.a1, batch))
    assert [first[op["op_id"]]["outcome"] for op in batch] == ["applied"] * 4, first
    after_first = snapshot(province.engine)
    second = outcomes(push(province.client, province.a1, batch))
    assert [second[op["op_id"]]["outcome"] for op in batch] == ["duplicate"] * 4, second
    assert_unchanged(province.engine, after_first, "a replayed batch")


def test_an_applied_op_id_sent_again_with_another_payload_changes_nothing(province):
    applied = province.applied_dossier()
    other = province.intakes.op(province.a1, province.code())
    other["op_id"] = applied["op_id"]
    before = snapshot(province.engine)
    result = outcomes(push(province.client, province.a1, [other]))[other["op_id"]]
    assert result["outcome"] == "duplicate", result
    assert_unchanged(province.engine, before, "a replay with another payload")


def test_a_rejected_op_id_sent_again_with_a_valid_payload_stays_rejected(province):
    bad = province.intakes.op(province.a1, province.code(), fee_total_vnd=-1)
    first = outcomes(push(province.client, province.a1, [bad]))[bad["op_id"]]
    assert_rejected_result(first, "a negative fee")
    good = province.intakes.op(province.a1, province.code())
    good["op_id"] = bad["op_id"]
    before = snapshot(province.engine)
    again = outcomes(push(province.client, province.a1, [good]))[good["op_id"]]
    assert (again["outcome"], again["reason_code"]) == ("rejected", first["reason_code"]), again
    assert_unchanged(province.engine, before, "a replay of a rejected op_id")


def test_concurrent_copies_of_one_batch_apply_it_once(province):
    batch = [province.intakes.op(province.a1, province.code()) for _ in range(20)]
    codes_before = _codes(province)
    answers = _together(4, lambda i: push(province.client, province.a1, batch))
    applied: dict[str, int] = {op["op_id"]: 0 for op in batch}
    for answer in answers:
        assert not isinstance(answer, Exception), repr(answer)
        for op_id, result in outcomes(answer).items():
            assert result["outcome"] in ("applied", "duplicate"), result
            applied[op_id] += result["outcome"] == "applied"
    assert set(applied.values()) == {1}, f"times each op was applied: {sorted(applied.values())}"
    assert _codes(province) - codes_before == {op["dossier_code"] for op in batch}
    after = snapshot(province.engine)
    again = outcomes(push(province.client, province.a1, batch))
    assert {result["outcome"] for result in again.values()} == {"duplicate"}
    assert_unchanged(province.engine, after, "a replay after the race")


@pytest.mark.parametrize("race", ["one_code", "one_uuid"])
def test_concurrent_intakes_of_one_code_or_uuid_make_one_dossier(province, race):
    code = province.code()
    if race == "one_code":
        ops = [province.intakes.op(province.a1, code) for _ in range(4)]
    else:
        ops = [province.intakes.op(province.a1, c) for c in [code] + [province.code() for _ in range(3)]]
        for op in ops[1:]:
            op["payload"]["uuid"] = ops[0]["payload"]["uuid"]
    codes_before = _codes(province)
    answers = _together(len(ops), lambda i: push(province.client, province.a1, [ops[i]]))
    results = []
    for answer, op in zip(answers, ops):
        assert not isinstance(answer, Exception), repr(answer)
        results.append(outcomes(answer)[op["op_id"]])
    assert sorted(result["outcome"] for result in results) == ["applied"] + ["rejected"] * (len(ops) - 1), \
        [describe(answer) for answer in answers]
    assert len(_codes(province) - codes_before) == 1


def test_concurrent_leases_never_hand_out_a_number_twice(province):
    answers = _together(4, lambda i: lease(province.client, [province.a1, province.a2][i % 2], count=10))
    blocks = []
    for answer in answers:
        assert not isinstance(answer, Exception), repr(answer)
        blocks.append(answer)
    numbers = [n for first, last in blocks for n in range(first, last + 1)]
    assert len(numbers) == len(set(numbers)), f"overlapping blocks {blocks}"
    with province.engine.connect() as connection:
        rows = connection.execute(select(leases.c.first, leases.c.last).where(leases.c.day == local_today())).all()
    every = [n for first, last in rows for n in range(first, last + 1)]
    assert len(every) == len(set(every)), "two leases of one day overlap"


BAD_IN_A_BATCH = {
    "fee_10e30": lambda province: province.intakes.op(province.a1, province.code(), fee_total_vnd=10**30),
    "nul_in_applicant_name": lambda province: province.intakes.op(province.a1, province.code(),
                                                                  applicant_name="Nguyễn\x00Hằng"),
    "unknown_procedure": lambda province: province.intakes.op(province.a1, province.code(), procedure_code="9.999999"),
    "lower_case_code": lambda province: _respelled(province, str.lower),
    "unleased_code": lambda province: province.intakes.op(
        province.a1, format_dossier_code(province.a1.agency, local_today(), lease(province.client, province.a2, count=1)[1] + 30)),
    "another_agencys_code": lambda province: province.intakes.op(
        province.a1, format_dossier_code("000.00.14.H12", local_today(), 1), agency_code="000.00.14.H12"),
    "status_of_unknown_dossier": lambda province: status_op(province.code()),
    "status_back_office_move": lambda province: status_op(province.applied_dossier()["dossier_code"], to="in_progress"),
}


def _respelled(province, spell):
    code = province.code()
    op = province.intakes.op(province.a1, code)
    op["dossier_code"] = op["payload"]["code"] = spell(code)
    return op


@pytest.mark.parametrize("name", BAD_IN_A_BATCH)
def test_a_bad_operation_in_a_batch_leaves_the_others_applied(province, name):
    bad = BAD_IN_A_BATCH[name](province)
    good = [province.intakes.op(province.a1, province.code()) for _ in range(2)]
    codes_before = _codes(province)
    results = outcomes(push(province.client, province.a1, [good[0], bad, good[1]]))
    assert [results[op["op_id"]]["outcome"] for op in good] == ["applied", "applied"], results
    assert_rejected_result(results[bad["op_id"]], name)
    assert _codes(province) - codes_before == {op["dossier_code"] for op in good}
