"""The dossier's life after intake at the desk: each step saved whole with its operation for the
province, or refused with its reason and nothing saved."""

from __future__ import annotations

import json
import sqlite3
from datetime import date, timedelta

import pytest
from intake_support import APPLICANT, back_office_moves, request_for, working_day_after

from desk_app.domain.errors import DomainError, ValidationFailed
from desk_app.services.intake import Decision

PROXY_ID = "001095000123"


@pytest.fixture
def ready(desk):
    code = desk.intake.submit(request_for(desk)).code
    back_office_moves(desk, code, "in_progress", "result_ready")
    return code


def outbox(desk) -> list[tuple[str, dict]]:
    connection = sqlite3.connect(desk.data_dir / "desk.sqlite3")
    rows = connection.execute("SELECT kind, payload_json FROM outbox ORDER BY id").fetchall()
    return [(kind, json.loads(payload)) for kind, payload in rows]


def counts(desk) -> tuple[int, int]:
    connection = sqlite3.connect(desk.data_dir / "desk.sqlite3")
    return (connection.execute("SELECT COUNT(*) FROM outbox").fetchone()[0],
            connection.execute("SELECT COUNT(*) FROM dossier_events").fetchone()[0])


def codes(error: DomainError) -> set[str]:
    return {e.code for e in error.errors} if isinstance(error, ValidationFailed) else {error.code}


def test_hand_over_to_the_applicant_is_recorded_once_with_its_operation(desk, ready):
    step = desk.returns.hand_over(ready, id_number=APPLICANT["id_number"], fees_collected_vnd=0,
                                  originals_returned=["Giấy chứng sinh"])
    shown = desk.lookup.get(ready).as_json()
    assert shown["status"] == "returned"
    assert shown["returned_to"] == {"id_number": APPLICANT["id_number"], "name": APPLICANT["full_name"],
                                    "by_proxy": False, "authorisation": ""}
    assert shown["returned_at"] == step.at.astimezone(desk.lookup.get(ready).received_at.tzinfo).isoformat()
    kind, payload = outbox(desk)[-1]
    assert kind == "dossier.status" and payload["to"] == "returned"
    assert payload["handover"]["originals_returned"] == ["Giấy chứng sinh"]
    before = counts(desk)
    with pytest.raises(DomainError) as again:
        desk.returns.hand_over(ready, id_number=APPLICANT["id_number"])
    assert codes(again.value) == {"handover.already"}
    assert APPLICANT["full_name"] in str(again.value.errors[0])
    assert counts(desk) == before


def test_refused_hand_overs_change_nothing(desk, ready):
    not_ready = desk.intake.submit(request_for(desk)).code
    before = counts(desk)
    with pytest.raises(DomainError) as early:
        desk.returns.hand_over(not_ready, id_number=APPLICANT["id_number"])
    assert codes(early.value) == {"handover.not_ready"}
    with pytest.raises(DomainError) as stranger:
        desk.returns.hand_over(ready, id_number=PROXY_ID)
    assert codes(stranger.value) == {"handover.not_applicant"}
    with pytest.raises(DomainError) as proxy_without_paper:
        desk.returns.hand_over(ready, id_number=PROXY_ID, name="Đỗ Đức Đạt", by_proxy=True)
    assert codes(proxy_without_paper.value) == {"handover.authorisation_missing"}
    with pytest.raises(DomainError) as fees:
        desk.returns.hand_over(ready, id_number=APPLICANT["id_number"], fees_collected_vnd=-1)
    assert codes(fees.value) == {"handover.fees"}
    assert counts(desk) == before
    assert desk.lookup.get(ready).as_json()["status"] == "result_ready"


def test_a_proxy_takes_it_with_the_authorisation_recorded(desk, ready):
    desk.returns.hand_over(ready, id_number=PROXY_ID, name="Đỗ Đức Đạt", by_proxy=True,
                           authorisation="Giấy ủy quyền số 12/UQ")
    assert desk.lookup.get(ready).as_json()["returned_to"] == {
        "id_number": PROXY_ID, "name": "Đỗ Đức Đạt", "by_proxy": True, "authorisation": "Giấy ủy quyền số 12/UQ"}


def test_the_rating_comes_once_after_the_hand_over(desk, ready):
    with pytest.raises(DomainError) as early:
        desk.returns.rate(ready, "satisfied")
    assert codes(early.value) == {"rating.not_returned"}
    desk.returns.hand_over(ready, id_number=APPLICANT["id_number"])
    with pytest.raises(DomainError) as unknown:
        desk.returns.rate(ready, "great")
    assert codes(unknown.value) == {"rating.level"}
    desk.returns.rate(ready, "very_satisfied", "Cán bộ nhiệt tình")
    rating = desk.lookup.get(ready).as_json()["rating"]
    assert (rating["level"], rating["comment"]) == ("very_satisfied", "Cán bộ nhiệt tình")
    assert outbox(desk)[-1][0] == "dossier.rating"
    with pytest.raises(DomainError) as twice:
        desk.returns.rate(ready, "satisfied")
    assert codes(twice.value) == {"rating.already"}


