"""Booking at desks against a real provincial server, on SQLite and PostgreSQL: places leased
ahead of need, two desks cut off from the network never overbooking a slot, bookings going up
and coming down, and hostile or careless pushes refused while the rest goes on."""

from __future__ import annotations

import json
import uuid
from datetime import datetime, time, timedelta, timezone

import pytest

from desk_app.clock import LOCAL_TZ
from desk_app.domain.appointment import AppointmentStatus, Purpose
from desk_app.domain.errors import ValidationFailed
from desk_app.domain.working_calendar import WorkingCalendar
from desk_app.services.appointments import BookingRequest
from desk_app.store import outbox_repo
from desk_app.sync import wire
from sync_support import provincial

PROCEDURE = "1.001193"


def slot_at(ahead: int, at: time) -> datetime:
    day = WorkingCalendar().add_working_days(datetime.now(LOCAL_TZ).date(), ahead)
    return datetime.combine(day, at, LOCAL_TZ)


def request(starts_at: datetime | None, name: str = "Lò Văn Dũng", phone: str = "0912345678", **extra) -> BookingRequest:
    return BookingRequest(procedure_code=PROCEDURE, starts_at=starts_at, full_name=name, phone=phone, **extra)


def refused_by_province(province, *args: str) -> str:
    """The operator's command that must fail: its error."""
    with pytest.raises(AssertionError) as failed:
        provincial(province.db_url, *args)
    return str(failed.value)


def server_list(province, agency, day) -> list[dict]:
    return json.loads(provincial(province.db_url, "appointment", "list", "--agency", agency.code, "--day", str(day),
                                 "--json"))


def offline(province):
    """The network is down for the desks while the block runs."""

    class Down:
        def __enter__(self):
            province.server.stop()

        def __exit__(self, *exc):
            province.server.start()

    return Down()


def test_a_desk_holds_places_ahead_and_its_bookings_reach_the_province_and_the_other_desks(province, agency,
                                                                                           registered):
    first, second = registered("quay-1"), registered("quay-2")
    starts_at = slot_at(3, time(8, 30))
    view = [v for v in first.appointments.slots(starts_at.date(), PROCEDURE) if v.starts_at == starts_at][0]
    assert view.slot.capacity == 4 and view.held == 1 and view.free_here == 1 and view.bookable
    with offline(province):
        booked, changes = first.appointments.book(request(starts_at, id_number="", purpose=Purpose.SUBMIT))
    assert booked.number.startswith("LH") and booked.held_here and booked.channel == "desk"
    assert first.appointments.find(booked.number) == booked
    assert first.sync.run_once().ok and second.sync.run_once().ok
    listed = server_list(province, agency, starts_at.date())
    assert [(a["number"], a["channel"], a["name"], a["capacity"]) for a in listed] == [
        (booked.number, "desk", "Lò Văn Dũng", 4)]
    assert datetime.fromisoformat(listed[0]["at"]) == starts_at
    theirs = second.appointments.day(starts_at.date())
    assert [(a.number, a.held_here, a.channel) for a in theirs] == [(booked.number, False, "desk")]
    assert second.appointments.slots(starts_at.date(), PROCEDURE)[0].booked == 0
    assert [v.booked for v in second.appointments.slots(starts_at.date(), PROCEDURE) if v.starts_at == starts_at] == [1]


