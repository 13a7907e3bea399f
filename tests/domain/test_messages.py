import ast
import re
import string
from pathlib import Path

import desk_app.domain
from desk_app.messages import MESSAGES, message_for, worded

DOMAIN_DIR = Path(desk_app.domain.__file__).parent
CODE_SHAPE = re.compile(
    r"(validation|applicant|contact|date|qr|procedure|settings|dossier_code|agency_code|dossier|catalogue)"
    r"\.[a-z_]+(\.[a-z_]+)*"
)


def _codes_used_in_domain() -> set[str]:
    found = set()
    for path in DOMAIN_DIR.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and CODE_SHAPE.fullmatch(node.value):
                found.add(node.value)
    return found


def test_every_code_raised_in_the_domain_has_a_message():
    used = _codes_used_in_domain()
    assert len(used) > 30
    assert used - set(MESSAGES) == set()


def test_messages_use_only_named_placeholders():
    for code, template in MESSAGES.items():
        for _, name, _, _ in string.Formatter().parse(template):
            assert name is None or name.isidentifier(), code


def test_message_for_fills_placeholders_and_keeps_missing_ones_visible():
    assert message_for("applicant.id.length", length=11).endswith("có 11 chữ số).")
    assert "{length}" in message_for("applicant.id.length")


def test_unknown_code_falls_back_to_a_generic_message_naming_it():
    text = message_for("no.such.code", x=1)
    assert "no.such.code" in text
    assert text.startswith("Dữ liệu chưa hợp lệ")


def test_worded_translates_the_sentence_and_the_labels_in_it():
    def translate_text(context: str, text: str) -> str:
        return f"<{context}:{text}>"

    text = worded("dossier.transition", {"from_label": "Đã tiếp nhận", "to_label": "Đã rút"},
                  translate_text=translate_text)
    assert text == "<messages:Không thể chuyển hồ sơ từ trạng thái “<DossierStatus:Đã tiếp nhận>” sang “<DossierStatus:Đã rút>”.>"


def test_worded_keeps_the_servers_sentence_when_it_cannot_word_the_error_itself():
    assert worded("a.code.from.a.newer.server", {"x": "1"}, "Câu của tỉnh.") == "Câu của tỉnh."
    assert worded("sync.rejected", None, "Câu của tỉnh.") == "Câu của tỉnh."
    assert worded("sync.rejected", None) == message_for("sync.rejected")
    assert worded("sync.not_owner", {"to_label": "Đang giải quyết"}, "Câu cũ.").startswith("Chuyển hồ sơ sang “Đang")
    assert worded("auth.officer_inactive", {"status": 403}, "Tài khoản canbo2 đã bị khóa.") == "Tài khoản canbo2 đã bị khóa."
