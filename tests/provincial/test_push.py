"""Pushing a desk's outbox: applied once, replays answered the same, bad operations set aside."""

from __future__ import annotations

from sqlalchemy import select

from api_support import API, OTHER_AGENCY, auth, count, counts, dossier_code, intake_op, register, status_op, today
from provincial.schema import dossiers, operations, sequence_allocations


def push(client, registration, ops):
    answer = client.post(f"{API}/operations", json={"operations": ops}, headers=auth(registration))
    assert answer.status_code == 200, answer.text
    return answer.json()["results"]


def test_intakes_are_applied_once_and_a_replay_answers_duplicate(client, engine):
    desk = register(client)
    ops = [intake_op(dossier_code(n)) for n in (1, 2, 3)]
    assert [r["outcome"] for r in push(client, desk, ops)] == ["applied"] * 3
    assert [r["outcome"] for r in push(client, desk, ops)] == ["duplicate"] * 3
    assert count(engine, dossiers) == 3
    assert count(engine, operations) == 3


def test_a_rejected_operation_is_rejected_the_same_way_on_replay_and_does_not_block_the_rest(client, engine):
    desk = register(client)
    good = intake_op(dossier_code(1))
    taken = intake_op(dossier_code(1))
    after = intake_op(dossier_code(2))
    first = push(client, desk, [good, taken, after])
    assert [r["outcome"] for r in first] == ["applied", "rejected", "applied"]
    assert first[1]["reason_code"] == "sync.code_taken" and "đã được dùng" in first[1]["reason"]
    again = push(client, desk, [taken])
    assert again[0] == first[1]
    assert count(engine, dossiers) == 2


def test_the_same_op_twice_in_one_batch_is_applied_once(client, engine):
    desk = register(client)
    op = intake_op(dossier_code(5))
    assert [r["outcome"] for r in push(client, desk, [op, op])] == ["applied", "duplicate"]
    assert count(engine, dossiers) == 1


def test_other_agency_codes_and_mismatches_are_rejected_with_their_reason(client, engine):
    desk = register(client)
    foreign = intake_op(dossier_code(1, agency=OTHER_AGENCY), agency=OTHER_AGENCY)
    foreign_payload = intake_op(dossier_code(2), agency=OTHER_AGENCY)
    mismatch = intake_op(dossier_code(3))
    mismatch["dossier_code"] = dossier_code(4)
    bad_payload = intake_op(dossier_code(5), applicant_id_number="12")
    bad_status = intake_op(dossier_code(6), status="returned")
    results = push(client, desk, [foreign, foreign_payload, mismatch, bad_payload, bad_status])
    assert [r["reason_code"] for r in results] == [
        "sync.wrong_agency", "sync.wrong_agency", "sync.code_mismatch", "sync.payload_invalid", "sync.intake_status"]
    assert all(r["outcome"] == "rejected" and r["reason"] for r in results)
    assert count(engine, dossiers) == 0


def test_status_moves_follow_the_state_machine_and_ownership(client, engine):
    desk = register(client)
    code = dossier_code(7)
    results = push(client, desk, [intake_op(code), status_op(code, "in_progress"), status_op(code, "returned"),
                                  status_op(code, "result_ready"), status_op(code, "returned"),
                                  status_op(dossier_code(99), "returned")])
    assert [(r["outcome"], r["reason_code"]) for r in results] == [
        ("applied", None), ("rejected", "sync.not_owner"), ("rejected", "dossier.transition"),
        ("applied", None), ("applied", None), ("rejected", "sync.dossier_unknown")]
    with engine.connect() as connection:
        assert connection.execute(select(dossiers.c.status)).scalar_one() == "returned"


def test_another_agencys_dossier_cannot_be_moved(client, engine):
    ours, theirs = register(client), register(client, "banbo1")
    code = dossier_code(1, agency=OTHER_AGENCY)
    assert push(client, theirs, [intake_op(code, agency=OTHER_AGENCY)])[0]["outcome"] == "applied"
    result = push(client, ours, [status_op(code, "withdrawn")])[0]
    assert result["reason_code"] == "sync.wrong_agency"
    with engine.connect() as connection:
        assert connection.execute(select(dossiers.c.status)).scalar_one() == "received"


def test_numbers_printed_before_registering_are_the_devices_and_never_leased(client, engine):
    """A desk that worked on its own declares what it printed when it registers: the server takes
    those codes from it, and leases start after them."""
    day = f"{today():%Y-%m-%d}"
    desk = register(client, lease=0, claims=[{"day": day, "first": 38, "last": 40}])
    with engine.connect() as connection:
        assert connection.execute(select(sequence_allocations.c.next_value)).scalar_one() == 41
    results = push(client, desk, [intake_op(dossier_code(40)), intake_op(dossier_code(9003)),
                                  intake_op(dossier_code(41))])
    assert [r["outcome"] for r in results] == ["applied", "applied", "rejected"]
    assert results[2]["reason_code"] == "sync.code_not_leased"
    lease = client.post(f"{API}/leases", json={"days": [{"day": f"{today():%Y-%m-%d}",
                                                         "count": 5}]}, headers=auth(desk)).json()
    assert lease["leases"][0]["first"] == 41


def test_a_full_batch_of_500_is_one_request(client, engine):
    desk = register(client)
    ops = [intake_op(dossier_code(n)) for n in range(1, 501)]
    assert {r["outcome"] for r in push(client, desk, ops)} == {"applied"}
    assert counts(engine)["dossiers"] == 500
    too_many = client.post(f"{API}/operations", json={"operations": ops + [intake_op(dossier_code(600))]},
                           headers=auth(desk))
    assert too_many.status_code == 422
