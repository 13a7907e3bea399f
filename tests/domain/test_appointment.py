"""The rules of a booking, shared by the province that takes it and the desk that makes it or
shows it: the citizen, the slot of the grid, what may follow what, how today's list reads it."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone

import pytest

from desk_app.domain.appointment import (
    AppointmentStatus,
    Attendance,
    Purpose,
    attendance,
    check_change,
    local_day_bounds,
    validate_slot_booking,
)
from desk_app.domain.appointment_schedule import FieldRule, Schedule
from desk_app.domain.due_date import LOCAL_TZ
from desk_app.domain.errors import DomainError, ValidationFailed
from desk_app.domain.working_calendar import OfficeHours, WorkingCalendar

CALENDAR = WorkingCalendar()
SCHEDULE = Schedule(OfficeHours.parse("07:30-11:30,13:30-17:00"), FieldRule(15, 2), {"Đất đai": FieldRule(30, 1)})
PROVINCES = {"001": "Hà Nội", "012": "Lai Châu"}
# Monday 23/11/2026, 09:00 in Việt Nam; 24/11 is a day off (Ngày Văn hóa Việt Nam)
NOW = datetime(2026, 11, 23, 9, 0, tzinfo=LOCAL_TZ)


def at(day: int, hour: int, minute: int = 0, month: int = 11, year: int = 2026) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=LOCAL_TZ)


def book(**changes):
    fields = dict(full_name="Lường Thị Hoa", phone="+84 912 345 678", id_number="", email="",
                  starts_at=at(25, 8, 0), field_name="Hộ tịch", note="", now=NOW, calendar=CALENDAR,
                  schedule=SCHEDULE, provinces=PROVINCES)
    fields.update(changes)
    return validate_slot_booking(**fields)


def test_a_booking_is_normalised_into_its_slot():
    citizen, slot, note = book(email="Hoa.Luong@Example.VN", id_number="012195000123",
                               note="  Mang theo sổ hộ khẩu ")
    assert (citizen.full_name, citizen.phone, citizen.email, citizen.id_number) == (
        "Lường Thị Hoa", "0912345678", "Hoa.Luong@example.vn", "012195000123")
    assert note == "Mang theo sổ hộ khẩu"
    assert slot.starts_at == at(25, 8, 0) and slot.ends_at == at(25, 8, 15) and slot.capacity == 2


@pytest.mark.parametrize("starts_at, field_name, code", [
    (at(23, 8, 30), "Hộ tịch", "appointment.past"),
    (at(23, 9, 0), "Hộ tịch", "appointment.past"),           # now is not the future
    (at(24, 8, 0), "Hộ tịch", "appointment.day_off"),        # a public holiday
    (at(28, 8, 0), "Hộ tịch", "appointment.day_off"),        # a Saturday that is not a make-up day
    (at(25, 12, 0), "Hộ tịch", "appointment.hours"),         # the lunch break
    (at(25, 17, 0), "Hộ tịch", "appointment.hours"),         # the afternoon has closed
    (at(25, 8, 5), "Hộ tịch", "appointment.grid"),           # between two slots
    (at(25, 8, 15), "Đất đai", "appointment.grid"),          # this field's slots are 30 minutes
])
def test_a_booking_outside_the_grid_is_refused_with_why(starts_at, field_name, code):
    with pytest.raises(ValidationFailed) as failed:
        book(starts_at=starts_at, field_name=field_name)
    assert failed.value.by_field()["starts_at"].code == code


def test_a_make_up_saturday_opens_the_desk():
    saturday = date(2026, 11, 28)
    calendar = WorkingCalendar({saturday: True})
    _, slot, _ = book(starts_at=at(28, 7, 30), calendar=calendar)
    assert slot.starts_at.date() == saturday


def test_every_wrong_field_is_reported_at_once():
    with pytest.raises(ValidationFailed) as failed:
        book(full_name="", phone="12345", id_number="999195000123", email="khong-phai-email",
             starts_at=at(22, 8, 0), note="x" * 501)
    assert set(failed.value.by_field()) == {"full_name", "phone", "id_number", "email", "note", "starts_at"}


def test_a_phone_number_is_required_and_the_id_number_is_not():
    with pytest.raises(ValidationFailed) as failed:
        book(phone="")
    assert set(failed.value.by_field()) == {"phone"}
    assert book(id_number="  ")[0].id_number == ""


def test_what_may_follow_what():
    for to in AppointmentStatus:
        check_change(AppointmentStatus.BOOKED, to)
    check_change(AppointmentStatus.NO_SHOW, AppointmentStatus.ARRIVED)
    check_change(AppointmentStatus.NO_SHOW, AppointmentStatus.BOOKED)
    for current, to in [(AppointmentStatus.CANCELLED, AppointmentStatus.BOOKED),
                        (AppointmentStatus.ARRIVED, AppointmentStatus.CANCELLED),
                        (AppointmentStatus.NO_SHOW, AppointmentStatus.CANCELLED)]:
        with pytest.raises(DomainError) as refused:
            check_change(current, to)
        assert refused.value.code == "appointment.change" and current.label in str(refused.value)


def test_todays_list_reads_each_booking_at_the_moment():
    start, end = at(25, 8, 0), at(25, 8, 15)

    def read(status: AppointmentStatus, now: datetime) -> Attendance:
        return attendance(status, start, end, now)

    assert read(AppointmentStatus.BOOKED, at(25, 7, 50)) is Attendance.EXPECTED
    assert read(AppointmentStatus.BOOKED, at(25, 8, 4)) is Attendance.EXPECTED
    assert read(AppointmentStatus.BOOKED, at(25, 8, 5)) is Attendance.LATE
    assert read(AppointmentStatus.BOOKED, at(25, 8, 44)) is Attendance.LATE
    assert read(AppointmentStatus.BOOKED, at(25, 8, 45)) is Attendance.ABSENT
    assert read(AppointmentStatus.NO_SHOW, at(25, 8, 1)) is Attendance.ABSENT
    assert read(AppointmentStatus.ARRIVED, at(25, 9, 0)) is Attendance.ARRIVED
    assert read(AppointmentStatus.CANCELLED, at(25, 7, 0)) is Attendance.CANCELLED
    assert Attendance.LATE.label == "Đến muộn" and Purpose.COLLECT.label == "Nhận kết quả"


def test_local_day_bounds_and_status_labels():
    start, end = local_day_bounds(date(2026, 11, 25))
    assert start == at(25, 0, 0) and end - start == timedelta(days=1)
    assert start.astimezone(timezone.utc) == datetime(2026, 11, 24, 17, 0, tzinfo=timezone.utc)
    assert AppointmentStatus.CANCELLED.label == "Đã hủy" and AppointmentStatus.NO_SHOW.label == "Không đến"
    assert AppointmentStatus("booked") is AppointmentStatus.BOOKED
    assert time(7, 30) == SCHEDULE.hours.sessions[0][0]
