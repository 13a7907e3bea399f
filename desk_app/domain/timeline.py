"""What a dossier's timeline says about its life after intake, read the same way on both sides.

The timeline (one event per line: intake, status moves, rating, extension, posting) is the record;
the hand-over, the rating and the extensions are read from it, so the desk's and the provincial
server's `dossier show` agree by construction. An event is a mapping with `at`, `kind`,
`status_from`, `status_to`, `officer_name` and `detail_json` (text or already a mapping).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from desk_app.domain.dossier_state import DossierStatus
from desk_app.domain.handover import FirstHandover

RATING = "rating"
EXTENSION = "extension"
POSTED = "posted"
STATUS = "status"
INTAKE = "intake"


def _instant(value: Any) -> datetime:
    return value if isinstance(value, datetime) else datetime.fromisoformat(value)


def event_detail(event: Mapping[str, Any]) -> dict[str, Any]:
    raw = event.get("detail_json") or {}
    return dict(raw) if isinstance(raw, Mapping) else json.loads(raw)


@dataclass(frozen=True)
class Extension:
    at: datetime
    previous_due_at: datetime
    new_due_at: datetime
    reason: str
    officer: str


@dataclass
class Life:
    states: list[DossierStatus] = field(default_factory=list)
    """Every state the dossier has been in, in order."""
    returned_at: datetime | None = None
    returned_to: dict[str, Any] | None = None
    returned_by: str = ""
    rating: dict[str, Any] | None = None
    extensions: list[Extension] = field(default_factory=list)
    posted: dict[str, Any] | None = None
    ready_at: datetime | None = None

    @property
    def first_handover(self) -> FirstHandover | None:
        if self.returned_at is None:
            return None
        return FirstHandover(self.returned_at, str((self.returned_to or {}).get("name", "")))


def read_life(events: Iterable[Mapping[str, Any]]) -> Life:
    life = Life()
    for event in events:
        kind = event["kind"]
        if kind in (INTAKE, STATUS) and event.get("status_to"):
            status = DossierStatus(event["status_to"])
            life.states.append(status)
            if status is DossierStatus.RETURNED:
                detail = event_detail(event)
                life.returned_at = _instant(event["at"])
                life.returned_to = detail.get("receiver")
                life.returned_by = event.get("officer_name", "")
            elif status is DossierStatus.RESULT_READY:
                life.ready_at = _instant(event["at"])
        elif kind == RATING:
            detail = event_detail(event)
            life.rating = {"level": detail.get("level"), "comment": detail.get("comment", ""),
                           "at": _instant(event["at"]), "officer": event.get("officer_name", "")}
        elif kind == EXTENSION:
            detail = event_detail(event)
            life.extensions.append(Extension(_instant(event["at"]), _instant(detail["previous_due_at"]),
                                             _instant(detail["new_due_at"]), detail.get("reason", ""),
                                             event.get("officer_name", "")))
        elif kind == POSTED:
            life.posted = {**event_detail(event), "at": _instant(event["at"])}
    return life


def punctuality(at: datetime, due_at: datetime | None, local_tz: Any) -> str:
    """A step against the due date: "early" (a day or more before the due day), "on_time" (on the
    due day, by the due time) or "late"; "" when the dossier has no due date."""
    if due_at is None:
        return ""
    if at > due_at:
        return "late"
    return "early" if at.astimezone(local_tz).date() < due_at.astimezone(local_tz).date() else "on_time"
