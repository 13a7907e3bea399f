"""The fixed Vietnamese wording of the one-stop forms and the way they write numbers, dates and times.

Administrative documents write day and month with two digits ("ngày 05 tháng 01"), amounts
with a dot between thousands and decimals with a comma; the forms print local time of Viet Nam
whatever zone the caller's datetime carries.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from decimal import Decimal

from desk_app.domain.due_date import LOCAL_TZ
from desk_app.domain.text import decimal_comma, group_thousands
from desk_app.printing.layout import GLUE
from desk_app.printing.model import MissingPapers, PrintedDocument


NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"
DESK = "BỘ PHẬN TIẾP NHẬN VÀ TRẢ KẾT QUẢ"
SIGN_HINT = "(Ký và ghi rõ họ tên)"
APPLICANT_SIGNS = "NGƯỜI NỘP HỒ SƠ"
RECEIVER_SIGNS = "NGƯỜI TIẾP NHẬN HỒ SƠ"


def local_time(moment: datetime) -> datetime:
    """Printed times are Viet Nam's wall clock; a naive time would print whatever the PC's zone is."""
    if moment.tzinfo is None:
        raise ValueError("printed times must carry their time zone")
    return moment.astimezone(LOCAL_TZ)


def place_and_date(place: str, moment: datetime) -> str:
    day = local_time(moment)
    dated = f"ngày {day.day:02d} tháng {day.month:02d} năm {day.year}"
    return f"{place}, {dated}" if place else dated.capitalize()


def time_and_date(moment: datetime) -> str:
    at = local_time(moment)
    return f"{at.hour:02d}{GLUE}giờ{GLUE}{at.minute:02d}{GLUE}phút, ngày{GLUE}{at:%d/%m/%Y}"


WEEKDAYS = ("thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật")


def due_time_and_date(moment: datetime) -> str:
    """When the result is due, as the citizen plans the trip back: the time, the day of the week and
    the date ("17 giờ 00 phút, thứ Hai, ngày 23/11/2026")."""
    at = local_time(moment)
    return (f"{at.hour:02d}{GLUE}giờ{GLUE}{at.minute:02d}{GLUE}phút, {WEEKDAYS[at.weekday()].replace(' ', GLUE)}, "
            f"ngày{GLUE}{at:%d/%m/%Y}")


def working_days(days: Decimal) -> str:
    if days == 0:
        return "giải quyết ngay trong ngày"
    return f"{decimal_comma(days)}{GLUE}ngày làm việc"


def amount_vnd(amount: int) -> str:
    return f"{group_thousands(amount)}{GLUE}đồng"


def fee_line(amount: int) -> str:
    return f"Phí, lệ phí: {amount_vnd(amount)}" if amount else "Không thu phí, lệ phí"


def document_line(document: PrintedDocument) -> str:
    return f"{document.name} ({document.kind_label}, {document.copies}{GLUE}bản)"


def missing_line(missing: MissingPapers) -> str:
    """One item of a request to complete: a paper, or one of its alternatives; the case it is
    needed in, when it is needed only in a case."""
    if len(missing.choices) == 1:
        line = document_line(missing.choices[0])
    else:
        line = "Một trong các giấy tờ sau: " + "; ".join(document_line(choice) for choice in missing.choices)
    return f"{line} — {missing.case}" if missing.case else line


def names_line(names: Sequence[str]) -> str:
    return "; ".join(names) + "."


def lookup_payload(lookup_url: str, code: str) -> str:
    """What the QR code carries: the portal's lookup page for this dossier, or the bare code offline."""
    if not lookup_url:
        return code
    joiner = "&" if "?" in lookup_url else "?"
    return f"{lookup_url}{joiner}ma_ho_so={code}"


def slot_time(starts_at: datetime, ends_at: datetime) -> str:
    """The slot as the citizen plans the trip: "08:30 – 08:45, thứ Hai, 07/12/2026"."""
    start, end = local_time(starts_at), local_time(ends_at)
    weekday = WEEKDAYS[start.weekday()].replace(" ", GLUE)
    return f"{start:%H:%M}{GLUE}–{GLUE}{end:%H:%M}, {weekday},{GLUE}{start:%d/%m/%Y}"
