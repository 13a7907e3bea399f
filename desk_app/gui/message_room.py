"""Room kept for messages, so that a form never jumps under the officer's eyes.

A label that appears only when something is wrong pushes every field below it down when it does,
and pulls them back when it goes: the officer's next click lands on the wrong field. Each message
label keeps the room of its longest usual message whether it says anything or not; a message
longer than its room is cut at a word with "…", and the whole of it is the label's tooltip.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtWidgets import QLabel, QWidget

ELLIPSIS = "…"
WHOLE = "wholeMessage"
"""The label's property holding the whole message, to cut it again when the label is resized."""


class _Refit(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show) and isinstance(watched, QLabel):
            whole = watched.property(WHOLE)
            if whole:
                _fit(watched, whole)
        return False


def keep_room(label: QLabel, lines: int, vertical: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignTop) -> None:
    """The label holds `lines` lines of its font, empty or not; a message under a field starts at
    the top of its room, one beside a field (AlignVCenter) keeps to the field's middle line."""
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | vertical)
    margins = label.contentsMargins()
    label.setFixedHeight(label.fontMetrics().lineSpacing() * lines + margins.top() + margins.bottom() + 1)
    label.installEventFilter(_Refit(label))


def keep_room_when_hidden(widget: QWidget) -> None:
    """A widget shown only at times (a confirmation box) keeps its place while hidden."""
    policy = widget.sizePolicy()
    policy.setRetainSizeWhenHidden(True)
    widget.setSizePolicy(policy)


def say(label: QLabel, text: str) -> None:
    """Show `text` in the label's room: whole when it fits, else cut at a word (again whenever the
    label is resized, so a wider window shows more of it)."""
    label.setProperty(WHOLE, text)
    _fit(label, text)


def _fit(label: QLabel, text: str) -> None:
    label.setToolTip("")
    width = label.contentsRect().width()
    if not text or not label.isVisible() or width <= 0 or _fits(label, text, width):
        label.setText(text)
        return
    words = text.split(" ")
    fitting, too_many = 0, len(words)
    while too_many - fitting > 1:
        middle = (fitting + too_many) // 2
        if _fits(label, " ".join(words[:middle]) + ELLIPSIS, width):
            fitting = middle
        else:
            too_many = middle
    label.setText(" ".join(words[:fitting]) + ELLIPSIS)
    label.setToolTip(text)


def _fits(label: QLabel, text: str, width: int) -> bool:
    flags = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft
    needed = label.fontMetrics().boundingRect(QRect(0, 0, width, 1 << 20), int(flags), text).height()
    return needed <= label.contentsRect().height()
