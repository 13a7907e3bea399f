"""[appointments] sessions: a desk's own booking hours, read strictly, absent from older files."""

from __future__ import annotations

import pytest

from desk_app.domain.errors import ValidationFailed
from desk_app.domain.working_calendar import OfficeHours
from desk_app.settings import parse_settings


def test_booking_hours_are_optional_and_read_strictly():
    assert parse_settings({}).booking_hours is None
    assert parse_settings({"appointments": {"sessions": "08:00-10:00"}}).booking_hours == OfficeHours.parse(
        "08:00-10:00")
    with pytest.raises(ValidationFailed) as refused:
        parse_settings({"appointments": {"sessions": "10:00-08:00"}})
    assert refused.value.by_field()["appointments.sessions"].code == "settings.booking_hours"
    with pytest.raises(ValidationFailed) as unknown:
        parse_settings({"appointments": {"session": "08:00-10:00"}})
    assert "appointments.session" in str(unknown.value)
