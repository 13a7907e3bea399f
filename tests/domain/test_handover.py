"""Who may take a result, and when: the rules of the return step, the same on desk and server."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from desk_app.domain.dossier_state import DossierStatus
from desk_app.domain.due_date import LOCAL_TZ
from desk_app.domain.errors import DomainError, ValidationFailed
from desk_app.domain.handover import FirstHandover, RatingLevel, check_comment, check_receiver, why_not_ready
from desk_app.provinces import load_province_codes

APPLICANT_ID = "034190012345"
TODAY = date(2026, 12, 1)


def receiver(**given):
    values = {"id_number": APPLICANT_ID, "name": "", "by_proxy": False, "authorisation": "",
              "applicant_id": APPLICANT_ID, "applicant_name": "Nguyễn Thị Thu Hằng", "today": TODAY,
              "provinces": load_province_codes()} | given
    return check_receiver(**values)


def fields(error: ValidationFailed) -> dict:
    return {e.field: e.code for e in error.errors}


def test_the_applicant_with_their_own_id_takes_it_under_the_dossiers_name():
    taken = receiver()
    assert (taken.id_number, taken.name, taken.by_proxy, taken.authorisation) == (
        APPLICANT_ID, "Nguyễn Thị Thu Hằng", False, "")


def test_someone_elses_id_without_a_proxy_is_refused_at_the_id_field():
    with pytest.raises(ValidationFailed) as refused:
        receiver(id_number="001095000123")
    assert fields(refused.value) == {"receiver_id": "handover.not_applicant"}
    assert "Nguyễn Thị Thu Hằng" in str(refused.value.errors[0])


def test_a_proxy_needs_their_own_id_a_name_and_the_authorisation_paper():
    with pytest.raises(ValidationFailed) as refused:
        receiver(by_proxy=True, name="")
    assert fields(refused.value) == {"receiver_id": "handover.proxy_is_applicant",
                                     "receiver_name": "applicant.full_name.empty",
                                     "authorisation": "handover.authorisation_missing"}
    proxy = receiver(by_proxy=True, id_number="001095000123", name="  Đỗ Đức Đạt ",
                     authorisation="Giấy ủy quyền số 12/UQ ngày 20/11/2026")
    assert (proxy.name, proxy.by_proxy) == ("Đỗ Đức Đạt", True)


def test_a_malformed_id_is_said_at_the_receivers_field():
    with pytest.raises(ValidationFailed) as refused:
        receiver(id_number="03419001234X")
    assert list(fields(refused.value)) == ["receiver_id"]


@pytest.mark.parametrize("status,code", [
    (DossierStatus.RECEIVED, "handover.not_ready"),
    (DossierStatus.IN_PROGRESS, "handover.not_ready"),
    (DossierStatus.SUPPLEMENT_REQUESTED, "handover.not_ready"),
    (DossierStatus.WITHDRAWN, "handover.closed"),
    (DossierStatus.REFUSED, "handover.closed"),
])
def test_only_a_ready_result_is_handed_over_and_the_screen_says_why_not(status, code):
    assert why_not_ready(status, None, LOCAL_TZ).code == code
    assert why_not_ready(DossierStatus.RESULT_READY, None, LOCAL_TZ) is None


def test_a_second_hand_over_names_the_first_ones_date_and_receiver():
    first = FirstHandover(datetime.fromisoformat("2026-12-01T03:05:00+00:00"), "Đỗ Đức Đạt")
    refusal = why_not_ready(DossierStatus.RETURNED, first, LOCAL_TZ)
    assert refusal.code == "handover.already"
    assert "10:05 ngày 01/12/2026" in str(refusal) and "Đỗ Đức Đạt" in str(refusal)


def test_rating_levels_are_stable_and_labelled():
    assert [level.value for level in RatingLevel] == ["very_satisfied", "satisfied", "not_satisfied"]
    assert RatingLevel.NOT_SATISFIED.label == "Không hài lòng"
    with pytest.raises(DomainError):
        check_comment("x" * 1001)
