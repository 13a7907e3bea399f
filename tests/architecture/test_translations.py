"""The shipped translation keeps up with the sources: every visible string is marked so that
pyside6-lupdate finds it, is translated in resources/i18n/desk_en.ts, keeps its placeholders, and
reaches the window through the compiled .qm."""

from __future__ import annotations

import ast
import importlib.util
import re
import string
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
spec = importlib.util.spec_from_file_location("translations", ROOT / "scripts" / "translations.py")
translations = importlib.util.module_from_spec(spec)
spec.loader.exec_module(translations)

SHIPPED_TS = translations.ts_path("en")
SHIPPED_QM = translations.qm_path("en")
RUN_IT = "run `make translations`, translate what it reports, and run it again"

Key = tuple[str, str]
"""(context, Vietnamese source)."""


def read_ts(path: Path) -> dict[Key, str | None]:
    """Each message of a .ts file with its translation; None while it is unfinished or empty."""
    found: dict[Key, str | None] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            done = translation is not None and translation.get("type") is None and bool(translation.text)
            found[(name, message.findtext("source") or "")] = translation.text if done else None
    return found


@pytest.fixture(scope="module")
def extracted(tmp_path_factory) -> dict[Key, str | None]:
    """What lupdate finds in the sources today, in a file of its own."""
    ts_file = tmp_path_factory.mktemp("i18n") / "desk_en.ts"
    translations.extract(ts_file, "en")
    return read_ts(ts_file)


@pytest.fixture(scope="module")
def shipped() -> dict[Key, str | None]:
    return read_ts(SHIPPED_TS)


def test_every_string_lupdate_finds_is_translated_in_the_shipped_file(extracted, shipped):
    assert len(extracted) > 300
    untranslated = sorted(key for key in extracted if shipped.get(key) is None)
    assert not untranslated, f"not translated in {SHIPPED_TS.name} ({RUN_IT}): {untranslated}"
    gone = sorted(set(shipped) - set(extracted))
    assert not gone, f"no longer in the sources ({RUN_IT}): {gone}"


def _python_sources() -> list[Path]:
    return [path for path in translations.sources() if path.suffix == ".py"]


def _literal(node: ast.AST) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _marked_in(tree: ast.AST) -> list[Key]:
    """(context, source) of every tr, translate and QT_TRANSLATE_NOOP call with literals, the
    context of `self.tr` being its class, as Qt looks it up at run time."""
    found: list[Key] = []

    def visit(node: ast.AST, cls: str) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.Call):
                name = _called(child)
                args = [_literal(arg) for arg in child.args[:2]]
                if name == "tr" and args and args[0] is not None:
                    found.append((cls, args[0]))
                elif name in ("translate", "QT_TRANSLATE_NOOP") and len(args) == 2 and None not in args:
                    found.append((args[0], args[1]))
            visit(child, child.name if isinstance(child, ast.ClassDef) else cls)

    visit(tree, "")
    return found


def _called(call: ast.Call) -> str | None:
    func = call.func
    return func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else None


def test_lupdate_files_each_string_under_the_context_qt_looks_it_up_in(shipped):
    """lupdate guesses contexts from the source text; a wrong guess leaves the string untranslated
    at run time although the file has it."""
    misplaced = [(str(path.relative_to(ROOT)), key) for path in _python_sources()
                 for key in _marked_in(ast.parse(path.read_text(encoding="utf-8"))) if key not in shipped]
    assert not misplaced


PLACEHOLDER_FREE = re.compile(r"%[A-Za-z]")


def _placeholders(text: str) -> Counter[str]:
    fields = Counter("{" + name + "}" for _, name, _, _ in string.Formatter().parse(text) if name is not None)
    return fields + Counter(PLACEHOLDER_FREE.findall(text))


def _accelerators(text: str) -> int:
    return len(re.findall(r"&[^&\s]", text.replace("&&", "")))


def test_every_translation_keeps_the_placeholders_and_the_shortcut_of_its_source(shipped):
    changed = [(key, translation) for key, translation in shipped.items() if translation is not None
               and (_placeholders(key[1]) != _placeholders(translation)
                    or _accelerators(key[1]) != _accelerators(translation))]
    assert not changed


def test_the_shipped_qm_is_compiled_from_the_shipped_ts(tmp_path):
    compiled = tmp_path / "desk_en.qm"
    translations.compile_ts(SHIPPED_TS, compiled)
    assert SHIPPED_QM.read_bytes() == compiled.read_bytes(), f"{SHIPPED_QM.name} is older than {SHIPPED_TS.name}: {RUN_IT}"


SANCTIONED = ROOT / "desk_app" / "gui" / "labels.py"
"""The one module that translates a text that is not a literal: a table's label, marked where the
table is written."""


def test_every_translation_call_gets_literals_that_lupdate_can_read():
    """No f-string, no .format() inside, no variable: lupdate reads only literals, so anything else
    would be shown untranslated. `tr` only as self.tr in a class, whose name is its context."""
    wrong = []
    for path in _python_sources() + sorted((ROOT / "desk_app" / "gui" / "forms").glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        in_class = {id(node) for cls in ast.walk(tree) if isinstance(cls, ast.ClassDef) for node in ast.walk(cls)}
        for call in ast.walk(tree):
            if not isinstance(call, ast.Call) or path == SANCTIONED:
                continue
            name = _called(call)
            if name == "tr":
                self_tr = isinstance(call.func, ast.Attribute) and isinstance(call.func.value, ast.Name) \
                    and call.func.value.id == "self" and id(call) in in_class
                ok = self_tr and bool(call.args) and _literal(call.args[0]) is not None
            elif name in ("translate", "QT_TRANSLATE_NOOP"):
                ok = len(call.args) >= 2 and all(_literal(arg) is not None for arg in call.args[:2])
            else:
                continue
            if not ok:
                wrong.append(f"{path.relative_to(ROOT)}:{call.lineno}")
    assert not wrong


VIETNAMESE = re.compile(r"[À-ỹĐđ]")
PRODUCT_NAME = "Một Cửa Desk"


def test_no_vietnamese_text_in_the_gui_escapes_translation():
    """A Vietnamese literal in a screen that is not marked would reach the officer untranslated
    (docstrings and the product's name aside)."""
    unmarked = []
    gui = sorted((ROOT / "desk_app" / "gui").glob("*.py")) + [ROOT / "desk_app" / "app.py"]
    for path in gui:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        skipped = {id(node) for call in ast.walk(tree) if isinstance(call, ast.Call)
                   and _called(call) in ("tr", "translate", "QT_TRANSLATE_NOOP") for node in ast.walk(call)}
        skipped |= {id(node.value) for node in ast.walk(tree) if isinstance(node, ast.Expr)}
        unmarked += [f"{path.name}:{node.lineno}: {node.value}" for node in ast.walk(tree)
                     if id(node) not in skipped and (text := _literal(node)) and VIETNAMESE.search(text)
                     and text != PRODUCT_NAME]
    assert not unmarked
