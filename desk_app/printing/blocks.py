"""The pieces the one-stop forms share: header blocks, applicant lines, numbered lists, signatures.

Placement of the header follows Nghị định 30/2020/NĐ-CP on administrative documents: the
agency at the top left over a short rule, the national title and motto at the top right with
a rule the width of the motto, and the place and date in italic under them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from reportlab.lib.units import mm

from desk_app.printing.layout import A4, GLUE, Align, Column, Flow, Run, Style, bold, italic, plain, text_width
from desk_app.printing.model import AgencyHeader, DossierSheet, PrintedDocument
from desk_app.printing.wording import (
    DESK,
    MOTTO,
    NATION,
    SIGN_HINT,
    document_line,
    place_and_date,
)

PARAGRAPH = 0.4
"""Space between the paragraphs of a form's body, as a share of the type size."""

_HEADER_LEADING = 1.2
_RULE_GAP = 2.0
_AGENCY_SHARE = 0.42
_GUTTER = 0.03
"""Shares of the A4 text width: the agency block, then a gutter; the national title, which must
fit on one line, takes the rest."""


@dataclass(frozen=True)
class Scale:
    """Type sizes of one paper. A4 keeps the sizes of administrative documents; the roll is read
    in the hand, so its body is set larger than the usual till slip."""

    body: float
    header: float
    motto: float
    title: float
    small: float
    sign_room: float


A4_SCALE = Scale(body=12.5, header=12, motto=13, title=14, small=10.5, sign_room=20 * mm)
ROLL_SCALE = Scale(body=11, header=9.5, motto=10, title=12.5, small=9.5, sign_room=16 * mm)


@dataclass(frozen=True)
class Signature:
    heading: str
    name: str


def _heading_line(column: Column, run: Run, size: float) -> float:
    return column.text([run], size, align=Align.CENTER, leading=_HEADER_LEADING, balanced=True)


def agency_block(column: Column, header: AgencyHeader, scale: Scale) -> None:
    if header.parent_agency_name:
        _heading_line(column, plain(header.parent_agency_name.upper()), scale.header)
    _heading_line(column, bold(header.agency_name.upper()), scale.header)
    widest = _heading_line(column, bold(DESK), scale.header)
    column.gap(_RULE_GAP)
    column.centred_rule(widest * 0.4)


def national_block(column: Column, scale: Scale) -> None:
    _heading_line(column, bold(NATION), scale.header)
    motto = _heading_line(column, bold(MOTTO), scale.motto)
    column.gap(_RULE_GAP)
    column.centred_rule(motto)


def date_line(column: Column, place: str, moment: datetime, scale: Scale) -> None:
    column.text([italic(place_and_date(place, moment))], scale.body, align=Align.CENTER, balanced=True)


def side_by_side_header(flow: Flow, header: AgencyHeader, moment: datetime, scale: Scale) -> None:
    """The A4 header: agency at the left, national title, motto and date at the right."""
    left = flow.block(width=flow.width * _AGENCY_SHARE)
    agency_block(left, header, scale)
    right = flow.block(offset=flow.width * (_AGENCY_SHARE + _GUTTER))
    national_block(right, scale)
    right.gap(scale.body * 0.5)
    date_line(right, header.place_name, moment, scale)
    flow.place(left, right)


def running_line(sheet: DossierSheet, form: str) -> list[Run]:
    """The line that heads every page after the first, so a loose sheet still names its dossier."""
    return [italic(f"{form} - Mã hồ sơ: {sheet.code} (tiếp theo)")]


def a4_form(sheet: DossierSheet, heading: str, form: str, dated: datetime | None = None) -> Flow:
    """An A4 form laid out down to its title and dossier code, dated the day of intake unless it
    is issued later (`dated`)."""
    scale = A4_SCALE
    flow = Flow(A4, running_line(sheet, form), scale.small)
    side_by_side_header(flow, sheet.header, dated or sheet.received_at, scale)
    title(flow, heading, scale)
    code_line(flow, sheet.code, scale)
    return flow


