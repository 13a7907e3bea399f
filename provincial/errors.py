"""The one error the server's rules raise: a stable code, its HTTP status, the sentence's values.

The API turns it into a wire.ErrorBody, the command line into a Vietnamese line on stderr; the
sentence itself comes from desk_app.messages, the same table the desk reads.
"""

from __future__ import annotations

from typing import Any

from desk_app.messages import message_for


class ServerError(Exception):
    def __init__(self, error_code: str, status: int = 400, /, field: str | None = None, **params: Any) -> None:
        super().__init__(error_code)
        self.code = error_code
        self.status = status
        self.field = field
        self.params = params

    def __str__(self) -> str:
        return message_for(self.code, **self.params)
