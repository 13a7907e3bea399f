"""Mẫu 01, the receipt: what it says, that its codes scan, that long dossiers print whole."""

from __future__ import annotations

import subprocess
import sys
import unicodedata
from datetime import datetime, timezone
from decimal import Decimal
from io import BytesIO
from pathlib import Path

import pytest
import zxingcpp
from form_lines import APPLICANT_LINES, CODE, form_head
from pdf_reading import assert_in_order
from pypdf import PdfReader

from desk_app.printing import Paper, PrintedDocument, render_receipt
from desk_app.printing.receipt import A4_MODULE, ROLL_MODULE

QR_TEXT = f"https://dichvucong.hungyen.gov.vn/tra-cuu-ho-so?ma_ho_so={CODE}"
MM = 72 / 25.4

EXPECTED_A4 = form_head("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ") + APPLICANT_LINES + [
    "Nội dung yêu cầu giải quyết: Thủ tục đăng ký khai sinh (mã thủ tục 1.001193)",
    "1. Thành phần hồ sơ nộp gồm:",
    "1.1 Tờ khai đăng ký khai sinh theo mẫu (Bản chính, 1 bản)",
    "1.2 Giấy chứng sinh (Bản chính, 1 bản)",
    "1.3 Giấy chứng nhận kết hôn của cha, mẹ trẻ em (Bản sao có chứng thực, 1 bản)",
    "2. Số lượng hồ sơ: 1 (bộ)",
    "3. Thời gian giải quyết hồ sơ theo quy định là: 0,5 ngày làm việc",
    "4. Thời gian nhận hồ sơ: 08 giờ 05 phút, ngày 22/11/2026",
    "5. Thời gian trả kết quả giải quyết hồ sơ: 16 giờ 30 phút, Chủ nhật, ngày 22/11/2026",
    "6. Đăng ký nhận kết quả tại: Bộ phận Một cửa — Trung tâm Phục vụ hành chính công xã Đông Hưng",
    "Phí, lệ phí: 15.000 đồng",
    "Vào Sổ theo dõi hồ sơ, Quyển số: 01/2026, Số thứ tự: 1542",
    "Ghi chú: Mang theo giấy tờ tùy thân khi đến nhận kết quả.",
    "NGƯỜI NỘP HỒ SƠ (Ký và ghi rõ họ tên) NGƯỜI TIẾP NHẬN HỒ SƠ (Ký và ghi rõ họ tên) Trần Văn Bình",
]


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def _decode(image, kind) -> list[str]:
    return [result.text for result in zxingcpp.read_barcodes(image, formats=kind)]


def test_a4_receipt_prints_every_field_in_the_order_of_the_form(make_sheet, page_texts):
    pages = page_texts(render_receipt(make_sheet()))

    assert len(pages) == 2
    for page, copy in zip(pages, ("Liên 1: Lưu tại Bộ phận Một cửa", "Liên 2: Giao người nộp hồ sơ"), strict=True):
        assert_in_order(page, EXPECTED_A4[:8] + [copy] + EXPECTED_A4[8:])


def test_roll_receipt_prints_the_same_content(make_sheet, page_texts):
    pages = page_texts(render_receipt(make_sheet(), Paper.THERMAL_80))

    assert len(pages) == 2
    nation, agency = EXPECTED_A4[3:5], EXPECTED_A4[:3]
    assert_in_order(pages[0], nation + agency + EXPECTED_A4[5:8] + ["Liên 1: Lưu tại Bộ phận Một cửa"] + EXPECTED_A4[8:])
    assert "Liên 2: Giao người nộp hồ sơ" in pages[1]


def test_copies_picks_which_liên_to_print(make_sheet, page_texts):
    pages = page_texts(render_receipt(make_sheet(), copies=(2,)))

    assert len(pages) == 1
    assert "Liên 2: Giao người nộp hồ sơ" in pages[0]
    assert "Liên 1" not in pages[0]


@pytest.mark.parametrize("copies", [(), (3,), (1, 4)])
def test_unknown_copies_are_refused(make_sheet, copies):
    with pytest.raises(ValueError):
        render_receipt(make_sheet(), copies=copies)


