"""The lines every one-stop form of the sample sheet opens with, in print order."""

CODE = "000.00.12.H12-261122-0001"
AGENCY_LINES = [
    "ỦY BAN NHÂN DÂN TỈNH HƯNG YÊN",
    "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG XÃ ĐÔNG HƯNG",
    "BỘ PHẬN TIẾP NHẬN VÀ TRẢ KẾT QUẢ",
]
NATIONAL_LINES = [
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
]
APPLICANT_LINES = [
    "Bộ phận tiếp nhận và trả kết quả: Trung tâm Phục vụ hành chính công xã Đông Hưng",
    "Tiếp nhận hồ sơ của: Nguyễn Thị Thu Hằng",
    "Số định danh cá nhân: 034186012345",
    "Địa chỉ: Thôn Phú Lương, xã Đông Hưng, tỉnh Hưng Yên",
    "Số điện thoại: 0912 345 678 Email: thuhang.nguyen@example.vn",
]


def form_head(title: str) -> list[str]:
    """Agency block, national header, place and date, title and code."""
    return AGENCY_LINES + NATIONAL_LINES + ["Đông Hưng, ngày 22 tháng 11 năm 2026", title, f"Mã hồ sơ: {CODE}"]
