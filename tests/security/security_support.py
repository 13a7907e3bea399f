"""Building hostile requests against the provincial server and checking that each one is refused
cleanly: a 4xx with a wire.ErrorBody (or, inside a well-formed push, a `rejected` outcome with its
reason) and no row changed anywhere.

A probe takes a snapshot of every table a request could touch, sends its request, and compares; a
probe refused as it should be changes nothing, so many probes can share one seeded database.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from typing import Any, Callable

from fastapi.testclient import TestClient
from sqlalchemy import Date, DateTime, Engine, Table, Text, cast, select

from desk_app.clock import format_instant
from desk_app.domain.due_date import LOCAL_TZ
from desk_app.domain.dossier_code import format_dossier_code
from desk_app.sync import wire
from provincial import schema
from provincial.rules import AgencyRules
from provincial.schema import UtcDateTime
from provincial.seed import SAMPLE_PASSWORD

API = wire.API_PREFIX
AGENCY = "000.00.12.H12"
OTHER_AGENCY = "000.00.14.H12"
PROCEDURE = "1.001193"
FALLBACK_MESSAGE = "Dữ liệu chưa hợp lệ (mã lỗi"
JSON_HEADERS = {"Content-Type": "application/json"}

WATCHED_TABLES = ("agencies", "officers", "devices", "procedures", "calendar_days", "dossiers", "dossier_events",
                  "operations", "feed", "feed_streams", "sequence_allocations", "leases", "appointments",
                  "attachments", "attachment_chunks")
"""Every table a desk's request could reach; a refused request leaves each of them as it was."""


# Snapshots


def snapshot(engine: Engine, tables: tuple[str, ...] = WATCHED_TABLES) -> dict[str, list[tuple]]:
    """Every row of every watched table, in a stable order. Instants and days are read as the
    database's text, so that a row a hostile probe got stored (a timestamp before year 1 on
    PostgreSQL) cannot stop the next probes from comparing."""
    with engine.connect() as connection:
        return {name: sorted((tuple(row) for row in connection.execute(_everything(getattr(schema, name)))), key=repr)
                for name in tables}


NOTED_ON_USE = {"devices": {"first_used_at"}}
"""Columns a request writes whatever it asks for (a device's first request is noted once): they say
nothing about whether a refused probe changed anything."""


def _everything(table: Table):
    skipped = NOTED_ON_USE.get(table.name, set())
    return select(*[cast(column, Text).label(column.name) if isinstance(column.type, (DateTime, Date, UtcDateTime))
                    else column for column in table.c if column.name not in skipped])


def changed_tables(before: dict[str, list[tuple]], after: dict[str, list[tuple]]) -> dict[str, str]:
    """What differs, table by table, as a short readable line."""
    changes = {}
    for name in before:
        old, new = set(before[name]), set(after[name])
        if old != new:
            added, removed = new - old, old - new
            sample = next(iter(added or removed))
            changes[name] = f"+{len(added)} -{len(removed)} rows, e.g. {str(sample)[:300]}"
    return changes


def assert_unchanged(engine: Engine, before: dict[str, list[tuple]], what: str = "") -> None:
    after = snapshot(engine, tuple(before))
    changes = changed_tables(before, after)
    assert not changes, f"{what} changed the database: {changes}"


# Answers


def describe(answer) -> str:
    return f"{answer.request.method} {answer.request.url.path} → {answer.status_code} {answer.text[:400]}"


def assert_refused(answer, status: int | None = None, code: str | None = None) -> wire.ErrorBody | None:
    """A 4xx (the given one, when given) carrying an ErrorBody with a real Vietnamese sentence.
    HEAD answers carry no body; only their status is checked."""
    if status is not None:
        assert answer.status_code == status, f"expected {status}: {describe(answer)}"
    assert 400 <= answer.status_code < 500, f"expected a 4xx: {describe(answer)}"
    if answer.request.method == "HEAD":
        return None
    try:
        body = wire.ErrorBody.model_validate(answer.json())
    except ValueError as err:
        raise AssertionError(f"the refusal is not an ErrorBody ({err}): {describe(answer)}") from None
    assert body.error.message and not body.error.message.startswith(FALLBACK_MESSAGE), \
        f"no sentence of its own for {body.error.code}: {describe(answer)}"
    if code is not None:
        assert body.error.code == code, f"expected {code}: {describe(answer)}"
    return body