def test_a_receipt_needs_a_due_time(make_sheet):
    with pytest.raises(ValueError):
        render_receipt(make_sheet(due_at=None))


def test_roll_page_is_80_mm_wide_and_as_tall_as_its_content(make_sheet):
    short = PdfReader(BytesIO(render_receipt(make_sheet(), Paper.THERMAL_80, copies=(1,)))).pages
    documents = tuple(PrintedDocument(f"Giấy tờ {number}", "Bản sao", 1) for number in range(10))
    longer = PdfReader(BytesIO(render_receipt(make_sheet(documents_received=documents), "thermal80", (1,)))).pages

    assert len(short) == len(longer) == 1
    assert float(short[0].mediabox.width) == pytest.approx(80 * MM)
    assert 150 * MM < float(short[0].mediabox.height) < float(longer[0].mediabox.height)


def test_fonts_are_the_shipped_liberation_serif_embedded(make_sheet):
    page = PdfReader(BytesIO(render_receipt(make_sheet()))).pages[0]
    fonts = {str(font.get_object()["/BaseFont"]) for font in page["/Resources"]["/Font"].values()}

    assert fonts
    assert all("LiberationSerif" in font for font in fonts)


@pytest.mark.parametrize(("paper", "dpi"), [(Paper.A4, 300), (Paper.THERMAL_80, 300), (Paper.THERMAL_80, 203)])
def test_barcode_and_qr_scan_back_to_the_dossier(make_sheet, rasterise, paper, dpi):
    images = rasterise(render_receipt(make_sheet(), paper), dpi)

    for image in images:
        assert _decode(image, zxingcpp.BarcodeFormat.Code128) == [CODE]
        assert _decode(image, zxingcpp.BarcodeFormat.QRCode) == [QR_TEXT]


def test_qr_carries_the_bare_code_without_a_lookup_address(make_sheet, rasterise):
    image = rasterise(render_receipt(make_sheet(lookup_url=""), copies=(2,)), 300)[0]

    assert _decode(image, zxingcpp.BarcodeFormat.QRCode) == [CODE]


def test_qr_joins_a_lookup_address_that_has_a_query(make_sheet, rasterise):
    image = rasterise(render_receipt(make_sheet(lookup_url="https://dvc.example.vn/tra-cuu?tinh=33"), copies=(2,)), 300)[0]

    assert _decode(image, zxingcpp.BarcodeFormat.QRCode) == [f"https://dvc.example.vn/tra-cuu?tinh=33&ma_ho_so={CODE}"]


@pytest.mark.parametrize(("paper", "module"), [(Paper.A4, A4_MODULE), (Paper.THERMAL_80, ROLL_MODULE)])
def test_barcode_modules_are_wide_enough_and_have_quiet_zones(make_sheet, rasterise, paper, module):
    dpi = 400
    image = rasterise(render_receipt(make_sheet(), paper, copies=(1,)), dpi)[0]
    bar = zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.Code128)[0].position
    module_px = module / 72 * dpi
    row = (bar.top_left.y + bar.bottom_left.y) // 2
    left, right = min(bar.top_left.x, bar.bottom_left.x), max(bar.top_right.x, bar.bottom_right.x)
    quiet = round(10 * module_px)

    assert module >= (0.33 if paper is Paper.A4 else 0.25) * MM
    assert (right - left) / module_px == pytest.approx(288, abs=2)
    assert left - quiet >= 0 and right + quiet < image.width()
    assert all(image.pixelColor(x, row).lightness() > 200 for x in range(left - quiet, left - 2))
    assert all(image.pixelColor(x, row).lightness() > 200 for x in range(right + 2, right + quiet))


def test_same_sheet_gives_the_same_bytes_even_in_another_process(make_sheet, tmp_path):
    first = render_receipt(make_sheet())
    assert render_receipt(make_sheet()) == first

    script = (
        "import sys; sys.path.insert(0, sys.argv[1]); from conftest import _sample; "
        "from desk_app.printing import render_receipt; sys.stdout.buffer.write(render_receipt(_sample()))"
    )
    here = str(Path(__file__).parent)
    other = subprocess.run([sys.executable, "-c", script, here], capture_output=True, check=True).stdout
    assert other == first