def test_two_offline_desks_never_overbook_a_slot_and_keep_every_promise(province, agency, registered):
    """Three places: one for each desk to hold ahead, one kept for the portal."""
    provincial(province.db_url, "appointment", "schedule", "--agency", agency.code, "--capacity", "3")
    first, second = registered("quay-1"), registered("quay-2")
    starts_at = slot_at(2, time(9, 0))
    with offline(province):
        mine, _ = first.appointments.book(request(starts_at, "Lường Thị Hoa", "0912000001"))
        with pytest.raises(ValidationFailed) as full:
            first.appointments.book(request(starts_at, "Tòng Văn Khánh", "0912000002"))
        refusal = full.value.by_field()["starts_at"]
        assert refusal.code == "appointment.full_here" and "09:15" in str(refusal)
        theirs, _ = second.appointments.book(request(starts_at, "Đèo Thị Ngọc", "0912000003"))
        with pytest.raises(ValidationFailed):
            second.appointments.book(request(starts_at, "Hà Văn Thắng", "0912000004"))
    for desk in (first, second, first):
        report = desk.sync.run_once()
        assert report.ok and report.problems == 0
    listed = server_list(province, agency, starts_at.date())
    assert sorted(a["number"] for a in listed) == sorted([mine.number, theirs.number]) and mine.number != theirs.number
    assert all(a["status"] == "booked" and a["capacity"] == 3 for a in listed)
    online = ["appointment", "book", "--agency", agency.code, "--procedure", PROCEDURE,
              "--at", starts_at.strftime("%Y-%m-%dT%H:%M"), "--phone", "0868111222", "--name"]
    provincial(province.db_url, *online, "Vàng A Páo")
    assert "kín chỗ" in refused_by_province(province, *online, "Hà Văn Thắng")
    assert len(server_list(province, agency, starts_at.date())) == 3
    for desk in (first, second):
        assert desk.sync.run_once().ok
        assert {a.applicant_name for a in desk.appointments.day(starts_at.date())} == {
            "Lường Thị Hoa", "Đèo Thị Ngọc", "Vàng A Páo"}


def test_an_online_booking_takes_only_places_no_desk_holds_and_a_cancellation_frees_one(province, agency, registered):
    """Two places: the desk holds one ahead, the portal keeps the other."""
    provincial(province.db_url, "appointment", "schedule", "--agency", agency.code, "--capacity", "2")
    desk = registered("quay-1")
    starts_at = slot_at(4, time(10, 0))
    at = starts_at.strftime("%Y-%m-%dT%H:%M")

    def online(name: str, phone: str) -> list[str]:
        return ["appointment", "book", "--agency", agency.code, "--procedure", PROCEDURE, "--at", at, "--name", name,
                "--phone", phone]

    online_id = provincial(province.db_url, *online("Vàng A Páo", "0868111222")).strip()
    assert "kín chỗ" in refused_by_province(province, *online("Hà Văn Thắng", "0905333444"))
    assert desk.sync.run_once().ok
    view = [v for v in desk.appointments.slots(starts_at.date(), PROCEDURE) if v.starts_at == starts_at][0]
    assert view.booked == 1 and view.free_here == 1
    booked, _ = desk.appointments.book(request(starts_at))
    assert desk.sync.run_once().ok
    desk.appointments.cancel(booked.number, "Công dân đổi ý")
    assert desk.sync.run_once().ok
    statuses = {a["number"]: a["status"] for a in server_list(province, agency, starts_at.date())}
    assert statuses[booked.number] == "cancelled" and list(statuses.values()).count("booked") == 1
    provincial(province.db_url, "appointment", "cancel", online_id, "--reason", "Công dân báo bận")
    assert provincial(province.db_url, *online("Hà Văn Thắng", "0905333444")).strip()
    assert desk.sync.run_once().ok
    day = {a.applicant_name: a.status for a in desk.appointments.day(starts_at.date())}
    assert day == {"Vàng A Páo": AppointmentStatus.CANCELLED, "Lò Văn Dũng": AppointmentStatus.CANCELLED,
                   "Hà Văn Thắng": AppointmentStatus.BOOKED}


def test_arrival_no_show_and_a_move_reach_the_province_and_the_number_stays(province, agency, registered):
    desk = registered("quay-1")
    first_at, later_at = slot_at(2, time(13, 0)), slot_at(3, time(14, 30))
    booked, _ = desk.appointments.book(request(first_at))
    other, _ = desk.appointments.book(request(slot_at(2, time(13, 15)), "Lường Thị Hoa", "0912000001"))
    desk.appointments.reschedule(booked.number, later_at)
    desk.appointments.mark(other.number, AppointmentStatus.NO_SHOW)
    arrived, _ = desk.appointments.check_in(other.number)
    assert arrived.status is AppointmentStatus.ARRIVED
    assert desk.sync.run_once().ok and desk.sync.status().problems == 0
    moved = [a for a in server_list(province, agency, later_at.date()) if a["number"] == booked.number][0]
    assert datetime.fromisoformat(moved["at"]) == later_at and moved["status"] == "booked"
    assert [a["status"] for a in server_list(province, agency, first_at.date()) if a["number"] == other.number] == [
        "arrived"]
    with pytest.raises(Exception) as again:
        desk.appointments.cancel(other.number, "nhầm")
    assert getattr(again.value, "code", "") == "appointment.change"


