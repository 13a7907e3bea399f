"""Mẫu 07 as an .xlsx workbook (XlsxWriter): the same cells as the PDF book, one row a dossier,
with the heading row frozen and printed on every page, for the office that keeps its book in a
spreadsheet. XlsxWriter streams rows (constant_memory), so a month of a busy desk costs little."""

from __future__ import annotations

import io
from collections.abc import Mapping
from typing import Any

from desk_app.printing.model import TrackingBook
from desk_app.printing.tracking_book import book_cells

WIDTHS = (5, 27, 32, 8, 22, 30, 22, 15, 15, 15, 15, 15, 22, 18)


def write_workbook(book: TrackingBook, words: Mapping[str, Any]) -> bytes:
    import xlsxwriter

    from desk_app.messages import fill

    buffer = io.BytesIO()
    # A citizen's address or note that starts with "=" stays text: the office's spreadsheet must
    # never run what a form field holds (formula injection), nor turn it into a link.
    workbook = xlsxwriter.Workbook(buffer, {"constant_memory": True, "in_memory": True,
                                            "strings_to_formulas": False, "strings_to_urls": False})
    workbook.set_properties({"title": words["name"], "author": book.header.agency_name})
    sheet = workbook.add_worksheet(words["file"][:31])
    title = workbook.add_format({"bold": True, "font_size": 14, "align": "center"})
    heading = workbook.add_format({"bold": True, "text_wrap": True, "align": "center", "valign": "vcenter",
                                   "border": 1})
    cell = workbook.add_format({"text_wrap": True, "valign": "top", "border": 1})
    period = fill(words["period"], {"first": f"{book.first:%d/%m/%Y}", "last": f"{book.last:%d/%m/%Y}"})
    columns = len(WIDTHS)
    sheet.merge_range(0, 0, 0, columns - 1, book.header.agency_name, title)
    sheet.merge_range(1, 0, 1, columns - 1, words["title"], title)
    sheet.merge_range(2, 0, 2, columns - 1, period, workbook.add_format({"italic": True, "align": "center"}))
    for index, width in enumerate(WIDTHS):
        sheet.set_column(index, index, width)
    sheet.set_row(3, 45)
    sheet.write_row(3, 0, words["columns"], heading)
    for number, row in enumerate(book.rows, start=1):
        sheet.write_row(3 + number, 0, book_cells(number, row), cell)
    sheet.write(4 + len(book.rows), 0, fill(words["totals"], {"count": len(book.rows)}))
    sheet.freeze_panes(4, 2)
    sheet.repeat_rows(3)
    sheet.set_landscape()
    sheet.set_paper(9)
    sheet.fit_to_pages(1, 0)
    workbook.close()
    return buffer.getvalue()