def test_times_print_in_viet_nam_whatever_the_zone_given(make_sheet, page_texts):
    sheet = make_sheet(
        received_at=datetime(2026, 1, 4, 23, 50, tzinfo=timezone.utc),
        due_at=datetime(2026, 1, 5, 9, 0, tzinfo=timezone.utc),
    )
    text = page_texts(render_receipt(sheet, copies=(1,)))[0]

    assert "Đông Hưng, ngày 05 tháng 01 năm 2026" in text
    assert "4. Thời gian nhận hồ sơ: 06 giờ 50 phút, ngày 05/01/2026" in text
    assert "5. Thời gian trả kết quả giải quyết hồ sơ: 16 giờ 00 phút, thứ Hai, ngày 05/01/2026" in text


def test_naive_times_are_refused(make_sheet):
    with pytest.raises(ValueError):
        render_receipt(make_sheet(received_at=datetime(2026, 1, 5, 8, 0)))


@pytest.mark.parametrize(
    ("days", "fee", "expected"),
    [
        (Decimal("0"), 0, ["quy định là: giải quyết ngay trong ngày", "Không thu phí, lệ phí"]),
        (Decimal("3.0"), 1_250_000, ["quy định là: 3 ngày làm việc", "Phí, lệ phí: 1.250.000 đồng"]),
        (Decimal("1.5"), 8000, ["quy định là: 1,5 ngày làm việc", "Phí, lệ phí: 8.000 đồng"]),
    ],
)
def test_days_and_fees_are_written_the_vietnamese_way(make_sheet, page_texts, days, fee, expected):
    text = page_texts(render_receipt(make_sheet(processing_days=days, fee_total_vnd=fee), copies=(1,)))[0]

    for line in expected:
        assert line in text


def test_return_by_post_names_the_postal_address(make_sheet, page_texts):
    sheet = make_sheet(return_method="post", return_place="Số 12 đường Lê Lợi, xã Đông Hưng, tỉnh Hưng Yên")
    text = page_texts(render_receipt(sheet, copies=(2,)))[0]

    assert (
        "6. Đăng ký nhận kết quả qua dịch vụ bưu chính công ích tại địa chỉ: "
        "Số 12 đường Lê Lợi, xã Đông Hưng, tỉnh Hưng Yên"
    ) in text


def test_unknown_return_method_is_refused(make_sheet):
    with pytest.raises(ValueError):
        render_receipt(make_sheet(return_method="drone"))


def test_decomposed_input_prints_composed(make_sheet, page_texts):
    name = unicodedata.normalize("NFD", "Nguyễn Thị Thu Hằng")
    text = page_texts(render_receipt(make_sheet(applicant_name=name), copies=(1,)))[0]

    assert "Tiếp nhận hồ sơ của: Nguyễn Thị Thu Hằng" in text


LONG_ADDRESS = (
    "Số nhà 128, ngõ 45, đường Nguyễn Văn Linh, khu dân cư số 3, thôn Phú Lương Thượng, "
    "xã Đông Hưng, tỉnh Hưng Yên (gần cổng Trường Trung học cơ sở Đông Hưng, đối diện chợ Phú Lương)"
)
LONG_PROCEDURE = (
    "Thủ tục đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi "
    "theo cơ chế liên thông các thủ tục hành chính trên môi trường điện tử"
)
LONG_DOCUMENT = (
    "Văn bản ủy quyền theo quy định của pháp luật trong trường hợp ủy quyền thực hiện thủ tục "
    "đăng ký khai sinh, được chứng thực theo quy định, trừ trường hợp người được ủy quyền là ông, bà, "
    "cha, mẹ, con, vợ, chồng, anh, chị, em ruột của người ủy quyền"
)
LONG_EMAIL = "nguyen.thi.thu.hang.phu.luong.thuong.dong.hung.hung.yen.2026@thu-dien-tu-rat-dai.example.vn"


