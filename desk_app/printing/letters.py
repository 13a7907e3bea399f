"""The letters a desk writes to the applicant after intake: Mẫu 04 (the apology and the one
extension) and Mẫu 05 (processing stopped), and the record of a hand-over. Their sentences come
from the forms' wording (resources/forms/wording.json, corrected by a province in its data folder).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from desk_app.printing.blocks import A4_SCALE, PARAGRAPH, Signature, a4_form, labelled, numbered_lines, signatures
from desk_app.printing.layout import Flow, Style, bold, plain, render
from desk_app.printing.model import DossierSheet, ExtensionLetter, HandoverRecord, StopNotice
from desk_app.printing.wording import amount_vnd, due_time_and_date, time_and_date

Wording = Mapping[str, Any]


def _fill(template: str, **values: str) -> str:
    from desk_app.messages import fill

    return fill(template, values)


def _paragraph(flow: Flow, text: str, *, first: bool = False, style: Style = Style.REGULAR) -> None:
    scale = A4_SCALE
    if not first:
        flow.gap(PARAGRAPH * scale.body)
    flow.text([bold(text) if style is Style.BOLD else plain(text)], scale.body, indent=0)


def _addressed(flow: Flow, sheet: DossierSheet, words: Wording, due: datetime | None) -> dict[str, str]:
    """`due`: the date first promised (an extension has moved the dossier's own since)."""
    values = {"applicant": sheet.applicant_name, "agency": sheet.header.agency_name, "code": sheet.code,
              "procedure": sheet.procedure_name, "received": time_and_date(sheet.received_at),
              "due": due_time_and_date(due) if due else "—"}
    flow.gap(A4_SCALE.body)
    flow.text([bold(_fill(words["to"], **values))], A4_SCALE.body)
    _paragraph(flow, _fill(words["received"], **values))
    return values


def render_extension_letter(letter: ExtensionLetter, words: Wording) -> bytes:
    """Mẫu 04, on A4, dated the day it is issued."""
    sheet = letter.sheet
    flow = a4_form(sheet, words["title"], words["name"], letter.issued_at)
    values = _addressed(flow, sheet, words, letter.previous_due_at)
    _paragraph(flow, _fill(words["late"], **values))
    flow.text([plain(letter.reason)], A4_SCALE.body, indent=A4_SCALE.body)
    _paragraph(flow, _fill(words["apology"], **values, new_due=due_time_and_date(letter.new_due_at)))
    _paragraph(flow, words["closing"])
    signatures(flow, (None, Signature(words["signs"], "")), A4_SCALE)
    return render(flow.pages(), f"{words['name']} {sheet.code}")


def render_stop_notice(notice: StopNotice, words: Wording) -> bytes:
    """Mẫu 05, on A4, dated the day it is issued."""
    sheet = notice.sheet
    flow = a4_form(sheet, words["title"], words["name"], notice.issued_at)
    values = _addressed(flow, sheet, words, sheet.due_at)
    _paragraph(flow, _fill(words["stopped"], **values))
    flow.text([plain(notice.reason)], A4_SCALE.body, indent=A4_SCALE.body)
    _paragraph(flow, words["closing"])
    signatures(flow, (None, Signature(words["signs"], "")), A4_SCALE)
    return render(flow.pages(), f"{words['name']} {sheet.code}")


def render_handover_record(record: HandoverRecord, words: Wording) -> bytes:
    """The hand-over, on A4, signed by the receiver and the officer."""
    sheet = record.sheet
    scale = A4_SCALE
    flow = a4_form(sheet, words["title"], words["name"], record.at)
    flow.gap(scale.body)
    flow.text([plain(_fill(words["intro"], at=time_and_date(record.at),
                           agency=sheet.header.agency_name))], scale.body)
    flow.gap(PARAGRAPH * scale.body)
    labelled(flow, words["procedure"], sheet.procedure_name, scale)
    labelled(flow, words["applicant"], sheet.applicant_name, scale)
    labelled(flow, words["receiver"], record.receiver_name, scale, Style.BOLD)
    labelled(flow, words["receiver_id"], record.receiver_id_number, scale)
    if record.by_proxy:
        labelled(flow, words["proxy"], record.authorisation, scale)
    if record.fees_collected_vnd:
        labelled(flow, words["fees"], amount_vnd(record.fees_collected_vnd), scale)
    flow.gap(PARAGRAPH * scale.body)
    if record.originals_returned:
        flow.text([plain(words["originals"])], scale.body)
        numbered_lines(flow, list(record.originals_returned),
                       [f"{n}." for n in range(1, len(record.originals_returned) + 1)], scale, indent=scale.body)
    else:
        flow.text([plain(words["no_originals"])], scale.body)
    signatures(flow, (Signature(words["receiver_signs"], record.receiver_name),
                      Signature(words["officer_signs"], record.officer_name)), scale)
    return render(flow.pages(), f"{words['name']} {sheet.code}")
