"""Leases: blocks never overlap, end at 8999, only for today up to LEASE_MAX_DAYS_AHEAD."""

from __future__ import annotations

from datetime import timedelta

from api_support import API, auth, counts, register, today
from desk_app.sync import wire


def ask(client, registration, days):
    return client.post(f"{API}/leases", json={"days": [{"day": f"{d:%Y-%m-%d}", "count": n} for d, n in days]},
                       headers=auth(registration))


def test_blocks_of_two_desks_never_overlap_and_stop_at_8999(client):
    one, two = register(client, lease=0), register(client, "canbo2", device_name="Quầy 2", lease=0)
    day = today().date()
    taken = []
    for desk, size in [(one, 3000), (two, 3000), (one, 2500), (two, 1000), (one, 10)]:
        answer = ask(client, desk, [(day, size)])
        assert answer.status_code == 200
        taken += [(lease["first"], lease["last"]) for lease in answer.json()["leases"]]
    assert taken == [(1, 3000), (3001, 6000), (6001, 8500), (8501, 8999)]
    numbers = [n for first, last in taken for n in range(first, last + 1)]
    assert len(numbers) == len(set(numbers)) == wire.LEASE_LAST


def test_days_out_of_range_are_left_out_and_a_request_of_only_such_days_is_refused(client, engine):
    desk = register(client, lease=0)
    day = today().date()
    before = counts(engine)
    for wrong in (day - timedelta(days=1), day + timedelta(days=wire.LEASE_MAX_DAYS_AHEAD + 1)):
        answer = ask(client, desk, [(wrong, 5)])
        assert answer.status_code == 422 and answer.json()["error"]["code"] == "lease.day"
    assert counts(engine) == before
    yesterday, tomorrow = day - timedelta(days=1), day + timedelta(days=1)
    answer = ask(client, desk, [(yesterday, 5), (tomorrow, 5)])
    assert answer.status_code == 200
    assert [(lease["day"], lease["first"], lease["last"]) for lease in answer.json()["leases"]] == [
        (tomorrow.isoformat(), 1, 5)]
    assert ask(client, desk, [(day + timedelta(days=wire.LEASE_MAX_DAYS_AHEAD), 5)]).status_code == 200


def test_agencies_have_their_own_numbers(client):
    ours, theirs = register(client, lease=0), register(client, "banbo1", lease=0)
    day = today().date()
    assert ask(client, ours, [(day, 5)]).json()["leases"] == [{"day": f"{day}", "first": 1, "last": 5}]
    assert ask(client, theirs, [(day, 5)]).json()["leases"] == [{"day": f"{day}", "first": 1, "last": 5}]


def test_reserve_slots_are_distinct_kept_on_relogin_and_exhausted_after_twenty(client):
    first = register(client, lease=0)
    again = register(client, device_id=first["device_id"], lease=0)
    assert again["device_id"] == first["device_id"] and again["reserve_first"] == first["reserve_first"] == 9000
    assert client.get(f"{API}/devices/me", headers=auth(first)).status_code == 401
    slots = {first["reserve_first"]}
    for n in range(wire.RESERVE_SLOTS - 1):
        slots.add(register(client, device_name=f"Quầy {n + 2}", lease=0)["reserve_first"])
    assert slots == {wire.RESERVE_FIRST + wire.RESERVE_SIZE * k for k in range(wire.RESERVE_SLOTS)}
    full = client.post(f"{API}/devices", json={"username": "canbo1", "password": "motcua2026", "device_name": "x"})
    assert full.status_code == 409 and full.json()["error"]["code"] == "device.reserve_exhausted"
    assert client.delete(f"{API}/devices/me", headers=auth(again)).status_code == 204
    assert register(client, device_name="Quầy mới", lease=0)["reserve_first"] == 9000


def test_a_new_desk_is_registered_under_the_id_it_proposes_unless_that_id_was_ever_used(client):
    proposed = "0b6f3c1e-2d4a-4c8e-9f10-3a5b7c9d1e2f"
    first = register(client, device_id=proposed, lease=0)
    assert first["device_id"] == proposed
    repeated = register(client, device_id=proposed, lease=0)  # the first answer was lost: the same device
    assert repeated["device_id"] == proposed and repeated["reserve_first"] == first["reserve_first"]
    elsewhere = register(client, "banbo1", device_id=proposed, lease=0)  # another agency's desk cannot take it
    assert elsewhere["device_id"] != proposed and elsewhere["agency"]["code"] != first["agency"]["code"]
    assert client.delete(f"{API}/devices/me", headers=auth(repeated)).status_code == 204
    assert register(client, device_id=proposed, lease=0)["device_id"] != proposed  # revoked ids are never reused
    bad = client.post(f"{API}/devices", json={"username": "canbo1", "password": "motcua2026", "device_name": "x",
                                              "device_id": "không-phải-uuid"})
    assert bad.status_code == 422
