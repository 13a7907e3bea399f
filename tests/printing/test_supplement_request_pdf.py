"""Mẫu 02, the request to complete a dossier: every missing paper, the reason, whom to ask."""

from __future__ import annotations


from form_lines import APPLICANT_LINES, CODE, form_head
from pdf_reading import assert_in_order

from desk_app.printing import PrintedDocument, render_supplement_request
from desk_app.printing.model import MissingPapers

MISSING = (
    MissingPapers((PrintedDocument("Giấy chứng sinh do cơ sở y tế nơi trẻ em sinh ra cấp", "Bản chính", 1),)),
    MissingPapers((PrintedDocument("Văn bản ủy quyền được chứng thực theo quy định của pháp luật", "Bản chính", 1),),
                  "Trường hợp ủy quyền thực hiện"),
    MissingPapers((PrintedDocument("Giấy chứng nhận kết hôn", "Bản sao", 1),
                   PrintedDocument("Xác nhận tình trạng hôn nhân", "Bản chính", 1))),
)
REASON = "Hồ sơ chưa có Giấy chứng sinh; người đi đăng ký không phải là cha, mẹ của trẻ nên cần văn bản ủy quyền."


def test_request_lists_what_is_missing_and_why(make_sheet, page_texts):
    sheet = make_sheet(
        due_at=None,
        documents_received=(PrintedDocument("Tờ khai đăng ký khai sinh theo mẫu", "Bản chính", 1),),
        documents_missing=MISSING,
        supplement_reason=REASON,
    )
    pages = page_texts(render_supplement_request(sheet))

    assert len(pages) == 1
    assert_in_order(
        pages[0],
        form_head("PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ") + APPLICANT_LINES + [
            "Nội dung yêu cầu giải quyết: Thủ tục đăng ký khai sinh (mã thủ tục 1.001193)",
            "Thành phần hồ sơ đã nộp:",
            "1. Tờ khai đăng ký khai sinh theo mẫu (Bản chính, 1 bản)",
            "Yêu cầu hoàn thiện hồ sơ gồm những nội dung sau:",
            "1. Giấy chứng sinh do cơ sở y tế nơi trẻ em sinh ra cấp (Bản chính, 1 bản)",
            "2. Văn bản ủy quyền được chứng thực theo quy định của pháp luật (Bản chính, 1 bản) — "
            "Trường hợp ủy quyền thực hiện",
            "3. Một trong các giấy tờ sau: Giấy chứng nhận kết hôn (Bản sao, 1 bản); "
            "Xác nhận tình trạng hôn nhân (Bản chính, 1 bản)",
            f"Lý do: {REASON}",
            "Trong quá trình hoàn thiện hồ sơ nếu có vướng mắc, Ông/Bà liên hệ với Trần Văn Bình "
            "(Công chức Tư pháp - Hộ tịch), Bộ phận tiếp nhận và trả kết quả - "
            "Trung tâm Phục vụ hành chính công xã Đông Hưng để được hướng dẫn./.",
            "NGƯỜI HƯỚNG DẪN (Ký và ghi rõ họ tên) Trần Văn Bình",
        ],
    )


def test_a_long_request_continues_on_a_numbered_page(make_sheet, page_texts):
    missing = tuple(
        MissingPapers((PrintedDocument(f"Giấy tờ còn thiếu thứ {number} theo quy định của thủ tục",
                                       "Bản sao có chứng thực", 1),))
        for number in range(1, 41)
    )
    pages = page_texts(render_supplement_request(make_sheet(due_at=None, documents_missing=missing)))

    assert len(pages) >= 2
    assert pages[1].startswith(f"Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ - Mã hồ sơ: {CODE} (tiếp theo)")
    assert f"Trang 1/{len(pages)}" in pages[0]
    assert_in_order(" ".join(pages), [f"{number}. Giấy tờ còn thiếu thứ {number} " for number in range(1, 41)])
    assert "NGƯỜI HƯỚNG DẪN" in pages[-1]


def test_same_request_gives_the_same_bytes(make_sheet):
    sheet = make_sheet(due_at=None, documents_missing=MISSING, supplement_reason=REASON)

    assert render_supplement_request(sheet) == render_supplement_request(sheet)
