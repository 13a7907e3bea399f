"""Sample data for a province that starts from nothing, and for demonstrations: two commune
agencies, their officers, the bundled sample catalogue. Running it again changes nothing."""

from __future__ import annotations

import json
from importlib import resources

from sqlalchemy import Connection, select

from desk_app.domain.catalogue import parse_catalogue
from provincial import backoffice
from provincial.schema import agencies, officers

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


def seed(connection: Connection) -> None:
    known_agencies = set(connection.execute(select(agencies.c.code)).scalars())
    for code, name, parent, place in AGENCIES:
        if code not in known_agencies:
            backoffice.add_agency(connection, code, name, parent, place)
    known_officers = set(connection.execute(select(officers.c.username)).scalars())
    for agency, username, role, full_name, title in OFFICERS:
        if username not in known_officers:
            backoffice.add_officer(connection, agency, username, SAMPLE_PASSWORD, role, full_name, title)
    sample = resources.files("desk_app.resources") / "catalogue" / "sample.json"
    backoffice.import_catalogue(connection, parse_catalogue(json.loads(sample.read_text(encoding="utf-8"))))
