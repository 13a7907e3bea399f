"""One line of the doctor's report: which check, whether it passed, and what to do, in Vietnamese."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from desk_app.messages import message_for

@dataclass(frozen=True)
class Check:
    check: str
    ok: bool
    message: str

    @classmethod
    def of(cls, check: str, ok: bool, code: str, /, **params: Any) -> "Check":
        return cls(check, ok, message_for(code, **params))

    def line(self) -> str:
        verdict = message_for("doctor.ok" if self.ok else "doctor.fail")
        return f"[{verdict}] {message_for(f'doctor.label.{self.check}')}: {self.message}"

    def as_json(self) -> dict[str, Any]:
        return {"check": self.check, "ok": self.ok, "message": self.message}
