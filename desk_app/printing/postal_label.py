"""The address label of a result sent by post (bưu chính công ích): the applicant's address as
written at intake, the desk as sender, the dossier code in text and as Code 128 for the postal
service's and the desk's scanners, on the 100 × 150 mm label the postal services print on."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from reportlab.lib.units import mm

from desk_app.printing.blocks import ROLL_SCALE
from desk_app.printing.codes import code128
from desk_app.printing.layout import LABEL_100x150, Align, Flow, bold, plain, render
from desk_app.printing.model import DossierSheet

MODULE = 0.25 * mm
"""Two dots of a 203 dpi label printer; the bars of a dossier code then fit the label with their quiet zones."""
BAR_HEIGHT = 14 * mm


def render_postal_label(sheet: DossierSheet, words: Mapping[str, Any]) -> bytes:
    scale = ROLL_SCALE
    flow = Flow(LABEL_100x150, [plain(sheet.code)], scale.small)
    flow.text([bold(words["from"])], scale.small)
    flow.text([plain(sheet.header.agency_name)], scale.small)
    if sheet.header.place_name:
        flow.text([plain(sheet.header.place_name)], scale.small)
    flow.gap(4 * mm)
    flow.rule(flow.x, flow.x + flow.width)
    flow.gap(4 * mm)
    flow.text([bold(words["to"])], scale.body)
    flow.text([bold(sheet.applicant_name.upper())], scale.title)
    flow.text([plain(sheet.return_place or sheet.applicant_address)], scale.body)
    if sheet.applicant_phone:
        flow.text([plain(f"{words['phone']}: {sheet.applicant_phone}")], scale.body)
    flow.gap(6 * mm)
    symbol = code128(sheet.code, MODULE, BAR_HEIGHT)
    flow.shape(flow.x + (flow.width - symbol.width) / 2, symbol.height, symbol.boxes)
    flow.gap(1 * mm)
    flow.text([plain(f"{words['code']}: "), bold(sheet.code)], scale.body, align=Align.CENTER)
    flow.gap(3 * mm)
    flow.text([plain(words["content"])], scale.small, align=Align.CENTER)
    return render(flow.pages(), f"{words['code']} {sheet.code}")
