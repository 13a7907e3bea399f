"""The receipt's Code 128 barcode and QR code as boxes, drawn as vectors: crisp at any printer's dpi.

The symbols themselves come from python-barcode (module pattern) and segno (module matrix);
only their drawing is ours. Symbols are remembered for the copies and reprints of a receipt:
choosing the best QR mask takes segno about 10 ms.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

import barcode
import segno

QUIET_BARCODE = 10
"""Modules of white either side of a Code 128 symbol that scanners need to find its ends."""

QUIET_QR = 4


@dataclass(frozen=True)
class Symbol:
    """Boxes measured from the symbol's top left; `quiet` is the blank margin it needs around it."""

    width: float
    height: float
    quiet: float
    boxes: tuple[tuple[float, float, float, float], ...]


def _dark_runs(modules: str) -> Iterator[tuple[int, int]]:
    for match in re.finditer("1+", modules):
        yield match.start(), match.end() - match.start()


@lru_cache(maxsize=16)
def code128(code: str, module: float, height: float) -> Symbol:
    """Bars of `code`, without its quiet zones, which the caller leaves blank."""
    pattern = barcode.get("code128", code).build()[0]
    boxes = tuple((start * module, 0.0, length * module, height) for start, length in _dark_runs(pattern))
    return Symbol(len(pattern) * module, height, QUIET_BARCODE * module, boxes)


def qr(data: str, side: float) -> Symbol:
    """A QR code (level M, never a Micro QR, which phone cameras rarely read) `side` wide."""
    rows = _qr_rows(data)
    module = side / len(rows)
    boxes = tuple(
        (start * module, row * module, length * module, module)
        for row, modules in enumerate(rows)
        for start, length in _dark_runs(modules)
    )
    return Symbol(side, side, QUIET_QR * module, boxes)


@lru_cache(maxsize=16)
def _qr_rows(data: str) -> tuple[str, ...]:
    matrix = segno.make_qr(data, error="m", boost_error=False).matrix
    return tuple("".join("1" if dark else "0" for dark in row) for row in matrix)
