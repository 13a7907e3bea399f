"""Busy bars (a QProgressBar with no range) that start and stop without leaving the style's
animation behind.

The style animates a busy bar, and stops the animation only when it paints the bar with a range.
A busy bar that is merely hidden goes on animating while nobody sees it, and deleting it then (its
window closing) can crash Qt in the animation timer. So a bar is painted once with a range before
it hides.
"""

from __future__ import annotations

from PySide6.QtWidgets import QProgressBar


def show_busy(bar: QProgressBar, busy: bool) -> None:
    if busy:
        bar.setRange(0, 0)
        bar.show()
        return
    if bar.isVisible():
        bar.setRange(0, 1)
        bar.repaint()
    bar.hide()
