"""The one extension of a late dossier, and the supplement asked once."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from desk_app.domain.dossier_state import DossierStatus, check_move
from desk_app.domain.due_date import LOCAL_TZ
from desk_app.domain.errors import DomainError, ValidationFailed
from desk_app.domain.extension import asked_too_late, check_extension, last_day_to_ask
from desk_app.domain.working_calendar import WorkingCalendar

DUE = datetime(2026, 12, 7, 17, 0, tzinfo=LOCAL_TZ)  # a Monday
NOW = datetime(2026, 12, 3, 10, 0, tzinfo=LOCAL_TZ)


def extension(**given):
    values = {"status": DossierStatus.IN_PROGRESS, "due_at": DUE, "extensions": 0,
              "new_due_at": datetime(2026, 12, 14, 17, 0, tzinfo=LOCAL_TZ), "reason": "Cần xác minh thêm",
              "now": NOW} | given
    return check_extension(**values)


def codes(error: ValidationFailed) -> list[str]:
    return [e.code for e in error.errors]


def test_the_apology_is_due_the_working_day_before_the_due_date():
    calendar = WorkingCalendar()
    assert last_day_to_ask(DUE, calendar) == date(2026, 12, 4)  # the Friday before
    assert not asked_too_late(DUE, datetime(2026, 12, 4, 16, 0, tzinfo=LOCAL_TZ), calendar)
    assert asked_too_late(DUE, datetime(2026, 12, 5, 8, 0, tzinfo=LOCAL_TZ), calendar)


def test_one_extension_to_a_later_date_with_a_reason():
    assert extension(reason="  Cần xác minh thêm ") == "Cần xác minh thêm"
    with pytest.raises(ValidationFailed) as refused:
        extension(extensions=1)
    assert codes(refused.value) == ["extension.once"]


@pytest.mark.parametrize("given,code", [
    ({"new_due_at": DUE}, "extension.not_later"),
    ({"new_due_at": None}, "extension.new_due_missing"),
    ({"reason": " "}, "extension.reason_missing"),
    ({"reason": "x" * 1001}, "extension.reason_length"),
    ({"status": DossierStatus.RESULT_READY}, "extension.status"),
    ({"due_at": None, "status": DossierStatus.RECEIVED}, "extension.no_due"),
])
def test_a_bad_extension_is_refused_with_its_reason(given, code):
    with pytest.raises(ValidationFailed) as refused:
        extension(**given)
    assert code in codes(refused.value)


def test_a_second_request_to_supplement_is_refused():
    check_move(DossierStatus.IN_PROGRESS, DossierStatus.SUPPLEMENT_REQUESTED, [DossierStatus.RECEIVED])
    with pytest.raises(DomainError) as refused:
        check_move(DossierStatus.IN_PROGRESS, DossierStatus.SUPPLEMENT_REQUESTED,
                   [DossierStatus.SUPPLEMENT_REQUESTED, DossierStatus.RECEIVED, DossierStatus.IN_PROGRESS])
    assert refused.value.code == "dossier.supplement_once"
