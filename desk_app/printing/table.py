"""Ruled tables on the forms' own layout (Mẫu 06, Mẫu 07): each row is a set of cells laid out side
by side and kept on one page; the heading row is repeated at the top of every page it continues on.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from desk_app.printing.layout import Align, Column, Flow, Run, ShapeOp, bold, plain

LINE = 0.5
PAD = 2.5


class Table:
    def __init__(self, flow: Flow, shares: Sequence[float], headings: Sequence[str], size: float) -> None:
        """`shares`: each column's part of the flow's width."""
        total = sum(shares)
        self._flow = flow
        self._widths = [flow.width * share / total for share in shares]
        self._headings = list(headings)
        self._size = size
        self._row(self._headings, heading=True)

    def row(self, cells: Sequence[str]) -> None:
        self._row(cells, heading=False)

    def _cells(self, cells: Sequence[str], heading: bool) -> list[Column]:
        flow, offset, columns = self._flow, 0.0, []
        for width, cell in zip(self._widths, cells, strict=True):
            column = flow.block(offset=offset + PAD, width=width - 2 * PAD)
            column.gap(PAD)
            if cell:
                runs: list[Run] = [bold(cell) if heading else plain(cell)]
                column.text(runs, self._size, align=Align.CENTER if heading else Align.LEFT, leading=1.15)
            column.gap(PAD)
            columns.append(column)
            offset += width
        return columns

    def _row(self, cells: Sequence[str], heading: bool) -> None:
        flow = self._flow
        columns = self._cells(cells, heading)
        height = max(column.y for column in columns)
        pages = flow.page_count
        flow.keep(height)
        if not heading and flow.page_count != pages:
            self._row(self._headings, heading=True)
            columns = self._cells(cells, heading)
        top = flow.y
        flow.place(*columns)
        flow.ops.append(ShapeOp(flow.x, top, _borders(tuple(self._widths), height)))


@lru_cache(maxsize=256)
def _borders(widths: tuple[float, ...], height: float) -> tuple[tuple[float, float, float, float], ...]:
    """A row's rules; rows of one height share them (a book has thousands of rows, a few heights)."""
    width = sum(widths)
    boxes = [(0.0, 0.0, width, LINE), (0.0, height - LINE, width, LINE)]
    x = 0.0
    for column in (0.0, *widths):
        x += column
        boxes.append((min(x, width - LINE), 0.0, LINE, height))
    return tuple(boxes)
