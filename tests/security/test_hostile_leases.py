"""Hostile lease requests (`POST /leases`): a 4xx, and not a number leased."""

from __future__ import annotations

from datetime import timedelta

import pytest

from desk_app.sync import wire
from security_support import API, JSON_HEADERS, as_json, assert_refused, assert_unchanged, local_today, snapshot


def _day(offset: int) -> str:
    return (local_today() + timedelta(days=offset)).isoformat()


def _ask(count=5, day=None):
    return {"days": [{"day": _day(0) if day is None else day, "count": count}]}


BODIES = {
    "count_0": _ask(0),
    "count_negative": _ask(-1),
    "count_9000": _ask(9000),
    "count_2e63": _ask(2**63),
    "count_10e30": _ask(10**30),
    "count_string": _ask("5"),
    "count_fraction": _ask(1.5),
    "count_boolean": _ask(True),
    "count_null": _ask(None),
    "count_list": _ask([5]),
    "count_nan": _ask(float("nan")),
    "day_yesterday": _ask(day=_day(-1)),
    "day_last_year": _ask(day=_day(-365)),
    "day_32_days_ahead": _ask(day=_day(wire.LEASE_MAX_DAYS_AHEAD + 1)),
    "day_year_9999": _ask(day="9999-12-31"),
    "day_year_1": _ask(day="0001-01-01"),
    "day_february_30": _ask(day="2026-02-30"),
    "day_text": _ask(day="hôm nay"),
    "day_local_format": _ask(day=local_today().strftime("%d/%m/%Y")),
    "day_with_time": _ask(day=_day(0) + "T00:00:00"),
    "day_number": _ask(day=20261123),
    "day_empty": _ask(day=""),
    "day_nul": _ask(day=_day(0) + "\x00"),
    "day_lone_surrogate": _ask(day="\ud800"),
    "days_empty": {"days": []},
    "days_33": {"days": [{"day": _day(i % 30), "count": 1} for i in range(wire.LEASE_MAX_DAYS_AHEAD + 2)]},
    "days_object": {"days": {"day": _day(0), "count": 5}},
    "days_null": {"days": None},
    "days_string": {"days": "tất cả"},
    "day_missing": {"days": [{"count": 5}]},
    "count_missing": {"days": [{"day": _day(0)}]},
    "extra_field": {**_ask(), "device_id": "00000000-0000-0000-0000-000000000000"},
    "extra_field_in_day": {"days": [{"day": _day(0), "count": 5, "first": 1}]},
    "agency_field": {**_ask(), "agency_code": "000.00.14.H12"},
    "empty_object": {},
    "array": [],
    "null": None,
}

RAW = {"not_json": b"{{{", "empty_body": b"", "invalid_utf8": b'{"days": [{"day": "\xff", "count": 1}]}'}


@pytest.mark.parametrize("name", [*BODIES, *RAW])
def test_a_hostile_lease_request_is_refused_and_leases_nothing(province, name):
    content = RAW[name] if name in RAW else as_json(BODIES[name])
    before = snapshot(province.engine)
    answer = province.client.post(f"{API}/leases", content=content, headers={**province.a1.headers, **JSON_HEADERS})
    assert_refused(answer)
    assert_unchanged(province.engine, before, "a refused lease")


def test_a_valid_lease_is_granted(province):
    """The control: the request every probe spoils."""
    answer = province.client.post(f"{API}/leases", json=_ask(), headers=province.a1.headers)
    assert answer.status_code == 200 and answer.json()["leases"], answer.text
