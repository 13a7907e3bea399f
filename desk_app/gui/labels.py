"""Labels from tables, translated where the screen shows them.

A label that lives in a table (a dossier status, a document kind, a table header, a sync phase) is
marked where it is written with QT_TRANSLATE_NOOP(context, text), so that pyside6-lupdate extracts
it; the table hands the GUI a Vietnamese string, and this module translates it in the context it
was marked with. It is the one place the GUI translates a text that is not a literal.
"""

from __future__ import annotations

from datetime import date
from typing import Protocol

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

WEEKDAYS = (QT_TRANSLATE_NOOP("Weekday", "Thứ Hai"), QT_TRANSLATE_NOOP("Weekday", "Thứ Ba"),
            QT_TRANSLATE_NOOP("Weekday", "Thứ Tư"), QT_TRANSLATE_NOOP("Weekday", "Thứ Năm"),
            QT_TRANSLATE_NOOP("Weekday", "Thứ Sáu"), QT_TRANSLATE_NOOP("Weekday", "Thứ Bảy"),
            QT_TRANSLATE_NOOP("Weekday", "Chủ nhật"))


class Labelled(Protocol):
    """An enum whose values have a Vietnamese label."""

    @property
    def label(self) -> str: ...


def translated(context: str, text: str) -> str:
    """A text marked QT_TRANSLATE_NOOP(context, text), in the language the window was started in."""
    return QCoreApplication.translate(context, text)


def label(value: Labelled) -> str:
    """An enum value's label (DossierStatus, DocumentKind, Sex, AppointmentStatus): its table is
    marked in the context named after the enum."""
    return translated(type(value).__name__, value.label)


def weekday(day: date) -> str:
    """The day of the week as the screens name it."""
    return translated("Weekday", WEEKDAYS[day.weekday()])
