"""The forms after intake, as the officer prints them from the command line: Mẫu 04 to 06, the
hand-over record, the postal label and the tracking book (Mẫu 07) as PDF and .xlsx. A form the
dossier's life does not allow yet is refused with a message, an exit status not 0 and no file."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from intake_support import APPLICANT, back_office_moves, request_for, working_day_after
from pdf_reading import assert_in_order, decoded, pdf_text

from desk_app.cli import main


@pytest.fixture
def returned(desk):
    code = desk.intake.submit(request_for(desk)).code
    back_office_moves(desk, code, "in_progress", "result_ready")
    desk.returns.hand_over(code, id_number="001095000123", name="Đỗ Đức Đạt", by_proxy=True,
                           authorisation="Giấy ủy quyền số 12/UQ", fees_collected_vnd=8000,
                           originals_returned=["Giấy chứng sinh"])
    return code


@pytest.fixture
def out(tmp_path):
    """Where the forms go: a folder of their own, beside the desk's data folder."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def cli(desk, *args: str) -> int:
    return main(["--data-dir", str(desk.data_dir), *args])


def test_an_apology_is_refused_before_the_extension_and_printed_after(desk, out, capsys):
    code = desk.intake.submit(request_for(desk)).code
    target = out / "mau04.pdf"
    assert cli(desk, "dossier", "print", code, "--form", "04", "--out", str(target)) == 2
    assert "chưa được gia hạn" in capsys.readouterr().err
    assert not target.exists() and not list(out.iterdir())
    first_due = desk.lookup.get(code).due_at
    new_day = working_day_after(desk, first_due.date(), 7)
    desk.returns.extend(code, new_day, "Cần lấy ý kiến của cơ quan thuế")
    assert cli(desk, "dossier", "print", code, "--form", "04", "--out", str(target)) == 0
    text = pdf_text(target.read_bytes())
    assert_in_order(text, ["VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT", code,
                           f"Kính gửi: Ông/Bà {APPLICANT['full_name']}", f"{first_due:%d/%m/%Y}",
                           "Cần lấy ý kiến của cơ quan thuế",
                           f"{new_day:%d/%m/%Y}", "THỦ TRƯỞNG CƠ QUAN"])


def test_the_hand_over_record_names_the_proxy_and_the_originals(desk, returned, out):
    assert cli(desk, "dossier", "print", returned, "--form", "handover", "--out", str(out)) == 0
    (made,) = out.iterdir()
    assert returned in made.name
    assert_in_order(pdf_text(made.read_bytes()), [
        "PHIẾU BÀN GIAO KẾT QUẢ GIẢI QUYẾT HỒ SƠ", "Người nhận kết quả: Đỗ Đức Đạt", "001095000123",
        "Giấy ủy quyền số 12/UQ", "8.000", "Giấy chứng sinh", "NGƯỜI NHẬN KẾT QUẢ", "NGƯỜI TRẢ KẾT QUẢ"])


def test_the_control_slip_lists_each_hand_over_with_its_timeliness(desk, returned, out):
    target = out / "mau06.pdf"
    assert cli(desk, "dossier", "print", returned, "--form", "06", "--out", str(target)) == 0
    assert_in_order(pdf_text(target.read_bytes()), [
        "PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ", "TÊN CƠ QUAN, BỘ PHẬN", "Trần Văn Bình", "Đúng hạn",
        "Đỗ Đức Đạt"])


def test_a_stop_notice_only_for_a_stopped_dossier(desk, out, capsys):
    code = desk.intake.submit(request_for(desk)).code
    target = out / "mau05.pdf"
    assert cli(desk, "dossier", "print", code, "--form", "05", "--out", str(target)) == 2
    assert not target.exists()
    from desk_app.sync import wire
    from desk_app.sync.feed import apply_page

    with desk.database.write() as connection:
        apply_page(connection, [wire.FeedEntry(kind="dossier.status", key=code, data={
            "code": code, "status_from": "received", "status_to": "stopped",
            "at": desk.clock().isoformat(), "officer": "Bộ phận giải quyết",
            "reason": "Người nộp đề nghị dừng giải quyết bằng văn bản"})])
    assert cli(desk, "dossier", "print", code, "--form", "05", "--out", str(target)) == 0
    assert_in_order(pdf_text(target.read_bytes()), ["THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ", code,
                                                    "Người nộp đề nghị dừng giải quyết bằng văn bản"])


