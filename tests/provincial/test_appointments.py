"""Citizens' bookings on the provincial system: the back office's commands, the slot rules, and the
feed that carries each booking and its cancellation to the agency's desks, and to no one else."""

from __future__ import annotations

import json
from datetime import datetime

from fastapi.testclient import TestClient

from api_support import API, AGENCY, OTHER_AGENCY, auth, register
from desk_app.domain.due_date import LOCAL_TZ
from desk_app.domain.working_calendar import WorkingCalendar
from provincial.api.app import create_app
from provincial.cli import main
from provincial.seed import BOOKINGS


def run(capsys, db_url, *args):
    code = main(["--db", db_url, *args])
    out, err = capsys.readouterr()
    return code, out, err


def working_day(ahead: int):
    return WorkingCalendar().add_working_days(datetime.now(LOCAL_TZ).date(), ahead)


def book(capsys, db_url, at: str, *extra: str, agency: str = AGENCY):
    return run(capsys, db_url, "appointment", "book", "--agency", agency, "--procedure", "1.001193", "--at", at,
               "--name", "Lò  Văn Dũng", "--phone", "+84 912-345-678", *extra)


def appointments_in_feed(client: TestClient, desk: dict) -> dict[str, dict]:
    """The latest state of every appointment a desk's feed carries, by id."""
    found: dict[str, dict] = {}
    cursor = ""
    while True:
        page = client.get(f"{API}/feed", params={"cursor": cursor, "limit": 1000} if cursor else {"limit": 1000},
                          headers=auth(desk)).json()
        found.update({entry["key"]: entry["data"] for entry in page["entries"] if entry["kind"] == "appointment"})
        cursor = page["cursor"]
        if not page["more"]:
            return found


def test_book_list_and_cancel(capsys, db_url):
    day = working_day(3)
    status, _, err = book(capsys, db_url, f"{day}T14:15", "--minutes", "30")
    assert status == 2 and "dài 15 phút" in err
    status, out, err = book(capsys, db_url, f"{day}T14:15", "--minutes", "15", "--email", "Dung.Lo@Example.VN",
                            "--note", "Đăng ký khai sinh cho con")
    assert status == 0, err
    appointment_id = out.strip()
    status, out, _ = run(capsys, db_url, "appointment", "list", "--agency", AGENCY, "--day", str(day), "--json")
    listed = [a for a in json.loads(out) if a["id"] == appointment_id]
    assert status == 0 and len(listed) == 1
    booked = listed[0]
    assert booked["applicant_name"] == "Lò Văn Dũng" and booked["applicant_phone"] == "0912345678"
    assert booked["applicant_email"] == "Dung.Lo@example.vn" and booked["minutes"] == 15
    assert booked["name"] == "Lò Văn Dũng" and booked["phone"] == "0912345678" and booked["capacity"] == 4
    assert booked["procedure"]["code"] == "1.001193" and booked["purpose"] == "submit"
    assert booked["channel"] == "online" and booked["number"].startswith("LH")
    assert datetime.fromisoformat(booked["at"]).utcoffset().total_seconds() == 7 * 3600
    assert booked["procedure_name"] == "Thủ tục đăng ký khai sinh" and booked["status"] == "booked"
    assert datetime.fromisoformat(booked["starts_at"]).astimezone(LOCAL_TZ) == datetime.combine(
        day, datetime.strptime("14:15", "%H:%M").time(), tzinfo=LOCAL_TZ)
    assert run(capsys, db_url, "appointment", "cancel", booked["number"], "--reason", "Công dân báo bận")[0] == 0
    status, _, err = run(capsys, db_url, "appointment", "cancel", appointment_id)
    assert status == 2 and "đã hủy" in err
    status, out, _ = run(capsys, db_url, "appointment", "list", "--agency", AGENCY, "--day", str(day), "--json")
    assert [(a["status"], a["reason"]) for a in json.loads(out) if a["id"] == appointment_id] == [
        ("cancelled", "Công dân báo bận")]
    status, _, err = run(capsys, db_url, "appointment", "cancel", "khong-co")
    assert status == 2 and "Không có lịch hẹn" in err


