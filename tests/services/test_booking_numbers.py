"""A booking number is printed on a slip: never given twice by this folder, even when its database
is put back to an older copy whose blocks went back in time with it, nor by the blocks a database
from elsewhere brought."""

from __future__ import annotations

from datetime import datetime

import pytest

from desk_app.clock import LOCAL_TZ
from desk_app.domain.appointment_schedule import Schedule
from desk_app.domain.errors import ValidationFailed
from desk_app.services.appointments import BookingRequest
from desk_app.store import booking_places, numbering, sync_state_repo
from desk_app.store.issued_numbers import IssuedNumbers

DEVICE = "0b7c4a52-9d7e-4f55-8a47-2a3f5d6e7c81"


def _holding_desk(desk) -> list[datetime]:
    """A registered desk holding one place in each slot of the next working day, and a block of numbers."""
    day = desk.calendar.add_working_days(desk.clock().astimezone(LOCAL_TZ).date(), 1)
    field = desk.catalogue.get("1.001193").field
    slots = Schedule(desk.settings.office_hours).slots_of_day(day, field, desk.calendar)
    with desk.database.write() as connection:
        sync_state_repo.put(connection, {"server_url": "http://127.0.0.1:9", "device_id": DEVICE, "device_name": "Quầy 1",
                                         "agency_code": "000.00.12.H12", "reserve_first": "9000",
                                         "reserve_last": "9049"})
        booking_places.set_holdings(connection, [(field, slot.starts_at, 1) for slot in slots])
        booking_places.add_number_blocks(connection, [(day.year, 101, 150)])
    return [slot.starts_at for slot in slots]


def book(desk, starts_at: datetime) -> str:
    return desk.appointments.book(BookingRequest("1.001193", starts_at, "Lò Văn Dũng", "0912345678"))[0].number


def test_an_older_copy_of_the_database_never_gives_a_printed_number_again(desk):
    starts = _holding_desk(desk)
    first = book(desk, starts[0])
    with desk.database.write() as connection:
        connection.execute("UPDATE booking_blocks SET next_value = first")
        connection.execute("DELETE FROM appointments")
    again = book(desk, starts[1])
    assert first.endswith("000101") and again.endswith("000102")


def test_a_database_the_journal_does_not_cover_burns_its_blocks(desk):
    starts = _holding_desk(desk)
    book(desk, starts[0])
    with desk.database.write() as connection:
        sync_state_repo.put(connection, {numbering.JOURNAL_KEY: "a-journal-of-another-folder"})
    numbering.reconcile(desk.database, IssuedNumbers.open(desk.data_dir), desk.clock().astimezone(LOCAL_TZ).date(),
                        "000.00.12.H12")
    with pytest.raises(ValidationFailed) as refused:
        book(desk, starts[1])
    assert refused.value.by_field()["starts_at"].code == "appointment.no_numbers"
