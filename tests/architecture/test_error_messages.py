"""Every error the officer can meet, wherever it is raised, has its Vietnamese sentence."""

import ast
from pathlib import Path

import desk_app
from desk_app.messages import MESSAGES

PACKAGE = Path(desk_app.__file__).parent


def _raised_codes() -> dict[str, Path]:
    found = {}
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "DomainError"
                    and node.args and isinstance(node.args[0], ast.Constant)):
                found[node.args[0].value] = path
    return found


def test_every_domain_error_code_in_the_application_has_a_message():
    raised = _raised_codes()
    assert "intake.documents_missing" in raised
    missing = {code: str(path.relative_to(PACKAGE)) for code, path in raised.items() if code not in MESSAGES}
    assert missing == {}
