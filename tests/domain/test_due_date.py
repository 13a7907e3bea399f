import math
from datetime import date, datetime, time, timedelta, timezone
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desk_app.domain.due_date import DuePlan, compute_due
from desk_app.domain.errors import DomainError
from desk_app.domain.working_calendar import OfficeHours, WorkingCalendar

VN = ZoneInfo("Asia/Ho_Chi_Minh")
CALENDAR = WorkingCalendar()
HOURS = OfficeHours()


def local(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=VN)


def due(received: datetime, days, **kwargs) -> datetime:
    return compute_due(received, days, kwargs.pop("calendar", CALENDAR), kwargs.pop("hours", HOURS), **kwargs).due_at


# Whole years of the real calendar, received at any instant (UTC, as stored).
received_instants = st.datetimes(
    min_value=datetime(2025, 1, 1), max_value=datetime(2027, 12, 31), timezones=st.just(timezone.utc),
)
processing_days = st.one_of(
    st.sampled_from([0, 0.5, 1, 1.5, 2, 3, 5, 7, 10, 15, 20, 30, 45, 60]),
    st.decimals(min_value=0, max_value=90, places=3),
    st.integers(0, 120),
)


def in_a_session(moment: datetime, hours: OfficeHours = HOURS, closed: bool = True) -> bool:
    t = moment.timetz().replace(tzinfo=None)
    return any(start <= t <= end if closed else start <= t < end for start, end in hours.sessions)


# The examples of the rule.

def test_counted_from_opening_plus_one_day_is_the_same_evening():
    assert due(local(2026, 3, 2, 7, 30), 1) == local(2026, 3, 2, 17, 0)


def test_half_a_day_from_opening_is_never_sooner_than_within_the_day():
    assert due(local(2026, 3, 2, 7, 30), 0.5) == local(2026, 3, 2, 17, 0)
    assert due(local(2026, 3, 2, 7, 30), 1.5) == local(2026, 3, 3, 11, 30)
    assert due(local(2026, 3, 2, 13, 30), 0.5) == local(2026, 3, 2, 17, 0)


def test_mid_morning_plus_three_days_is_the_same_time_three_working_days_later():
    assert due(local(2026, 3, 2, 9, 0), 3) == local(2026, 3, 5, 9, 0)


def test_half_a_day_counts_in_sessions():
    """Received in the morning, returned in the afternoon; in the afternoon, the next morning."""
    assert due(local(2026, 3, 2, 10, 0), 0.5) == local(2026, 3, 2, 17, 0)
    assert due(local(2026, 3, 6, 14, 0), 0.5) == local(2026, 3, 9, 11, 30)
    assert due(local(2026, 3, 2, 12, 0), 0.5) == local(2026, 3, 2, 17, 0)
    assert due(local(2026, 3, 2, 10, 0), 1.5) == local(2026, 3, 3, 17, 0)
    assert due(local(2026, 3, 2, 14, 0), 2.5) == local(2026, 3, 5, 11, 30)


def test_solved_within_the_day_is_due_by_the_end_of_that_day():
    """Received at 10:00, promised by 17:00 the same day, never at the minute it was received; after
    hours or after the cut-off, by the end of the next working day, never at its opening."""
    plan = compute_due(local(2026, 3, 2, 10, 0), 0, CALENDAR, HOURS)
    assert plan.counted_from == plan.received_at == local(2026, 3, 2, 10, 0)
    assert plan.due_at == local(2026, 3, 2, 17, 0)
    assert due(local(2026, 3, 2, 12, 0), 0) == local(2026, 3, 2, 17, 0)
    assert due(local(2026, 3, 2, 6, 50), 0) == local(2026, 3, 2, 17, 0)
    assert due(local(2026, 3, 2, 17, 5), 0) == local(2026, 3, 3, 17, 0)
    assert due(local(2026, 3, 6, 15, 1), 0, cutoff=time(15, 0)) == local(2026, 3, 9, 17, 0)
    assert due(local(2026, 3, 6, 15, 0), 0, cutoff=time(15, 0)) == local(2026, 3, 6, 17, 0)


# When the count starts.

