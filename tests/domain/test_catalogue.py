import copy
import json
import unicodedata
from datetime import time
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desk_app.domain.catalogue import (
    CODE_PATTERN,
    CatalogueInvalid,
    DocumentKind,
    Fee,
    Procedure,
    RequiredDocument,
    parse_catalogue,
    procedure_to_dict,
)
from desk_app.domain.errors import DomainError
from desk_app.domain.text import nfc

BIRTH = {
    "code": "1.001193",
    "name": "Thủ tục đăng ký khai sinh",
    "field": "Hộ tịch",
    "level": "Cấp xã",
    "agency": "Ủy ban nhân dân cấp xã",
    "processing_days": 0.5,
    "processing_note": "Ngay trong ngày tiếp nhận;\ntrường hợp nhận sau 15 giờ thì trả trong ngày làm việc tiếp theo.",
    "cutoff": "15:00",
    "fees": [{"name": "Lệ phí", "amount_vnd": 0}],
    "documents": [{"name": "Tờ khai đăng ký khai sinh theo mẫu", "kind": "original", "copies": 1}],
}
CERTIFY = {
    "code": "2.000815",
    "name": "Chứng thực bản sao từ bản chính",
    "processing_days": 0,
    "fees": [{"name": "Phí chứng thực", "amount_vnd": 2000}, {"name": "Phí in", "amount_vnd": 3000}],
    "documents": [{"name": "Bản chính giấy tờ", "kind": "original", "copies": 1},
                  {"name": "Bản sao cần chứng thực", "kind": "copy", "copies": 2}],
    "published_by": "Cổng Dịch vụ công quốc gia",
}


def problems_of(data) -> list[tuple[int, str]]:
    with pytest.raises(CatalogueInvalid) as info:
        parse_catalogue(data)
    assert isinstance(info.value, DomainError)
    assert all(message for _, _, message in info.value.problems)
    return [(index, field) for index, field, _ in info.value.problems]


def test_parse_the_design_example():
    [birth] = parse_catalogue([BIRTH])
    assert birth == Procedure(
        code="1.001193",
        name="Thủ tục đăng ký khai sinh",
        field="Hộ tịch",
        level="Cấp xã",
        agency="Ủy ban nhân dân cấp xã",
        processing_days=Decimal("0.5"),
        processing_note=BIRTH["processing_note"],
        cutoff=time(15, 0),
        fees=(Fee("Lệ phí", 0),),
        documents=(RequiredDocument("Tờ khai đăng ký khai sinh theo mẫu", DocumentKind.ORIGINAL, 1),),
        extra={},
    )
    assert birth.search_key == "1.001193 thu tuc dang ky khai sinh"


def test_object_with_procedures_list_and_optional_keys():
    birth, certify = parse_catalogue({"version": 3, "procedures": [BIRTH, CERTIFY]})
    assert certify.field == certify.level == certify.agency == certify.processing_note == ""
    assert certify.cutoff is None
    assert certify.processing_days == 0
    assert certify.fee_total_vnd == 5000
    assert certify.documents[1] == RequiredDocument("Bản sao cần chứng thực", DocumentKind.COPY, 2)
    assert dict(certify.extra) == {"published_by": "Cổng Dịch vụ công quốc gia"}
    assert problems_of([]) == problems_of({"procedures": []}) == [(-1, "")]


def test_procedures_are_hashable_and_immutable():
    [certify] = parse_catalogue([CERTIFY])
    assert hash(certify) == hash(parse_catalogue([CERTIFY])[0])
    with pytest.raises(TypeError):
        certify.extra["x"] = 1  # type: ignore[index]


def test_text_is_normalised():
    entry = {**CERTIFY, "code": " 2.000815 ", "name": unicodedata.normalize("NFD", "Chứng  thực bản sao")}
    [procedure] = parse_catalogue([entry])
    assert procedure.code == "2.000815"
    assert procedure.name == "Chứng thực bản sao"


@pytest.mark.parametrize(
    ("days", "expected"),
    [(0, Decimal(0)), (1, Decimal(1)), (2.0, Decimal(2)), (0.5, Decimal("0.5")), (0.125, Decimal("0.125")),
     (Decimal("1.50"), Decimal("1.5")), (45, Decimal(45))],
)
def test_processing_days(days, expected):
    [procedure] = parse_catalogue([{**CERTIFY, "processing_days": days}])
    assert procedure.processing_days == expected
    assert str(procedure.processing_days) == str(expected)


@pytest.mark.parametrize("days", [-1, -0.5, 0.0001, "1", None, True, float("nan"), float("inf"), [1]])
def test_bad_processing_days(days):
    assert problems_of([{**CERTIFY, "processing_days": days}]) == [(0, "processing_days")]


def test_cutoff_formats():
    assert parse_catalogue([{**CERTIFY, "cutoff": "9:05"}])[0].cutoff == time(9, 5)
    assert parse_catalogue([{**CERTIFY, "cutoff": None}])[0].cutoff is None
    for bad in ["15h", "24:00", "15:60", "15:00:00", 15, ""]:
        assert problems_of([{**CERTIFY, "cutoff": bad}]) == [(0, "cutoff")]


