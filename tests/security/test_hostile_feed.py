"""Garbage feed cursors and limits: 400 feed.cursor (422 for a value over the query's bound), never a
500, and nothing changes."""

from __future__ import annotations

import base64
import json

import pytest

from security_support import API, assert_refused, assert_unchanged, describe, snapshot


def _real_cursor(province) -> str:
    answer = province.client.get(f"{API}/feed", params={"limit": 1}, headers=province.a1.headers)
    assert answer.status_code == 200, describe(answer)
    return answer.json()["cursor"]


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _forged_body(cursor: str) -> str:
    body, _, signature = cursor.partition(".")
    data = json.loads(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)))
    data["g"] = 0
    data["a"] = 10**30
    return _b64(json.dumps(data).encode()) + "." + signature


def _flip_last(text: str) -> str:
    return text[:-1] + ("A" if text[-1] != "A" else "B")


CURSORS = {
    "random_ascii": lambda real: "khongphaiconTro",
    "dot_only": lambda real: ".",
    "dots": lambda real: "....",
    "base64_json_without_signature": lambda real: _b64(b'{"g":0,"a":0,"ag":"000.00.12.H12"}'),
    "base64_json_with_junk_signature": lambda real: _b64(b'{"g":0,"a":0,"ag":"000.00.12.H12"}') + ".abc",
    "base64_junk": lambda real: _b64(b"\xff\x00\xfe" * 20) + "." + _b64(b"\x01" * 32),
    "wrong_signature": lambda real: _flip_last(real),
    "forged_body_old_signature": _forged_body,
    "signature_only": lambda real: "." + real.partition(".")[2],
    "body_only": lambda real: real.partition(".")[0],
    "cursor_with_suffix": lambda real: real + "x",
    "cursor_with_padding": lambda real: real + "==",
    "cursor_twice": lambda real: real + "." + real,
    "non_ascii": lambda real: "đ",
    "non_ascii_signature": lambda real: real.partition(".")[0] + ".đ",
    "non_ascii_body": lambda real: "đ." + real.partition(".")[2],
    "emoji": lambda real: "🙂.🙂",
    "nul": lambda real: "\x00",
    "cursor_with_nul": lambda real: real + "\x00",
    "replacement_character": lambda real: "\ufffd",
    "length_1000": lambda real: "A" * 1000,
    "length_1000_dotted": lambda real: "A" * 500 + "." + "B" * 499,
    "length_1001": lambda real: "A" * 1001,
    "length_20k": lambda real: "A" * 20_000,
    "json_null": lambda real: "null",
    "json_object": lambda real: "{}",
    "minus_one": lambda real: "-1",
    "sql": lambda real: "' OR 1=1 --",
}


@pytest.mark.parametrize("name", CURSORS)
def test_a_garbage_cursor_is_refused(province, name):
    cursor = CURSORS[name](_real_cursor(province))
    before = snapshot(province.engine)
    answer = province.client.get(f"{API}/feed", params={"cursor": cursor}, headers=province.a1.headers)
    body = assert_refused(answer)
    assert answer.status_code in (400, 422), describe(answer)
    if answer.status_code == 400:
        assert body.error.code == "feed.cursor", describe(answer)
    assert_unchanged(province.engine, before, "a pull")


@pytest.mark.parametrize("raw", ["%ED%A0%80", "%FF%FE", "%C0%80", "abc%00def"],
                         ids=["encoded_surrogate", "invalid_utf8", "overlong_utf8_nul", "encoded_nul"])
def test_a_cursor_of_raw_bytes_is_refused(province, raw):
    before = snapshot(province.engine)
    answer = province.client.get(f"{API}/feed?cursor={raw}", headers=province.a1.headers)
    assert_refused(answer)
    assert_unchanged(province.engine, before, "a pull")


@pytest.mark.parametrize("limit", ["0", "-1", "5001", str(10**30), "nhiều", "1.5", "1e3", "５", "5\x00", "true"])
def test_a_garbage_limit_is_refused(province, limit):
    before = snapshot(province.engine)
    answer = province.client.get(f"{API}/feed", params={"limit": limit}, headers=province.a1.headers)
    assert_refused(answer, 422)
    assert_unchanged(province.engine, before, "a pull")
