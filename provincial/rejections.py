"""A pushed operation refused: its reason as a stable code, the Vietnamese sentence and its values.

Shared by every kind of operation the push applies (dossiers in `push`, appointments in
`appointment_push`), so a refusal reads the same whatever it is about.
"""

from __future__ import annotations

from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from desk_app.messages import message_for
from desk_app.sync import wire
from desk_app.sync.wire_fields import safe_text

_Payload = TypeVar("_Payload", bound=BaseModel)


class Rejected(Exception):
    def __init__(self, reason_code: str, /, **params: Any) -> None:
        super().__init__(reason_code)
        self.code = reason_code
        self.message = safe_text(message_for(reason_code, **params))
        self.params = {key: safe_text(str(value), 500) for key, value in params.items()}


def checked_payload(model: type[_Payload], op: wire.Operation, code: str) -> _Payload:
    if op.v != wire.VERSION:
        raise Rejected("sync.version", code=code, version=op.v, supported=wire.VERSION)
    try:
        return model.model_validate(op.payload)
    except ValidationError as err:
        raise Rejected("sync.payload_invalid", code=code, detail=short_detail(err)) from None


def short_detail(err: ValidationError) -> str:
    """The first problem, where it is: enough for an officer to report, short enough for a dossier's note."""
    first = err.errors(include_url=False)[0]
    where = ".".join(str(part) for part in first["loc"])
    more = f" (+{err.error_count() - 1})" if err.error_count() > 1 else ""
    return f"{where}: {first['msg']}{more}" if where else f"{first['msg']}{more}"
