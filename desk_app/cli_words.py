"""argparse's own words in Vietnamese, for `desk-app` and `provincial`.

argparse asks gettext for everything it says itself ("usage:", "options", its error messages) through
its module's `_` and `ngettext`. The command lines are Vietnamese only and ship no message catalogue,
so `install` points those two names at this table instead. A word a later Python adds falls back to
its English until it is added here; tests/cli checks the table against the running Python's argparse.
"""

from __future__ import annotations

import argparse

WORDS: dict[str, str] = {
    # Help
    "usage: ": "cách dùng: ",
    "positional arguments": "tham số vị trí",
    "options": "tùy chọn",
    "show this help message and exit": "in trợ giúp này rồi thoát",
    "subcommands": "lệnh con",
    # What the person typed
    "%(prog)s: error: %(message)s\n": "%(prog)s: lỗi: %(message)s\n",
    "argument %(argument_name)s: %(message)s": "tham số %(argument_name)s: %(message)s",
    "the following arguments are required: %s": "thiếu tham số bắt buộc: %s",
    "one of the arguments %s is required": "cần một trong các tham số %s",
    "unrecognized arguments: %s": "không hiểu tham số: %s",
    "invalid choice: %(value)r (choose from %(choices)s)":
        "lựa chọn không hợp lệ: %(value)r (chọn một trong %(choices)s)",
    "invalid %(type)s value: %(value)r": "giá trị không hợp lệ: %(value)r",
    "expected one argument": "cần một giá trị",
    "expected at most one argument": "cần nhiều nhất một giá trị",
    "expected at least one argument": "cần ít nhất một giá trị",
    "expected %s argument": "cần %s giá trị",
    "not allowed with argument %s": "không dùng được cùng với tham số %s",
    "ignored explicit argument %r": "tùy chọn này không nhận giá trị (đã ghi %r)",
    "ambiguous option: %(option)s could match %(matches)s": "tùy chọn chưa rõ: %(option)s có thể là %(matches)s",
    "unexpected option string: %s": "tùy chọn không đúng chỗ: %s",
    "unknown parser %(parser_name)r (choices: %(choices)s)": "không có lệnh %(parser_name)r (các lệnh: %(choices)s)",
    "argument \"-\" with mode %r": "tham số \"-\" với chế độ %r",
    "can't open '%(filename)s': %(error)s": "không mở được '%(filename)s': %(error)s",
    # Mistakes in building a parser, which only a developer sees
    ".__call__() not defined": ".__call__() chưa được định nghĩa",
    "conflicting subparser: %s": "lệnh con bị trùng: %s",
    "conflicting subparser alias: %s": "tên gọi khác của lệnh con bị trùng: %s",
    "cannot merge actions - two groups are named %r": "không gộp được các tham số: hai nhóm cùng tên %r",
    "'required' is an invalid argument for positionals": "tham số vị trí không dùng được 'required'",
    "invalid option string %(option)r: must start with a character %(prefix_chars)r":
        "tên tùy chọn %(option)r không hợp lệ: phải bắt đầu bằng một ký tự trong %(prefix_chars)r",
    "dest= is required for options like %r": "tùy chọn như %r cần có dest=",
    "invalid conflict_resolution value: %r": "giá trị conflict_resolution không hợp lệ: %r",
    "conflicting option string: %s": "tên tùy chọn bị trùng: %s",
    "mutually exclusive arguments must be optional": "các tham số loại trừ nhau phải là tùy chọn",
    "cannot have multiple subparser arguments": "không thể có nhiều nhóm lệnh con",
    "%r is not callable": "%r không gọi được",
}
"""argparse's message ids (Python 3.11's argparse.py) → Vietnamese. Vietnamese nouns do not inflect
for number, so a message with a plural form has one entry, under its singular id."""


COMMAND = "LỆNH"
ACTION = "THAO_TÁC"
"""The names a command and its action go by in the help and in "missing" errors, where argparse would
print their English dest ("command", "action")."""


def install() -> None:
    """Call before building a parser: the help's group titles and -h's help are read when the parser
    is made, the error messages when it parses."""
    argparse._ = vietnamese
    argparse.ngettext = vietnamese_plural


def action_group(commands: argparse._SubParsersAction, name: str, help_text: str) -> argparse._SubParsersAction:
    """A command that does one of several things (`dossier show`, `dossier print`), one of which must be
    named: read into `args.action`."""
    return commands.add_parser(name, help=help_text).add_subparsers(dest="action", required=True, metavar=ACTION)


def vietnamese(message: str) -> str:
    """An id the table lacks (a later Python's) is said in English rather than not at all."""
    return WORDS.get(message, message)


def vietnamese_plural(singular: str, plural: str, count: int) -> str:
    return WORDS.get(singular, singular if count == 1 else plural)
