"""`provincial` prints every time in local time with its offset, as `desk-app` does, though the
database and the wire keep UTC."""

from __future__ import annotations

import json
import re

from fastapi.testclient import TestClient

from api_support import API, AGENCY, auth, dossier_code, intake_op, register
from provincial.api.app import create_app
from provincial.cli import main

LOCAL_ISO = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?\+07:00")
LOCAL_TEXT = re.compile(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\+07:00")


def printed(capsys, db_url: str, *args: str) -> str:
    assert main(["--db", db_url, *args]) == 0
    return capsys.readouterr().out


def test_dossiers_bookings_and_devices_print_local_times(capsys, db_url, engine):
    code = dossier_code(21)
    with TestClient(create_app(db_url, engine)) as client:
        desk = register(client)
        client.post(f"{API}/operations", json={"operations": [intake_op(code)]}, headers=auth(desk))
        answer = client.get(f"{API}/dossiers/{code}", headers=auth(desk)).json()
    assert answer["events"][0]["at"].endswith("+00:00"), "the wire keeps UTC"
    for shown in (json.loads(printed(capsys, db_url, "dossier", "show", code, "--json")),
                  *json.loads(printed(capsys, db_url, "dossier", "list", "--agency", AGENCY, "--json"))):
        times = [shown["received_at"], shown["due_at"], *(event["at"] for event in shown["events"])]
        assert all(LOCAL_ISO.fullmatch(value) for value in times), times
    bookings = json.loads(printed(capsys, db_url, "appointment", "list", "--agency", AGENCY, "--json"))
    assert bookings and all(LOCAL_ISO.fullmatch(b["starts_at"]) and LOCAL_ISO.fullmatch(b["updated_at"])
                            for b in bookings), bookings
    (line,) = [line for line in printed(capsys, db_url, "device", "list", "--agency", AGENCY).splitlines()
               if line.startswith(desk["device_id"])]
    assert LOCAL_TEXT.fullmatch(line.split("\t")[4]), line
