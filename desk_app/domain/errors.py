"""Errors that carry a stable code rather than a sentence.

Tests, logs and the sync wire compare the code; the Vietnamese sentence is looked up only when
someone reads the error, so the GUI can show it next to the input field that caused it and pass it
through Qt's translation.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, TypeVar

from desk_app.messages import message_for


class DomainError(Exception):
    """A rule of the desk was broken by the data given, not by the program."""

    def __init__(self, code: str, /, field: str | None = None, **params: Any) -> None:
        super().__init__(code)
        self.code = code
        self.field = field
        self.params = params

    def __str__(self) -> str:
        return message_for(self.code, **self.params)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.code!r}, field={self.field!r}, params={self.params!r})"


class ValidationFailed(DomainError):
    """Several fields are wrong at once; the officer should see all of them in one go, not one per try."""

    def __init__(self, errors: Iterable[DomainError]) -> None:
        self.errors = list(errors)
        super().__init__("validation.failed", None, count=len(self.errors))

    def __str__(self) -> str:
        """The summary, then each wrong item with where it is, for readers without a form to mark
        (the command line, a settings file checked at start-up)."""
        lines = [super().__str__()]
        lines += [f"• {error.field}: {error}" if error.field else f"• {error}" for error in self.errors]
        return "\n".join(lines)

    def by_field(self) -> dict[str | None, DomainError]:
        """The first error of each field, the shape a form needs to mark its inputs."""
        found: dict[str | None, DomainError] = {}
        for error in self.errors:
            found.setdefault(error.field, error)
        return found


_T = TypeVar("_T")


class ErrorCollector:
    """Runs a form's checks one after another and keeps every DomainError, so that all the wrong
    fields are reported at once (ValidationFailed) instead of one per try."""

    def __init__(self) -> None:
        self.errors: list[DomainError] = []

    def attempt(self, check: Callable[[], _T]) -> _T | None:
        """The check's value, or None with its error kept."""
        try:
            return check()
        except DomainError as error:
            self.errors.append(error)
            return None

    def raise_if_any(self) -> None:
        if self.errors:
            raise ValidationFailed(self.errors)
