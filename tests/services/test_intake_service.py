"""Intake through the Desk facade: validation at fields, codes, due dates, durability, the outbox."""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime

import pytest

from desk_app.clock import LOCAL_TZ
from desk_app.domain.dossier_state import DossierStatus
from desk_app.domain.errors import DomainError, ValidationFailed
from desk_app.services.intake import Decision
from intake_support import APPLICANT, request_for

def field_codes(error: ValidationFailed) -> dict[str, str]:
    return {e.field: e.code for e in error.errors}


def test_first_dossier_of_the_day_gets_sequence_one_and_is_committed(desk):
    result = desk.intake.submit(request_for(desk))
    assert result.code == "000.00.12.H12-261123-0001"
    assert result.status is DossierStatus.RECEIVED
    row = sqlite3.connect(desk.database.path).execute(
        "SELECT applicant_name, applicant_phone, status FROM dossiers WHERE code = ?", (result.code,)).fetchone()
    assert row == ("Nguyễn Thị Thu Hằng", "0912345678", "received")


def test_sequences_follow_each_other_and_restart_next_day(desk, at_monday_morning):
    first = desk.intake.submit(request_for(desk)).code
    second = desk.intake.submit(request_for(desk)).code
    at_monday_morning.move_to(datetime(2026, 11, 25, 8, 0, tzinfo=LOCAL_TZ))
    next_day = desk.intake.submit(request_for(desk)).code
    assert [first[-4:], second[-4:]] == ["0001", "0002"]
    assert next_day == "000.00.12.H12-261125-0001"


def test_due_date_skips_the_holiday_and_is_stored(desk):
    procedure = desk.catalogue.get("1.001193")
    result = desk.intake.submit(request_for(desk))
    plan = desk.intake.plan_due(procedure, result.received_at)
    assert result.due_at == plan.due_at
    assert result.due_at.date() != datetime(2026, 11, 24).date()
    detail = desk.lookup.get(result.code)
    assert detail.due_at == result.due_at


def test_every_wrong_field_is_reported_at_once_and_nothing_is_saved(desk):
    bad = request_for(desk, id_number="12345", phone="12ab", email="không-phải-email", address="")
    with pytest.raises(ValidationFailed) as caught:
        desk.intake.submit(bad)
    fields = field_codes(caught.value)
    assert {"id_number", "phone", "email", "address"} <= set(fields)
    assert all(str(e) for e in caught.value.errors)
    assert desk.pending_operations() == 0
    assert desk.lookup.find("Hằng") == []


def test_missing_documents_need_a_supplement_request_not_a_receipt(desk):
    with pytest.raises(ValidationFailed) as caught:
        desk.intake.submit(request_for(desk, received=False))
    assert field_codes(caught.value) == {"documents": "intake.documents_missing"}
    result = desk.intake.submit(request_for(desk, received=False, decision=Decision.SUPPLEMENT,
                                            reason="Thiếu giấy chứng sinh bản chính"))
    assert result.status is DossierStatus.SUPPLEMENT_REQUESTED
    assert result.due_at is None


def test_refusal_needs_a_reason(desk):
    with pytest.raises(ValidationFailed) as caught:
        desk.intake.submit(request_for(desk, decision=Decision.REFUSE))
    assert field_codes(caught.value) == {"reason": "intake.refusal_needs_reason"}
    result = desk.intake.submit(request_for(desk, decision=Decision.REFUSE,
                                            reason="Thủ tục thuộc thẩm quyền của cơ quan khác"))
    assert result.status is DossierStatus.REFUSED


def test_a_name_without_diacritics_is_never_saved_unconfirmed(desk):
    with pytest.raises(ValidationFailed) as caught:
        desk.intake.submit(request_for(desk, full_name="NGUYEN THI THU HANG"))
    assert field_codes(caught.value) == {"full_name": "applicant.name_without_diacritics"}
    result = desk.intake.submit(request_for(desk, full_name="NGUYEN THI THU HANG",
                                            accept_name_without_diacritics=True))
    assert result.status is DossierStatus.RECEIVED


def test_intake_is_queued_for_the_provincial_system_in_the_same_transaction(desk):
    result = desk.intake.submit(request_for(desk))
    rows = sqlite3.connect(desk.database.path).execute("SELECT kind, dossier_code, payload_json FROM outbox").fetchall()
    assert [(kind, code) for kind, code, _ in rows] == [("dossier.intake", result.code)]
    payload = json.loads(rows[0][2])
    assert payload["applicant_id_number"] == APPLICANT["id_number"]
    assert len(payload["documents"]) == len(desk.catalogue.get("1.001193").documents)


def test_the_desk_block_bounds_the_sequence(data_dir, at_monday_morning):
    from desk_app.services.desk import Desk

    settings = data_dir / "settings.toml"
    settings.write_text(settings.read_text(encoding="utf-8") + '\n[codes]\nsequence_block = "0500-0501"\n',
                        encoding="utf-8")
    desk = Desk.open(data_dir)
    try:
        codes = [desk.intake.submit(request_for(desk)).code[-4:] for _ in range(2)]
        assert codes == ["0500", "0501"]
        with pytest.raises(DomainError) as caught:
            desk.intake.submit(request_for(desk))
        assert caught.value.code == "dossier_code.exhausted"
    finally:
        desk.close()


def test_reprint_is_identical_to_the_first_print(desk, at_monday_morning):
    code = desk.intake.submit(request_for(desk)).code
    first = desk.forms.render(code)
    at_monday_morning.move_to(datetime(2026, 12, 2, 15, 0, tzinfo=LOCAL_TZ))
    assert desk.forms.render(code).pdf == first.pdf


def test_control_characters_never_reach_the_database(desk):
    result = desk.intake.submit(request_for(desk, address="Thôn\x00 Đông,\x1b xã Đông Hưng", note="Ghi\x07 chú"))
    row = sqlite3.connect(desk.database.path).execute(
        "SELECT applicant_address, note FROM dossiers WHERE code = ?", (result.code,)).fetchone()
    assert row == ("Thôn Đông, xã Đông Hưng", "Ghi chú")


def test_a_note_longer_than_a_form_can_hold_is_refused_at_the_note(desk):
    with pytest.raises(ValidationFailed) as caught:
        desk.intake.submit(request_for(desk, note="chữ " * 400))
    assert field_codes(caught.value) == {"reason": "intake.note_length"}


def test_a_block_widened_during_the_day_takes_effect_at_once(data_dir, at_monday_morning):
    from desk_app.services.desk import Desk

    settings = data_dir / "settings.toml"
    original = settings.read_text(encoding="utf-8")
    settings.write_text(original + '\n[codes]\nsequence_block = "1-1"\n', encoding="utf-8")
    desk = Desk.open(data_dir)
    try:
        desk.intake.submit(request_for(desk))
        with pytest.raises(DomainError):
            desk.intake.submit(request_for(desk))
        desk.profile.save(desk.settings.profile, "1-50")
        assert desk.intake.submit(request_for(desk)).code.endswith("-0002")
    finally:
        desk.close()
