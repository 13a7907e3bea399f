import pytest

from desk_app.domain.dossier_state import (
    INITIAL_STATES,
    TRANSITIONS,
    DossierStatus,
    can_transition,
    check_transition,
    is_terminal,
)
from desk_app.domain.errors import DomainError

S = DossierStatus
EXPECTED = {
    S.RECEIVED: {S.IN_PROGRESS, S.SUPPLEMENT_REQUESTED, S.RESULT_READY, S.WITHDRAWN, S.STOPPED},
    S.SUPPLEMENT_REQUESTED: {S.RECEIVED, S.WITHDRAWN, S.REFUSED},
    S.IN_PROGRESS: {S.RESULT_READY, S.SUPPLEMENT_REQUESTED, S.STOPPED, S.WITHDRAWN},
    S.RESULT_READY: {S.RETURNED},
    S.STOPPED: set(),
    S.REFUSED: set(),
    S.RETURNED: set(),
    S.WITHDRAWN: set(),
}


def test_stable_identifiers():
    assert [s.value for s in S] == [
        "received", "supplement_requested", "refused", "in_progress", "stopped", "result_ready", "returned",
        "withdrawn",
    ]
    assert S("result_ready") is S.RESULT_READY


def test_labels():
    assert {s: s.label for s in S} == {
        S.RECEIVED: "Đã tiếp nhận",
        S.SUPPLEMENT_REQUESTED: "Yêu cầu bổ sung",
        S.REFUSED: "Từ chối tiếp nhận",
        S.IN_PROGRESS: "Đang giải quyết",
        S.STOPPED: "Dừng giải quyết",
        S.RESULT_READY: "Có kết quả, chờ trả",
        S.RETURNED: "Đã trả kết quả",
        S.WITHDRAWN: "Đã rút",
    }


def test_transition_table_covers_every_state():
    assert set(TRANSITIONS) == set(S)
    assert {a: set(b) for a, b in TRANSITIONS.items()} == EXPECTED


@pytest.mark.parametrize("a", list(S))
@pytest.mark.parametrize("b", list(S))
def test_every_pair(a, b):
    allowed = b in EXPECTED[a]
    assert can_transition(a, b) is allowed
    if allowed:
        check_transition(a, b)
    else:
        with pytest.raises(DomainError) as info:
            check_transition(a, b)
        assert (info.value.code, info.value.field) == ("dossier.transition", "status")
        assert a.label in str(info.value) and b.label in str(info.value)


def test_terminal_and_initial_states():
    assert {s for s in S if is_terminal(s)} == {S.STOPPED, S.REFUSED, S.RETURNED, S.WITHDRAWN}
    assert INITIAL_STATES == {S.RECEIVED, S.SUPPLEMENT_REQUESTED, S.REFUSED}


def test_every_state_is_reachable_from_an_initial_state():
    reached = set(INITIAL_STATES)
    frontier = list(INITIAL_STATES)
    while frontier:
        for following in TRANSITIONS[frontier.pop()]:
            if following not in reached:
                reached.add(following)
                frontier.append(following)
    assert reached == set(S)


def test_table_cannot_be_changed_at_run_time():
    with pytest.raises(TypeError):
        TRANSITIONS[S.RETURNED] = frozenset({S.RECEIVED})  # type: ignore[index]
