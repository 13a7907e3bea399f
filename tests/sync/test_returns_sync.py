"""The return step against a real provincial server (SQLite and PostgreSQL): a hand-over made
offline reaches the province with its own time, the server shows what the desk shows, and what
the rules forbid is refused there too, changing nothing."""

from __future__ import annotations

import json
import uuid
from datetime import datetime, timezone

from desk_app.clock import format_instant
from desk_app.sync import wire
from intake_support import working_day_after
from sync_support import PEOPLE, intake, provincial


RETURN_KEYS = ("status", "returned_at", "returned_to", "rating", "extensions", "due_at", "posted")


def server_show(province, code: str) -> dict:
    return json.loads(provincial(province.db_url, "dossier", "show", code, "--json"))


def ready_on_the_desk(province, desk, index: int = 0) -> str:
    """A dossier received at the desk, processed by the back office, its result ready on the desk."""
    code = intake(desk, index).code
    assert desk.sync.run_once().ok
    for target in ("in_progress", "result_ready"):
        provincial(province.db_url, "dossier", "advance", code, "--to", target)
    assert desk.sync.run_once().ok
    assert desk.lookup.get(code).status.value == "result_ready"
    return code


def test_an_offline_hand_over_and_rating_reach_the_province_with_their_own_time(province, registered):
    desk = registered()
    code = ready_on_the_desk(province, desk)
    province.server.stop()
    try:
        step = desk.returns.hand_over(code, id_number=PEOPLE[0][1], originals_returned=["Giấy chứng sinh"])
        desk.returns.rate(code, "not_satisfied", "Phải chờ lâu")
        assert not desk.sync.run_once().ok
    finally:
        province.server.start()
    report = desk.sync.run_once()
    assert report.ok and report.pushed == 2
    on_desk, on_server = desk.lookup.get(code).as_json(), server_show(province, code)
    assert {key: on_server[key] for key in RETURN_KEYS} == {key: on_desk[key] for key in RETURN_KEYS}
    assert on_server["status"] == "returned"
    assert datetime.fromisoformat(on_server["returned_at"]) == step.at
    assert on_server["returned_to"]["id_number"] == PEOPLE[0][1] and not on_server["returned_to"]["by_proxy"]
    assert on_server["rating"]["level"] == "not_satisfied" and on_server["rating"]["comment"] == "Phải chờ lâu"


def test_a_proxy_hand_over_an_extension_and_papers_brought_agree_on_both_sides(province, registered):
    from intake_support import request_for

    from desk_app.services.intake import Decision

    desk = registered()
    code = ready_on_the_desk(province, desk, 1)
    desk.returns.hand_over(code, id_number=PEOPLE[2][1], name=PEOPLE[2][0], by_proxy=True,
                           authorisation="Giấy ủy quyền số 7/UQ ngày 01/12/2026")
    late = intake(desk, 2).code
    due = desk.lookup.get(late).due_at
    new_day = working_day_after(desk, due.date(), 10)
    desk.returns.extend(late, new_day, "Cần lấy ý kiến cơ quan khác")
    asked = desk.intake.submit(request_for(desk, received=False, decision=Decision.SUPPLEMENT)).code
    desk.returns.papers_brought(asked, ["Giấy chứng sinh"])
    report = desk.sync.run_once()
    assert report.ok and report.rejected == 0, report
    for each in (code, late, asked):
        on_desk, on_server = desk.lookup.get(each).as_json(), server_show(province, each)
        assert {key: on_server[key] for key in RETURN_KEYS} == {key: on_desk[key] for key in RETURN_KEYS}, each
    assert server_show(province, code)["returned_to"]["authorisation"] == "Giấy ủy quyền số 7/UQ ngày 01/12/2026"
    assert datetime.fromisoformat(server_show(province, late)["due_at"]).date() == new_day
    assert server_show(province, asked)["status"] == "received" and server_show(province, asked)["due_at"]


def push(province, desk, code: str, kind: str, payload: dict) -> dict:
    """One operation as a careless or hostile client would send it, with the desk's own token."""
    import httpx

    from desk_app.store import sync_state_repo
    from desk_app.sync import credentials

    with desk.database.read() as connection:
        registration = sync_state_repo.registration(connection)
    token = credentials.load_token(registration.server_url, registration.device_id)
    op = {"op_id": str(uuid.uuid4()), "kind": kind, "dossier_code": code, "payload": payload,
          "created_at": format_instant(datetime.now(timezone.utc).replace(microsecond=0))}
    answer = httpx.post(f"{province.url}{wire.API_PREFIX}/operations", json={"operations": [op]},
                        headers={"Authorization": f"Bearer {token}"})
    assert answer.status_code == 200, answer.text
    return answer.json()["results"][0]