def as_json(body: Any) -> bytes:
    """JSON as a careless client writes it: ensure_ascii escapes lone surrogates as \\udxxx, NaN goes out as is."""
    return json.dumps(body).encode("ascii")


# Desks


@dataclass
class Desk:
    username: str
    device_id: str
    token: str
    agency: str
    agency_name: str
    place_name: str
    officer_name: str
    officer_title: str
    reserve_first: int
    reserve_last: int
    numbers: dict[date, list[int]] = field(default_factory=dict)
    """Leased numbers not used yet, per day."""

    @property
    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"}


def register(client: TestClient, username: str = "canbo1", device_name: str = "Quầy 1", **extra: Any) -> Desk:
    answer = client.post(f"{API}/devices", json={"username": username, "password": SAMPLE_PASSWORD,
                                                 "device_name": device_name, **extra})
    assert answer.status_code == 200, describe(answer)
    body = answer.json()
    return Desk(username, body["device_id"], body["token"], body["agency"]["code"], body["agency"]["name"],
                body["agency"]["place_name"], body["officer"]["full_name"], body["officer"]["title"],
                body["reserve_first"], body["reserve_last"])


def local_today() -> date:
    return datetime.now(LOCAL_TZ).date()


def lease(client: TestClient, desk: Desk, day: date | None = None, count: int = 20) -> tuple[int, int]:
    day = day or local_today()
    answer = client.post(f"{API}/leases", json={"days": [{"day": day.isoformat(), "count": count}]},
                         headers=desk.headers)
    assert answer.status_code == 200, describe(answer)
    leases = answer.json()["leases"]
    assert leases, f"no numbers left for {day}"
    return leases[0]["first"], leases[0]["last"]


def leased_sequence(client: TestClient, desk: Desk, day: date | None = None) -> int:
    """A sequence number leased to this desk for the day (today by default) and not used yet."""
    day = day or local_today()
    pool = desk.numbers.setdefault(day, [])
    if not pool:
        first, last = lease(client, desk, day)
        pool.extend(range(first, last + 1))
    return pool.pop(0)


def leased_code(client: TestClient, desk: Desk, day: date | None = None) -> str:
    day = day or local_today()
    return format_dossier_code(desk.agency, day, leased_sequence(client, desk, day))


# Operations


class Intakes:
    """Valid intakes as a registered desk sends them, with due dates as the server computes them."""

    def __init__(self, engine: Engine) -> None:
        with engine.connect() as connection:
            self.rules = AgencyRules(connection, AGENCY, [PROCEDURE])
        self._book_entry = 0

    def payload(self, desk: Desk, code: str, received_at: datetime | None = None, **overrides: Any) -> dict[str, Any]:
        received = received_at or datetime.now(timezone.utc).replace(microsecond=0)
        procedure = self.rules.procedures[PROCEDURE]
        plan = self.rules.plan(procedure, received)
        self._book_entry += 1
        payload = {
            "uuid": str(uuid.uuid4()), "code": code, "agency_code": desk.agency, "status": "received",
            "procedure_code": PROCEDURE, "procedure_name": procedure.name,
            "processing_days": str(procedure.processing_days), "processing_note": procedure.processing_note,
            "fee_total_vnd": procedure.fee_total_vnd,
            "applicant_name": "Nguyễn Thị Thu Hằng", "applicant_name_folded": "nguyen thi thu hang",
            "applicant_id_number": "034190012345", "applicant_birth_date": "1990-03-05", "applicant_sex": "female",
            "applicant_address": "Thôn Đông, xã Tân Phong", "applicant_phone": "0912345678",
            "applicant_email": "hang@example.vn", "name_without_diacritics": False,
            "received_at": format_instant(received), "counted_from": plan.counted_from.isoformat(),
            "due_at": plan.due_at.isoformat(), "sets": 1, "return_method": "desk",
            "return_place": f"Bộ phận Một cửa - {desk.agency_name}",
            "book_number": f"01/{received.astimezone(LOCAL_TZ).year}", "book_entry": self._book_entry,
            "note": "", "supplement_reason": "", "refusal_reason": "",
            "agency_name": desk.agency_name, "parent_agency_name": "Ủy ban nhân dân tỉnh Lai Châu",
            "place_name": desk.place_name, "officer_name": desk.officer_name, "officer_title": desk.officer_title,
            "lookup_url": "", "updated_at": format_instant(received),
            "documents": [{"name": document.name, "kind": document.kind.value, "copies": document.copies,
                           "received": True} for document in procedure.documents],
        }
        payload.update(overrides)
        return payload

    def op(self, desk: Desk, code: str, **overrides: Any) -> dict[str, Any]:
        return operation("dossier.intake", code, self.payload(desk, code, **overrides))