@pytest.mark.parametrize("paper", [Paper.A4, Paper.THERMAL_80])
def test_long_text_wraps_inside_the_margins_and_loses_nothing(make_sheet, page_texts, rasterise, paper):
    documents = (PrintedDocument(LONG_DOCUMENT, "Bản sao có chứng thực", 2),)
    sheet = make_sheet(
        applicant_address=LONG_ADDRESS,
        applicant_email=LONG_EMAIL,
        procedure_name=LONG_PROCEDURE,
        documents_received=documents,
        note="Dòng thứ nhất của ghi chú.\nDòng thứ hai của ghi chú.",
    )
    pdf = render_receipt(sheet, paper, copies=(1,))
    text = "".join(page_texts(pdf)).replace(" ", "")

    for expected in (LONG_ADDRESS, LONG_PROCEDURE, LONG_DOCUMENT, LONG_EMAIL, "Dòng thứ hai của ghi chú."):
        assert _nfc(expected).replace(" ", "") in text
    left, right = (30, 15) if paper is Paper.A4 else (4, 4)
    _assert_blank_side_margins(rasterise(pdf, 50), left, right)


def _assert_blank_side_margins(images, left_mm, right_mm):
    """Nothing is printed in the side margins (half a millimetre of slack for anti-aliasing)."""
    dpi = 50
    for image in images:
        inner_left = int((left_mm - 0.5) * dpi / 25.4)
        inner_right = image.width() - int((right_mm - 0.5) * dpi / 25.4)
        columns = [*range(0, inner_left), *range(inner_right, image.width())]
        for y in range(image.height()):
            assert all(image.pixelColor(x, y).lightness() > 200 for x in columns), f"ink in the margin at row {y}"


def test_thirty_documents_continue_on_following_pages(make_sheet, page_texts, rasterise):
    documents = tuple(
        PrintedDocument(f"Giấy tờ thứ {number}: bản kê khai chi tiết tài sản và các giấy tờ kèm theo", "Bản sao", 1)
        for number in range(1, 31)
    )
    pdf = render_receipt(make_sheet(documents_received=documents))
    pages = page_texts(pdf)
    per_copy = len(pages) // 2

    assert per_copy >= 2 and len(pages) == 2 * per_copy
    for copy, label in enumerate(("Liên 1: Lưu tại Bộ phận Một cửa", "Liên 2: Giao người nộp hồ sơ")):
        own = pages[copy * per_copy:(copy + 1) * per_copy]
        assert f"({label})" in own[0]
        for number, page in enumerate(own, start=1):
            assert f"Trang {number}/{per_copy}" in page
        for page in own[1:]:
            assert page.startswith(f"{label} - Mã hồ sơ: {CODE} (tiếp theo)")
        text = " ".join(own)
        assert_in_order(text, [f"1.{n} Giấy tờ thứ {n}: bản kê khai" for n in range(1, 31)] + EXPECTED_A4[18:])
        assert "NGƯỜI TIẾP NHẬN HỒ SƠ" in own[-1]
    _assert_blank_side_margins(rasterise(pdf, 50), 30, 15)


def test_a_document_name_longer_than_a_page_flows_over_pages(make_sheet, page_texts, rasterise):
    name = " ".join(f"điều kiện thứ {number} của giấy tờ kèm theo hồ sơ đề nghị;" for number in range(1, 160))
    pdf = render_receipt(make_sheet(documents_received=(PrintedDocument(name, "Bản chính", 1),)), copies=(1,))
    pages = page_texts(pdf)

    running = f"Liên 1: Lưu tại Bộ phận Một cửa - Mã hồ sơ: {CODE} (tiếp theo)"
    body = "".join(
        page.removeprefix(running).removesuffix(f"Trang {number}/{len(pages)}")
        for number, page in enumerate(pages, start=1)
    )

    assert len(pages) >= 2
    assert _nfc(f"1.1 {name} (Bản chính, 1 bản)").replace(" ", "") in body.replace(" ", "")
    _assert_blank_side_margins(rasterise(pdf, 50), 30, 15)
