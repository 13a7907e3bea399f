"""Building requests for the server's tests: registered desks, intake and status operations, row counts."""

from __future__ import annotations

import uuid
from datetime import datetime, time, timezone
from decimal import Decimal
from functools import cache
from typing import Any

from fastapi.testclient import TestClient
from sqlalchemy import func, select

from desk_app.clock import format_instant
from desk_app.domain.due_date import LOCAL_TZ, compute_due
from desk_app.domain.working_calendar import OfficeHours, WorkingCalendar
from desk_app.sync import wire
from provincial.seed import SAMPLE_PASSWORD

AGENCY = "000.00.12.H12"
OTHER_AGENCY = "000.00.14.H12"
API = wire.API_PREFIX


LEASED = 600
"""Numbers every test desk leases for today when it registers: the server takes only codes leased
to the device that pushes them (or its reserve slice, 9000 + 50 × slot …)."""


def register(client: TestClient, username: str = "canbo1", device_name: str = "Quầy 1", lease: int = LEASED,
             **extra: Any) -> dict:
    """A registered device (the server's answer), holding a lease of `lease` numbers for today;
    its block is in ["lease"] as (first, last)."""
    answer = client.post(f"{API}/devices", json={"username": username, "password": SAMPLE_PASSWORD,
                                                 "device_name": device_name, **extra})
    assert answer.status_code == 200, answer.text
    registration = answer.json()
    if lease:
        granted = client.post(f"{API}/leases", json={"days": [{"day": today().date().isoformat(), "count": lease}]},
                              headers=auth(registration))
        assert granted.status_code == 200, granted.text
        block = granted.json()["leases"][0]
        registration["lease"] = (block["first"], block["last"])
    return registration


def auth(registration: dict) -> dict[str, str]:
    return {"Authorization": f"Bearer {registration['token']}"}


def today() -> datetime:
    return datetime.now(LOCAL_TZ)


def dossier_code(sequence: int, agency: str = AGENCY, day: datetime | None = None) -> str:
    return f"{agency}-{(day or today()):%y%m%d}-{sequence:04d}"


@cache
def _calendar() -> WorkingCalendar:
    return WorkingCalendar()


def due_for(received: datetime) -> tuple[str, str]:
    """(counted_from, due_at) of a khai sinh (1.001193: on the spot, after 15:00 the next working
    day) received then, at an agency with the default hours and no calendar of its own: what the
    server computes, and so what it accepts."""
    plan = compute_due(received, Decimal(0), _calendar(), OfficeHours(), time(15, 0))
    return format_instant(plan.counted_from), format_instant(plan.due_at)


def intake_payload(code: str, agency: str = AGENCY, status: str = "received", **overrides: Any) -> dict[str, Any]:
    received = datetime.now(timezone.utc).replace(microsecond=0)
    counted_from, due_at = due_for(received) if status == "received" else (None, None)
    payload = {
        "uuid": str(uuid.uuid4()), "code": code, "agency_code": agency, "status": status,
        "procedure_code": "1.001193", "procedure_name": "Thủ tục đăng ký khai sinh", "processing_days": "0",
        "fee_total_vnd": 0, "applicant_name": "Nguyễn Thị Thu Hằng", "applicant_name_folded": "nguyen thi thu hang",
        "applicant_id_number": "034190012345", "applicant_birth_date": "1990-03-05", "applicant_sex": "female",
        "applicant_address": "Thôn Đông, xã Tân Phong", "applicant_phone": "0912345678", "applicant_email": "",
        "received_at": received.isoformat(), "counted_from": counted_from, "due_at": due_at,
        "book_number": "01/2026", "book_entry": 1,
        "agency_name": "UBND xã Tân Phong", "place_name": "Tân Phong", "officer_name": "Nguyễn Thị Lan",
        "updated_at": received.isoformat(),
        "documents": [{"name": "Tờ khai", "kind": "original", "copies": 1, "received": True}],
    }
    payload.update(overrides)
    return payload


def intake_op(code: str, **overrides: Any) -> dict[str, Any]:
    return {"op_id": str(uuid.uuid4()), "kind": "dossier.intake", "dossier_code": code,
            "payload": intake_payload(code, **overrides), "created_at": datetime.now(timezone.utc).isoformat()}


def status_op(code: str, to: str, officer: str = "Nguyễn Thị Lan") -> dict[str, Any]:
    """A move; one to `returned` names the applicant of intake_payload as the receiver."""
    now = datetime.now(timezone.utc).isoformat()
    payload: dict[str, Any] = {"to": to, "at": now, "officer": officer}
    if to == "returned":
        applicant = intake_payload(code)
        payload["handover"] = {"receiver": {"id_number": applicant["applicant_id_number"],
                                            "name": applicant["applicant_name"]}}
    return {"op_id": str(uuid.uuid4()), "kind": "dossier.status", "dossier_code": code,
            "payload": payload, "created_at": now}


def count(engine, table) -> int:
    with engine.connect() as connection:
        return connection.execute(select(func.count()).select_from(table)).scalar_one()


def counts(engine) -> dict[str, int]:
    from provincial import schema

    return {name: count(engine, getattr(schema, name)) for name in
            ("dossiers", "dossier_events", "operations", "feed", "leases", "devices", "attachments")}
