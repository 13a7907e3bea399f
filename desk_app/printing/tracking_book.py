"""Mẫu 07, Sổ theo dõi hồ sơ, as a PDF on A4 landscape: one ruled row a dossier, the columns of the
form, the heading row again on every page."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from desk_app.printing.blocks import A4_SCALE, agency_block, national_block
from desk_app.printing.layout import A4_LANDSCAPE, Align, Flow, bold, italic, plain, render
from desk_app.printing.model import TrackingBook
from desk_app.printing.table import Table
from desk_app.printing.wording import local_time

SHARES = (0.55, 2.75, 2.0, 0.8, 1.6, 1.8, 1.4, 1.1, 1.1, 1.1, 1.1, 1.1, 1.5, 1.0)
SIZE = 7.5


def book_time(moment: datetime | None) -> str:
    """A cell's time, short: "09:15 23/11/2026"."""
    return f"{local_time(moment):%H:%M %d/%m/%Y}" if moment else ""


def book_cells(number: int, row: Any) -> list[str]:
    """A row's cells in the form's order; the .xlsx book writes the same cells."""
    return [str(number), row.code, row.procedure_name, str(row.sets), row.applicant_name, row.address_and_phone,
            row.processing_agency, book_time(row.received_at), book_time(row.due_at), book_time(row.sent_at),
            book_time(row.result_at), book_time(row.returned_at), row.receiver, row.note]


def render_tracking_book(book: TrackingBook, words: Mapping[str, Any]) -> bytes:
    from desk_app.messages import fill

    scale = A4_SCALE
    period = fill(words["period"], {"first": f"{book.first:%d/%m/%Y}", "last": f"{book.last:%d/%m/%Y}"})
    flow = Flow(A4_LANDSCAPE, [italic(f"{words['name']} - {period} (tiếp theo)")], scale.small)
    left = flow.block(width=flow.width * 0.4)
    agency_block(left, book.header, scale)
    right = flow.block(offset=flow.width * 0.55)
    national_block(right, scale)
    flow.place(left, right)
    flow.gap(scale.body)
    flow.text([bold(words["title"])], scale.title, align=Align.CENTER)
    flow.text([italic(period)], scale.body, align=Align.CENTER)
    flow.gap(scale.body * 0.5)
    table = Table(flow, SHARES, words["columns"], SIZE)
    for number, row in enumerate(book.rows, start=1):
        table.row(book_cells(number, row))
    flow.gap(scale.body * 0.5)
    flow.text([plain(fill(words["totals"], {"count": len(book.rows)}))], scale.body)
    return render(flow.pages(), f"{words['name']} {period}")
