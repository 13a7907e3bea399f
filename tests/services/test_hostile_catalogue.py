"""Catalogue files as a careless or hostile hand makes them: each is refused with a message that names
the entry or the line, and the desk's catalogue stays exactly as it was."""

from __future__ import annotations

import json

import pytest

from desk_app.domain.errors import DomainError

GOOD = {"code": "1.001193", "name": "Thủ tục đăng ký khai sinh", "processing_days": 0, "cutoff": "15:00",
        "fees": [{"name": "Lệ phí", "amount_vnd": 0}],
        "documents": [{"name": "Tờ khai", "kind": "original", "copies": 1}]}


def entry(**changes):
    return {**GOOD, **changes}


HOSTILE_JSON = {
    "empty_list": [],
    "empty_object": {"procedures": []},
    "duplicate_codes": [GOOD, entry(name="Một thủ tục khác")],
    "duplicate_after_blanks": [GOOD, entry(code=" 1.001193 ")],
    "fee_huge": [entry(fees=[{"name": "Lệ phí", "amount_vnd": 10**30}])],
    "fee_over_a_thousand_billion": [entry(fees=[{"name": "Lệ phí", "amount_vnd": 10**12 + 1}])],
    "fees_adding_up_past_the_bound": [entry(fees=[{"name": f"Phí {n}", "amount_vnd": 10**12} for n in range(3)])],
    "fee_negative": [entry(fees=[{"name": "Lệ phí", "amount_vnd": -1}])],
    "fee_text": [entry(fees=[{"name": "Lệ phí", "amount_vnd": "15000"}])],
    "fee_fraction": [entry(fees=[{"name": "Lệ phí", "amount_vnd": 1500.5}])],
    "fee_bool": [entry(fees=[{"name": "Lệ phí", "amount_vnd": True}])],
    "fee_without_name": [entry(fees=[{"amount_vnd": 1000}])],
    "too_many_fees": [entry(fees=[{"name": f"Phí {n}", "amount_vnd": 1} for n in range(51)])],
    "name_too_long": [entry(name="Thủ tục " + "rất dài " * 300)],
    "field_too_long": [entry(field="Hộ tịch " * 40)],
    "note_too_long": [entry(processing_note="Ghi chú " * 300)],
    "code_with_space": [entry(code="1.001 193")],
    "code_with_letters_of_another_script": [entry(code="1.00119３")],
    "code_too_long": [entry(code="1." + "0" * 40)],
    "code_number": [entry(code=1.001193)],
    "name_with_nul": [entry(name="Thủ tục\x00 khai sinh")],
    "name_with_lone_surrogate": [entry(name="Thủ tục \ud800")],
    "processing_days_huge": [entry(processing_days=10**9)],
    "processing_days_nan_text": [entry(processing_days="NaN")],
    "copies_huge": [entry(documents=[{"name": "Tờ khai", "kind": "original", "copies": 10**6}])],
    "too_many_documents": [entry(documents=[{"name": f"Giấy {n}", "kind": "copy", "copies": 1} for n in range(101)])],
    "document_name_too_long": [entry(documents=[{"name": "Giấy " * 500, "kind": "copy", "copies": 1}])],
    "cutoff_out_of_day": [entry(cutoff="25:00")],
}

HOSTILE_BYTES = {
    "utf16": json.dumps([GOOD], ensure_ascii=False).encode("utf-16"),
    "latin1": json.dumps([GOOD], ensure_ascii=False).encode("utf-8").replace("ủ".encode(), b"\xfa"),
    "cut_short": json.dumps([GOOD], ensure_ascii=False).encode("utf-8")[:-10],
    "not_json_at_all": b"<html><body>Danh muc</body></html>",
    "empty_file": b"",
    "nan_literal": b'[{"code": "1.001193", "name": "x", "processing_days": NaN}]',
    "trailing_garbage": json.dumps([GOOD]).encode() + b"\n]",
}


def catalogue_rows(desk) -> list[tuple]:
    with desk.database.read() as connection:
        return [tuple(row) for row in connection.execute("SELECT * FROM procedures ORDER BY code")] + \
            [tuple(row) for row in connection.execute("SELECT * FROM procedure_documents ORDER BY procedure_code, position")]


@pytest.mark.parametrize("name", [*HOSTILE_JSON, *HOSTILE_BYTES])
def test_a_hostile_catalogue_file_is_refused_and_changes_nothing(desk, tmp_path, name):
    path = tmp_path / f"{name}.json"
    if name in HOSTILE_BYTES:
        path.write_bytes(HOSTILE_BYTES[name])
    else:
        path.write_text(json.dumps(HOSTILE_JSON[name], ensure_ascii=False), encoding="utf-8", errors="surrogatepass")
    before = catalogue_rows(desk)
    searched = [p.code for p in desk.catalogue.search("khai sinh")]
    with pytest.raises(DomainError) as refused:
        desk.catalogue.import_file(path)
    message = str(refused.value)
    assert message and "mã lỗi" not in message
    assert any(word in message for word in ("Thủ tục thứ", "dòng", "Tệp")), message
    assert catalogue_rows(desk) == before
    assert [p.code for p in desk.catalogue.search("khai sinh")] == searched


def test_a_file_saved_with_a_byte_order_mark_is_read(desk, tmp_path):
    """Notepad on Windows writes UTF-8 with a BOM; that is still the catalogue the officer meant."""
    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps([GOOD], ensure_ascii=False).encode("utf-8"))
    desk.catalogue.import_file(path)
    assert [p.code for p in desk.catalogue.all()] == ["1.001193"]


def test_a_broken_line_is_named(desk, tmp_path):
    path = tmp_path / "broken.json"
    path.write_text('[\n  {"code": "1.001193",\n   "name": "Khai sinh"\n   "processing_days": 0}\n]', encoding="utf-8")
    with pytest.raises(DomainError) as refused:
        desk.catalogue.import_file(path)
    assert "dòng 4" in str(refused.value)


def test_a_wrong_encoding_is_named_with_its_line(desk, tmp_path):
    path = tmp_path / "latin1.json"
    path.write_bytes(b'[\n {"code": "1.001193",\n  "name": "Th\xfa t\xfac"}\n]')
    with pytest.raises(DomainError) as refused:
        desk.catalogue.import_file(path)
    assert "dòng 3" in str(refused.value) and "UTF-8" in str(refused.value)
