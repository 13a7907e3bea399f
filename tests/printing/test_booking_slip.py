"""The appointment slip (phiếu hẹn) as the citizen takes it away: on A5 and on the 80 mm roll, read
back as a person reads it and as the desk's scanner reads its codes, the same bytes at every
reprint, and refused for a number no booking has."""

from __future__ import annotations

import json
import tomllib
import uuid
from dataclasses import replace
from datetime import datetime
from io import BytesIO

import pytest
from intake_support import APPLICANT, DESK_SETTINGS
from pdf_reading import assert_in_order, decoded, pdf_text
from pypdf import PdfReader
from reportlab.lib.units import mm

from desk_app.cli import main
from desk_app.clock import LOCAL_TZ
from desk_app.domain.errors import DomainError, ValidationFailed
from desk_app.printing.booking_slip import SlipPaper
from desk_app.services.form_wording import load_wording
from desk_app.services.forms import FormsService
from desk_app.settings import FORM_PAPERS, PRINTED_FORMS, parse_settings
from desk_app.store import appointments_repo
from desk_app.store.appointments_repo import AppointmentRecord

NUMBER = "LH26-000123"
SLOT = datetime(2026, 12, 7, 8, 30, tzinfo=LOCAL_TZ)
DOSSIER = "000.00.12.H12-261123-0042"
AGENCY = "Trung tâm Phục vụ hành chính công xã Đông Hưng"


def book(desk, number: str = NUMBER, purpose: str = "submit", dossier_code: str | None = None) -> None:
    """A booking as the sync or the booking screen leaves it in the database."""
    procedure = desk.catalogue.get("1.001193")
    record = AppointmentRecord(
        id=str(uuid.uuid4()), agency_code="000.00.12.H12", procedure_code=procedure.code,
        procedure_name=procedure.name, starts_at=SLOT, minutes=15, applicant_name=APPLICANT["full_name"],
        applicant_phone=APPLICANT["phone"], applicant_id_number=APPLICANT["id_number"], applicant_email="",
        note="", channel="desk", status="booked", updated_at=desk.clock(), number=number, field=procedure.field,
        purpose=purpose, dossier_code=dossier_code)
    with desk.database.write() as connection:
        appointments_repo.insert(connection, record)


@pytest.fixture
def slips(desk) -> FormsService:
    """The desk's forms, told who the desk is: the slip's header comes from the desk's profile."""
    return FormsService(desk.database, lambda: desk.settings.printing, lambda: load_wording(desk.data_dir),
                        profile=lambda: desk.settings.profile)


def choose_paper(desk, paper: str) -> None:
    desk.preferences.save(replace(desk.preferences.current(), slip_paper=paper))


def page_size(pdf: bytes) -> tuple[float, float]:
    (page,) = PdfReader(BytesIO(pdf)).pages
    return float(page.mediabox.width), float(page.mediabox.height)


def flat(pdf: bytes) -> str:
    return " ".join(pdf_text(pdf).split())


def test_an_a5_slip_says_when_where_and_what_to_bring(desk, slips):
    book(desk)
    rendered = slips.render_booking_slip(NUMBER)
    assert (rendered.file_name, rendered.paper, rendered.printer) == (f"{NUMBER}_phieu-hen.pdf", "a5", "")
    assert page_size(rendered.pdf) == pytest.approx((148 * mm, 210 * mm), abs=0.5)
    assert_in_order(flat(rendered.pdf), [
        "ỦY BAN NHÂN DÂN TỈNH HƯNG YÊN", AGENCY.upper(), "BỘ PHẬN TIẾP NHẬN VÀ TRẢ KẾT QUẢ",
        f"Địa điểm: Bộ phận Một cửa - {AGENCY}", "PHIẾU HẸN", NUMBER,
        "Thời gian: 08:30 – 08:45, thứ Hai, 07/12/2026",
        "Thủ tục: Thủ tục đăng ký khai sinh (mã thủ tục 1.001193)", "Nội dung hẹn: Nộp hồ sơ",
        f"Người đặt hẹn: {APPLICANT['full_name']}", f"Số điện thoại: {APPLICANT['phone']}",
        "Khi đến, Ông/Bà mang theo:", "1. Tờ khai đăng ký khai sinh theo mẫu (Bản chính, 1 bản)",
        "2. Một trong các giấy tờ sau: Giấy chứng sinh (Bản chính, 1 bản); Văn bản của người làm chứng",
        "4. Văn bản ủy quyền theo quy định (Bản chính, 1 bản) — Trường hợp ủy quyền thực hiện",
        "5. Hộ chiếu, thẻ căn cước", f"Số lịch hẹn: {NUMBER}", "vui lòng đến trước giờ hẹn 10 phút",
    ])


def test_an_80_mm_slip_is_a_roll_as_long_as_its_content(desk, slips):
    book(desk)
    choose_paper(desk, "80mm")
    rendered = slips.render_booking_slip(NUMBER)
    assert rendered.paper == "80mm"
    width, height = page_size(rendered.pdf)
    assert width == pytest.approx(80 * mm, abs=0.5) and 120 * mm < height < 297 * mm
    assert_in_order(flat(rendered.pdf), [AGENCY.upper(), "PHIẾU HẸN", NUMBER, "thứ Hai, 07/12/2026",
                                          APPLICANT["full_name"], "Giấy chứng sinh", f"Số lịch hẹn: {NUMBER}"])


