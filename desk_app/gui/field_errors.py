"""Errors shown where the officer types: a label under each field, red while the field is wrong.

A label may carry a hint (what to type, why a field is locked) while its field is right, so that
the dialog needs no second label for it; the hint comes back once the error is fixed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import TypeVar

from PySide6.QtWidgets import QLabel, QWidget

from desk_app.domain.errors import DomainError, ValidationFailed
from desk_app.gui.messages import error_text, unexpected_text

ERROR_STYLE = "color: #b00020;"

T = TypeVar("T")


class FieldErrors:
    def __init__(self, labels: Mapping[str, QLabel], fields: Mapping[str, QWidget], fallback: QLabel) -> None:
        """labels and fields by the errors' field names; an error of another field goes to fallback.
        Each label's hint is the text it holds now."""
        self._labels = dict(labels)
        self._fields = dict(fields)
        self._fallback = fallback
        self._hints = {label: label.text() for label in (*self._labels.values(), fallback)}

    def reset(self) -> None:
        for label, hint in self._hints.items():
            label.setStyleSheet("")
            label.setText(hint)

    def show(self, errors: Iterable[DomainError]) -> None:
        """Every error at its field, and the focus on the first field in error."""
        errors = list(errors)
        for error in errors:
            label = self._labels.get(error.field or "", self._fallback)
            label.setStyleSheet(ERROR_STYLE)
            label.setText(error_text(error))
        first = next((self._fields[e.field] for e in errors if e.field in self._fields), None)
        if first is not None:
            first.setFocus()

    def attempt(self, save: Callable[[], T]) -> T | None:
        """Run a dialog's save: what it returns, or None when a rule refused it (nothing was
        saved), with every refusal shown at its field."""
        self.reset()
        try:
            return save()
        except DomainError as error:
            self.refused(error)
        return None

    def refused(self, error: BaseException) -> None:
        """A save that failed, on the worker or here: each rule's refusal at its field, anything
        else in the fallback label."""
        if isinstance(error, ValidationFailed):
            self.show(error.errors)
        elif isinstance(error, DomainError):
            self.show([error])
        else:
            self._fallback.setStyleSheet(ERROR_STYLE)
            self._fallback.setText(unexpected_text(error))
