"""A tab whose screen is built the first time it is shown.

The window opens in front of a waiting citizen; a screen the officer has not opened yet (its form,
its models, its first query) should not be paid for before the first keystroke.
"""

from __future__ import annotations

from typing import Callable, Generic, TypeVar

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

Screen = TypeVar("Screen", bound=QWidget)


class LazyTab(QWidget, Generic[Screen]):
    def __init__(self, build: Callable[[], Screen], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._build = build
        self._screen: Screen | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

    @property
    def built(self) -> Screen | None:
        """The screen if it has been built, for updates that only a visible screen needs."""
        return self._screen

    def screen(self) -> Screen:
        if self._screen is None:
            self._screen = self._build()
            self.layout().addWidget(self._screen)
            # A layout shows a widget added to a visible parent only from the event loop; until
            # then the screen's shortcuts are dead, and the officer's next keystroke can be first.
            self._screen.show()
        return self._screen

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        self.screen()
        super().showEvent(event)