@pytest.mark.parametrize("paper", ["a5", "80mm"])
def test_both_codes_read_back_as_the_booking_number(desk, slips, paper, qapp):
    book(desk)
    choose_paper(desk, paper)
    found = decoded(slips.render_booking_slip(NUMBER).pdf)
    assert (found["Code128"], found["QRCode"]) == ([NUMBER], [NUMBER])


def test_a_reprint_is_the_same_document(desk, slips, at_monday_morning):
    book(desk)
    first = slips.render_booking_slip(NUMBER).pdf
    at_monday_morning.shift(3600 * 24 * 3)
    again = FormsService(desk.database, lambda: desk.settings.printing, profile=lambda: desk.settings.profile)
    assert again.render_booking_slip(f" {NUMBER.lower()} ").pdf == first


def test_a_collection_slip_names_the_dossier_and_asks_for_the_receipt_and_id(desk, slips):
    book(desk, purpose="collect", dossier_code=DOSSIER)
    text = flat(slips.render_booking_slip(NUMBER).pdf)
    assert_in_order(text, [f"Nội dung hẹn: Nhận kết quả của hồ sơ {DOSSIER}", "Khi đến, Ông/Bà mang theo:",
                           "1. Giấy tiếp nhận hồ sơ và hẹn trả kết quả", "2. Thẻ căn cước",
                           "3. Người khác đến nhận thay: văn bản ủy quyền"])
    assert "Tờ khai đăng ký khai sinh" not in text


def test_a_province_rewords_the_slip_and_a_broken_correction_is_refused(desk, slips):
    book(desk)
    folder = desk.data_dir / "forms"
    folder.mkdir()
    wording = folder / "wording.json"
    wording.write_text(json.dumps({"booking_slip": {"advice": "Xin đến đúng giờ và mang theo phiếu này."}},
                                  ensure_ascii=False), encoding="utf-8")
    assert "Xin đến đúng giờ và mang theo phiếu này." in flat(slips.render_booking_slip(NUMBER).pdf)
    for broken in ({"booking_slip": {"collect": "{purpose} của hồ sơ {ma_ho_so}"}},
                   {"booking_slip": {"advise": "Xin đến đúng giờ."}}):
        wording.write_text(json.dumps(broken, ensure_ascii=False), encoding="utf-8")
        with pytest.raises(DomainError) as refused:
            slips.render_booking_slip(NUMBER)
        assert refused.value.code == "forms.wording_invalid" and "booking_slip." in str(refused.value)


def test_the_command_line_writes_the_slip_and_refuses_an_unknown_number(desk, tmp_path, capsys):
    book(desk)
    out = tmp_path / "out"
    out.mkdir()
    assert main(["--data-dir", str(desk.data_dir), "appointment", "print", NUMBER, "--out", str(out)]) == 0
    (made,) = out.iterdir()
    assert made.name == f"{NUMBER}_phieu-hen.pdf" and NUMBER in pdf_text(made.read_bytes())
    assert capsys.readouterr().out.strip() == str(made)
    made.unlink()
    for unknown in ("LH26-000999", "khong-co-so"):
        target = out / "slip.pdf"
        assert main(["--data-dir", str(desk.data_dir), "appointment", "print", unknown, "--out", str(target)]) == 2
        assert f"Không có lịch hẹn số {unknown}." in capsys.readouterr().err
        assert not list(out.iterdir())


def test_the_slip_has_its_printer_and_paper_in_the_settings_and_old_files_keep_loading(desk, slips):
    assert FORM_PAPERS["booking_slip"] == tuple(paper.value for paper in SlipPaper)
    assert "booking_slip" in PRINTED_FORMS
    old = parse_settings(tomllib.loads(DESK_SETTINGS + '[printing]\nreceipt_paper = "thermal80"\n'), environ={})
    assert (old.printing.slip_paper, old.printing.printer_for("booking_slip")) == ("a5", "")
    book(desk)
    desk.preferences.save(replace(desk.preferences.current(), booking_slip_printer="XP-80C", slip_paper="80mm"))
    assert tomllib.loads(desk.settings_file.read_text(encoding="utf-8"))["printing"] == {
        "booking_slip_printer": "XP-80C", "slip_paper": "80mm"}
    rendered = slips.render_booking_slip(NUMBER)
    assert (rendered.printer, rendered.paper) == ("XP-80C", "80mm")


def test_a_paper_the_slip_has_no_layout_for_is_refused_by_name(desk):
    with pytest.raises(ValidationFailed) as failed:
        parse_settings(tomllib.loads(DESK_SETTINGS + '[printing]\nslip_paper = "a4"\n'), environ={})
    (error,) = failed.value.errors
    assert error.field == "printing.slip_paper"
    assert str(error) == ("Khổ giấy phiếu hẹn “a4” không hợp lệ; chỉ chọn một trong: a5, 80mm (a5: tờ A5, 80mm: "
                          "cuộn giấy in nhiệt 80 mm).")
    before = desk.settings_file.read_bytes()
    with pytest.raises(ValidationFailed):
        desk.preferences.save(replace(desk.preferences.current(), slip_paper="a4"))
    assert desk.settings_file.read_bytes() == before
