"""Mẫu 02, Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (Thông tư 03/2025/TT-VPCP, Phụ lục I).

The law asks the desk to say once, in writing, everything an incomplete dossier lacks; this
sheet is that writing, so it lists every missing paper, the reason, and whom to ask.
"""

from __future__ import annotations

from collections.abc import Sequence

from desk_app.printing.blocks import (
    A4_SCALE,
    PARAGRAPH,
    Signature,
    a4_notice,
    labelled,
    numbered_lines,
    signatures,
)
from desk_app.printing.layout import Flow, plain, render
from desk_app.printing.model import DossierSheet
from desk_app.printing.wording import document_line, missing_line

TITLE = "PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ"
FORM = "Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ"
GUIDE_SIGNS = "NGƯỜI HƯỚNG DẪN"


def render_supplement_request(sheet: DossierSheet) -> bytes:
    """The request to complete a dossier, on A4."""
    scale = A4_SCALE
    flow = a4_notice(sheet, TITLE, FORM)
    if sheet.documents_received:
        _numbered(flow, "Thành phần hồ sơ đã nộp:", [document_line(d) for d in sheet.documents_received])
    _numbered(flow, "Yêu cầu hoàn thiện hồ sơ gồm những nội dung sau:",
              [missing_line(missing) for missing in sheet.documents_missing])
    if sheet.supplement_reason:
        flow.gap(PARAGRAPH * scale.body)
        labelled(flow, "Lý do", sheet.supplement_reason, scale)
    flow.gap(PARAGRAPH * scale.body)
    flow.text([plain(_contact(sheet))], scale.body)
    signatures(flow, (None, Signature(GUIDE_SIGNS, sheet.officer_name)), scale)
    return render(flow.pages(), f"{FORM} {sheet.code}")


def _numbered(flow: Flow, heading: str, lines: Sequence[str]) -> None:
    scale = A4_SCALE
    flow.gap(PARAGRAPH * scale.body)
    flow.keep(scale.body * 2.5)
    flow.text([plain(heading)], scale.body)
    labels = [f"{number}." for number in range(1, len(lines) + 1)]
    numbered_lines(flow, lines, labels, scale, indent=scale.body)


def _contact(sheet: DossierSheet) -> str:
    officer = sheet.officer_name
    if sheet.officer_title:
        officer += f" ({sheet.officer_title})"
    return (
        "Trong quá trình hoàn thiện hồ sơ nếu có vướng mắc, Ông/Bà liên hệ với "
        f"{officer}, Bộ phận tiếp nhận và trả kết quả - {sheet.header.agency_name} để được hướng dẫn./."
    )
