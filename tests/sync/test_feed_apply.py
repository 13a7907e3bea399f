"""Applying feed pages: the province replaces the sample, status changes land once, other desks' dossiers arrive."""

from __future__ import annotations

import json
from datetime import date

from desk_app.catalogue_file import sample_catalogue_path
from desk_app.store import officers_repo
from desk_app.sync import wire
from desk_app.sync.feed import apply_page
from intake_support import request_for


def entry(kind: wire.FeedKind, key: str, data: dict) -> wire.FeedEntry:
    return wire.FeedEntry(kind=kind, key=key, data=data)


def other_desks_dossier(desk) -> dict:
    """An intake saved on this desk, taken back out as another desk of the agency would send it."""
    code = desk.intake.submit(request_for(desk, full_name="Lê Văn Cường", id_number="001095000777",
                                                  birth_date="12/07/1995", sex="male")).code
    with desk.database.write() as connection:
        payload = json.loads(connection.execute("SELECT payload_json FROM outbox WHERE dossier_code = ?",
                                                (code,)).fetchone()[0])
        connection.execute("DELETE FROM dossiers WHERE code = ?", (code,))
        connection.execute("DELETE FROM outbox")
    return payload


def test_a_page_replaces_the_sample_and_applies_once(desk):
    procedure = json.loads(sample_catalogue_path().read_text(encoding="utf-8"))["procedures"][0]
    procedure = {**procedure, "code": "9.999999", "name": "Thủ tục của tỉnh"}
    dossier = other_desks_dossier(desk)
    change = {"code": dossier["code"], "status_from": "received", "status_to": "in_progress",
              "at": "2026-11-23T03:00:00+00:00", "officer": "Phòng Tư pháp"}
    page = [
        entry(wire.FeedKind.PROCEDURE, "9.999999", procedure),
        entry(wire.FeedKind.CALENDAR_DAY, "2026-11-25", {"day": "2026-11-25", "is_working": False, "note": "Bão"}),
        entry(wire.FeedKind.OFFICER, "canbo1", {"username": "canbo1", "full_name": "Nguyễn Thị Lan", "role": "officer"}),
        entry(wire.FeedKind.DOSSIER, dossier["code"], dossier),
        entry(wire.FeedKind.DOSSIER_STATUS, dossier["code"], change),
        entry(wire.FeedKind.DOSSIER_STATUS, "000.00.12.H12-261101-0001", {**change, "code": "000.00.12.H12-261101-0001"}),
    ]
    for _ in range(2):
        with desk.database.write() as connection:
            applied = apply_page(connection, page)
        desk._pulled(applied.catalogue, applied.calendar)
    assert applied.set_aside == 0
    assert [p.code for p in desk.catalogue.all()] == ["9.999999"]
    assert not desk.calendar.is_working_day(date(2026, 11, 25))
    with desk.database.read() as connection:
        assert [o.full_name for o in officers_repo.all_officers(connection)] == ["Nguyễn Thị Lan"]
    detail = desk.lookup.get(dossier["code"])
    assert detail.status.value == "in_progress"
    assert [(e["kind"], e["status_to"]) for e in detail.events] == [("intake", "received"), ("status", "in_progress")]


def test_an_unreadable_entry_is_set_aside_with_its_reason_and_the_page_goes_on(desk):
    page = [entry(wire.FeedKind.CALENDAR_DAY, "x", {"day": "not a day", "is_working": True}),
            entry(wire.FeedKind.CALENDAR_DAY, "2026-12-01", {"day": "2026-12-01", "is_working": False})]
    with desk.database.write() as connection:
        applied = apply_page(connection, page)
    assert applied.set_aside == 1 and applied.calendar


def test_an_appointment_keeps_its_latest_state_whatever_order_it_is_read_in(desk):
    booked = {"id": "a1", "agency_code": "000.00.12.H12", "procedure_code": "1.001193",
              "procedure_name": "Thủ tục đăng ký khai sinh", "starts_at": "2026-11-25T01:00:00Z", "minutes": 15,
              "applicant_name": "Lường Thị Hoa", "applicant_phone": "0912345678", "status": "booked",
              "updated_at": "2026-11-23T02:00:00Z"}
    cancelled = {**booked, "status": "cancelled", "updated_at": "2026-11-23T03:00:00Z"}
    for page in ([booked, cancelled], [booked]):  # the second: a feed read again from its start
        with desk.database.write() as connection:
            applied = apply_page(connection, [entry(wire.FeedKind.APPOINTMENT, "a1", data) for data in page])
        assert applied.appointments and applied.set_aside == 0
    [appointment] = desk.appointments.day(date(2026, 11, 25))
    assert appointment.status.value == "cancelled"
    assert f"{appointment.starts_at:%H:%M %d/%m}" == "08:00 25/11" and appointment.channel == "online"
    with desk.database.write() as connection:
        applied = apply_page(connection, [entry(wire.FeedKind.APPOINTMENT, "a2", {**booked, "minutes": 0})])
    assert applied.set_aside == 1 and desk.appointments.day(date(2026, 11, 25)) == [appointment]


def test_an_entry_the_rules_refuse_is_set_aside_under_the_rules_own_code(desk):
    """Kept as the code and values of the refusal, so the window words it in its own language."""
    procedure = json.loads(sample_catalogue_path().read_text(encoding="utf-8"))["procedures"][0]
    with desk.database.write() as connection:
        applied = apply_page(connection, [entry(wire.FeedKind.PROCEDURE, procedure["code"],
                                                {**procedure, "processing_days": -1})])
    assert applied.set_aside == 1
    [problem] = desk.sync.problems()
    assert (problem.reason_code, problem.reason_params["count"]) == ("catalogue.invalid", 1)
    assert problem.reason.startswith("Danh mục thủ tục có 1 lỗi")
