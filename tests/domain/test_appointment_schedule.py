"""The booking grid: sessions cut into slots of each field's length, none on a day off, none
across the lunch break, the same instants whatever the time zone they are asked in."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone

import pytest
from hypothesis import given, strategies as st

from desk_app.domain.appointment_schedule import FieldRule, Schedule, free_slots
from desk_app.domain.booking_number import format_booking_number, parse_booking_number
from desk_app.domain.due_date import LOCAL_TZ
from desk_app.domain.errors import DomainError
from desk_app.domain.working_calendar import OfficeHours, WorkingCalendar

CALENDAR = WorkingCalendar()
DEFAULT = Schedule()
WEDNESDAY = date(2026, 11, 25)


def test_the_default_grid_is_two_sessions_of_fifteen_minutes_for_four_citizens():
    slots = DEFAULT.slots_of_day(WEDNESDAY, "Hộ tịch", CALENDAR)
    assert len(slots) == 16 + 14
    assert [s.starts_at.time() for s in slots[:2]] == [time(7, 30), time(7, 45)]
    assert slots[15].ends_at.time() == time(11, 30) and slots[16].starts_at.time() == time(13, 30)
    assert slots[-1].ends_at.time() == time(17, 0) and all(s.capacity == 4 for s in slots)


def test_a_field_has_its_own_length_and_capacity_and_a_slot_never_crosses_a_close():
    schedule = Schedule(OfficeHours.parse("07:30-11:30,13:30-17:00"), FieldRule(), {"Đất đai": FieldRule(45, 1)})
    slots = schedule.slots_of_day(WEDNESDAY, "Đất đai", CALENDAR)
    assert [s.starts_at.strftime("%H:%M") for s in slots][:6] == ["07:30", "08:15", "09:00", "09:45", "10:30", "13:30"]
    assert all(s.minutes == 45 and s.capacity == 1 for s in slots)
    assert slots[-1].ends_at.time() <= time(17, 0)


def test_no_slot_on_a_day_off_nor_on_an_ordinary_saturday():
    assert DEFAULT.slots_of_day(date(2026, 11, 24), "Hộ tịch", CALENDAR) == []
    assert DEFAULT.slots_of_day(date(2026, 11, 28), "Hộ tịch", CALENDAR) == []
    assert len(DEFAULT.slots_of_day(date(2026, 11, 28), "Hộ tịch", WorkingCalendar({date(2026, 11, 28): True}))) == 30


def test_a_slot_is_found_from_any_time_zone():
    utc = datetime(2026, 11, 25, 1, 0, tzinfo=timezone.utc)
    assert DEFAULT.slot_at(utc, "Hộ tịch", CALENDAR).starts_at == datetime(2026, 11, 25, 8, 0, tzinfo=LOCAL_TZ)
    with pytest.raises(ValueError):
        DEFAULT.slot_at(datetime(2026, 11, 25, 8, 0), "Hộ tịch", CALENDAR)


def test_the_next_free_slot_skips_full_ones_days_off_and_the_past():
    full = {datetime(2026, 11, 23, 16, 45, tzinfo=LOCAL_TZ)}
    now = datetime(2026, 11, 23, 16, 31, tzinfo=LOCAL_TZ)
    found = free_slots(DEFAULT, "Hộ tịch", CALENDAR, now, 10, lambda slot: 0 if slot.starts_at in full else 1, 2)
    assert [slot.starts_at for slot in found] == [datetime(2026, 11, 25, 7, 30, tzinfo=LOCAL_TZ),
                                                 datetime(2026, 11, 25, 7, 45, tzinfo=LOCAL_TZ)]
    assert free_slots(DEFAULT, "Hộ tịch", CALENDAR, now, 10, lambda slot: 0) == []


def test_bad_rules_are_refused():
    for rule in ((4, 2), (241, 2), (15, 0), (15, 101)):
        with pytest.raises(DomainError):
            FieldRule(*rule)


@given(st.integers(0, 400), st.integers(0, 24 * 60 - 1), st.sampled_from([5, 10, 15, 20, 30, 45, 60]))
def test_every_slot_lies_inside_one_session_of_a_working_day(day_offset, minute, length):
    day = WEDNESDAY + timedelta(days=day_offset)
    schedule = Schedule(default=FieldRule(length, 2))
    slots = schedule.slots_of_day(day, "x", CALENDAR)
    assert bool(slots) == CALENDAR.is_working_day(day)
    for slot in slots:
        assert any(datetime.combine(day, a, LOCAL_TZ) <= slot.starts_at and slot.ends_at <= datetime.combine(day, b, LOCAL_TZ)
                   for a, b in schedule.hours.sessions)
    moment = datetime.combine(day, time(minute // 60, minute % 60), LOCAL_TZ)
    try:
        found = schedule.slot_at(moment, "x", CALENDAR)
    except DomainError:
        assert moment not in {s.starts_at for s in slots}
    else:
        assert found in slots


def test_booking_numbers_survive_a_round_trip_through_paper():
    assert format_booking_number(2026, 123) == "LH26-000123"
    assert parse_booking_number(" lh26-000123 ") == parse_booking_number("LH26-000123")
    assert str(parse_booking_number("LH26-000123")) == "LH26-000123"
    for bad in ("LH26-0001234", "LH26-000000", "000.00.12.H12-261205-0001", "LH2-000001", ""):
        assert parse_booking_number(bad) is None
    for year, sequence in ((1999, 1), (2026, 0), (2026, 1_000_000)):
        with pytest.raises(DomainError):
            format_booking_number(year, sequence)


def test_a_desk_offers_only_the_agencys_slots_inside_its_own_sessions():
    desk = DEFAULT.offering(OfficeHours.parse("08:00-10:00,14:10-15:00"))
    slots = desk.slots_of_day(WEDNESDAY, "Hộ tịch", CALENDAR)
    assert [s.starts_at.strftime("%H:%M") for s in slots] == [
        "08:00", "08:15", "08:30", "08:45", "09:00", "09:15", "09:30", "09:45", "14:15", "14:30", "14:45"]
    assert desk.slot_at(slots[0].starts_at, "Hộ tịch", CALENDAR) == DEFAULT.slot_at(slots[0].starts_at, "Hộ tịch",
                                                                                    CALENDAR)
    with pytest.raises(DomainError) as afternoon:
        desk.slot_at(datetime(2026, 11, 25, 13, 30, tzinfo=LOCAL_TZ), "Hộ tịch", CALENDAR)
    assert afternoon.value.code == "appointment.hours" and "08:00–10:00" in str(afternoon.value)
    with pytest.raises(DomainError) as between:
        desk.slot_at(datetime(2026, 11, 25, 8, 5, tzinfo=LOCAL_TZ), "Hộ tịch", CALENDAR)
    assert between.value.code == "appointment.grid"
    assert DEFAULT.offering(None) == DEFAULT