def operation(kind: str, code: str, payload: Any) -> dict[str, Any]:
    return {"op_id": str(uuid.uuid4()), "kind": kind, "dossier_code": code, "payload": payload,
            "created_at": format_instant(datetime.now(timezone.utc))}


def status_op(code: str, to: str = "withdrawn", **overrides: Any) -> dict[str, Any]:
    payload = {"to": to, "at": format_instant(datetime.now(timezone.utc)), "officer": "Nguyễn Thị Lan",
               "reason": "Công dân xin rút hồ sơ"}
    payload.update(overrides)
    return operation("dossier.status", code, payload)


def push(client: TestClient, desk: Desk | None, operations: list[dict[str, Any]]):
    return send_push(client, desk, as_json({"operations": operations}))


def send_push(client: TestClient, desk: Desk | None, content: bytes, headers: dict[str, str] | None = None):
    return client.post(f"{API}/operations", content=content,
                       headers={**JSON_HEADERS, **(desk.headers if desk else {}), **(headers or {})})


def outcomes(answer) -> dict[str, dict[str, Any]]:
    assert answer.status_code == 200, describe(answer)
    return {result["op_id"]: result for result in answer.json()["results"]}


def push_applied(client: TestClient, desk: Desk, operations: list[dict[str, Any]]) -> None:
    """Push operations that must all be applied (the valid set-up of a probe)."""
    answer = push(client, desk, operations)
    results = outcomes(answer)
    for op in operations:
        assert results[op["op_id"]]["outcome"] == "applied", f"a valid operation was not applied: {results[op['op_id']]}"


def assert_rejected_result(result: dict[str, Any], what: str) -> None:
    assert result["outcome"] == "rejected", f"{what}: outcome {result['outcome']}, expected rejected"
    assert result.get("reason_code"), f"{what}: rejected without a reason_code: {result}"
    assert result.get("reason") and not result["reason"].startswith(FALLBACK_MESSAGE), \
        f"{what}: rejected without a sentence of its own: {result}"


def probe_push(client: TestClient, engine: Engine, desk: Desk | None, content: bytes, op_id: str | None,
               envelope_refusal: bool = False) -> None:
    """Send a hostile push and check it was refused without effect.

    op_id given: the envelope is well formed, so the answer must be 200 with that operation
    `rejected` (reason code and sentence), recorded in `operations` and nowhere else, and a replay
    must give the same rejection. `envelope_refusal` also accepts a 4xx for the whole request (the
    bytes are not JSON the server can read, e.g. a lone surrogate), then with nothing recorded at all.
    op_id None: the envelope itself is invalid; a 4xx and nothing recorded."""
    before = snapshot(engine)
    answer = send_push(client, desk, content)
    if op_id is None or (envelope_refusal and answer.status_code != 200):
        assert_refused(answer)
        assert_unchanged(engine, before, "a refused push")
        return
    assert answer.status_code == 200, f"expected 200 with a rejected outcome: {describe(answer)}"
    result = outcomes(answer)[op_id]
    assert_rejected_result(result, "the hostile operation")
    after = snapshot(engine)
    elsewhere = {name: rows for name, rows in changed_tables(before, after).items() if name != "operations"}
    assert not elsewhere, f"a rejected operation changed {elsewhere}"
    recorded = set(after["operations"]) - set(before["operations"])
    assert [row[0] for row in recorded] == [op_id], f"the rejection is not recorded once: {recorded}"
    again = outcomes(send_push(client, desk, content))[op_id]
    assert (again["outcome"], again["reason_code"]) == (result["outcome"], result["reason_code"]), \
        f"a replay answered {again}, the first answer was {result}"
    assert_unchanged(engine, after, "a replayed rejection")


