"""Every protected route, called with no token, a wrong one or a revoked device's: 401 auth.token
before anything of the request is read, whatever its body; and bodies over the limit: 413."""

from __future__ import annotations

import hashlib

import pytest

from desk_app.sync import wire
from security_support import API, JSON_HEADERS, as_json, assert_refused, assert_unchanged, snapshot, status_op

SHA = hashlib.sha256(b"tep dinh kem").hexdigest()


def _push(province):
    return {"method": "POST", "url": f"{API}/operations", "headers": JSON_HEADERS,
            "content": as_json({"operations": [province.intakes.op(province.a1, province.code())]})}


REQUESTS = {
    "get_devices_me": lambda province: {"method": "GET", "url": f"{API}/devices/me"},
    "delete_devices_me": lambda province: {"method": "DELETE", "url": f"{API}/devices/me"},
    "push": _push,
    "push_not_json": lambda province: {"method": "POST", "url": f"{API}/operations", "headers": JSON_HEADERS,
                                       "content": b'{"operations": ['},
    "push_invalid_envelope": lambda province: {"method": "POST", "url": f"{API}/operations", "headers": JSON_HEADERS,
                                               "content": b'{"operations": "many"}'},
    "push_3mb_garbage": lambda province: {"method": "POST", "url": f"{API}/operations", "headers": JSON_HEADERS,
                                          "content": b"x" * (3 * 1024 * 1024)},
    "push_replay_of_an_applied_op": lambda province: {
        "method": "POST", "url": f"{API}/operations", "headers": JSON_HEADERS,
        "content": as_json({"operations": [province.applied_dossier()]})},
    "push_status_move": lambda province: {
        "method": "POST", "url": f"{API}/operations", "headers": JSON_HEADERS,
        "content": as_json({"operations": [status_op(province.applied_dossier()["dossier_code"])]})},
    "feed": lambda province: {"method": "GET", "url": f"{API}/feed"},
    "feed_garbage_cursor": lambda province: {"method": "GET", "url": f"{API}/feed", "params": {"cursor": "rác"}},
    "feed_garbage_limit": lambda province: {"method": "GET", "url": f"{API}/feed", "params": {"limit": "nhiều"}},
    "lease": lambda province: {"method": "POST", "url": f"{API}/leases",
                               "json": {"days": [{"day": "2030-01-02", "count": 5}]}},
    "lease_not_json": lambda province: {"method": "POST", "url": f"{API}/leases", "headers": JSON_HEADERS,
                                        "content": b"{{{"},
    "lease_invalid": lambda province: {"method": "POST", "url": f"{API}/leases", "json": {"days": []}},
    "get_dossier": lambda province: {"method": "GET", "url": f"{API}/dossiers/{province.applied_dossier()['dossier_code']}"},
    "get_dossier_overlong_code": lambda province: {"method": "GET", "url": f"{API}/dossiers/{'X' * 300}"},
    "head_attachment": lambda province: {"method": "HEAD", "url": f"{API}/attachments/{SHA}"},
    "head_attachment_bad_sha": lambda province: {"method": "HEAD", "url": f"{API}/attachments/XYZ"},
    "put_attachment": lambda province: {
        "method": "PUT", "url": f"{API}/attachments/{SHA}", "content": b"tep dinh kem",
        "headers": {wire.UPLOAD_OFFSET_HEADER: "0", wire.UPLOAD_LENGTH_HEADER: "12"}},
    "put_attachment_garbage_headers": lambda province: {
        "method": "PUT", "url": f"{API}/attachments/{SHA}", "content": b"tep",
        "headers": {wire.UPLOAD_OFFSET_HEADER: "đầu".encode(), wire.UPLOAD_LENGTH_HEADER: b"-5"}},
    "put_attachment_bad_sha": lambda province: {"method": "PUT", "url": f"{API}/attachments/XYZ", "content": b"x",
                                                "headers": {wire.UPLOAD_LENGTH_HEADER: "1"}},
}

TOKENS = {
    "no_token": lambda province: {},
    "officer_password_as_basic": lambda province: {"Authorization": "Basic Y2FuYm8xOm1vdGN1YTIwMjY="},
    "tampered_token": lambda province: {"Authorization": f"Bearer {province.a1.token[:-1]}"},
    "revoked_device": lambda province: province.revoked.headers,
}


@pytest.mark.parametrize("token", TOKENS)
@pytest.mark.parametrize("route", REQUESTS)
def test_a_protected_route_without_a_valid_token_answers_401_and_changes_nothing(province, route, token):
    request = REQUESTS[route](province)
    headers = {**request.pop("headers", {}), **TOKENS[token](province)}
    before = snapshot(province.engine)
    answer = province.client.request(**request, headers=headers)
    assert_refused(answer, 401, "auth.token")
    assert answer.headers.get("WWW-Authenticate", "").lower().startswith("bearer"), "401 without WWW-Authenticate"
    assert_unchanged(province.engine, before, f"{route} with {token}")


def _chunks(total: int):
    for _ in range(total // 65536 + 1):
        yield b" " * 65536


OVERSIZED = {
    "push_declared": ("POST", f"{API}/operations", lambda: b" " * (wire.MAX_BODY_BYTES + 1)),
    "push_streamed": ("POST", f"{API}/operations", lambda: _chunks(wire.MAX_BODY_BYTES + 1)),
    "lease_declared": ("POST", f"{API}/leases", lambda: b" " * (wire.MAX_BODY_BYTES + 1)),
    "register_declared": ("POST", f"{API}/devices", lambda: b" " * (wire.MAX_BODY_BYTES + 1)),
    "register_streamed": ("POST", f"{API}/devices", lambda: _chunks(wire.MAX_BODY_BYTES + 1)),
    "attachment_declared": ("PUT", f"{API}/attachments/{SHA}", lambda: b"\0" * (wire.ATTACHMENT_MAX_BYTES + 1)),
}


@pytest.mark.parametrize("with_token", [False, True], ids=["no_token", "valid_token"])
@pytest.mark.parametrize("name", OVERSIZED)
def test_a_body_over_the_limit_answers_413_and_changes_nothing(province, name, with_token):
    """A declared length is refused before anything else; a body streamed without one can only be
    measured by reading it, which a protected route does only for a valid token (else 401)."""
    method, url, content = OVERSIZED[name]
    headers = {wire.UPLOAD_OFFSET_HEADER: "0", wire.UPLOAD_LENGTH_HEADER: "12", **JSON_HEADERS}
    if with_token:
        headers.update(province.a1.headers)
    before = snapshot(province.engine)
    answer = province.client.request(method, url, content=content(), headers=headers)
    if name == "push_streamed" and not with_token:
        assert_refused(answer, 401, "auth.token")
    else:
        assert_refused(answer, 413, "request.too_large")
    assert_unchanged(province.engine, before, name)
