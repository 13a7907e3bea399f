"""Mẫu 03, Phiếu từ chối tiếp nhận giải quyết hồ sơ (Thông tư 03/2025/TT-VPCP, Phụ lục I).

A dossier the desk may not take is refused in writing, with the reason, which the applicant
may contest.
"""

from __future__ import annotations

from desk_app.printing.blocks import A4_SCALE, PARAGRAPH, Signature, a4_notice, signatures
from desk_app.printing.layout import plain, render
from desk_app.printing.model import DossierSheet
from desk_app.printing.wording import RECEIVER_SIGNS

TITLE = "PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ"
FORM = "Phiếu từ chối tiếp nhận giải quyết hồ sơ"
GROUNDS = (
    "Qua xem xét, Bộ phận tiếp nhận và trả kết quả thông báo không tiếp nhận, "
    "giải quyết hồ sơ này với lý do cụ thể như sau:"
)
CLOSING = "Xin thông báo cho Ông/Bà được biết và thực hiện./."


def render_refusal(sheet: DossierSheet) -> bytes:
    """The refusal to receive a dossier, on A4."""
    scale = A4_SCALE
    flow = a4_notice(sheet, TITLE, FORM)
    flow.gap(PARAGRAPH * scale.body)
    flow.keep(scale.body * 2.5)
    flow.text([plain(GROUNDS)], scale.body)
    flow.text([plain(sheet.refusal_reason)], scale.body, indent=scale.body)
    flow.gap(PARAGRAPH * scale.body)
    flow.text([plain(CLOSING)], scale.body)
    signatures(flow, (None, Signature(RECEIVER_SIGNS, sheet.officer_name)), scale)
    return render(flow.pages(), f"{FORM} {sheet.code}")
