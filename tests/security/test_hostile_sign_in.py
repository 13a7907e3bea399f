"""Sign-in (`POST /devices` with an officer's credentials): hostile attempts get a 4xx and make no
device; failures are throttled per username and per address, with 429 auth.throttled and Retry-After."""

from __future__ import annotations

import pytest

from provincial.seed import SAMPLE_PASSWORD
from security_support import API, JSON_HEADERS, as_json, assert_refused, assert_unchanged, describe, snapshot

GOOD = {"username": "canbo1", "password": SAMPLE_PASSWORD, "device_name": "Quầy thử"}


def _with(**changes):
    body = dict(GOOD)
    for key, value in changes.items():
        if value is ...:
            body.pop(key)
        else:
            body[key] = value
    return body


ATTEMPTS = {
    "wrong_password": _with(password="sai mật khẩu"),
    "wrong_password_case": _with(password=SAMPLE_PASSWORD.upper()),
    "password_with_trailing_space": _with(password=SAMPLE_PASSWORD + " "),
    "unknown_user": _with(username="khongcoai"),
    "another_agencys_officer_wrong_password": _with(username="banbo1", password="canbo1"),
    "empty_username": _with(username=""),
    "empty_password": _with(password=""),
    "empty_device_name": _with(device_name=""),
    "username_65": _with(username="c" * 65),
    "username_10k": _with(username="c" * 10_000),
    "password_257": _with(password="p" * 257),
    "password_100k": _with(password="p" * 100_000),
    "device_name_121": _with(device_name="Q" * 121),
    "nul_in_username": _with(username="canbo1\x00"),
    "nul_in_password": _with(password=SAMPLE_PASSWORD + "\x00"),
    "nul_in_device_name": _with(device_name="Quầy\x00 1"),
    "lone_surrogate_in_username": _with(username="canbo\ud800"),
    "lone_surrogate_in_password": _with(password="\udfff" + SAMPLE_PASSWORD),
    "lone_surrogate_in_device_name": _with(device_name="Quầy \ud83d"),
    "device_id_not_uuid": _with(device_id="quay-1"),
    "device_id_upper_case": _with(device_id="0A1B2C3D-0000-4000-8000-000000000000"),
    "device_id_nul": _with(device_id="0a1b2c3d-0000-4000-8000-00000000000\x00"),
    "device_id_number": _with(device_id=12345),
    "extra_admin": _with(admin=True),
    "extra_agency_code": _with(agency_code="000.00.14.H12"),
    "missing_username": _with(username=...),
    "missing_password": _with(password=...),
    "missing_device_name": _with(device_name=...),
    "username_number": _with(username=5),
    "username_list": _with(username=["canbo1"]),
    "password_null": _with(password=None),
    "password_number": _with(password=2026),
    "device_name_object": _with(device_name={"name": "Quầy"}),
    "sql_in_username": _with(username="' OR '1'='1"),
}
RAW = {"not_json": b'{"username": ', "array": b"[]", "null": b"null", "empty_body": b"",
       "invalid_utf8": b'{"username": "\xff", "password": "x", "device_name": "d"}'}


@pytest.mark.parametrize("name", [*ATTEMPTS, *RAW])
def test_a_hostile_sign_in_is_refused_and_makes_no_device(province, name):
    content = RAW[name] if name in RAW else as_json(ATTEMPTS[name])
    before = snapshot(province.engine)
    answer = province.client.post(f"{API}/devices", content=content, headers=JSON_HEADERS)
    assert_refused(answer)
    assert_unchanged(province.engine, before, "a refused sign-in")


def _sign_in(province, username, password):
    return province.client.post(f"{API}/devices", json={"username": username, "password": password,
                                                        "device_name": "Quầy thử"})


def _assert_throttled(answer):
    assert_refused(answer, 429, "auth.throttled")
    retry_after = answer.headers.get("Retry-After", "")
    assert retry_after.isdigit() and int(retry_after) > 0, f"Retry-After {retry_after!r}: {describe(answer)}"


def test_five_failures_lock_the_username_even_for_the_right_password(fresh_province):
    province = fresh_province
    for _ in range(5):
        assert_refused(_sign_in(province, "canbo1", "sai mật khẩu"), 401)
    before = snapshot(province.engine)
    _assert_throttled(_sign_in(province, "canbo1", SAMPLE_PASSWORD))
    assert_unchanged(province.engine, before, "a throttled sign-in")


def test_one_locked_username_leaves_the_others_alone(fresh_province):
    province = fresh_province
    for _ in range(6):
        assert_refused(_sign_in(province, "canbo1", "sai mật khẩu"))
    answer = _sign_in(province, "canbo2", SAMPLE_PASSWORD)
    assert answer.status_code == 200, describe(answer)


def test_twenty_failures_from_one_address_lock_every_username(fresh_province):
    province = fresh_province
    for i in range(20):
        assert_refused(_sign_in(province, f"khach{i:02d}", "sai mật khẩu"))
    before = snapshot(province.engine)
    _assert_throttled(_sign_in(province, "canbo2", SAMPLE_PASSWORD))
    assert_unchanged(province.engine, before, "a throttled sign-in")


def test_failures_for_an_unknown_username_are_throttled_too(fresh_province):
    province = fresh_province
    for _ in range(5):
        assert_refused(_sign_in(province, "khongcoai", "sai"))
    _assert_throttled(_sign_in(province, "khongcoai", "sai"))
