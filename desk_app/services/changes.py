"""What an operation changed: the one record every mutating use case returns, and the one thing the
window passes to its screens (desk_app/gui/change_bus.py), whether the change was made at this desk
or pulled from the province. Each screen asks it whether it touches what the screen shows; none
polls another, and none is told by hand.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from enum import StrEnum
from types import MappingProxyType
from typing import Any


class Kind(StrEnum):
    """The kinds of record a change can touch."""

    DOSSIER = "dossier"
    CATALOGUE = "catalogue"
    CALENDAR = "calendar"
    APPOINTMENT = "appointment"
    PROFILE = "profile"
    """Who the desk is: agency, officer, office hours (settings.toml)."""
    OUTBOX = "outbox"
    """Changes queued for the province: the sync should run soon."""
    SYNC = "sync"
    """The sync's own state: registration, refused changes, records set aside."""


ALL = frozenset()
"""The ids of a kind touched as a whole (a catalogue replaced, the calendar reloaded)."""


@dataclass(frozen=True)
class Changes:
    """Record kinds, each with the ids it touched (empty: the kind as a whole), and who started it:
    the screen (set by the worker bridge that ran the operation), so that it can skip a refresh it
    has already done itself."""

    records: Mapping[Kind, frozenset[str]] = field(default_factory=lambda: MappingProxyType({}))
    initiator: Any = field(default=None, compare=False)

    @classmethod
    def of(cls, *kinds: Kind, **ids: Iterable[str]) -> Changes:
        """Changes.of(Kind.CATALOGUE), Changes.of(Kind.OUTBOX, dossier=[code])."""
        records = {kind: ALL for kind in kinds}
        records.update({Kind(name): frozenset(values) for name, values in ids.items()})
        return cls(MappingProxyType(records))

    def touches(self, kind: Kind) -> bool:
        return kind in self.records

    def ids(self, kind: Kind) -> frozenset[str]:
        return self.records.get(kind, frozenset())

    def started_by(self, initiator: Any) -> Changes:
        return replace(self, initiator=initiator)

    def __bool__(self) -> bool:
        return bool(self.records)
