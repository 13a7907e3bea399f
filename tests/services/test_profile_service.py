"""The profile an officer edits: before registration everything is theirs to set (and checked);
after it, the agency code and the number block are the province's."""

from __future__ import annotations

from dataclasses import replace

import pytest
from intake_support import register_locally

from desk_app.domain.errors import ValidationFailed


def codes(failed: ValidationFailed) -> dict[str, str]:
    return {error.field: error.code for error in failed.errors}


def test_an_unregistered_desk_may_change_its_agency_and_block(desk):
    assert not desk.profile.locked()
    desk.profile.save(replace(desk.settings.profile, agency_code="h56.28"), "100-200")
    assert desk.settings.profile.agency_code == "H56.28"
    assert (desk.settings.sequence_first, desk.settings.sequence_last) == (100, 200)


def test_a_registered_desk_keeps_the_provinces_agency_code_and_block(desk):
    register_locally(desk)
    before = desk.settings_file.read_bytes()
    block = f"{desk.settings.sequence_first}-{desk.settings.sequence_last}"
    assert desk.profile.locked()
    with pytest.raises(ValidationFailed) as refused:
        desk.profile.save(replace(desk.settings.profile, agency_code="H56.28", officer_name="Lê Thị Hoa"), "1-10")
    assert codes(refused.value) == {"agency_code": "profile.agency_code_locked",
                                    "sequence_block": "profile.sequence_block_locked"}
    assert desk.settings_file.read_bytes() == before

    desk.profile.save(replace(desk.settings.profile, officer_name="Lê Thị Hoa"), block)
    assert desk.settings.profile.officer_name == "Lê Thị Hoa"


def test_the_same_code_spelled_otherwise_is_not_a_change(desk):
    register_locally(desk)
    block = f"{desk.settings.sequence_first}-{desk.settings.sequence_last}"
    desk.profile.save(replace(desk.settings.profile, agency_code=" 000.00.12.h12 "), block.replace("-", " - "))
    assert desk.settings.profile.agency_code == "000.00.12.H12"