def a4_notice(sheet: DossierSheet, heading: str, form: str) -> Flow:
    """An A4 notice to the applicant (Mẫu 02, 03): the form's head, then who asked for what."""
    flow = a4_form(sheet, heading, form)
    flow.gap(A4_SCALE.body)
    applicant_lines(flow, sheet, A4_SCALE)
    return flow


def title(flow: Flow, text: str, scale: Scale) -> None:
    flow.gap(scale.title * 0.9)
    flow.text([bold(text)], scale.title, align=Align.CENTER, balanced=True)


def code_line(flow: Flow, code: str, scale: Scale) -> None:
    flow.text([plain("Mã hồ sơ: "), bold(code)], scale.body, align=Align.CENTER)


def labelled(flow: Flow, label: str, value: str, scale: Scale, style: Style = Style.REGULAR) -> None:
    flow.text([plain(f"{label}: "), Run(value, style)], scale.body)


def applicant_lines(flow: Flow, sheet: DossierSheet, scale: Scale) -> None:
    """Who asked for what: the lines every one-stop form opens with."""
    labelled(flow, "Bộ phận tiếp nhận và trả kết quả", sheet.header.agency_name, scale)
    labelled(flow, "Tiếp nhận hồ sơ của", sheet.applicant_name, scale, Style.BOLD)
    if sheet.applicant_id_number:
        labelled(flow, "Số định danh cá nhân", sheet.applicant_id_number, scale)
    if sheet.applicant_address:
        labelled(flow, "Địa chỉ", sheet.applicant_address, scale)
    contact = [
        f"{label}: {value}"
        for label, value in (("Số điện thoại", sheet.applicant_phone), ("Email", sheet.applicant_email))
        if value
    ]
    if contact:
        flow.text([plain("  ".join(contact))], scale.body)
    request = sheet.procedure_name
    if sheet.procedure_code:
        request += f" (mã{GLUE}thủ{GLUE}tục{GLUE}{sheet.procedure_code})"
    labelled(flow, "Nội dung yêu cầu giải quyết", request, scale)


def label_width(labels: Sequence[str], size: float) -> float:
    """How far the text of a numbered list sits from its numbers: the widest number and a space."""
    return max(text_width([plain(f"{label} ")], size) for label in labels)


def numbered_lines(flow: Flow, lines: Sequence[str], labels: Sequence[str], scale: Scale, *, indent: float) -> None:
    hang = label_width(labels, scale.body)
    for label, line in zip(labels, lines, strict=True):
        flow.text([plain(line)], scale.body, indent=indent, label=label, hang=hang)


def document_items(
    flow: Flow, documents: Sequence[PrintedDocument], labels: Sequence[str], scale: Scale, *, indent: float
) -> None:
    numbered_lines(flow, [document_line(document) for document in documents], labels, scale, indent=indent)


def signatures(flow: Flow, slots: Sequence[Signature | None], scale: Scale) -> None:
    """Signature columns side by side, kept on one page; an empty slot leaves its column blank.

    Headings are padded to the same height, so that the hints under them stay level when one
    heading wraps on the narrow roll.
    """
    width = flow.width / len(slots)
    columns = [flow.block(offset=index * width, width=width) for index in range(len(slots))]
    signed = [(column, slot) for column, slot in zip(columns, slots, strict=True) if slot is not None]
    for column, slot in signed:
        column.text([bold(slot.heading)], scale.body, align=Align.CENTER, balanced=True)
    heading = max(column.y for column, _ in signed)
    for column, slot in signed:
        column.gap(heading - column.y)
        column.text([italic(SIGN_HINT)], scale.body, align=Align.CENTER)
        column.gap(scale.sign_room)
        column.text([bold(slot.name)], scale.body, align=Align.CENTER, balanced=True)
    flow.gap(scale.body * 0.8)
    flow.place(*columns)
