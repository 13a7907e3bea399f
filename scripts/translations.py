"""Bring the translations in resources/i18n up to date with the sources, and compile them.

pyside6-lupdate reads every marked string (tr and translate calls, the tables marked with
QT_TRANSLATE_NOOP, the Designer forms in ui/) into resources/i18n/desk_<language>.ts, keeping the
translations already there and dropping strings that are gone; pyside6-lrelease then compiles each
.ts into the .qm the window loads. After adding or changing a visible string: run this
(`make translations`), translate what it reports as unfinished (Qt Linguist, or any editor: a
message is done when its translation has no type="unfinished"), and run it again to compile.
The .ts files carry no line numbers, so that they change only when a string does.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES_DIR = ROOT / "desk_app"
FORMS_DIR = SOURCES_DIR / "gui" / "forms"
UI_DIR = ROOT / "ui"
I18N_DIR = ROOT / "resources" / "i18n"
SOURCE_LANGUAGE = "vi"
LANGUAGES = ("en",)


def ts_path(language: str) -> Path:
    return I18N_DIR / f"desk_{language}.ts"


def qm_path(language: str) -> Path:
    return I18N_DIR / f"desk_{language}.qm"


def sources() -> list[Path]:
    """The Python sources and the Designer forms; the forms compiled from ui/ are left out, as
    their strings are read from the .ui files themselves."""
    python = [path for path in sorted(SOURCES_DIR.rglob("*.py")) if FORMS_DIR not in path.parents]
    return python + sorted(UI_DIR.glob("*.ui"))


def _tool(name: str) -> str:
    return str(Path(sys.executable).with_name(name))


def extract(ts_file: Path, language: str) -> None:
    """Update (or create) ts_file with every string the sources mark, keeping its translations."""
    subprocess.run([_tool("pyside6-lupdate"), *map(str, sources()), "-ts", str(ts_file),
                    "-source-language", SOURCE_LANGUAGE, "-target-language", language,
                    "-locations", "none", "-no-obsolete", "-silent"], check=True, cwd=ROOT)


def compile_ts(ts_file: Path, qm_file: Path) -> None:
    subprocess.run([_tool("pyside6-lrelease"), str(ts_file), "-qm", str(qm_file), "-silent"], check=True, cwd=ROOT)


def unfinished(ts_file: Path) -> int:
    return len(re.findall(r'<translation type="unfinished"', ts_file.read_text(encoding="utf-8")))


def main() -> int:
    I18N_DIR.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        ts_file = ts_path(language)
        extract(ts_file, language)
        compile_ts(ts_file, qm_path(language))
        left = unfinished(ts_file)
        print(f"{ts_file.relative_to(ROOT)}: {left} to translate" if left else f"{ts_file.relative_to(ROOT)}: complete")
    return 0


if __name__ == "__main__":
    sys.exit(main())
