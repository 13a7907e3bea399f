"""Compiled Designer forms must match their .ui sources, so the app never needs uic at run time."""

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
spec = importlib.util.spec_from_file_location("compile_ui", ROOT / "scripts" / "compile_ui.py")
compile_ui = importlib.util.module_from_spec(spec)
spec.loader.exec_module(compile_ui)


def _body(text: str) -> list[str]:
    return [line for line in text.splitlines() if not line.startswith("##")]


def test_every_ui_file_is_compiled_and_current():
    ui_files = sorted((ROOT / "ui").glob("*.ui"))
    assert ui_files
    for ui_file in ui_files:
        compiled = compile_ui.compiled_path(ui_file)
        assert compiled.exists(), f"{compiled.name} missing: run make ui"
        assert _body(compiled.read_text(encoding="utf-8")) == _body(compile_ui.compile_form(ui_file)), (
            f"{compiled.name} is older than {ui_file.name}: run make ui")
