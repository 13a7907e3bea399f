"""How the forms write dates, times, amounts and working days."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from decimal import Decimal

import pytest

from desk_app.domain.due_date import LOCAL_TZ
from desk_app.printing.model import PrintedDocument
from desk_app.printing.wording import (
    amount_vnd,
    document_line,
    due_time_and_date,
    fee_line,
    lookup_payload,
    place_and_date,
    time_and_date,
    working_days,
)

NBSP = "\u00a0"
VIETNAM = LOCAL_TZ


def _spaced(text: str) -> str:
    return text.replace(NBSP, " ")


def test_day_and_month_take_two_digits():
    moment = datetime(2026, 1, 5, 9, 0, tzinfo=timezone(timedelta(hours=7)))

    assert place_and_date("Đông Hưng", moment) == "Đông Hưng, ngày 05 tháng 01 năm 2026"
    assert place_and_date("", moment) == "Ngày 05 tháng 01 năm 2026"


def test_times_are_viet_nam_wall_clock():
    moment = datetime(2026, 12, 31, 17, 4, tzinfo=timezone.utc)

    assert _spaced(time_and_date(moment)) == "00 giờ 04 phút, ngày 01/01/2027"


def test_naive_times_are_refused():
    with pytest.raises(ValueError):
        time_and_date(datetime(2026, 1, 5, 9, 0))


@pytest.mark.parametrize(
    ("days", "expected"),
    [
        (Decimal("0"), "giải quyết ngay trong ngày"),
        (Decimal("0.5"), "0,5 ngày làm việc"),
        (Decimal("3.0"), "3 ngày làm việc"),
        (Decimal("10"), "10 ngày làm việc"),
        (Decimal("2.50"), "2,5 ngày làm việc"),
    ],
)
def test_working_days_use_a_decimal_comma(days, expected):
    assert _spaced(working_days(days)) == expected


def test_amounts_group_thousands_with_dots():
    assert _spaced(amount_vnd(1_250_000)) == "1.250.000 đồng"
    assert _spaced(fee_line(15_000)) == "Phí, lệ phí: 15.000 đồng"
    assert fee_line(0) == "Không thu phí, lệ phí"


def test_document_line_names_kind_and_copies():
    assert _spaced(document_line(PrintedDocument("Giấy chứng sinh", "Bản chính", 2))) == \
        "Giấy chứng sinh (Bản chính, 2 bản)"


def test_the_due_time_says_the_day_of_the_week():
    assert _spaced(due_time_and_date(datetime(2026, 11, 23, 17, 0, tzinfo=VIETNAM))) == \
        "17 giờ 00 phút, thứ Hai, ngày 23/11/2026"
    assert _spaced(due_time_and_date(datetime(2026, 11, 29, 2, 0, tzinfo=timezone.utc))) == \
        "09 giờ 00 phút, Chủ nhật, ngày 29/11/2026"


def test_lookup_payload():
    assert lookup_payload("", "C-1") == "C-1"
    assert lookup_payload("https://a.vn/tra-cuu", "C-1") == "https://a.vn/tra-cuu?ma_ho_so=C-1"
    assert lookup_payload("https://a.vn/tra-cuu?t=1", "C-1") == "https://a.vn/tra-cuu?t=1&ma_ho_so=C-1"
