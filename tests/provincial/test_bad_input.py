"""Bad input at the API gets the right 4xx, an ErrorBody with a Vietnamese sentence, and changes nothing."""

from __future__ import annotations

import json

import pytest

from api_support import API, OTHER_AGENCY, auth, counts, dossier_code, intake_op, register
from desk_app.sync import wire


def assert_error(answer, status, code):
    assert answer.status_code == status, answer.text
    body = wire.ErrorBody.model_validate(answer.json())
    assert body.error.code == code
    assert body.error.message and not body.error.message.startswith("Dữ liệu chưa hợp lệ (mã lỗi")
    return body


@pytest.fixture
def desk(client):
    return register(client)


def test_malformed_json_wrong_types_and_unknown_fields(client, engine, desk):
    before = counts(engine)
    headers = {**auth(desk), "Content-Type": "application/json"}
    assert_error(client.post(f"{API}/operations", content=b'{"operations": [', headers=headers), 400,
                 "request.not_json")
    assert_error(client.post(f"{API}/operations", content=b"\xff\xfe", headers=headers), 400, "request.not_json")
    assert_error(client.post(f"{API}/operations", json={"operations": "many"}, headers=headers), 422,
                 "request.invalid")
    op = intake_op(dossier_code(1))
    assert_error(client.post(f"{API}/operations", json={"operations": [{**op, "extra": 1}]}, headers=headers), 422,
                 "request.invalid")
    assert_error(client.post(f"{API}/operations", json={"operations": [{**op, "op_id": "1; DROP TABLE"}]},
                             headers=headers), 422, "request.invalid")
    assert_error(client.post(f"{API}/leases", json={"days": [{"day": "hôm nay", "count": 1}]}, headers=headers),
                 422, "request.invalid")
    assert_error(client.get(f"{API}/feed", params={"limit": wire.MAX_PAGE + 1}, headers=headers), 422,
                 "request.invalid")
    assert_error(client.post(f"{API}/devices", json={"username": "canbo1", "password": "x", "device_name": "d",
                                                     "admin": True}), 422, "request.invalid")
    assert counts(engine) == before


def test_huge_bodies_are_refused_before_parsing(client, engine, desk):
    before = counts(engine)
    huge = json.dumps({"operations": [intake_op(dossier_code(1), note="x" * wire.MAX_BODY_BYTES)]})
    assert_error(client.post(f"{API}/operations", content=huge, headers={**auth(desk), "Content-Type": "application/json"}),
                 413, "request.too_large")

    def chunks():
        for _ in range(wire.MAX_BODY_BYTES // 65536 + 2):
            yield b" " * 65536

    assert_error(client.post(f"{API}/operations", content=chunks(), headers=auth(desk)), 413, "request.too_large")
    assert counts(engine) == before


def test_tokens_credentials_and_unknown_paths(client, engine, desk):
    assert_error(client.get(f"{API}/devices/me"), 401, "auth.token")
    assert_error(client.get(f"{API}/feed", headers={"Authorization": "Bearer nope"}), 401, "auth.token")
    assert_error(client.post(f"{API}/devices", json={"username": "canbo1", "password": "sai mật khẩu",
                                                     "device_name": "d"}), 401, "auth.credentials")
    assert_error(client.post(f"{API}/devices", json={"username": "ai", "password": "x", "device_name": "d"}),
                 401, "auth.credentials")
    assert_error(client.get(f"{API}/khong-co"), 404, "request.not_found")
    assert client.get(f"{API}/devices/me", headers=auth(desk)).json()["agency"]["code"] == "000.00.12.H12"


def test_a_revoked_devices_token_replayed_changes_nothing(client, engine, desk):
    assert client.delete(f"{API}/devices/me", headers=auth(desk)).status_code == 204
    before = counts(engine)
    assert_error(client.post(f"{API}/operations", json={"operations": [intake_op(dossier_code(1))]},
                             headers=auth(desk)), 401, "auth.token")
    assert_error(client.post(f"{API}/leases", json={"days": [{"day": "2030-01-01", "count": 1}]},
                             headers=auth(desk)), 401, "auth.token")
    assert_error(client.get(f"{API}/feed", headers=auth(desk)), 401, "auth.token")
    assert counts(engine) == before


def test_another_agencys_dossier_is_forbidden_in_paths(client, desk):
    foreign = register(client, "banbo1")
    code = dossier_code(1, agency=OTHER_AGENCY)
    client.post(f"{API}/operations", json={"operations": [intake_op(code, agency=OTHER_AGENCY)]},
                headers=auth(foreign))
    assert client.get(f"{API}/dossiers/{code}", headers=auth(foreign)).json()["code"] == code
    body = assert_error(client.get(f"{API}/dossiers/{code}", headers=auth(desk)), 403, "auth.other_agency")
    assert code in body.error.message
    assert_error(client.get(f"{API}/dossiers/{dossier_code(2, agency=OTHER_AGENCY)}", headers=auth(desk)), 403,
                 "auth.other_agency")
    assert_error(client.get(f"{API}/dossiers/{dossier_code(2)}", headers=auth(desk)), 404, "dossier.unknown_server")
