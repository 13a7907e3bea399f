"""Trả kết quả: who may take a dossier's result, and when.

A result is handed over once, only once it is ready, and only to the applicant (whose ID number
must be the one on the dossier) or to a person the applicant authorised in writing, whose ID and
authorisation paper are recorded (NĐ 118/2025, the return step). The desk and the provincial
server read the same rules, so a hand-over made offline is judged the same way when it syncs.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from desk_app.domain.applicant import check_full_name, check_id_number
from desk_app.domain.dossier_state import DossierStatus
from desk_app.domain.errors import DomainError, ErrorCollector
from desk_app.domain.text import nfc
from desk_app.messages import QT_TRANSLATE_NOOP

AUTHORISATION_MAX = 300
"""The authorisation paper's number and what it is, as written on the hand-over record."""
COMMENT_MAX = 1000


class RatingLevel(StrEnum):
    """The citizen's verdict at the hand-over; the values are stable (database, wire, CLI)."""

    VERY_SATISFIED = "very_satisfied"
    SATISFIED = "satisfied"
    NOT_SATISFIED = "not_satisfied"

    @property
    def label(self) -> str:
        return _RATING_LABELS[self]


_RATING_LABELS = {
    RatingLevel.VERY_SATISFIED: QT_TRANSLATE_NOOP("RatingLevel", "Rất hài lòng"),
    RatingLevel.SATISFIED: QT_TRANSLATE_NOOP("RatingLevel", "Hài lòng"),
    RatingLevel.NOT_SATISFIED: QT_TRANSLATE_NOOP("RatingLevel", "Không hài lòng"),
}


@dataclass(frozen=True)
class Receiver:
    """Who took the result."""

    id_number: str
    name: str
    by_proxy: bool
    authorisation: str = ""

    def as_dict(self) -> dict[str, object]:
        return {"id_number": self.id_number, "name": self.name, "by_proxy": self.by_proxy,
                "authorisation": self.authorisation}


@dataclass(frozen=True)
class FirstHandover:
    """The hand-over already made, for the refusal of a second one."""

    at: datetime
    receiver_name: str


def why_not_ready(status: DossierStatus, first: FirstHandover | None, local_tz: object) -> DomainError | None:
    """Why the result cannot be handed over now, in the officer's words; None when it can."""
    if status is DossierStatus.RESULT_READY:
        return None
    if status is DossierStatus.RETURNED and first is not None:
        when = first.at.astimezone(local_tz)  # type: ignore[arg-type]
        return DomainError("handover.already", field="status", time=when.strftime("%H:%M"),
                           day=when.strftime("%d/%m/%Y"), name=first.receiver_name)
    if status in (DossierStatus.RECEIVED, DossierStatus.IN_PROGRESS, DossierStatus.SUPPLEMENT_REQUESTED):
        return DomainError("handover.not_ready", field="status", label=status.label)
    return DomainError("handover.closed", field="status", label=status.label)


def check_receiver(*, id_number: str, name: str, by_proxy: bool, authorisation: str, applicant_id: str,
                   applicant_name: str, today: date, provinces: Mapping[str, str]) -> Receiver:
    """Every wrong field at once. The applicant needs only the ID on the dossier (the name is the
    dossier's); a proxy needs a valid ID of their own, a name and the authorisation paper."""
    errors = ErrorCollector()
    number = errors.attempt(lambda: check_id_number(id_number, today, provinces).number)
    given_name = nfc(name)
    paper = nfc(authorisation)
    if by_proxy:
        if number is not None and number == applicant_id:
            errors.errors.append(DomainError("handover.proxy_is_applicant", field="receiver_id"))
        checked = errors.attempt(lambda: check_full_name(given_name))
        given_name = checked if checked is not None else given_name
        if not paper:
            errors.errors.append(DomainError("handover.authorisation_missing", field="authorisation"))
        elif len(paper) > AUTHORISATION_MAX:
            errors.errors.append(DomainError("handover.authorisation_length", field="authorisation",
                                             max=AUTHORISATION_MAX))
    elif number is not None and number != applicant_id:
        errors.errors.append(DomainError("handover.not_applicant", field="receiver_id", name=applicant_name))
    for error in errors.errors:
        if error.field == "id_number":
            error.field = "receiver_id"
        elif error.field == "full_name":
            error.field = "receiver_name"
    errors.raise_if_any()
    assert number is not None
    return Receiver(id_number=number, name=given_name if by_proxy else applicant_name, by_proxy=by_proxy,
                    authorisation=paper if by_proxy else "")


def check_comment(comment: str) -> str:
    text = nfc(comment)
    if len(text) > COMMENT_MAX:
        raise DomainError("rating.comment_length", field="comment", max=COMMENT_MAX)
    return text