def test_the_postal_label_carries_the_address_and_a_code_the_scanner_reads(desk, out):
    code = desk.intake.submit(request_for(desk, return_method="post")).code
    assert cli(desk, "dossier", "print", code, "--form", "label", "--out", str(out)) == 0
    (made,) = out.iterdir()
    pdf = made.read_bytes()
    assert_in_order(pdf_text(pdf), ["Người nhận:", APPLICANT["full_name"].upper(), APPLICANT["address"], code])
    assert decoded(pdf)["Code128"] == [code]


def test_the_receipt_of_a_dossier_is_printed_by_its_number_and_another_intake_form_is_refused(desk, out):
    code = desk.intake.submit(request_for(desk)).code
    assert cli(desk, "dossier", "print", code, "--form", "01", "--out", str(out / "01.pdf")) == 0
    assert cli(desk, "dossier", "print", code, "--form", "03", "--out", str(out / "03.pdf")) == 2
    assert sorted(p.name for p in out.iterdir()) == ["01.pdf"]


def test_the_tracking_book_as_pdf_and_as_a_workbook_read_back(desk, returned, out, at_monday_morning):
    openpyxl = pytest.importorskip("openpyxl", reason="openpyxl is a test dependency")
    other = desk.intake.submit(request_for(desk, full_name="Lê Minh Châu", id_number="001095000333",
                                           birth_date="21/11/1995", sex="male",
                                           address='=HYPERLINK("http://x.example","Thôn Đoài")')).code
    day = desk.clock().date()
    pdf_file, book_file = out / "so.pdf", out / "so.xlsx"
    assert cli(desk, "book", "--from", f"{day}", "--to", f"{day}", "--out", str(pdf_file)) == 0
    assert cli(desk, "book", "--from", f"{day}", "--to", f"{day}", "--out", str(book_file)) == 0
    assert_in_order(pdf_text(pdf_file.read_bytes()), ["SỔ THEO DÕI HỒ SƠ", returned, "Đỗ Đức Đạt", other,
                                                      "Tổng số: 2 hồ sơ"])
    sheet = openpyxl.load_workbook(book_file).active
    rows = [[cell.value for cell in row] for row in sheet.iter_rows(min_row=4)]
    assert rows[0][:3] == ["STT", "Mã hồ sơ", "Tên thủ tục hành chính"]
    assert [row[1] for row in rows[1:3]] == [returned, other]
    assert rows[1][12] == "Đỗ Đức Đạt" and rows[2][12] is None
    address = sheet.cell(row=6, column=6)
    assert address.data_type == "s" and address.value.startswith('=HYPERLINK'), "a field is never a formula"
    later = day + timedelta(days=1)
    assert cli(desk, "book", "--from", f"{later}", "--to", f"{day}", "--out", str(out / "x.pdf")) == 2
    assert not (out / "x.pdf").exists()


def test_a_province_corrects_a_forms_wording_from_its_data_folder(desk, returned, out, capsys):
    folder = desk.data_dir / "forms"
    folder.mkdir()
    (folder / "wording.json").write_text(json.dumps(
        {"handover": {"title": "BIÊN BẢN GIAO NHẬN KẾT QUẢ"}}, ensure_ascii=False), encoding="utf-8")
    target = out / "bb.pdf"
    assert cli(desk, "dossier", "print", returned, "--form", "handover", "--out", str(target)) == 0
    assert "BIÊN BẢN GIAO NHẬN KẾT QUẢ" in pdf_text(target.read_bytes())
    for broken in ({"handover": {"titel": "X"}}, {"09": {}}, {"handover": {"title": "A\u0000B"}},
                   {"07": {"columns": ["STT"]}}, [1, 2], {"handover": {"intro": "Lúc {at}, {chu_ky}"}},
                   {"handover": {"intro": "Lúc {at"}}, {"04": {"to": "Kính gửi {applicant:>999999999}"}}):
        (folder / "wording.json").write_text(json.dumps(broken), encoding="utf-8")
        target.unlink(missing_ok=True)
        assert cli(desk, "dossier", "print", returned, "--form", "handover", "--out", str(target)) == 2
        assert "wording.json" in capsys.readouterr().err
        assert not target.exists()
