"""Mẫu 01, Giấy tiếp nhận hồ sơ và hẹn trả kết quả (Thông tư 03/2025/TT-VPCP, Phụ lục I).

The receipt is what the citizen brings back: its barcode opens the dossier at the return
counter, its QR code opens it on the provincial portal. It prints on A4, one page per copy
(Liên), or on an 80 mm roll, one page as long as its content per copy.
"""

from __future__ import annotations

from enum import StrEnum

from reportlab.lib.units import mm

from desk_app.printing.blocks import (
    A4_SCALE,
    ROLL_SCALE,
    Scale,
    Signature,
    a4_form,
    agency_block,
    applicant_lines,
    code_line,
    date_line,
    document_items,
    label_width,
    labelled,
    national_block,
    running_line,
    signatures,
    title,
)
from desk_app.printing.codes import Symbol, code128, qr
from desk_app.printing.layout import ROLL_80, Align, Column, Flow, Page, bold, italic, plain, render
from desk_app.printing.model import DossierSheet
from desk_app.printing.wording import (
    APPLICANT_SIGNS,
    RECEIVER_SIGNS,
    due_time_and_date,
    fee_line,
    lookup_payload,
    names_line,
    slot_time,
    time_and_date,
    working_days,
)


class Paper(StrEnum):
    A4 = "a4"
    THERMAL_80 = "thermal80"


TITLE = "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ"
COPIES = {1: "Liên 1: Lưu tại Bộ phận Một cửa", 2: "Liên 2: Giao người nộp hồ sơ"}
RETURN_LINES = {
    "desk": "Đăng ký nhận kết quả tại: ",
    "post": "Đăng ký nhận kết quả qua dịch vụ bưu chính công ích tại địa chỉ: ",
}
QR_CAPTION = "Tra cứu hồ sơ"
SHOWN_LINE = "Giấy tờ xuất trình (đã đối chiếu, trả lại ngay): "
RETURNED_LINE = "Bản chính sẽ được trả lại cùng kết quả: "
PICKUP_LINE = "Đã hẹn giờ nhận kết quả: "

A4_MODULE = 0.36 * mm
ROLL_MODULE = 0.25 * mm
"""Two dots of a 203 dpi print head; the bars of a dossier code then span the roll's 72 mm."""

BAR_HEIGHT = 12 * mm
A4_QR_SIDE = 24 * mm
ROLL_QR_SIDE = 30 * mm


def render_receipt(sheet: DossierSheet, paper: Paper = Paper.A4, copies: tuple[int, ...] = (1, 2)) -> bytes:
    """The receipt as a PDF, copy 1 (kept at the desk) and copy 2 (handed to the applicant) by default.

    Raises ValueError for a sheet without a due time, an unknown return method or copy number.
    """
    if sheet.return_method not in RETURN_LINES:
        raise ValueError(f"unknown return method {sheet.return_method!r}")
    if not copies or any(copy not in COPIES for copy in copies):
        raise ValueError(f"copies must be 1 and/or 2, not {copies!r}")
    lay_out = _a4_copy if Paper(paper) is Paper.A4 else _roll_copy
    pages = [page for copy in copies for page in lay_out(sheet, COPIES[copy])]
    return render(pages, f"Giấy tiếp nhận hồ sơ và hẹn trả kết quả {sheet.code}")


def _a4_copy(sheet: DossierSheet, copy: str) -> list[Page]:
    scale = A4_SCALE
    flow = a4_form(sheet, TITLE, copy)
    _copy_line(flow, copy, scale)
    _a4_symbols(flow, sheet, scale)
    applicant_lines(flow, sheet, scale)
    _items(flow, sheet, scale)
    _signatures(flow, sheet, scale)
    return flow.pages()


def _roll_copy(sheet: DossierSheet, copy: str) -> list[Page]:
    scale = ROLL_SCALE
    flow = Flow(ROLL_80, running_line(sheet, copy), scale.small)
    national_block(flow, scale)
    flow.gap(scale.small)
    agency_block(flow, sheet.header, scale)
    flow.gap(scale.small * 0.5)
    date_line(flow, sheet.header.place_name, sheet.received_at, scale)
    title(flow, TITLE, scale)
    code_line(flow, sheet.code, scale)
    _copy_line(flow, copy, scale)
    barcode = flow.block()
    _barcode(barcode, sheet.code, ROLL_MODULE, scale)
    flow.place(barcode)
    flow.gap(scale.body * 0.5)
    applicant_lines(flow, sheet, scale)
    _items(flow, sheet, scale)
    flow.gap(scale.body * 0.5)
    code = flow.block()
    _qr(code, qr(lookup_payload(sheet.lookup_url, sheet.code), ROLL_QR_SIDE), scale)
    flow.place(code)
    _signatures(flow, sheet, scale)
    return flow.pages()