@pytest.mark.parametrize(
    ("received", "counted"),
    [(local(2026, 3, 2, 9, 0), local(2026, 3, 2, 9, 0)),
     (local(2026, 3, 2, 6, 45), local(2026, 3, 2, 7, 30)),
     (local(2026, 3, 2, 11, 30), local(2026, 3, 2, 13, 30)),
     (local(2026, 3, 2, 12, 10), local(2026, 3, 2, 13, 30)),
     (local(2026, 3, 2, 16, 59, 59), local(2026, 3, 2, 16, 59, 59)),
     (local(2026, 3, 2, 17, 0), local(2026, 3, 3, 7, 30)),
     (local(2026, 3, 6, 18, 0), local(2026, 3, 9, 7, 30)),
     (local(2026, 3, 7, 9, 0), local(2026, 3, 9, 7, 30)),
     (local(2026, 2, 17, 9, 0), local(2026, 2, 23, 7, 30))],
)
def test_counted_from(received, counted):
    plan = compute_due(received, 1, CALENDAR, HOURS)
    assert plan.received_at == received
    assert plan.counted_from == counted


def test_cutoff_moves_the_count_to_the_next_working_day():
    """"Sau 15 giờ" to the minute the receipt prints: 15:00 and its seconds count today, 15:01 not."""
    plan = compute_due(local(2026, 3, 6, 15, 1), 0.5, CALENDAR, HOURS, cutoff=time(15, 0))
    assert plan.counted_from == local(2026, 3, 9, 7, 30)
    assert plan.due_at == local(2026, 3, 9, 17, 0)
    for second in (0, 59):
        at_cutoff = compute_due(local(2026, 3, 6, 15, 0).replace(second=second), 0.5, CALENDAR, HOURS,
                                cutoff=time(15, 0))
        assert at_cutoff.counted_from.date() == local(2026, 3, 6, 15, 0).date()
    before = compute_due(local(2026, 3, 6, 14, 59), 0.5, CALENDAR, HOURS, cutoff=time(15, 0))
    assert before.counted_from == local(2026, 3, 6, 14, 59)


def test_received_in_utc_is_reasoned_about_in_local_time():
    plan = compute_due(datetime(2026, 3, 2, 2, 0, tzinfo=timezone.utc), 3, CALENDAR, HOURS)
    assert plan.received_at == local(2026, 3, 2, 9, 0)
    assert plan.due_at == local(2026, 3, 5, 9, 0)
    assert plan.due_at.tzinfo == VN and plan.counted_from.tzinfo == VN and plan.received_at.tzinfo == VN


# The real calendar.

def test_tet_2026():
    assert due(local(2026, 2, 13, 9, 0), 1) == local(2026, 2, 23, 9, 0)
    assert due(local(2026, 2, 12, 15, 0), 2) == local(2026, 2, 23, 15, 0)
    assert due(local(2026, 2, 13, 7, 30), 1) == local(2026, 2, 13, 17, 0)
    assert due(local(2026, 2, 13, 13, 30), 1) == local(2026, 2, 23, 11, 30)


def test_reunification_and_labour_day_2026():
    assert due(local(2026, 4, 29, 10, 0), 1) == local(2026, 5, 4, 10, 0)
    assert due(local(2026, 4, 29, 10, 0), 0.5) == local(2026, 4, 29, 17, 0)
    assert due(local(2026, 4, 29, 15, 15), 0.5) == local(2026, 5, 4, 11, 30)


def test_national_day_2026_and_its_swapped_saturday():
    assert due(local(2026, 8, 21, 10, 0), 1) == local(2026, 8, 22, 10, 0)
    assert due(local(2026, 8, 28, 10, 0), 1) == local(2026, 9, 3, 10, 0)


def test_saturday_26_april_2025_was_worked():
    assert due(local(2025, 4, 25, 9, 0), 1) == local(2025, 4, 26, 9, 0)
    assert compute_due(local(2025, 4, 26, 8, 0), 1, CALENDAR, HOURS).counted_from == local(2025, 4, 26, 8, 0)
    assert due(local(2025, 4, 29, 9, 0), 1) == local(2025, 5, 5, 9, 0)


def test_vietnamese_culture_day_24_november_from_2026():
    assert due(local(2026, 11, 23, 9, 0), 1) == local(2026, 11, 25, 9, 0)
    assert due(local(2025, 11, 21, 9, 0), 1) == local(2025, 11, 24, 9, 0)


