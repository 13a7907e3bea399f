"""PDF forms of the one-stop desk (Thông tư 03/2025/TT-VPCP, Phụ lục I), made with reportlab.

The services build the sheets from the model at start-up; the renderers pull in reportlab,
python-barcode and segno (over 100 ms of imports), so they load on first use only.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from desk_app.printing.model import AgencyHeader, DossierSheet, PrintedDocument

if TYPE_CHECKING:
    from desk_app.printing.receipt import Paper, render_receipt
    from desk_app.printing.refusal import render_refusal
    from desk_app.printing.supplement_request import render_supplement_request

_RENDERERS = {
    "Paper": "receipt",
    "render_receipt": "receipt",
    "render_supplement_request": "supplement_request",
    "render_refusal": "refusal",
}

__all__ = [
    "AgencyHeader",
    "DossierSheet",
    "Paper",
    "PrintedDocument",
    "render_receipt",
    "render_refusal",
    "render_supplement_request",
]


def __getattr__(name: str) -> Any:
    module = _RENDERERS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{module}"), name)
