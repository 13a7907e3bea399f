"""The help and the usage errors of `desk-app` and `provincial` are Vietnamese, argparse's own words too."""

from __future__ import annotations

import argparse
import ast
import re
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from desk_app import cli as desk_cli
from desk_app.cli_words import WORDS
from provincial import cli as provincial_cli

ENGLISH = re.compile(r"\b(usage|options|positional arguments|optional arguments|show this help|required|invalid|"
                     r"choose from|unrecognized|error|expected|arguments?|ambiguous|not allowed|subcommands|"
                     r"command|action)\b", re.IGNORECASE)
COMMANDS: dict[str, tuple[Callable[[list[str]], int], Callable[[], argparse.ArgumentParser]]] = {
    "desk-app": (desk_cli.main, desk_cli._parser),
    "provincial": (provincial_cli.main, provincial_cli.build_parser),
}


def argparse_message_ids() -> set[str]:
    """Every literal the running Python's argparse hands to gettext (`_`, or `ngettext`'s singular),
    including a default it hands over, as in `_(kwargs.pop('title', 'subcommands'))`."""
    tree = ast.parse(Path(argparse.__file__).read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("_", "ngettext"):
            message = node.args[0]
            candidates = message.args[1:] if isinstance(message, ast.Call) else [message]
            found |= {c.value for c in candidates if isinstance(c, ast.Constant) and isinstance(c.value, str)}
    return found


def command_paths(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()) -> Iterator[tuple[str, ...]]:
    yield path
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield from command_paths(sub, (*path, name))


def all_paths() -> list[tuple[str, tuple[str, ...]]]:
    return [(program, path) for program, (_, parser) in COMMANDS.items() for path in command_paths(parser())]


def said(capsys, program: str, *args: str) -> str:
    main, _ = COMMANDS[program]
    with pytest.raises(SystemExit):
        main(list(args))
    out, err = capsys.readouterr()
    return out + err


def test_every_word_argparse_can_say_has_its_vietnamese():
    assert argparse_message_ids() - set(WORDS) == set()


@pytest.mark.parametrize("program", COMMANDS)
def test_the_installed_command_answers_help_in_vietnamese(program):
    module = {"desk-app": "desk_app", "provincial": "provincial.cli"}[program]
    result = subprocess.run([sys.executable, "-m", module, "--help"], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"cách dùng: {program} ")
    assert "tham số vị trí:" in result.stdout and "tùy chọn:" in result.stdout
    assert "-h, --help" in result.stdout and "in trợ giúp này rồi thoát" in result.stdout
    assert not ENGLISH.search(result.stdout), ENGLISH.search(result.stdout)


@pytest.mark.parametrize("program, path", all_paths(), ids=lambda value: " ".join(value) if isinstance(value, tuple)
                         else value)
def test_every_commands_help_is_vietnamese(capsys, program, path):
    text = said(capsys, program, *path, "--help")
    assert text.startswith(f"cách dùng: {' '.join((program, *path))}")
    assert "in trợ giúp này rồi thoát" in text
    assert not ENGLISH.search(text), (ENGLISH.search(text), text)


@pytest.mark.parametrize("program, args, vietnamese", [
    ("desk-app", ["dossier", "show"], "thiếu tham số bắt buộc: MÃ_HỒ_SƠ"),
    ("desk-app", ["dossier"], "thiếu tham số bắt buộc: THAO_TÁC"),
    ("desk-app", ["dossier", "print", "X"], "thiếu tham số bắt buộc: --out"),
    ("desk-app", ["--lang", "fr"], "tham số --lang: lựa chọn không hợp lệ: 'fr' (chọn một trong 'vi', 'en')"),
    ("desk-app", ["hoso"], "tham số LỆNH: lựa chọn không hợp lệ: 'hoso'"),
    ("desk-app", ["doctor", "--nhanh"], "không hiểu tham số: --nhanh"),
    ("desk-app", ["dossier", "print", "X", "--out"], "tham số --out: cần một giá trị"),
    ("desk-app", ["appointment", "list", "--day", "23/11/2026"], "tham số --day: giá trị không hợp lệ: '23/11/2026'"),
    ("desk-app", ["doctor", "--json=yes"], "tham số --json: tùy chọn này không nhận giá trị (đã ghi 'yes')"),
    ("desk-app", ["sync"], "cần --once, register hoặc status"),
    ("provincial", [], "thiếu tham số bắt buộc: LỆNH"),
    ("provincial", ["officer", "add", "--agency", "A", "--username", "u", "--role", "boss"],
     "tham số --role: lựa chọn không hợp lệ: 'boss'"),
    ("provincial", ["calendar", "set", "2026-12-26"], "cần một trong các tham số --holiday --workday"),
    ("provincial", ["calendar", "set", "2026-12-26", "--holiday", "--workday"],
     "tham số --workday: không dùng được cùng với tham số --holiday"),
    ("provincial", ["serve", "--port", "tám"], "tham số --port: giá trị không hợp lệ: 'tám'"),
    ("provincial", ["seed", "--them"], "không hiểu tham số: --them"),
])
def test_a_usage_error_is_said_in_vietnamese(capsys, program, args, vietnamese):
    text = said(capsys, program, *args)
    assert vietnamese in text and ": lỗi: " in text and text.startswith("cách dùng: ")
    assert not ENGLISH.search(text), (ENGLISH.search(text), text)