def test_provincial_overrides():
    calendar = WorkingCalendar({date(2026, 3, 7): True, date(2026, 3, 10): False})
    assert due(local(2026, 3, 6, 9, 0), 1, calendar=calendar) == local(2026, 3, 7, 9, 0)
    assert due(local(2026, 3, 9, 9, 0), 1, calendar=calendar) == local(2026, 3, 11, 9, 0)
    assert compute_due(local(2026, 3, 10, 9, 0), 1, calendar, HOURS).counted_from == local(2026, 3, 11, 7, 30)


def test_other_office_hours():
    three = OfficeHours.parse("07:00-11:00,13:00-16:00,18:00-20:00")
    assert due(local(2026, 3, 2, 7, 0), Decimal("0.333"), hours=three).date() == date(2026, 3, 2)
    assert due(local(2026, 3, 2, 13, 0), 1, hours=three) == local(2026, 3, 3, 11, 0)
    one = OfficeHours.parse("08:00-16:00")
    assert due(local(2026, 3, 2, 8, 0), 0.5, hours=one) == local(2026, 3, 2, 16, 0)
    assert due(local(2026, 3, 2, 12, 0), 0.5, hours=one) == local(2026, 3, 3, 12, 0)
    assert due(local(2026, 3, 2, 8, 0), 1, hours=one) == local(2026, 3, 2, 16, 0)


# Processing time as given by catalogues.

@pytest.mark.parametrize("days", [1, 1.0, Decimal("1"), Decimal("1.000")])
def test_number_types_agree(days):
    assert due(local(2026, 3, 2, 9, 0), days) == local(2026, 3, 3, 9, 0)


@pytest.mark.parametrize("days", [-1, -0.5, Decimal("-0.001"), math.nan, math.inf, Decimal("NaN"), Decimal("Infinity"), True])
def test_rejects_negative_or_non_finite_days(days):
    with pytest.raises(DomainError) as info:
        compute_due(local(2026, 3, 2, 9, 0), days, CALENDAR, HOURS)
    assert info.value.code == "procedure.processing_days"
    assert str(info.value)


def test_rejects_naive_received_at():
    with pytest.raises(ValueError):
        compute_due(datetime(2026, 3, 2, 9, 0), 1, CALENDAR, HOURS)


# Properties over whole years.

@given(received_instants, processing_days)
def test_due_after_count_after_reception_and_inside_working_hours(received, days):
    plan = compute_due(received, days, CALENDAR, HOURS)
    assert isinstance(plan, DuePlan)
    assert plan.due_at >= plan.counted_from >= plan.received_at == received
    assert CALENDAR.is_working_day(plan.counted_from.date())
    assert in_a_session(plan.counted_from, closed=False)
    assert CALENDAR.is_working_day(plan.due_at.date())
    assert in_a_session(plan.due_at)
    assert plan.due_at.tzinfo == VN
    if days == 0:
        assert plan.due_at == datetime.combine(plan.counted_from.date(), HOURS.sessions[-1][1], VN)


@given(received_instants, received_instants, processing_days)
def test_monotonic_in_reception_time(a, b, days):
    first, second = sorted((a, b))
    assert due(first, days) <= due(second, days)


@given(received_instants, processing_days, processing_days)
def test_monotonic_in_processing_days(received, a, b):
    fewer, more = sorted((Decimal(str(a)), Decimal(str(b))))
    assert due(received, fewer) <= due(received, more)


@given(received_instants, st.integers(1, 60))
def test_whole_days_from_mid_session_keep_the_clock_time(received, days):
    plan = compute_due(received, days, CALENDAR, HOURS)
    t = plan.counted_from.time()
    if any(start < t < end for start, end in HOURS.sessions):
        assert plan.due_at.time() == t
        assert plan.due_at.date() == CALENDAR.add_working_days(plan.counted_from.date(), days)


@given(received_instants, st.integers(2, 40))
def test_half_days_from_an_opening_end_at_a_session_close(received, halves):
    plan = compute_due(received, Decimal(halves) / 2, CALENDAR, HOURS)
    if plan.counted_from.time() == HOURS.sessions[0][0]:
        assert plan.due_at.time() == HOURS.sessions[halves % 2 - 1][1]