def test_the_server_refuses_what_the_rules_forbid_and_changes_nothing(province, registered):
    desk = registered()
    code = ready_on_the_desk(province, desk)
    before = server_show(province, code)
    now = format_instant(datetime.now(timezone.utc).replace(microsecond=0))
    stranger = push(province, desk, code, "dossier.status", {
        "to": "returned", "at": now, "officer": "X",
        "handover": {"receiver": {"id_number": PEOPLE[1][1], "name": PEOPLE[1][0]}}})
    assert (stranger["outcome"], stranger["reason_code"]) == ("rejected", "handover.not_applicant")
    bare = push(province, desk, code, "dossier.status", {"to": "returned", "at": now, "officer": "X"})
    assert bare["reason_code"] == "sync.handover_missing"
    early = push(province, desk, code, "dossier.rating", {"level": "satisfied", "at": now, "officer": "X"})
    assert early["reason_code"] == "rating.not_returned"
    hostile = push(province, desk, code, "dossier.rating", {"level": "satisfied\x00", "at": now, "officer": "X"})
    assert hostile["reason_code"] == "sync.payload_invalid"
    huge = push(province, desk, code, "dossier.status", {
        "to": "returned", "at": now, "officer": "X",
        "handover": {"receiver": {"id_number": PEOPLE[0][1], "name": PEOPLE[0][0]},
                     "fees_collected_vnd": 10**30}})
    assert huge["reason_code"] == "sync.payload_invalid"
    assert server_show(province, code) == before
    desk.returns.hand_over(code, id_number=PEOPLE[0][1])
    assert desk.sync.run_once().ok
    again = push(province, desk, code, "dossier.status", {
        "to": "returned", "at": now, "officer": "X",
        "handover": {"receiver": {"id_number": PEOPLE[0][1], "name": PEOPLE[0][0]}}})
    assert again["reason_code"] == "dossier.transition"
    other = ready_on_the_desk(province, desk, 1)
    silent = push(province, desk, other, "dossier.status", {"to": "withdrawn", "at": now, "officer": "X"})
    assert silent["reason_code"] == "dossier.transition"
    posted = {"waybill": "EE123456789VN", "sent_on": now[:10], "at": now, "officer": "X"}
    assert push(province, desk, other, "dossier.posted", posted)["outcome"] == "applied"
    assert push(province, desk, other, "dossier.posted", posted)["reason_code"] == "postal.already_sent"


def test_another_desk_of_the_agency_learns_the_extension_through_the_feed(province, registered):
    first, second = registered("desk-1"), registered("desk-2")
    code = intake(first, 0).code
    due = first.lookup.get(code).due_at
    new_day = working_day_after(first, due.date(), 10)
    first.returns.extend(code, new_day, "Cần xác minh thêm")
    assert first.sync.run_once().ok
    assert second.sync.run_once().ok
    assert second.lookup.get(code).due_at.date() == new_day
    assert second.lookup.get(code).as_json()["extensions"] == first.lookup.get(code).as_json()["extensions"]
    assert second.sync.run_once().ok
    assert len(second.lookup.get(code).as_json()["extensions"]) == 1


def test_another_desk_of_the_agency_learns_who_took_the_result_and_the_due_date_counted_afresh(
        province, registered):
    from intake_support import request_for

    from desk_app.services.intake import Decision

    first, second = registered("desk-1"), registered("desk-2")
    code = ready_on_the_desk(province, first)
    asked = first.intake.submit(request_for(first, received=False, decision=Decision.SUPPLEMENT)).code
    assert first.sync.run_once().ok and second.sync.run_once().ok
    first.returns.hand_over(code, id_number=PEOPLE[1][1], name=PEOPLE[1][0], by_proxy=True,
                            authorisation="Giấy ủy quyền số 9/UQ")
    first.returns.papers_brought(asked, ["Giấy chứng sinh"])
    pushed = first.sync.run_once()
    assert pushed.ok, province.server.log()[-800:]
    report = second.sync.run_once()
    assert report.ok
    for each in (code, asked):
        on_first, on_second = first.lookup.get(each).as_json(), second.lookup.get(each).as_json()
        assert {key: on_second[key] for key in RETURN_KEYS} == {key: on_first[key] for key in RETURN_KEYS}, each
    assert second.lookup.get(code).as_json()["returned_to"]["name"] == PEOPLE[1][0]
    assert second.lookup.get(asked).due_at is not None
    assert second.sync.status().set_aside == 0
