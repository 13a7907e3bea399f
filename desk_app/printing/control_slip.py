"""Mẫu 06, Phiếu kiểm soát quá trình giải quyết hồ sơ: the slip that travels with the paper dossier,
one ruled line per hand-over from the desk to the back office and back, with whether each step
kept its time."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from desk_app.printing.blocks import A4_SCALE, PARAGRAPH, a4_form
from desk_app.printing.layout import italic, plain, render
from desk_app.printing.model import ControlSlip
from desk_app.printing.table import Table
from desk_app.printing.wording import due_time_and_date, time_and_date

SHARES = (3, 3, 2.4, 1.6)
EMPTY_LINES = 4
"""Blank lines for the hand-overs still to come, written by hand as the dossier travels."""


def render_control_slip(slip: ControlSlip, words: Mapping[str, Any]) -> bytes:
    from desk_app.messages import fill

    sheet = slip.sheet
    scale = A4_SCALE
    flow = a4_form(sheet, words["title"], words["name"])
    flow.gap(scale.body * 0.5)
    values = {"applicant": sheet.applicant_name, "procedure": sheet.procedure_name,
              "received": time_and_date(sheet.received_at),
              "due": due_time_and_date(sheet.due_at) if sheet.due_at else "—"}
    for key in ("with", "procedure", "received"):
        flow.text([plain(fill(words[key], values))], scale.body)
    flow.gap(PARAGRAPH * scale.body)
    table = Table(flow, SHARES, words["columns"], scale.small)
    for step in slip.steps:
        handed = fill(words["handed"], {"from_": step.giver, "officer": step.officer, "to": step.receiver})
        table.row([handed, time_and_date(step.at), step.outcome, step.note])
    for _ in range(EMPTY_LINES):
        table.row(["Giao:\n\nNhận:\n", "", "", ""])
    flow.gap(PARAGRAPH * scale.body)
    flow.text([italic(words["note"])], scale.small)
    return render(flow.pages(), f"{words['name']} {sheet.code}")