def test_bad_bookings_are_refused_at_their_fields_and_leave_nothing(province, agency, registered):
    desk = registered("quay-1")
    with desk.database.read() as connection:
        pending = outbox_repo.pending_count(connection)
    holiday = datetime(2027, 1, 1, 8, 0, tzinfo=LOCAL_TZ)
    cases = {
        "past": (request(datetime.now(LOCAL_TZ) - timedelta(hours=1)), "starts_at", "appointment.past"),
        "lunch": (request(slot_at(2, time(12, 0))), "starts_at", "appointment.hours"),
        "off grid": (request(slot_at(2, time(8, 7))), "starts_at", "appointment.grid"),
        "holiday": (request(holiday), "starts_at", "appointment.day_off"),
        "phone": (request(slot_at(2, time(8, 0)), phone="12"), "phone", None),
        "id": (request(slot_at(2, time(8, 0)), id_number="00109000123"), "id_number", None),
        "procedure": (BookingRequest("9.999999", slot_at(2, time(8, 0)), "Lò Văn Dũng", "0912345678"), "procedure",
                      "appointment.procedure_unknown"),
        "collect without dossier": (request(slot_at(2, time(8, 0)), purpose=Purpose.COLLECT), "dossier_code",
                                    "appointment.dossier"),
    }
    for name, (bad, field, code) in cases.items():
        with pytest.raises(ValidationFailed) as refused:
            desk.appointments.book(bad)
        errors = refused.value.by_field()
        assert field in errors, (name, errors)
        assert code is None or errors[field].code == code, (name, errors[field].code)
    with desk.database.read() as connection:
        assert outbox_repo.pending_count(connection) == pending
        assert connection.execute("SELECT COUNT(*) FROM appointments").fetchone()[0] == 0


def _push(province, desk, operations: list[dict]) -> list[dict]:
    """Operations straight to the server with the desk's own token, as a hostile or broken desk would."""
    import httpx

    from desk_app.store import sync_state_repo
    from desk_app.sync import credentials

    with desk.database.read() as connection:
        registration = sync_state_repo.registration(connection)
    token = credentials.load_token(registration.server_url, registration.device_id)
    answer = httpx.post(f"{province.url}{wire.API_PREFIX}/operations", json={"operations": operations},
                        headers={"Authorization": f"Bearer {token}"}, timeout=10)
    assert answer.status_code == 200, (answer.text, province.server.log()[-3000:])
    return answer.json()["results"]


def _book_op(number: str, starts_at: datetime, **changes) -> dict:
    payload = {"id": str(uuid.uuid4()), "number": number, "procedure_code": PROCEDURE,
               "procedure_name": "Thủ tục đăng ký khai sinh", "field": "Hộ tịch",
               "starts_at": starts_at.astimezone(timezone.utc).isoformat(), "minutes": 15,
               "applicant_name": "Lò Văn Dũng", "applicant_phone": "0912345678",
               "booked_at": datetime.now(timezone.utc).isoformat(), "officer": "Phạm Thị Mai"} | changes
    return {"op_id": str(uuid.uuid4()), "kind": "appointment.book", "dossier_code": number, "payload": payload,
            "created_at": datetime.now(timezone.utc).isoformat()}


