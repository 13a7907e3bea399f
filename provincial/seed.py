"""Sample data for a province that starts from nothing, and for demonstrations: two commune
agencies with the default booking grid (07:30–11:30 and 13:30–17:00, 15-minute slots of two
citizens each), their officers, the bundled sample catalogue, and a few citizens' bookings at the
first agency over its next two working days. Running it again changes nothing (bookings are added only
while the agency has none still to come)."""

from __future__ import annotations

import json
from datetime import datetime, time, timezone
from importlib import resources

from sqlalchemy import Connection, select

from desk_app.domain.catalogue import parse_catalogue
from desk_app.domain.due_date import LOCAL_TZ
from provincial import backoffice
from provincial.rules import AgencyRules
from provincial.schema import agencies, appointment_schedules, appointments, officers

SAMPLE_PASSWORD = "motcua2026"
AGENCIES = (
    ("000.00.12.H12", "UBND xã Tân Phong", "Ủy ban nhân dân tỉnh Lai Châu", "Tân Phong"),
    ("000.00.14.H12", "UBND xã Bản Bo", "Ủy ban nhân dân tỉnh Lai Châu", "Bản Bo"),
)
OFFICERS = (
    ("000.00.12.H12", "canbo1", "officer", "Nguyễn Thị Lan", "Công chức Bộ phận Một cửa"),
    ("000.00.12.H12", "canbo2", "officer", "Lò Văn Dũng", "Công chức Bộ phận Một cửa"),
    ("000.00.12.H12", "quantri", "admin", "Trần Văn Quang", "Quản trị hệ thống"),
    ("000.00.14.H12", "banbo1", "officer", "Vàng Thị Mai", "Công chức Bộ phận Một cửa"),
)

# (working day from now: 1 or 2, local time, procedure, name, phone, note)
BOOKINGS = (
    (1, time(8, 0), "1.001193", "Lường Thị Hoa", "0912345678", "Đăng ký khai sinh cho con thứ hai"),
    (1, time(8, 30), "1.000894", "Tòng Văn Khánh", "0987654321", ""),
    (1, time(9, 15), "1.004873", "Đèo Thị Ngọc", "0356123456", "Cần giấy xác nhận để làm thủ tục vay vốn"),
    (1, time(14, 0), "1.001193", "Vàng A Páo", "0868111222", ""),
    (2, time(8, 0), "1.000656", "Hà Văn Thắng", "0905333444", ""),
    (2, time(10, 0), "1.004884", "Lò Thị Xuân", "0977555666", ""),
)


def seed(connection: Connection) -> None:
    known_agencies = set(connection.execute(select(agencies.c.code)).scalars())
    for code, name, parent, place in AGENCIES:
        if code not in known_agencies:
            backoffice.add_agency(connection, code, name, parent, place)
    scheduled = set(connection.execute(select(appointment_schedules.c.agency_code)).scalars())
    for code, *_ in AGENCIES:
        if code not in scheduled:
            backoffice.set_schedule(connection, code)
    known_officers = set(connection.execute(select(officers.c.username)).scalars())
    for agency, username, role, full_name, title in OFFICERS:
        if username not in known_officers:
            backoffice.add_officer(connection, agency, username, SAMPLE_PASSWORD, role, full_name, title)
    sample = resources.files("desk_app.resources") / "catalogue" / "sample.json"
    backoffice.import_catalogue(connection, parse_catalogue(json.loads(sample.read_text(encoding="utf-8"))))
    _sample_bookings(connection, AGENCIES[0][0], datetime.now(timezone.utc))


def _sample_bookings(connection: Connection, agency: str, now: datetime) -> None:
    upcoming = connection.execute(select(appointments.c.id).where(
        appointments.c.agency_code == agency, appointments.c.starts_at > now).limit(1)).first()
    if upcoming is not None:
        return
    calendar = AgencyRules(connection, agency, ()).calendar
    today = now.astimezone(LOCAL_TZ).date()
    days = {1: calendar.add_working_days(today, 1), 2: calendar.add_working_days(today, 2)}
    for ahead, at, procedure, name, phone, note in BOOKINGS:
        starts_at = datetime.combine(days[ahead], at, tzinfo=LOCAL_TZ)
        backoffice.book_appointment(connection, agency, procedure, starts_at, 15, name, phone, note=note, now=now)
