"""The slot rules of a booking, shared by the province that takes it and the desk that shows it."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from desk_app.domain.appointment import (
    AppointmentStatus,
    Booking,
    check_slot,
    local_day_bounds,
    validate_booking,
)
from desk_app.domain.due_date import LOCAL_TZ
from desk_app.domain.errors import DomainError, ValidationFailed
from desk_app.domain.working_calendar import OfficeHours, WorkingCalendar

CALENDAR = WorkingCalendar()
HOURS = OfficeHours.parse("07:30-11:30,13:30-17:00")
PROVINCES = {"001": "Hà Nội", "012": "Lai Châu"}
# Monday 23/11/2026, 09:00 in Việt Nam; 24/11 is a day off (Ngày Văn hóa Việt Nam)
NOW = datetime(2026, 11, 23, 9, 0, tzinfo=LOCAL_TZ)


def at(day: int, hour: int, minute: int = 0, month: int = 11, year: int = 2026) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=LOCAL_TZ)


def book(**changes) -> Booking:
    fields = dict(full_name=" Lường  Thị Hoa ".replace("  ", " "), phone="+84 912 345 678", id_number="",
                  email="", starts_at=at(25, 8, 0), minutes=15, note="", now=NOW, calendar=CALENDAR, hours=HOURS,
                  provinces=PROVINCES)
    fields.update(changes)
    return validate_booking(**fields)


def test_a_booking_is_normalised():
    booking = book(email="Hoa.Luong@Example.VN", id_number="012195000123", note="  Mang theo sổ hộ khẩu ")
    assert booking.full_name == "Lường Thị Hoa"
    assert booking.phone == "0912345678"
    assert booking.email == "Hoa.Luong@example.vn"
    assert booking.id_number == "012195000123"
    assert booking.note == "Mang theo sổ hộ khẩu"
    assert booking.ends_at == at(25, 8, 15)


@pytest.mark.parametrize("starts_at, minutes", [
    (at(25, 7, 30), 15),          # the morning's first slot
    (at(25, 11, 15), 15),         # ends as the morning closes
    (at(25, 13, 30), 240 - 30),   # most of the afternoon
    (at(23, 9, 1), 5),            # later today
])
def test_slots_inside_a_session_of_a_working_day(starts_at, minutes):
    check_slot(starts_at, minutes, NOW, CALENDAR, HOURS)


@pytest.mark.parametrize("starts_at, minutes, code", [
    (at(23, 8, 30), 15, "appointment.past"),
    (at(23, 9, 0), 15, "appointment.past"),
    (at(28, 8, 0), 15, "appointment.day_off"),                     # Saturday
    (at(1, 8, 0, month=1, year=2027), 15, "appointment.day_off"),  # Tết Dương lịch
    (at(25, 7, 0), 15, "appointment.hours"),                       # before opening
    (at(25, 11, 25), 15, "appointment.hours"),                     # runs past 11:30
    (at(25, 11, 30), 15, "appointment.hours"),                     # lunch
    (at(25, 16, 50), 15, "appointment.hours"),                     # past closing
    (at(25, 8, 0), 4, "appointment.minutes"),
    (at(25, 8, 0), 241, "appointment.minutes"),
])
def test_slots_that_cannot_be_kept(starts_at, minutes, code):
    with pytest.raises(DomainError) as refused:
        check_slot(starts_at, minutes, NOW, CALENDAR, HOURS)
    assert refused.value.code == code
    assert refused.value.field in ("starts_at", "minutes")
    assert str(refused.value)  # a Vietnamese sentence, not the code


def test_the_day_and_the_hours_are_named_in_the_message():
    with pytest.raises(DomainError) as day_off:
        check_slot(at(29, 8, 0), 15, NOW, CALENDAR, HOURS)
    assert "29/11/2026" in str(day_off.value)
    with pytest.raises(DomainError) as hours:
        check_slot(at(25, 12, 0), 15, NOW, CALENDAR, HOURS)
    assert "07:30–11:30, 13:30–17:00" in str(hours.value)


def test_the_slot_is_read_in_the_desks_time_zone():
    # 01:00 UTC is 08:00 in Việt Nam: inside the morning session
    check_slot(datetime(2026, 11, 25, 1, 0, tzinfo=timezone.utc), 15, NOW, CALENDAR, HOURS)
    with pytest.raises(DomainError):  # 05:00 UTC is noon, the lunch break
        check_slot(datetime(2026, 11, 25, 5, 0, tzinfo=timezone.utc), 15, NOW, CALENDAR, HOURS)
    with pytest.raises(ValueError):
        check_slot(datetime(2026, 11, 25, 8, 0), 15, NOW, CALENDAR, HOURS)


def test_every_wrong_field_is_reported_at_once():
    with pytest.raises(ValidationFailed) as failed:
        book(full_name="", phone="12345", id_number="999195000123", email="khong-phai-email",
             starts_at=at(22, 8, 0), note="x" * 501)
    assert set(failed.value.by_field()) == {"full_name", "phone", "id_number", "email", "note", "starts_at"}


def test_a_phone_number_is_required_and_the_id_number_is_not():
    with pytest.raises(ValidationFailed) as failed:
        book(phone="")
    assert set(failed.value.by_field()) == {"phone"}
    assert book(id_number="  ").id_number == ""


def test_local_day_bounds_and_status_labels():
    start, end = local_day_bounds(date(2026, 11, 25))
    assert start == at(25, 0, 0) and end - start == timedelta(days=1)
    assert start.astimezone(timezone.utc) == datetime(2026, 11, 24, 17, 0, tzinfo=timezone.utc)
    assert AppointmentStatus.CANCELLED.label == "Đã hủy"
    assert AppointmentStatus("booked") is AppointmentStatus.BOOKED
