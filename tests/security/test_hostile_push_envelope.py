"""Pushes whose envelope (`{"operations": [Operation…]}`) is invalid as a whole: a 4xx with an
ErrorBody, and nothing recorded, not even in `operations`."""

from __future__ import annotations

import uuid

import pytest

from desk_app.sync import wire
from security_support import as_json, operation, probe_push, push, snapshot


def _envelope(province, change):
    """A valid one-intake envelope, changed; its bytes."""
    op = province.intakes.op(province.a1, province.code())
    body = {"operations": [op]}
    result = change(body, op)
    return result if isinstance(result, bytes) else as_json(body)


def _set(name, value):
    def change(body, op):
        op[name] = value
    return change


def _drop(name):
    def change(body, op):
        op.pop(name)
    return change


RAW = [
    pytest.param(lambda body, op: b"", id="empty_body"),
    pytest.param(lambda body, op: b"null", id="null"),
    pytest.param(lambda body, op: b"[]", id="array"),
    pytest.param(lambda body, op: b"{}", id="empty_object"),
    pytest.param(lambda body, op: b'"operations"', id="string"),
    pytest.param(lambda body, op: b"\x00" * 64, id="nul_bytes"),
    pytest.param(lambda body, op: b"\xff\xfe" + as_json(body), id="garbage_before_json"),
    pytest.param(lambda body, op: as_json(body)[:-7], id="truncated"),
    pytest.param(lambda body, op: as_json(body) + b"{}", id="two_documents"),
    pytest.param(lambda body, op: as_json(body).decode().encode("utf-16"), id="utf16"),
    pytest.param(lambda body, op: b"[" * 100_000 + b"]" * 100_000, id="nested_100k_deep"),
    pytest.param(lambda body, op: b'{"operations": ' + b"[" * 5000 + b"]" * 5000 + b"}", id="nested_ops_5k_deep"),
    pytest.param(lambda body, op: b'{"operations": [], "operations": []}', id="duplicate_keys_empty"),
    pytest.param(lambda body, op: as_json(body)[:-1] + b', "operations": 5}', id="duplicate_keys_last_wins"),
]

ENVELOPE = [
    pytest.param(lambda body, op: body.update(operations=[]), id="no_operations"),
    pytest.param(lambda body, op: body.update(operations=[op] * (wire.MAX_BATCH + 1)), id="501_operations"),
    pytest.param(lambda body, op: body.update(operations=op), id="operations_object"),
    pytest.param(lambda body, op: body.update(operations="many"), id="operations_string"),
    pytest.param(lambda body, op: body.update(operations=None), id="operations_null"),
    pytest.param(lambda body, op: body.update(operations=[op, None]), id="null_operation"),
    pytest.param(lambda body, op: body.update(operations=[op, [op]]), id="list_operation"),
    pytest.param(lambda body, op: body.update(extra=True), id="extra_field"),
    pytest.param(lambda body, op: body.update(device_id=str(uuid.uuid4())), id="extra_device_id"),
]

OPERATION = [
    pytest.param(_set("op_id", "1; DROP TABLE operations"), id="op_id_sql"),
    pytest.param(_set("op_id", "not-a-uuid"), id="op_id_garbage"),
    pytest.param(_set("op_id", str(uuid.uuid4()).upper()), id="op_id_upper_case"),
    pytest.param(_set("op_id", " " + str(uuid.uuid4())), id="op_id_leading_space"),
    pytest.param(_set("op_id", str(uuid.uuid4())[:-1] + "\x00"), id="op_id_nul"),
    pytest.param(_set("op_id", "x" * 10_000), id="op_id_10k"),
    pytest.param(_set("op_id", 5), id="op_id_number"),
    pytest.param(_set("op_id", None), id="op_id_null"),
    pytest.param(_drop("op_id"), id="op_id_missing"),
    pytest.param(_set("kind", "dossier.delete"), id="kind_unknown"),
    pytest.param(_set("kind", "DOSSIER.INTAKE"), id="kind_upper_case"),
    pytest.param(_set("kind", ["dossier.intake"]), id="kind_list"),
    pytest.param(_drop("kind"), id="kind_missing"),
    pytest.param(_set("dossier_code", ""), id="dossier_code_empty"),
    pytest.param(_set("dossier_code", "X" * 41), id="dossier_code_41"),
    pytest.param(_set("dossier_code", 5), id="dossier_code_number"),
    pytest.param(_drop("dossier_code"), id="dossier_code_missing"),
    pytest.param(_set("payload", []), id="payload_list"),
    pytest.param(_set("payload", "{}"), id="payload_string"),
    pytest.param(_set("payload", None), id="payload_null"),
    pytest.param(_set("payload", 10**30), id="payload_huge_number"),
    pytest.param(_drop("payload"), id="payload_missing"),
    pytest.param(_set("created_at", "2026-11-23T09:15:00"), id="created_at_without_offset"),
    pytest.param(_set("created_at", "hôm qua"), id="created_at_text"),
    pytest.param(_set("created_at", 10**30), id="created_at_huge_number"),
    pytest.param(_drop("created_at"), id="created_at_missing"),
    pytest.param(_set("extra", 1), id="operation_extra_field"),
    pytest.param(_set("outcome", "applied"), id="operation_says_applied"),
]


@pytest.mark.parametrize("change", RAW + ENVELOPE + OPERATION)
def test_an_invalid_push_envelope_is_refused_and_records_nothing(province, change):
    probe_push(province.client, province.engine, province.a1, _envelope(province, change), None)


def test_the_same_op_id_for_two_different_operations_in_one_batch_applies_the_first_only(province):
    """Not an invalid envelope: the second is a replay of the first, whatever it carries."""
    first = province.intakes.op(province.a1, province.code())
    second = {**province.intakes.op(province.a1, province.code()), "op_id": first["op_id"]}
    answer = push(province.client, province.a1, [first, second])
    assert answer.status_code == 200, answer.text
    results = [result["outcome"] for result in answer.json()["results"]]
    assert results == ["applied", "duplicate"]
    dossiers = {row[1] for row in snapshot(province.engine, ("dossiers",))["dossiers"]}
    assert first["dossier_code"] in dossiers and second["dossier_code"] not in dossiers


def test_a_status_operation_with_an_intake_payload_is_rejected(province):
    intake = province.intakes.op(province.a1, province.code())
    op = operation("dossier.status", intake["dossier_code"], intake["payload"])
    probe_push(province.client, province.engine, province.a1, as_json({"operations": [op]}), op["op_id"])