def test_one_extension_moves_the_due_date_and_keeps_the_first(desk):
    code = desk.intake.submit(request_for(desk)).code
    first_due = desk.lookup.get(code).due_at
    new_day = working_day_after(desk, first_due.date(), 7)
    desk.returns.extend(code, new_day, "Cần xác minh thêm với cơ quan khác")
    shown = desk.lookup.get(code)
    assert shown.due_at.date() == new_day and shown.due_at.hour == 17
    (extension,) = shown.as_json()["extensions"]
    assert extension["previous_due_at"] == first_due.isoformat()
    assert extension["reason"] == "Cần xác minh thêm với cơ quan khác"
    with pytest.raises(DomainError) as twice:
        desk.returns.extend(code, new_day + timedelta(days=7), "Lần nữa")
    assert "extension.once" in codes(twice.value)
    assert outbox(desk)[-1][0] == "dossier.extension"


def test_an_extension_to_a_day_off_is_refused(desk):
    code = desk.intake.submit(request_for(desk)).code
    sunday = date(2026, 12, 13)
    with pytest.raises(ValidationFailed) as refused:
        desk.returns.extend(code, sunday, "Cần xác minh")
    assert codes(refused.value) == {"extension.not_working"}
    assert desk.lookup.get(code).as_json()["extensions"] == []


def test_papers_brought_count_the_time_afresh(desk, at_monday_morning):
    code = desk.intake.submit(request_for(desk, received=False, decision=Decision.SUPPLEMENT)).code
    assert desk.lookup.get(code).due_at is None
    at_monday_morning.shift(timedelta(days=2))
    desk.returns.papers_brought(code, ["Giấy chứng sinh"])
    shown = desk.lookup.get(code)
    assert shown.status.value == "received" and shown.due_at is not None
    kind, payload = outbox(desk)[-1]
    assert payload["papers"] == ["Giấy chứng sinh"] and payload["due_at"]
    with pytest.raises(DomainError) as again:
        desk.returns.papers_brought(code, ["Giấy chứng sinh"])
    assert codes(again.value) == {"papers.not_requested"}


def test_a_withdrawal_needs_a_reason_and_ends_the_dossier(desk):
    code = desk.intake.submit(request_for(desk)).code
    with pytest.raises(DomainError) as no_reason:
        desk.returns.withdraw(code, "  ")
    assert codes(no_reason.value) == {"withdraw.reason_missing"}
    desk.returns.withdraw(code, "Người nộp đề nghị rút bằng văn bản ngày 23/11/2026")
    shown = desk.lookup.get(code)
    assert shown.status.value == "withdrawn"
    assert outbox(desk)[-1][1]["reason"] == "Người nộp đề nghị rút bằng văn bản ngày 23/11/2026"
    with pytest.raises(DomainError) as closed:
        desk.returns.withdraw(code, "Lý do")
    assert codes(closed.value) == {"dossier.transition"}


def test_return_by_post_sent_under_a_waybill_then_delivered(desk):
    code = desk.intake.submit(request_for(desk, return_method="post")).code
    back_office_moves(desk, code, "in_progress", "result_ready")
    with pytest.raises(DomainError) as at_counter:
        desk.returns.hand_over(code, id_number=APPLICANT["id_number"])
    assert codes(at_counter.value) == {"handover.by_post"}
    with pytest.raises(DomainError) as not_sent:
        desk.returns.delivered(code)
    assert codes(not_sent.value) == {"postal.not_sent"}
    with pytest.raises(ValidationFailed) as bad:
        desk.returns.post(code, "EE 12", date(2026, 11, 23))
    assert codes(bad.value) == {"postal.waybill"}
    today = desk.clock().date()
    desk.returns.post(code, "ee123456789vn", today)
    with pytest.raises(ValidationFailed) as twice:
        desk.returns.post(code, "EE123456789VN", today)
    assert codes(twice.value) == {"postal.already_sent"}
    desk.returns.delivered(code)
    shown = desk.lookup.get(code).as_json()
    assert shown["status"] == "returned"
    assert shown["posted"]["waybill"] == "EE123456789VN"
    assert [kind for kind, _ in outbox(desk)[-2:]] == ["dossier.posted", "dossier.status"]