def probe_op(client: TestClient, engine: Engine, desk: Desk, op: dict[str, Any], envelope_refusal: bool = False) -> None:
    probe_push(client, engine, desk, as_json({"operations": [op]}), op["op_id"], envelope_refusal)


# Mutations of a payload: one named hostile change each


Mutation = Callable[[dict[str, Any]], None]


def set_field(name: str, value: Any) -> Mutation:
    def mutate(payload: dict[str, Any]) -> None:
        payload[name] = value
    return mutate


def drop_field(name: str) -> Mutation:
    def mutate(payload: dict[str, Any]) -> None:
        payload.pop(name)
    return mutate


def set_document(name: str, value: Any) -> Mutation:
    def mutate(payload: dict[str, Any]) -> None:
        payload["documents"][0][name] = value
    return mutate


def spoil_text(name: str, spoil: Callable[[str], str]) -> Mutation:
    """A text field (or `documents.name`) made hostile from its valid value."""
    def mutate(payload: dict[str, Any]) -> None:
        if name == "documents.name":
            payload["documents"][0]["name"] = spoil(payload["documents"][0]["name"])
        else:
            payload[name] = spoil(payload[name] or "x")
    return mutate


# The province under attack


class Province:
    """A seeded server database on one backend, its engine, an in-process client that answers a
    crash as the 500 a desk would get, and the sample agencies' desks."""

    def __init__(self, backend: str, url: str, engine: Engine, client: TestClient) -> None:
        self.backend = backend
        self.url = url
        self.engine = engine
        self.client = client
        self.intakes = Intakes(engine)
        self._desks: dict[str, Desk] = {}
        for name in ("a1", "a2", "b1", "revoked", "c"):
            # Registered before any probe, so that no probe's snapshot sees a registration of its set-up.
            self.desk(name)

    def desk(self, name: str) -> Desk:
        """"a1" and "a2": canbo1 and canbo2 of AGENCY, "c" a second desk of canbo1; "b1": banbo1 of
        OTHER_AGENCY; "revoked": a desk of AGENCY that pushed a dossier, leased numbers and was then
        revoked."""
        if name not in self._desks:
            if name == "revoked":
                desk = register(self.client, "canbo1", "Quầy đã thu hồi")
                code = leased_code(self.client, desk)
                push_applied(self.client, desk, [self.intakes.op(desk, code)])
                answer = self.client.delete(f"{API}/devices/me", headers=desk.headers)
                assert answer.status_code == 204, describe(answer)
                self.revoked_code = code
            else:
                username = {"a1": "canbo1", "a2": "canbo2", "b1": "banbo1", "c": "canbo1"}[name]
                desk = register(self.client, username, f"Quầy {name}")
            self._desks[name] = desk
        return self._desks[name]

    @property
    def a1(self) -> Desk:
        return self.desk("a1")

    @property
    def a2(self) -> Desk:
        return self.desk("a2")

    @property
    def b1(self) -> Desk:
        return self.desk("b1")

    @property
    def revoked(self) -> Desk:
        return self.desk("revoked")

    def code(self, desk: Desk | None = None, day: date | None = None) -> str:
        return leased_code(self.client, desk or self.a1, day)

    def applied_dossier(self, desk: Desk | None = None, **overrides: Any) -> dict[str, Any]:
        """A dossier pushed and applied for this desk; its intake operation."""
        desk = desk or self.a1
        op = self.intakes.op(desk, self.code(desk), **overrides)
        push_applied(self.client, desk, [op])
        return op
