"""The sync's state as one typed value: what the status bar shows, `desk-app sync status` prints and
the problems dialog lists, all read from the database by `read_state`, so they never disagree and
survive a restart. The outcome of each cycle is written back by `record_outcome`.

Errors are kept as their code and values, not as a sentence, so each reader words them in its own
language; a sentence the server wrote (for a code this desk may not know) is kept beside them.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Mapping

from desk_app.domain.errors import DomainError
from desk_app.messages import message_for, worded
from desk_app.store import code_blocks, outbox_repo, set_aside_repo, sync_state_repo
from desk_app.store.database import Connection

CLOCK_SKEW_LIMIT_S = 300.0
PROBLEMS_LISTED = 200
"""The problems dialog lists this many of each kind at most (the counts stay exact)."""

REJECTED = "rejected"
SET_ASIDE = "set_aside"


@dataclass(frozen=True)
class SyncProblem:
    """Something the officer (or the province's operator) must look at: a change the province
    refused, set aside until it is retried, or a record from the province this desk could not use,
    passed over."""

    source: str
    """REJECTED (a change of this desk's) or SET_ASIDE (a record of the province's)."""
    ref: str
    """The op_id of a rejected change; the number of a record set aside."""
    dossier_code: str | None
    kind: str
    reason_code: str
    reason_params: Mapping[str, Any] | None
    reason_text: str
    at: datetime | None

    @property
    def op_id(self) -> str:
        return self.ref

    @property
    def reason(self) -> str:
        return worded(self.reason_code, self.reason_params, self.reason_text)

    @property
    def retryable(self) -> bool:
        return self.source == REJECTED

    def as_json(self) -> dict[str, Any]:
        return {"source": self.source, "ref": self.ref, "dossier_code": self.dossier_code, "kind": self.kind,
                "reason_code": self.reason_code, "reason": self.reason,
                "at": self.at.isoformat() if self.at else None}


@dataclass(frozen=True)
class SyncState:
    registered: bool
    server_url: str | None
    agency_code: str | None
    device_id: str | None
    online: bool | None
    """None until the desk has tried to reach the server."""
    pending: int
    problems: int
    """Changes the province refused, waiting for the officer."""
    set_aside: int
    """Records from the province this desk could not use."""
    last_success: datetime | None
    last_error_code: str | None
    last_error_params: Mapping[str, Any] | None
    last_error_text: str | None
    needs_login: bool
    clock_skew_s: float | None
    """The desk's clock minus the server's, at the last exchange."""
    on_reserve_today: bool
    failures: int
    problem_list: tuple[SyncProblem, ...] = field(default=(), compare=False)

    @property
    def last_error(self) -> str | None:
        if self.last_error_code is None:
            return self.last_error_text
        return worded(self.last_error_code, self.last_error_params, self.last_error_text or "")

    @property
    def clock_skew_minutes(self) -> int | None:
        """How far the desk's clock is off the server's, when that is enough to warn the officer."""
        if self.clock_skew_s is None or abs(self.clock_skew_s) <= CLOCK_SKEW_LIMIT_S:
            return None
        return round(abs(self.clock_skew_s) / 60)

    @property
    def clock_warning(self) -> str | None:
        minutes = self.clock_skew_minutes
        return None if minutes is None else message_for("sync.clock_skew", minutes=minutes)

    def as_json(self) -> dict[str, Any]:
        """`desk-app sync status --json`; the keys of earlier versions keep their meaning."""
        return {
            "registered": self.registered,
            "server_url": self.server_url,
            "agency_code": self.agency_code,
            "device_id": self.device_id,
            "online": self.online,
            "pending": self.pending,
            "problems": self.problems,
            "set_aside": self.set_aside,
            "last_success": self.last_success.isoformat() if self.last_success else None,
            "last_error": self.last_error,
            "last_error_code": self.last_error_code,
            "needs_login": self.needs_login,
            "clock_skew_s": self.clock_skew_s,
            "clock_warning": self.clock_warning,
            "on_reserve_today": self.on_reserve_today,
            "problem_list": [problem.as_json() for problem in self.problem_list],
        }


def read_state(connection: Connection, today: date) -> SyncState:
    state = sync_state_repo.read_all(connection)
    agency = state.get("agency_code")
    on_reserve = bool(agency) and code_blocks.on_reserve(connection, agency, today) and \
        code_blocks.unused_leased(connection, agency, [today])[today] == 0
    online = state.get("online")
    params = state.get("last_error_params")
    return SyncState(
        registered="device_id" in state, server_url=state.get("server_url"), agency_code=agency,
        device_id=state.get("device_id"), online=None if online is None else online == "1",
        pending=outbox_repo.pending_count(connection), problems=outbox_repo.rejected_count(connection),
        set_aside=set_aside_repo.count(connection),
        last_success=datetime.fromisoformat(state["last_success"]) if "last_success" in state else None,
        last_error_code=state.get("last_error_code"), last_error_params=json.loads(params) if params else None,
        last_error_text=state.get("last_error"), needs_login=state.get("needs_login") == "1",
        clock_skew_s=float(state["clock_skew_s"]) if "clock_skew_s" in state else None,
        on_reserve_today=on_reserve, failures=int(state.get("failures", "0")),
        problem_list=tuple(read_problems(connection)))


def read_problems(connection: Connection, dossier_code: str | None = None) -> list[SyncProblem]:
    """Refused changes first (the officer can act on them), then the records set aside, newest first."""
    rejected = [SyncProblem(REJECTED, row.op_id, row.dossier_code, row.kind, row.reason_code, row.reason_params,
                            row.reason, datetime.fromisoformat(row.rejected_at) if row.rejected_at else None)
                for row in outbox_repo.rejected(connection, dossier_code)[:PROBLEMS_LISTED]]
    if dossier_code is not None:
        return rejected
    set_aside = [SyncProblem(SET_ASIDE, str(row.id), row.key if row.kind in ("dossier", "dossier.status") else None,
                             row.kind, row.reason_code, row.reason_params, "", datetime.fromisoformat(row.set_aside_at))
                 for row in set_aside_repo.latest(connection, PROBLEMS_LISTED)]
    return rejected + set_aside


@dataclass(frozen=True)
class Outcome:
    """What one cycle's end leaves in the state."""

    error: DomainError | None
    online: bool | None
    clock_skew_s: float | None
    stopped: bool = False
    """The desk is closing: not a failure of the sync, and nothing is recorded."""


def record_outcome(connection: Connection, outcome: Outcome, now: str) -> None:
    if outcome.stopped:
        return
    state = sync_state_repo.read_all(connection)
    error = outcome.error
    server_text = getattr(error, "text", None)
    values: dict[str, str | None] = {
        "failures": "0" if error is None else str(int(state.get("failures", "0")) + 1),
        "last_error_code": error.code if error is not None else None,
        "last_error_params": json.dumps({k: str(v) for k, v in error.params.items()}, ensure_ascii=False)
        if error is not None and server_text is None else None,
        "last_error": server_text,
    }
    if error is None:
        values["last_success"] = now
    if outcome.online is not None:
        values["online"] = "1" if outcome.online else "0"
    if outcome.clock_skew_s is not None:
        values["clock_skew_s"] = f"{outcome.clock_skew_s:.0f}"
    if error is not None and error.code == "sync.needs_login" and "device_id" in state:
        values["needs_login"] = "1"
    sync_state_repo.put(connection, values)