def _copy_line(flow: Flow, copy: str, scale: Scale) -> None:
    flow.text([italic(f"({copy})")], scale.body, align=Align.CENTER)
    flow.gap(scale.body * 0.5)


def _barcode(column: Column, code: str, module: float, scale: Scale) -> None:
    """Bars centred in the column. On the roll they span the printable width, and the blank page
    margins either side hold their quiet zones."""
    symbol = code128(code, module, BAR_HEIGHT)
    column.shape(column.x + (column.width - symbol.width) / 2, symbol.height, symbol.boxes)
    column.gap(1 * mm)
    column.text([plain(code)], scale.small, align=Align.CENTER)


def _qr(column: Column, symbol: Symbol, scale: Scale) -> None:
    column.shape(column.x + (column.width - symbol.width) / 2, symbol.height, symbol.boxes)
    column.text([italic(QR_CAPTION)], scale.small, align=Align.CENTER)


def _a4_symbols(flow: Flow, sheet: DossierSheet, scale: Scale) -> None:
    """The barcode with the QR code beside it at the right, both near the top where scanners look;
    the barcode is centred in what the QR code and its quiet zone leave."""
    code = qr(lookup_payload(sheet.lookup_url, sheet.code), A4_QR_SIDE)
    qr_column = flow.block(offset=flow.width - code.width)
    _qr(qr_column, code, scale)
    bar_column = flow.block(width=flow.width - code.width - code.quiet)
    bar_column.gap(max(0.0, (code.height - BAR_HEIGHT) / 2 - 2 * mm))
    _barcode(bar_column, sheet.code, A4_MODULE, scale)
    flow.place(bar_column, qr_column)
    flow.gap(scale.body * 0.5)


def _items(flow: Flow, sheet: DossierSheet, scale: Scale) -> None:
    """Items 1 to 6 of the form, then fees, the tracking-book entry and the officer's note."""
    if sheet.due_at is None:
        raise ValueError("a receipt needs the time the result is due")
    size = scale.body
    hang = label_width(["6."], size)
    documents = sheet.documents_received
    flow.keep(size * 2.5)
    flow.text([plain("Thành phần hồ sơ nộp gồm:")], size, label="1.", hang=hang)
    labels = [f"1.{number}" for number in range(1, len(documents) + 1)]
    document_items(flow, documents, labels, scale, indent=hang)
    if sheet.documents_shown:
        flow.text([plain(SHOWN_LINE), plain(names_line(sheet.documents_shown))], size, indent=hang)
    if sheet.originals_returned:
        flow.text([plain(RETURNED_LINE), plain(names_line(sheet.originals_returned))], size, indent=hang)
    flow.text([plain(f"Số lượng hồ sơ: {sheet.sets} (bộ)")], size, label="2.", hang=hang)
    processing = f"Thời gian giải quyết hồ sơ theo quy định là: {working_days(sheet.processing_days)}"
    flow.text([plain(processing)], size, label="3.", hang=hang)
    received = f"Thời gian nhận hồ sơ: {time_and_date(sheet.received_at)}"
    flow.text([plain(received)], size, label="4.", hang=hang)
    due = [plain("Thời gian trả kết quả giải quyết hồ sơ: "), bold(due_time_and_date(sheet.due_at))]
    flow.text(due, size, label="5.", hang=hang)
    place = [plain(RETURN_LINES[sheet.return_method] + sheet.return_place)]
    flow.text(place, size, label="6.", hang=hang)
    if sheet.pickup is not None:
        flow.text([plain(PICKUP_LINE), bold(slot_time(sheet.pickup.starts_at, sheet.pickup.ends_at)),
                   plain(f" (số lịch hẹn {sheet.pickup.number})")], size, indent=hang)
    flow.text([plain(fee_line(sheet.fee_total_vnd))], size)
    flow.text([plain(f"Vào Sổ theo dõi hồ sơ, Quyển số: {sheet.book_number}, Số thứ tự: {sheet.book_entry}")], size)
    if sheet.note:
        labelled(flow, "Ghi chú", sheet.note, scale)


def _signatures(flow: Flow, sheet: DossierSheet, scale: Scale) -> None:
    signatures(flow, (Signature(APPLICANT_SIGNS, ""), Signature(RECEIVER_SIGNS, sheet.officer_name)), scale)
