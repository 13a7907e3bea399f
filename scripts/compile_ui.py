"""Compile every Qt Designer form in ui/ into desk_app/gui/forms/, so the app never needs uic at run time.

Run after editing a .ui file; a test fails while a compiled form is older than its source.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI_DIR = ROOT / "ui"
FORMS_DIR = ROOT / "desk_app" / "gui" / "forms"


def compiled_path(ui_file: Path) -> Path:
    return FORMS_DIR / f"ui_{ui_file.stem}.py"


def compile_form(ui_file: Path) -> str:
    uic = Path(sys.executable).with_name("pyside6-uic")
    result = subprocess.run([str(uic), str(ui_file)], check=True, capture_output=True, text=True)
    return result.stdout


def main() -> int:
    for ui_file in sorted(UI_DIR.glob("*.ui")):
        compiled_path(ui_file).write_text(compile_form(ui_file), encoding="utf-8")
        print(compiled_path(ui_file).relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
