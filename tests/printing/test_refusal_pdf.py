"""Mẫu 03, the refusal to receive a dossier: the request and the reason it is refused."""

from __future__ import annotations


from form_lines import form_head
from pdf_reading import assert_in_order

from desk_app.printing import AgencyHeader, render_refusal

REASON = (
    "Yêu cầu cấp giấy phép xây dựng nhà ở riêng lẻ không thuộc thẩm quyền giải quyết của "
    "Ủy ban nhân dân xã Đông Hưng; đề nghị Ông/Bà liên hệ Sở Xây dựng tỉnh Hưng Yên."
)


def test_refusal_states_the_request_and_the_reason(make_sheet, page_texts):
    sheet = make_sheet(
        due_at=None,
        procedure_name="Thủ tục cấp giấy phép xây dựng nhà ở riêng lẻ",
        procedure_code="1.009994",
        refusal_reason=REASON,
    )
    pages = page_texts(render_refusal(sheet))

    assert len(pages) == 1
    assert_in_order(pages[0], form_head("PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ") + [
        "Tiếp nhận hồ sơ của: Nguyễn Thị Thu Hằng",
        "Địa chỉ: Thôn Phú Lương, xã Đông Hưng, tỉnh Hưng Yên",
        "Nội dung yêu cầu giải quyết: Thủ tục cấp giấy phép xây dựng nhà ở riêng lẻ (mã thủ tục 1.009994)",
        "Qua xem xét, Bộ phận tiếp nhận và trả kết quả thông báo không tiếp nhận, "
        "giải quyết hồ sơ này với lý do cụ thể như sau:",
        REASON,
        "Xin thông báo cho Ông/Bà được biết và thực hiện./.",
        "NGƯỜI TIẾP NHẬN HỒ SƠ (Ký và ghi rõ họ tên) Trần Văn Bình",
    ])


def test_refusal_without_parent_agency_or_contact_details(make_sheet, page_texts):
    sheet = make_sheet(
        header=AgencyHeader("", "UBND xã Đông Hưng", "Đông Hưng"),
        applicant_phone="",
        applicant_email="",
        refusal_reason=REASON,
    )
    text = page_texts(render_refusal(sheet))[0]

    assert text.startswith("UBND XÃ ĐÔNG HƯNG BỘ PHẬN TIẾP NHẬN VÀ TRẢ KẾT QUẢ")
    assert "Số điện thoại" not in text and "Email" not in text