def test_a_booking_that_breaks_the_rules_changes_nothing(capsys, db_url):
    before = run(capsys, db_url, "appointment", "list", "--agency", AGENCY, "--json")[1]
    status, _, err = run(capsys, db_url, "appointment", "book", "--agency", AGENCY, "--procedure", "1.001193",
                         "--at", f"{working_day(1)}T12:00", "--name", "A", "--phone", "123")
    assert status == 2
    assert "Họ và tên" in err and "điện thoại" in err.lower() and "buổi tiếp nhận" in err
    status, _, err = run(capsys, db_url, "appointment", "book", "--agency", AGENCY, "--procedure", "9.999999",
                         "--at", f"{working_day(1)}T08:00", "--name", "Lò Văn Dũng", "--phone", "0912345678")
    assert status == 2 and "9.999999" in err
    assert book(capsys, db_url, f"{working_day(1)}T08:00", agency="000.99.99.H99")[0] == 2
    assert run(capsys, db_url, "appointment", "list", "--agency", AGENCY, "--json")[1] == before


def test_the_feed_carries_bookings_to_the_agency_only(capsys, db_url, engine):
    day = working_day(2)
    appointment_id = book(capsys, db_url, f"{day}T09:00")[1].strip()
    with TestClient(create_app(db_url, engine)) as client:
        ours, theirs = register(client), register(client, "banbo1", "Quầy Bản Bo")
        seen = appointments_in_feed(client, ours)
        assert seen[appointment_id]["status"] == "booked" and seen[appointment_id]["agency_code"] == AGENCY
        assert len(seen) == len(BOOKINGS) + 1
        assert appointments_in_feed(client, theirs) == {}
        run(capsys, db_url, "appointment", "cancel", appointment_id)
        assert appointments_in_feed(client, ours)[appointment_id]["status"] == "cancelled"
        assert appointments_in_feed(client, theirs) == {}


def test_seeding_again_adds_no_bookings(capsys, db_url):
    first = run(capsys, db_url, "appointment", "list", "--agency", AGENCY, "--json")[1]
    assert len(json.loads(first)) == len(BOOKINGS)
    assert run(capsys, db_url, "seed")[0] == 0
    assert run(capsys, db_url, "appointment", "list", "--agency", AGENCY, "--json")[1] == first
    assert json.loads(run(capsys, db_url, "appointment", "list", "--agency", OTHER_AGENCY, "--json")[1]) == []


def test_a_slot_takes_its_capacity_and_no_more(capsys, db_url):
    at = f"{working_day(4)}T10:45"
    for _ in range(4):
        status, _, err = book(capsys, db_url, at)
        assert status == 0, err
    status, _, err = book(capsys, db_url, at)
    assert status == 2 and "kín chỗ" in err
    listed = json.loads(run(capsys, db_url, "appointment", "list", "--agency", AGENCY, "--day", at[:10], "--json")[1])
    numbers = {a["number"] for a in listed}
    assert len(listed) == 4 and len(numbers) == 4
    status, _, err = book(capsys, db_url, f"{working_day(4)}T10:50")
    assert status == 2 and "khung 15 phút" in err


def test_the_schedule_is_the_agencys_and_reaches_its_desks(capsys, db_url, engine):
    status, out, err = run(capsys, db_url, "appointment", "schedule", "--agency", AGENCY, "--capacity", "1",
                           "--field", "Hộ tịch=20/3")
    assert status == 0, err
    shown = json.loads(out)
    assert shown["capacity"] == 1 and shown["fields"] == [{"field": "Hộ tịch", "minutes": 20, "capacity": 3}]
    assert run(capsys, db_url, "appointment", "schedule", "--agency", AGENCY, "--sessions", "11:00-08:00")[0] == 2
    assert run(capsys, db_url, "appointment", "schedule", "--agency", AGENCY, "--field", "Hộ tịch=2/3")[0] == 2
    with TestClient(create_app(db_url, engine)) as client:
        desk = register(client)
        cursor, grids = "", []
        while True:
            page = client.get(f"{API}/feed", params={"cursor": cursor} if cursor else {}, headers=auth(desk)).json()
            grids += [e["data"] for e in page["entries"] if e["kind"] == "appointment.schedule"]
            cursor = page["cursor"]
            if not page["more"]:
                break
    assert grids[-1]["capacity"] == 1 and grids[-1]["fields"][0]["minutes"] == 20
