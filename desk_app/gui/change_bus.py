"""The one way changes reach the screens: every operation's Changes, and every sync's, are published
here, on the GUI thread; each screen subscribes and decides for itself whether to refresh."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from desk_app.services.changes import Changes


class ChangeBus(QObject):
    changed = Signal(object)
    """Changes; its `initiator` is the screen that started the operation (None for a sync)."""

    def publish(self, changes: Changes) -> None:
        if changes:
            self.changed.emit(changes)
