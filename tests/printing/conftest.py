"""Fixtures for the printed forms: a realistic dossier, the text of a PDF, its pages as images."""

from __future__ import annotations

import os
import unicodedata
from collections.abc import Callable
from datetime import datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from desk_app.printing.model import AgencyHeader, DossierSheet, PrintedDocument  # noqa: E402

VIETNAM = ZoneInfo("Asia/Ho_Chi_Minh")
CODE = "000.00.12.H12-261122-0001"
LOOKUP_URL = "https://dichvucong.hungyen.gov.vn/tra-cuu-ho-so"


def _sample(**changes: object) -> DossierSheet:
    fields: dict[str, object] = {
        "code": CODE,
        "header": AgencyHeader(
            parent_agency_name="ỦY BAN NHÂN DÂN TỈNH HƯNG YÊN",
            agency_name="Trung tâm Phục vụ hành chính công xã Đông Hưng",
            place_name="Đông Hưng",
        ),
        "applicant_name": "Nguyễn Thị Thu Hằng",
        "applicant_id_number": "034186012345",
        "applicant_address": "Thôn Phú Lương, xã Đông Hưng, tỉnh Hưng Yên",
        "applicant_phone": "0912 345 678",
        "applicant_email": "thuhang.nguyen@example.vn",
        "procedure_code": "1.001193",
        "procedure_name": "Thủ tục đăng ký khai sinh",
        "documents_received": (
            PrintedDocument("Tờ khai đăng ký khai sinh theo mẫu", "Bản chính", 1),
            PrintedDocument("Giấy chứng sinh", "Bản chính", 1),
            PrintedDocument("Giấy chứng nhận kết hôn của cha, mẹ trẻ em", "Bản sao có chứng thực", 1),
        ),
        "documents_missing": (),
        "documents_shown": (),
        "originals_returned": (),
        "sets": 1,
        "processing_days": Decimal("0.5"),
        "fee_total_vnd": 15000,
        "received_at": datetime(2026, 11, 22, 8, 5, tzinfo=VIETNAM),
        "due_at": datetime(2026, 11, 22, 16, 30, tzinfo=VIETNAM),
        "return_method": "desk",
        "return_place": "Bộ phận Một cửa — Trung tâm Phục vụ hành chính công xã Đông Hưng",
        "book_number": "01/2026",
        "book_entry": 1542,
        "officer_name": "Trần Văn Bình",
        "officer_title": "Công chức Tư pháp - Hộ tịch",
        "lookup_url": LOOKUP_URL,
        "note": "Mang theo giấy tờ tùy thân khi đến nhận kết quả.",
        "supplement_reason": "",
        "refusal_reason": "",
    }
    fields.update(changes)
    return DossierSheet(**fields)  # type: ignore[arg-type]


@pytest.fixture
def make_sheet() -> Callable[..., DossierSheet]:
    """The birth registration of Nguyễn Thị Thu Hằng's child at Đông Hưng, with any field changed."""
    return _sample


def flat(text: str) -> str:
    """NFC text with every run of whitespace made one space: wrapped lines read as one line."""
    return " ".join(unicodedata.normalize("NFC", text).split())


@pytest.fixture
def page_texts() -> Callable[[bytes], list[str]]:
    """The text of each page of a PDF, as pypdf extracts it, flattened."""
    from io import BytesIO

    from pypdf import PdfReader

    def extract(pdf: bytes) -> list[str]:
        return [flat(page.extract_text()) for page in PdfReader(BytesIO(pdf)).pages]

    return extract


@pytest.fixture
def rasterise(qapp: object) -> Callable[[bytes, float], list[object]]:
    """Each page of a PDF rendered by QtPdf at `dpi` on white paper, as a Grayscale8 QImage."""
    from pdf_reading import page_count, render_page

    def render(pdf: bytes, dpi: float) -> list[object]:
        return [render_page(pdf, index, dpi) for index in range(page_count(pdf))]

    return render
