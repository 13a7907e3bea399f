"""A dossier's life as one state machine, shared by the desk, the provincial server and the sync.

The states' values are stable English identifiers used in the database, on the wire and on the
command line; officers see the Vietnamese labels. Keeping the allowed moves in one table means
the desk and the server cannot disagree about what may follow what.

A dossier enters the machine in one of three states, depending on the form printed at intake:
the receipt (Mẫu 01) makes it `received`, a request to complete it (Mẫu 02)
`supplement_requested`, a refusal (Mẫu 03) `refused`. A dossier whose applicant brings the
missing papers goes back to `received`, and its processing time counts afresh from there; one
asked to supplement while being processed pauses in `supplement_requested` the same way.
Lateness is not a state: it is the due date compared with the time the result was ready.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from enum import StrEnum
from types import MappingProxyType

from desk_app.domain.errors import DomainError
from desk_app.domain.text import nfc
from desk_app.messages import QT_TRANSLATE_NOOP


class DossierStatus(StrEnum):
    RECEIVED = "received"
    SUPPLEMENT_REQUESTED = "supplement_requested"
    REFUSED = "refused"
    IN_PROGRESS = "in_progress"
    STOPPED = "stopped"
    RESULT_READY = "result_ready"
    RETURNED = "returned"
    WITHDRAWN = "withdrawn"

    @property
    def label(self) -> str:
        return _LABELS[self]


_LABELS = {
    DossierStatus.RECEIVED: QT_TRANSLATE_NOOP("DossierStatus", "Đã tiếp nhận"),
    DossierStatus.SUPPLEMENT_REQUESTED: QT_TRANSLATE_NOOP("DossierStatus", "Yêu cầu bổ sung"),
    DossierStatus.REFUSED: QT_TRANSLATE_NOOP("DossierStatus", "Từ chối tiếp nhận"),
    DossierStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("DossierStatus", "Đang giải quyết"),
    DossierStatus.STOPPED: QT_TRANSLATE_NOOP("DossierStatus", "Dừng giải quyết"),
    DossierStatus.RESULT_READY: QT_TRANSLATE_NOOP("DossierStatus", "Có kết quả, chờ trả"),
    DossierStatus.RETURNED: QT_TRANSLATE_NOOP("DossierStatus", "Đã trả kết quả"),
    DossierStatus.WITHDRAWN: QT_TRANSLATE_NOOP("DossierStatus", "Đã rút"),
}

INITIAL_STATES = frozenset({DossierStatus.RECEIVED, DossierStatus.SUPPLEMENT_REQUESTED, DossierStatus.REFUSED})

TRANSITIONS: Mapping[DossierStatus, frozenset[DossierStatus]] = MappingProxyType({
    DossierStatus.RECEIVED: frozenset({
        DossierStatus.IN_PROGRESS,
        DossierStatus.SUPPLEMENT_REQUESTED,
        DossierStatus.RESULT_READY,
        DossierStatus.WITHDRAWN,
        DossierStatus.STOPPED,
    }),
    DossierStatus.SUPPLEMENT_REQUESTED: frozenset({
        DossierStatus.RECEIVED,
        DossierStatus.WITHDRAWN,
        DossierStatus.REFUSED,
    }),
    DossierStatus.IN_PROGRESS: frozenset({
        DossierStatus.RESULT_READY,
        DossierStatus.SUPPLEMENT_REQUESTED,
        DossierStatus.STOPPED,
        DossierStatus.WITHDRAWN,
    }),
    DossierStatus.RESULT_READY: frozenset({DossierStatus.RETURNED}),
    DossierStatus.STOPPED: frozenset(),
    DossierStatus.REFUSED: frozenset(),
    DossierStatus.RETURNED: frozenset(),
    DossierStatus.WITHDRAWN: frozenset(),
})


def can_transition(a: DossierStatus, b: DossierStatus) -> bool:
    return b in TRANSITIONS[a]


def check_transition(a: DossierStatus, b: DossierStatus) -> None:
    """Refuse a move the table does not allow, naming both states the way the officer sees them."""
    if not can_transition(a, b):
        raise DomainError("dossier.transition", field="status", from_label=a.label, to_label=b.label)


def is_terminal(s: DossierStatus) -> bool:
    """Nothing can happen to the dossier any more; sync and reports treat it as closed."""
    return not TRANSITIONS[s]


REASON_MAX = 1000
"""A reason is printed on a one-page form (a withdrawal, Mẫu 05)."""


def check_move(a: DossierStatus, b: DossierStatus, history: Iterable[DossierStatus]) -> None:
    """The table, and the one rule it cannot say: a dossier is asked to complete its papers once
    (NĐ 118/2025), so a second request is refused. `history`: the states it has been in."""
    check_transition(a, b)
    if b is DossierStatus.SUPPLEMENT_REQUESTED and DossierStatus.SUPPLEMENT_REQUESTED in set(history):
        raise DomainError("dossier.supplement_once", field="status")


def check_reason(reason: str, move: str) -> str:
    """A withdrawal's or a stop's reason (`move`: "withdraw", "stop"): required and bounded."""
    text = nfc(reason)
    if not text:
        raise DomainError(f"{move}.reason_missing", field="reason")
    if len(text) > REASON_MAX:
        raise DomainError(f"{move}.reason_length", field="reason", max=REASON_MAX)
    return text
