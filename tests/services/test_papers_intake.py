"""Papers as the law lists them, at the counter and on paper: a case paper asked only when its case
applies, one of alternatives enough, a paper only shown recorded as shown, originals to return."""

from __future__ import annotations

import json

import pytest

from desk_app.domain.errors import ValidationFailed
from desk_app.domain.papers import Given, Paper
from desk_app.services.intake import Decision
from intake_support import APPLICANT
from pdf_reading import pdf_text

BIRTH = {
    "code": "1.001193", "name": "Thủ tục đăng ký khai sinh", "processing_days": 0, "cutoff": "15:00",
    "documents": [
        {"name": "Tờ khai đăng ký khai sinh theo mẫu", "kind": "original"},
        {"name": "Giấy chứng sinh", "kind": "original", "group": "chứng sinh"},
        {"name": "Văn bản của người làm chứng xác nhận về việc sinh", "kind": "original", "group": "chứng sinh"},
        {"name": "Văn bản ủy quyền theo quy định", "kind": "original", "case": "Trường hợp ủy quyền thực hiện"},
        {"name": "Thẻ căn cước của người yêu cầu", "kind": "original", "shown": True},
        {"name": "Giấy chứng nhận kết hôn của cha, mẹ", "kind": "original", "return_original": True},
        {"name": "Ảnh chân dung", "kind": "photocopy", "copies": 2},
    ],
}


@pytest.fixture
def khai_sinh(desk, tmp_path):
    path = tmp_path / "catalogue.json"
    path.write_text(json.dumps([BIRTH], ensure_ascii=False), encoding="utf-8")
    desk.catalogue.import_file(path)
    return desk.catalogue.get("1.001193")


def request(khai_sinh, given: dict[int, Given], decision: Decision = Decision.RECEIVE, reason: str = "",
            case_applies: tuple[int, ...] = (), return_original: tuple[int, ...] = (5,)):
    from desk_app.services.intake import IntakeRequest

    papers = tuple(Paper(document, given.get(index, Given.NONE), case_applies=index in case_applies,
                         return_original=index in return_original and given.get(index) is Given.HANDED)
                   for index, document in enumerate(khai_sinh.documents))
    return IntakeRequest(procedure_code=khai_sinh.code, documents=papers, decision=decision, reason=reason,
                         **{key: value for key, value in APPLICANT.items()})


COMPLETE = {0: Given.HANDED, 2: Given.HANDED, 4: Given.SHOWN, 5: Given.HANDED, 6: Given.HANDED}


def test_the_receipt_lists_exactly_what_was_handed_in_what_was_shown_and_what_goes_back(desk, khai_sinh):
    saved = desk.intake.submit(request(khai_sinh, COMPLETE))
    text = " ".join(pdf_text(desk.forms.render(saved.code).pdf).split())
    assert "1.1 Tờ khai đăng ký khai sinh theo mẫu (Bản chính, 1 bản)" in text
    assert "1.2 Văn bản của người làm chứng xác nhận về việc sinh (Bản chính, 1 bản)" in text
    assert "1.3 Giấy chứng nhận kết hôn của cha, mẹ (Bản chính, 1 bản)" in text
    assert "1.4 Ảnh chân dung (Bản chụp, 2 bản)" in text
    assert "1.5" not in text and "Giấy chứng sinh (" not in text and "ủy quyền" not in text
    assert "Giấy tờ xuất trình (đã đối chiếu, trả lại ngay): Thẻ căn cước của người yêu cầu." in text
    assert "Bản chính sẽ được trả lại cùng kết quả: Giấy chứng nhận kết hôn của cha, mẹ." in text
    detail = desk.lookup.get(saved.code)
    assert detail.status.value == "received"


def test_a_case_paper_is_asked_when_its_case_applies_and_alternatives_once(desk, khai_sinh):
    with pytest.raises(ValidationFailed) as refused:
        desk.intake.submit(request(khai_sinh, COMPLETE, case_applies=(3,)))
    assert [e.code for e in refused.value.errors] == ["intake.documents_missing"]
    lacking = {**COMPLETE}
    del lacking[2]
    saved = desk.intake.submit(request(khai_sinh, lacking, Decision.SUPPLEMENT, case_applies=(3,)))
    text = " ".join(pdf_text(desk.forms.render(saved.code).pdf).split())
    assert ("1. Một trong các giấy tờ sau: Giấy chứng sinh (Bản chính, 1 bản); Văn bản của người làm chứng "
            "xác nhận về việc sinh (Bản chính, 1 bản)") in text
    assert "2. Văn bản ủy quyền theo quy định (Bản chính, 1 bản) — Trường hợp ủy quyền thực hiện" in text
    assert "3." not in text.split("Yêu cầu hoàn thiện hồ sơ gồm những nội dung sau:")[1].split("Trong quá trình")[0]


def test_what_is_said_of_a_paper_must_fit_it(desk, khai_sinh):
    with pytest.raises(ValidationFailed) as refused:
        desk.intake.submit(request(khai_sinh, {**COMPLETE, 4: Given.HANDED}))
    assert [e.code for e in refused.value.errors] == ["papers.shown_only"]
    assert "Thẻ căn cước" in str(refused.value.errors[0])


def test_the_checklist_travels_whole_to_the_province(desk, khai_sinh):
    saved = desk.intake.submit(request(khai_sinh, COMPLETE))
    with desk.database.read() as connection:
        payload = json.loads(connection.execute("SELECT payload_json FROM outbox WHERE dossier_code = ?",
                                                (saved.code,)).fetchone()[0])
    lines = payload["documents"]
    assert [line["given"] for line in lines] == ["handed", "none", "handed", "none", "shown", "handed", "handed"]
    assert [line["received"] for line in lines] == [True, False, True, False, False, True, True]
    assert lines[1]["group"] == lines[2]["group"] == "chứng sinh" and lines[3]["case"] and lines[4]["shown_only"]
    assert lines[5]["return_original"] and lines[6]["kind"] == "photocopy"