def test_every_problem_is_reported_with_its_index_and_nothing_is_returned():
    bad_fee = copy.deepcopy(CERTIFY)
    bad_fee["code"] = "9.9"
    bad_fee["fees"][1]["amount_vnd"] = -3000
    bad_fee["documents"][0]["kind"] = "fax"
    bad_fee["documents"][1]["copies"] = 0
    data = [BIRTH, "not a procedure", {"name": "Không có mã", "processing_days": 1}, bad_fee,
            {**CERTIFY, "code": "1.001193"}, {**CERTIFY, "code": 12, "name": "", "fees": {}, "documents": [3]}]
    assert problems_of(data) == [
        (1, ""),
        (2, "code"),
        (3, "fees[1].amount_vnd"),
        (3, "documents[0].kind"),
        (3, "documents[1].copies"),
        (4, "code"),
        (5, "code"),
        (5, "name"),
        (5, "fees"),
        (5, "documents[0]"),
    ]


def test_message_lists_problems_counting_from_one():
    with pytest.raises(CatalogueInvalid) as info:
        parse_catalogue([BIRTH, {**BIRTH, "name": "Bản sao"}])
    assert info.value.code == "catalogue.invalid"
    assert info.value.problems[0][:2] == (1, "code")
    text = str(info.value)
    assert "Thủ tục thứ 2" in text and "thủ tục thứ 1" in text and "1.001193" in text


def test_long_problem_lists_are_shortened_in_the_message_only():
    with pytest.raises(CatalogueInvalid) as info:
        parse_catalogue([1] * 50)
    assert len(info.value.problems) == 50
    assert len(str(info.value).splitlines()) == 22
    assert "30" in str(info.value).splitlines()[-1]


@pytest.mark.parametrize("data", [None, "x", 3, {"procedure": []}, {"procedures": {}}])
def test_wrong_shape(data):
    assert problems_of(data) == [(-1, "")]


def test_missing_required_fields():
    assert problems_of([{}]) == [(0, "code"), (0, "name"), (0, "processing_days")]
    assert problems_of([{**CERTIFY, "documents": [{"name": "Tờ khai"}]}]) == [(0, "documents[0].kind")]
    assert parse_catalogue([{**CERTIFY, "documents": [{"name": "Tờ khai", "kind": "certified_copy"}]}])[0] \
        .documents[0].copies == 1


def test_papers_needed_in_a_case_alternatives_and_papers_only_shown():
    [birth] = parse_catalogue([{**BIRTH, "documents": [
        {"name": "Tờ khai", "kind": "original"},
        {"name": "Giấy chứng sinh", "kind": "original", "group": "chứng sinh"},
        {"name": "Văn bản của người làm chứng", "kind": "original", "group": "chứng sinh"},
        {"name": "Văn bản ủy quyền", "kind": "original", "case": "Trường hợp ủy quyền thực hiện"},
        {"name": "Thẻ căn cước", "kind": "original", "shown": True},
        {"name": "Giấy chứng nhận kết hôn", "kind": "original", "return_original": True},
        {"name": "Ảnh chân dung", "kind": "photocopy"}]}])
    form, born, witness, proxy, card, marriage, photo = birth.documents
    assert born.group == witness.group == "chứng sinh" and not form.group
    assert proxy.case == "Trường hợp ủy quyền thực hiện" and card.shown and marriage.return_original
    assert photo.kind is DocumentKind.PHOTOCOPY and photo.kind.label == "Bản chụp"
    assert parse_catalogue([procedure_to_dict(birth)]) == [birth]
    assert "shown" not in procedure_to_dict(birth)["documents"][0]


def test_a_paper_only_shown_is_not_returned_and_only_originals_are():
    assert problems_of([{**BIRTH, "documents": [
        {"name": "Thẻ", "kind": "original", "shown": True, "return_original": True},
        {"name": "Bản sao", "kind": "copy", "return_original": True},
        {"name": "Giấy", "kind": "original", "shown": "có"}]}]) == [
        (0, "documents[0].return_original"), (0, "documents[1].return_original"), (0, "documents[2].shown")]


def test_document_kind_labels():
    assert [k.label for k in DocumentKind] == ["Bản chính", "Bản sao", "Bản sao có chứng thực", "Bản chụp"]


def test_round_trip_through_json():
    procedures = parse_catalogue([BIRTH, CERTIFY])
    exported = json.loads(json.dumps([procedure_to_dict(p) for p in procedures], ensure_ascii=False))
    assert parse_catalogue(exported) == procedures
    assert exported[0] == BIRTH
    assert exported[1]["published_by"] == "Cổng Dịch vụ công quốc gia"
    assert "cutoff" not in exported[1]


texts = st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=20).map(nfc).filter(bool)
procedures = st.builds(
    Procedure,
    code=st.from_regex(CODE_PATTERN, fullmatch=True),
    name=texts,
    field=texts,
    level=st.just("Cấp xã"),
    agency=st.just(""),
    processing_days=st.decimals(min_value=0, max_value=365, places=3),
    processing_note=st.just("Dòng một\nDòng hai"),
    cutoff=st.one_of(st.none(), st.times().map(lambda t: t.replace(second=0, microsecond=0))),
    fees=st.lists(st.builds(Fee, name=texts, amount_vnd=st.integers(0, 10**9)), max_size=3).map(tuple),
    documents=st.lists(st.builds(RequiredDocument, name=texts, kind=st.sampled_from(DocumentKind),
                                 copies=st.integers(1, 5), shown=st.booleans(), case=st.one_of(st.just(""), texts),
                                 group=st.one_of(st.just(""), texts)), max_size=3).map(tuple),
    extra=st.dictionaries(st.sampled_from(["note", "legal_basis", "url"]), st.text(max_size=5)),
)


@settings(max_examples=50)
@given(procedures)
def test_round_trip_of_any_procedure(procedure):
    assert parse_catalogue(json.loads(json.dumps([procedure_to_dict(procedure)]))) == [procedure]
