"""`desk-app support`: what a help desk needs, searched for every citizen's data of the desk and for the token."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from desk_app.cli import main
from desk_app.services.desk import Desk
from desk_app.sync import credentials, wire
from desk_app.sync.feed import apply_page
from intake_support import APPLICANT, register_locally, request_for

TOKEN = "tok_9f8e7d6c5b4a39281706f5e4d3c2b1a0"
PEOPLE = [
    APPLICANT,
    {**APPLICANT, "full_name": "Trần Văn Bảo", "id_number": "001095000111", "birth_date": "12/07/1995", "sex": "male",
     "address": "Số 12 Phố Huế, phường Hàng Bài, Hà Nội", "phone": "+84 983 111 222", "email": "bao.tran@gmail.com"},
]
BOOKING = {"id": "b1", "agency_code": "000.00.12.H12", "procedure_code": "1.001193",
           "procedure_name": "Thủ tục đăng ký khai sinh", "starts_at": "2026-11-25T01:30:00Z", "minutes": 20,
           "applicant_name": "Lường Thị Hoa", "applicant_phone": "0977654321", "applicant_id_number": "038301009999",
           "applicant_email": "hoa.luong@yahoo.com", "status": "booked", "updated_at": "2026-11-22T02:00:00Z"}


def citizens_data() -> set[str]:
    values = set()
    for person in PEOPLE:
        values |= {person["full_name"], person["id_number"], person["phone"], person["address"], person["email"],
                   person["phone"].replace(" ", "")}
    values |= {BOOKING["applicant_name"], BOOKING["applicant_phone"], BOOKING["applicant_id_number"],
               BOOKING["applicant_email"], "nguyen thi thu hang"}
    return values


@pytest.fixture
def busy_desk(qapp, data_dir, keyring_file, at_monday_morning) -> Path:
    desk = Desk.open(data_dir)
    codes = [desk.intake.submit(request_for(desk, **{k: v for k, v in p.items() if k != "procedure_code"})).code
             for p in PEOPLE]
    with desk.database.write() as connection:
        apply_page(connection, [wire.FeedEntry(kind=wire.FeedKind.APPOINTMENT, key="b1", data=BOOKING)])
    register_locally(desk)
    desk.close()
    credentials.store_token("http://127.0.0.1:1", "d-1", TOKEN)
    logs = data_dir / "logs"
    logs.mkdir()
    person, other = PEOPLE
    (logs / "desk.log").write_text(
        f"2026-11-23 09:15 INFO saved {codes[0]}\n"
        f"2026-11-23 09:16 WARNING lookup by name {person['full_name']} / nguyen thi thu hang\n"
        f"2026-11-23 09:17 WARNING {other['address']} {other['phone']} {other['email']} {other['id_number']}\n"
        f"2026-11-23 09:18 DEBUG Authorization: Bearer {TOKEN}\n", encoding="utf-8")
    (logs / "desk.log.1").write_text(
        f"2026-11-22 16:00 INFO booking {BOOKING['applicant_name']} {BOOKING['applicant_phone']}\n"
        "2026-11-22 16:01 INFO someone 0912345678 called, id 034190012345\n", encoding="utf-8")
    settings = data_dir / "settings.toml"
    settings.write_text(settings.read_text(encoding="utf-8").replace(
        'lookup_url = "https://dichvucong.hungyen.gov.vn/tra-cuu"',
        'lookup_url = "https://canbo1:matkhau@dichvucong.hungyen.gov.vn/tra-cuu"'), encoding="utf-8")
    return data_dir


def test_the_support_file_holds_what_a_help_desk_needs_and_no_citizens_data_nor_the_token(busy_desk, tmp_path,
                                                                                             capsys):
    out = tmp_path / "ho-tro.zip"
    assert main(["--data-dir", str(busy_desk), "support", "--out", str(out)]) == 0
    assert str(out) in capsys.readouterr().out
    assert (out.stat().st_mode & 0o077) == 0
    with zipfile.ZipFile(out) as archive:
        members = {name: archive.read(name).decode("utf-8") for name in archive.namelist()}
    assert {"README.txt", "versions.json", "doctor.txt", "doctor.json", "settings.toml", "sync.json", "backups.json",
            "logs/desk.log", "logs/desk.log.1"} == set(members)
    everything = "\n".join(members.values())
    for value in citizens_data() | {TOKEN, "matkhau"}:
        assert value not in everything, value
    versions = json.loads(members["versions.json"])
    assert {"desk_app", "python", "pyside6", "qt", "sqlite", "os"} <= set(versions)
    assert json.loads(members["sync.json"])["status"]["registered"] is True
    assert "[ĐẠT] Cơ sở dữ liệu" in members["doctor.txt"]
    assert "saved 000.00.12.H12-261123-0001" in members["logs/desk.log"], "the help desk still sees which dossier"
    assert "dichvucong.hungyen.gov.vn" in members["settings.toml"] and "Trần Văn Bình" in members["settings.toml"]


def test_with_the_database_unreadable_the_logs_stay_out(busy_desk, tmp_path):
    (busy_desk / "desk.sqlite3").write_bytes(b"\0" * 8192)
    out = tmp_path / "ho-tro.zip"
    assert main(["--data-dir", str(busy_desk), "support", "--out", str(out)]) == 0
    with zipfile.ZipFile(out) as archive:
        names = archive.namelist()
        doctor = archive.read("doctor.txt").decode("utf-8")
    assert not [name for name in names if name.startswith("logs/")]
    assert "[LỖI] Cơ sở dữ liệu" in doctor