def test_the_province_refuses_what_no_honest_desk_sends_and_applies_the_rest(province, agency, registered):
    provincial(province.db_url, "appointment", "schedule", "--agency", agency.code, "--capacity", "2")
    honest, other = registered("quay-1"), registered("quay-2")
    starts_at = slot_at(2, time(15, 0))
    provincial(province.db_url, "appointment", "book", "--agency", agency.code, "--procedure", PROCEDURE,
               "--at", starts_at.strftime("%Y-%m-%dT%H:%M"), "--name", "Vàng A Páo", "--phone", "0868111222")
    booked, _ = honest.appointments.book(request(starts_at))
    with honest.database.read() as connection:
        (row,) = outbox_repo.pending_batch(connection, 0, 10)
    genuine = {"op_id": row.op_id, "kind": row.kind, "dossier_code": row.dossier_code,
               "payload": json.loads(row.payload_json), "created_at": row.created_at}
    next_number = f"{booked.number[:5]}{int(booked.number[5:]) + 1:06d}"
    results = _push(province, other, [
        _book_op(booked.number, starts_at),
        _book_op("LH26-999999", starts_at),
        _book_op(next_number, starts_at, applicant_name="A\u0000B"),
    ])
    assert [r["reason_code"] for r in results] == ["appointment.number_not_leased"] * 2 + ["sync.payload_invalid"]
    results = _push(province, honest, [genuine, genuine])
    assert [r["outcome"] for r in results] == ["applied", "duplicate"]
    results = _push(province, honest, [_book_op(next_number, starts_at), _book_op(booked.number, starts_at)])
    assert [(r["outcome"], r["reason_code"]) for r in results] == [("rejected", "appointment.full"),
                                                                   ("rejected", "appointment.number_taken")]
    assert sorted(a["channel"] for a in server_list(province, agency, starts_at.date())) == ["desk", "online"]
    assert honest.sync.run_once().ok


def test_a_pickup_time_booked_at_intake_is_printed_on_the_receipt_and_reaches_the_province(province, agency,
                                                                                           registered):
    from intake_support import request_for
    from pdf_reading import pdf_text

    desk = registered("quay-1")
    plan = desk.intake.plan_due(desk.catalogue.get(PROCEDURE))
    offered = desk.appointments.free_after(PROCEDURE, plan.due_at, 3)
    assert offered and all(slot.starts_at >= plan.due_at for slot in offered)
    with pytest.raises(ValidationFailed) as early:
        desk.intake.submit(request_for(desk, pickup_at=plan.due_at - timedelta(days=1)))
    assert early.value.by_field()["pickup"].code == "intake.pickup_before_due"
    with pytest.raises(ValidationFailed) as no_phone:
        desk.intake.submit(request_for(desk, phone="", pickup_at=offered[0].starts_at))
    assert no_phone.value.by_field()["phone"].code == "contact.phone.empty"
    with desk.database.read() as connection:
        assert connection.execute("SELECT COUNT(*) FROM dossiers").fetchone()[0] == 0
        assert connection.execute("SELECT COUNT(*) FROM appointments").fetchone()[0] == 0
    result = desk.intake.submit(request_for(desk, pickup_at=offered[0].starts_at))
    following = desk.intake.submit(request_for(desk))
    assert int(following.code[-4:]) == int(result.code[-4:]) + 1
    assert int(result.code[-4:]) in (1, 9000)
    assert result.pickup_number and result.pickup_number.startswith("LH")
    pickup = desk.appointments.find(result.pickup_number)
    assert (pickup.purpose, pickup.dossier_code, pickup.starts_at) == (Purpose.COLLECT, result.code,
                                                                       offered[0].starts_at)
    text = pdf_text(desk.forms.render(result.code).pdf)
    assert "Đã hẹn giờ nhận kết quả" in text and result.pickup_number in text
    assert desk.sync.run_once().ok and desk.sync.status().problems == 0
    listed = server_list(province, agency, offered[0].starts_at.date())
    assert [(a["number"], a["purpose"], a["dossier_code"]) for a in listed] == [
        (result.pickup_number, "collect", result.code)]


