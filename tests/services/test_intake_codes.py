"""Where a dossier's number comes from: the configured block alone, or leases then the reserve once registered."""

from __future__ import annotations

from datetime import date

import pytest

from desk_app.domain.errors import DomainError
from desk_app.store import code_blocks
from intake_support import register_locally, request_for

DAY = date(2026, 11, 23)
AGENCY = "000.00.12.H12"


def test_an_unregistered_desk_uses_its_configured_block(desk):
    result = desk.intake.submit(request_for(desk))
    assert result.code == f"{AGENCY}-261123-0001" and not result.on_reserve


def test_a_registered_desk_prints_leased_numbers_then_its_reserve_then_stops(desk):
    register_locally(desk)
    with desk.database.write() as connection:
        code_blocks.add_leases(connection, AGENCY, [(DAY, 17, 17)])
    results = [desk.intake.submit(request_for(desk)) for _ in range(3)]
    assert [(r.code[-4:], r.on_reserve) for r in results] == [("0017", False), ("9100", True), ("9101", True)]
    assert desk.sync.status().on_reserve_today
    with pytest.raises(DomainError) as raised:
        desk.intake.submit(request_for(desk))
    assert raised.value.code == "dossier_code.exhausted_all" and "23/11/2026" in str(raised.value)
    assert desk.pending_operations() == 3
