"""The back office's commands: agencies, officers, dossiers through the state machine, catalogue,
calendar, devices; errors in Vietnamese with exit status 2."""

from __future__ import annotations

import json

from fastapi.testclient import TestClient

from api_support import API, AGENCY, auth, dossier_code, intake_op, register
from provincial.api.app import create_app
from provincial.cli import main


def run(capsys, db_url, *args, stdin=None, monkeypatch=None):
    if stdin is not None:
        import io

        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = main(["--db", db_url, *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_agency_officer_and_registration(capsys, monkeypatch, db_url, engine):
    assert run(capsys, db_url, "agency", "add", "000.00.20.H12", "UBND xã Mới", "--place", "Mới")[0] == 0
    code, _, err = run(capsys, db_url, "agency", "add", "000.00.20.H12", "lần nữa")
    assert code == 2 and "đã có" in err
    assert run(capsys, db_url, "agency", "add", "không-hợp-lệ", "x")[0] == 2
    assert run(capsys, db_url, "officer", "add", "--agency", "000.00.20.H12", "--username", "moi1", "--role",
               "officer", "--full-name", "Hà Văn Mới", stdin="matkhau123\n", monkeypatch=monkeypatch)[0] == 0
    code, _, err = run(capsys, db_url, "officer", "add", "--agency", "000.00.20.H12", "--username", "moi2",
                       "--role", "officer", stdin="ngan\n", monkeypatch=monkeypatch)
    assert code == 2 and "ít nhất" in err
    with TestClient(create_app(db_url, engine)) as client:
        answer = client.post(f"{API}/devices", json={"username": "moi1", "password": "matkhau123",
                                                     "device_name": "Quầy"})
        assert answer.status_code == 200 and answer.json()["agency"]["name"] == "UBND xã Mới"
        device_id = answer.json()["device_id"]
        token = answer.json()["token"]
        code, out, _ = run(capsys, db_url, "device", "list", "--agency", "000.00.20.H12")
        assert device_id in out and "9000" in out
        assert run(capsys, db_url, "device", "revoke", device_id)[0] == 0
        assert client.get(f"{API}/devices/me", headers={"Authorization": f"Bearer {token}"}).status_code == 401
        assert run(capsys, db_url, "device", "revoke", device_id)[0] == 2


def test_dossier_show_list_and_advance_through_the_state_machine(capsys, db_url, engine):
    with TestClient(create_app(db_url, engine)) as client:
        desk = register(client)
        code = dossier_code(12)
        client.post(f"{API}/operations", json={"operations": [intake_op(code)]}, headers=auth(desk))
    status, out, _ = run(capsys, db_url, "dossier", "show", code.lower(), "--json")
    shown = json.loads(out)
    assert status == 0 and shown["code"] == code and shown["status"] == "received" and shown["agency"] == AGENCY
    assert set(shown) >= {"code", "agency", "status", "applicant", "procedure", "received_at", "due_at", "events"}
    assert shown["events"][0]["kind"] == "intake"
    assert run(capsys, db_url, "dossier", "advance", code, "--to", "in_progress", "--officer", "Phòng Tư pháp")[0] == 0
    status, _, err = run(capsys, db_url, "dossier", "advance", code, "--to", "returned")
    assert status == 2 and "Không thể chuyển" in err
    assert run(capsys, db_url, "dossier", "advance", code, "--to", "khong-co")[0] == 2
    assert run(capsys, db_url, "dossier", "advance", code, "--to", "result_ready")[0] == 0
    status, _, err = run(capsys, db_url, "dossier", "advance", code, "--to", "returned")
    assert status == 2 and "quầy Một cửa" in err
    listing = json.loads(run(capsys, db_url, "dossier", "list", "--agency", AGENCY, "--json")[1])
    assert [d["status"] for d in listing] == ["result_ready"]
    assert [e["officer"] for e in listing[0]["events"]][1] == "Phòng Tư pháp"
    assert run(capsys, db_url, "dossier", "show", dossier_code(13), "--json")[0] == 2


def test_catalogue_import_and_calendar_reach_the_feed(capsys, db_url, engine, tmp_path):
    from importlib import resources

    sample = json.loads((resources.files("desk_app.resources") / "catalogue" / "sample.json").read_text("utf-8"))
    kept = sample["procedures"][:3]
    kept[0] = {**kept[0], "processing_days": 2}
    path = tmp_path / "catalogue.json"
    path.write_text(json.dumps({"procedures": kept}, ensure_ascii=False), encoding="utf-8")
    code, out, _ = run(capsys, db_url, "catalogue", "import", str(path))
    assert code == 0 and out.startswith("1 thủ tục") and "46" in out
    path.write_text("[{}]", encoding="utf-8")
    assert run(capsys, db_url, "catalogue", "import", str(path))[0] == 2
    assert run(capsys, db_url, "calendar", "set", "2026-12-26", "--workday", "--note", "Làm bù")[0] == 0
    with TestClient(create_app(db_url, engine)) as client:
        desk = register(client)
        entries = []
        cursor = None
        while True:
            page = client.get(f"{API}/feed", params={"cursor": cursor} if cursor else {}, headers=auth(desk)).json()
            entries += page["entries"]
            cursor = page["cursor"]
            if not page["more"]:
                break
    kinds = [e["kind"] for e in entries]
    assert kinds.count("procedure.removed") == 46 and kinds.count("procedure") == 50
    assert entries[kinds.index("calendar_day")]["data"] == {"day": "2026-12-26", "is_working": True, "note": "Làm bù"}


def test_seed_is_idempotent(capsys, db_url):
    assert run(capsys, db_url, "seed")[0] == 0
    assert run(capsys, db_url, "seed")[0] == 0
