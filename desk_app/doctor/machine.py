"""The doctor's checks of the PC: the printers the settings send forms to, and the fonts."""

from __future__ import annotations

import os
from pathlib import Path

from desk_app.doctor.facts import Facts
from desk_app.doctor.report import Check
from desk_app.settings import PRINTED_FORMS


def printers_check(facts: Facts) -> Check:
    """Every printer the settings name for a form is installed, and the default printer exists when
    a form goes straight to it."""
    printing = facts.settings.printing
    if printing.print_to:
        folder = Path(printing.print_to)
        if folder.is_dir() and os.access(folder, os.W_OK):
            return Check.of("printers", True, "doctor.printers.folder_ok", folder=folder)
        return Check.of("printers", False, "doctor.printers.folder_bad", folder=folder)
    if printing.output == "pdf":
        return Check.of("printers", True, "doctor.printers.pdf")
    from desk_app.gui.machine_probe import printers

    found = printers()
    names = ", ".join(found.names)
    if not found.names:
        return Check.of("printers", False, "doctor.printers.none")
    chosen = [printing.printer_for(form) for form in PRINTED_FORMS]
    missing = sorted({name for name in chosen if name and name not in found.names})
    if missing:
        return Check.of("printers", False, "doctor.printers.missing", missing=", ".join(missing), printers=names)
    if printing.output == "printer" and not all(chosen):
        if not found.default:
            return Check.of("printers", False, "doctor.printers.no_default", printers=names)
        return Check.of("printers", True, "doctor.printers.default", printer=found.default)
    return Check.of("printers", True, "doctor.printers.ok", count=len(found.names), printers=names)


def fonts_check(facts: Facts) -> Check:
    """The receipt's font as reportlab loads it, and a screen font that has the Vietnamese letters."""
    from desk_app.gui.machine_probe import vietnamese_screen_fonts
    from desk_app.printing.layout import register_fonts

    try:
        register_fonts()
    except Exception as err:  # noqa: BLE001 — whatever reportlab raises, the report names it
        return Check.of("fonts", False, "doctor.fonts.print", detail=f"{type(err).__name__}: {err}")
    screen = vietnamese_screen_fonts()
    if not screen:
        return Check.of("fonts", False, "doctor.fonts.screen")
    return Check.of("fonts", True, "doctor.fonts.ok", screen=", ".join(screen[:3]))
