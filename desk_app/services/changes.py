"""What a mutating use case changed, so each screen can decide whether to refresh (and none polls)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Changes:
    dossier_codes: frozenset[str] = field(default_factory=frozenset)
    catalogue: bool = False
    appointments: bool = False
    profile: bool = False