def test_a_refused_change_gives_way_to_the_provinces_state(province, agency, registered):
    """Desk B moves a booking offline while the province cancels it: the move is refused, and the
    cancellation, older than B's own state, still reaches B."""
    first, second = registered("quay-1"), registered("quay-2")
    booked, _ = first.appointments.book(request(slot_at(2, time(10, 30))))
    assert first.sync.run_once().ok and second.sync.run_once().ok
    provincial(province.db_url, "appointment", "cancel", booked.number, "--agency", agency.code,
               "--reason", "Công dân gọi điện hủy")
    with offline(province):
        second.appointments.reschedule(booked.number, slot_at(3, time(10, 30)))
    report = second.sync.run_once()
    assert report.rejected == 1 and second.sync.status().problems == 1
    mine = second.appointments.find(booked.number)
    assert mine.status is AppointmentStatus.CANCELLED and mine.reason == "Công dân gọi điện hủy"


def test_a_new_registration_drops_the_old_devices_places_and_a_revoked_device_gives_its_spare_back(
        province, agency, registered):
    provincial(province.db_url, "appointment", "schedule", "--agency", agency.code, "--capacity", "2")
    desk = registered("quay-1")
    starts_at = slot_at(2, time(14, 0))
    booked, _ = desk.appointments.book(request(starts_at))
    assert desk.sync.run_once().ok
    view = [v for v in desk.appointments.slots(starts_at.date(), PROCEDURE) if v.starts_at == starts_at][0]
    assert (view.held, view.used_here) == (1, 1)
    devices = provincial(province.db_url, "device", "list", "--agency", agency.code).splitlines()
    old_device = devices[0].split("\t")[0]
    provincial(province.db_url, "device", "revoke", old_device)
    desk.sync.register(province.url, agency.username, agency.password, "quay-1")
    with desk.database.read() as connection:
        assert connection.execute("SELECT COUNT(*) FROM appointment_places").fetchone()[0] == 0
        assert connection.execute("SELECT COUNT(*) FROM booking_blocks").fetchone()[0] == 0
    assert desk.sync.run_once().ok
    view = [v for v in desk.appointments.slots(starts_at.date(), PROCEDURE) if v.starts_at == starts_at][0]
    assert view.booked == 1 and view.used_here == 0 and view.free_here == 0
    later = slot_at(2, time(14, 15))
    other = [v for v in desk.appointments.slots(later.date(), PROCEDURE) if v.starts_at == later][0]
    assert other.held == 1
    provincial(province.db_url, "appointment", "book", "--agency", agency.code, "--procedure", PROCEDURE,
               "--at", starts_at.strftime("%Y-%m-%dT%H:%M"), "--name", "Vàng A Páo", "--phone", "0868111222")
    assert "kín chỗ" in refused_by_province(
        province, "appointment", "book", "--agency", agency.code, "--procedure", PROCEDURE,
        "--at", starts_at.strftime("%Y-%m-%dT%H:%M"), "--name", "Hà Văn Thắng", "--phone", "0905333444")


def test_a_desk_that_narrows_its_hours_books_and_holds_places_inside_them_only(province, agency, registered,
                                                                               open_desk):
    desk = registered("quay-1")
    afternoon = slot_at(2, time(14, 0))
    assert [v.held for v in desk.appointments.slots(afternoon.date(), PROCEDURE) if v.starts_at == afternoon] == [1]
    desk.close()
    with open(desk.data_dir / "settings.toml", "a", encoding="utf-8") as settings:
        settings.write('\n[appointments]\nsessions = "07:30-10:00"\n')
    desk = open_desk("quay-1")
    assert desk.sync.run_once().ok
    views = desk.appointments.slots(afternoon.date(), PROCEDURE)
    assert views and all(v.starts_at.time() < time(10, 0) for v in views)
    with pytest.raises(ValidationFailed) as refused:
        desk.appointments.book(request(afternoon))
    error = refused.value.by_field()["starts_at"]
    assert error.code == "appointment.hours" and "07:30–10:00" in str(error)
    with desk.database.read() as connection:
        held = dict(connection.execute("SELECT starts_at, held FROM appointment_places WHERE starts_at = ?",
                                       (afternoon.astimezone(timezone.utc).isoformat(),)).fetchall())
    assert held == {afternoon.astimezone(timezone.utc).isoformat(): 0}
    assert desk.appointments.book(request(slot_at(2, time(9, 45))))[0].number
