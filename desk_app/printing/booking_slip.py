"""Phiếu hẹn: the slip a citizen takes away from a booking, on A5 or on the 80 mm roll.

The citizen comes back with it: its barcode and QR code carry the booking number, which the desk's
scanner reads to check the booking in, and a phone camera can read the QR code too. It tells them
when and where to come and what to bring, so that the visit is not wasted on a missing paper.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from reportlab.lib.units import mm

from desk_app.domain.appointment import Purpose
from desk_app.printing.blocks import PARAGRAPH, ROLL_SCALE, Scale, agency_block, labelled, numbered_lines, title
from desk_app.printing.codes import Symbol, code128, qr
from desk_app.printing.layout import A5, GLUE, ROLL_80, Align, Column, Flow, Frame, Style, bold, italic, plain, render
from desk_app.printing.model import BookingSlip
from desk_app.printing.wording import missing_line, slot_time


class SlipPaper(StrEnum):
    A5 = "a5"
    ROLL_80 = "80mm"


A5_SCALE = Scale(body=11.5, header=10.5, motto=11, title=15, small=9.5, sign_room=16 * mm)
"""The roll's sizes, a step larger: an A5 sheet is also read in the hand, and has the width for them."""

BAR_HEIGHT = 12 * mm


@dataclass(frozen=True)
class _Layout:
    frame: Frame
    scale: Scale
    module: float
    qr_side: float
    number_size: float
    side_by_side: bool
    """The barcode and the QR code on one line (A5), or the QR code under the bars (the roll)."""


LAYOUTS = {
    SlipPaper.A5: _Layout(A5, A5_SCALE, module=0.36 * mm, qr_side=26 * mm, number_size=24, side_by_side=True),
    SlipPaper.ROLL_80: _Layout(ROLL_80, ROLL_SCALE, module=0.375 * mm, qr_side=30 * mm, number_size=20,
                               side_by_side=False),
}
"""The roll's module is three dots of a 203 dpi print head: a booking number's bars then span
about 50 mm, with room either side for their quiet zones."""


def render_booking_slip(slip: BookingSlip, paper: SlipPaper | str, words: Mapping[str, Any]) -> bytes:
    """The slip as a PDF; the same slip always gives the same bytes, so a reprint is the first print."""
    from desk_app.messages import fill

    layout = LAYOUTS[SlipPaper(paper)]
    scale = layout.scale
    flow = Flow(layout.frame, [italic(fill(words["continued"], {"number": slip.number}))], scale.small)
    agency_block(flow, slip.header, scale)
    flow.gap(scale.small * 0.5)
    flow.text([italic(fill(words["place"], {"place": slip.place}))], scale.small, align=Align.CENTER, balanced=True)
    title(flow, words["title"], scale)
    flow.text([bold(slip.number)], layout.number_size, align=Align.CENTER)
    flow.gap(PARAGRAPH * scale.body)
    labelled(flow, words["when"], slot_time(slip.starts_at, slip.ends_at), scale, Style.BOLD)
    code = fill(words["procedure_code"], {"code": slip.procedure_code}).replace(" ", GLUE)
    labelled(flow, words["procedure"], f"{slip.procedure_name} ({code})", scale)
    purpose = slip.purpose.label
    if slip.purpose is Purpose.COLLECT:
        purpose = fill(words["collect"], {"purpose": purpose, "dossier": slip.dossier_code})
    labelled(flow, words["purpose"], purpose, scale)
    labelled(flow, words["applicant"], slip.applicant_name, scale, Style.BOLD)
    if slip.applicant_phone:
        labelled(flow, words["phone"], slip.applicant_phone, scale)
    flow.gap(PARAGRAPH * scale.body)
    flow.keep(scale.body * 2.5)
    flow.text([bold(words["bring"])], scale.body)
    items = _to_bring(slip, words)
    numbered_lines(flow, items, [f"{number}." for number in range(1, len(items) + 1)], scale, indent=scale.body)
    flow.gap(PARAGRAPH * scale.body * 2)
    _codes(flow, slip.number, layout)
    flow.text([plain(f"{words['number']}: "), bold(slip.number)], scale.body, align=Align.CENTER)
    flow.gap(PARAGRAPH * scale.body * 2)
    flow.text([italic(words["advice"])], scale.small, align=Align.CENTER, balanced=True)
    return render(flow.pages(), f"{words['name']} {slip.number}")


def _to_bring(slip: BookingSlip, words: Mapping[str, Any]) -> list[str]:
    """A result is handed over against its receipt and the applicant's ID card, or an authorisation
    (domain/handover.py); a dossier is handed in with the procedure's papers."""
    if slip.purpose is Purpose.COLLECT:
        return [words["bring_receipt"], words["bring_id"], words["bring_proxy"]]
    return [missing_line(papers) for papers in slip.papers] or [words["no_papers"]]


def _codes(flow: Flow, number: str, layout: _Layout) -> None:
    """The number as Code 128 and as a QR code: beside each other on A5, centred as a pair and kept
    on one page; the QR code under the bars on the roll, which has no pages to break."""
    bars = code128(number, layout.module, BAR_HEIGHT)
    square = qr(number, layout.qr_side)
    if layout.side_by_side:
        gap = 2 * max(bars.quiet, square.quiet)
        offset = (flow.width - bars.width - gap - square.width) / 2
        bar_column = flow.block(offset=offset, width=bars.width)
        bar_column.gap((square.height - bars.height) / 2)
        _centred(bar_column, bars)
        qr_column = flow.block(offset=offset + bars.width + gap, width=square.width)
        _centred(qr_column, square)
        flow.place(bar_column, qr_column)
    else:
        _centred(flow, bars)
        flow.gap(3 * mm)
        _centred(flow, square)
    flow.gap(2 * mm)


def _centred(column: Column, symbol: Symbol) -> None:
    column.shape(column.x + (column.width - symbol.width) / 2, symbol.height, symbol.boxes)
