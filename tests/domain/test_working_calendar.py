from datetime import date, time, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desk_app.domain.errors import DomainError
from desk_app.domain.working_calendar import OfficeHours, WorkingCalendar

CALENDAR = WorkingCalendar()


@pytest.mark.parametrize(
    ("day", "working"),
    [(date(2026, 2, 13), True), *((date(2026, 2, d), False) for d in range(14, 23)), (date(2026, 2, 23), True),
     (date(2025, 4, 26), True), (date(2025, 5, 2), False), (date(2025, 4, 30), False), (date(2025, 5, 1), False),
     (date(2026, 4, 30), False), (date(2026, 5, 1), False), (date(2026, 9, 2), False), (date(2026, 9, 1), False),
     (date(2026, 8, 22), True), (date(2026, 8, 31), False), (date(2026, 11, 24), False),
     (date(2025, 11, 24), True), (date(2026, 3, 7), False), (date(2026, 3, 9), True)],
)
def test_national_calendar(day, working):
    assert CALENDAR.is_working_day(day) is working


def test_holiday_names_are_vietnamese():
    assert CALENDAR.holiday_name(date(2026, 11, 24)) == "Ngày Văn hóa Việt Nam"
    assert "Tết" in CALENDAR.holiday_name(date(2026, 2, 17))
    assert CALENDAR.holiday_name(date(2026, 3, 9)) is None


def test_provincial_overrides_win():
    calendar = WorkingCalendar({date(2026, 3, 7): True, date(2026, 3, 9): False, date(2026, 11, 24): True})
    assert calendar.is_working_day(date(2026, 3, 7))
    assert not calendar.is_working_day(date(2026, 3, 9))
    assert calendar.is_working_day(date(2026, 11, 24))
    assert calendar.next_working_day(date(2026, 3, 6)) == date(2026, 3, 7)
    assert calendar.next_working_day(date(2026, 3, 7)) == date(2026, 3, 10)
    assert calendar.holiday_name(date(2026, 11, 24)) is None
    assert calendar.holiday_name(date(2026, 3, 9)) is None


def test_next_working_day_across_tet_and_year_end():
    assert CALENDAR.next_working_day(date(2026, 2, 13)) == date(2026, 2, 23)
    assert CALENDAR.next_working_day(date(2025, 12, 31)) == date(2026, 1, 2)
    assert CALENDAR.next_working_day(date(2025, 4, 25)) == date(2025, 4, 26)
    assert CALENDAR.add_working_days(date(2026, 12, 30), 3) == date(2027, 1, 5)
    assert CALENDAR.add_working_days(date(2026, 3, 7), 0) == date(2026, 3, 7)


@given(st.dates(date(2015, 1, 1), date(2035, 12, 31)), st.integers(0, 120))
def test_add_working_days_matches_stepping(start, n):
    stepped = start
    for _ in range(n):
        stepped = CALENDAR.next_working_day(stepped)
    assert CALENDAR.add_working_days(start, n) == stepped


@given(st.dates(date(2015, 1, 1), date(2035, 12, 31)))
def test_next_working_day_is_the_first_working_day_after(d):
    following = CALENDAR.next_working_day(d)
    assert following > d
    assert CALENDAR.is_working_day(following)
    assert not any(CALENDAR.is_working_day(d + timedelta(days=i)) for i in range(1, (following - d).days))


def test_office_hours_default_and_parse():
    assert OfficeHours.parse("07:30-11:30,13:30-17:00") == OfficeHours()
    assert OfficeHours.parse(" 7:30 - 11:30 , 13:30-17:00 ") == OfficeHours()
    assert OfficeHours.parse("08:00-12:00").sessions == ((time(8), time(12)),)
    assert OfficeHours().to_text() == "07:30-11:30,13:30-17:00"


@pytest.mark.parametrize(
    "text", ["", "07:30", "11:30-07:30", "07:30-11:30,11:00-17:00", "13:30-17:00,07:30-11:30", "25:00-26:00",
             "07:60-11:30", "07:30-11:30;13:30-17:00", "7h30-11h30"],
)
def test_bad_office_hours(text):
    with pytest.raises(DomainError) as info:
        OfficeHours.parse(text)
    assert info.value.code == "settings.office_hours"
    assert str(info.value)
