import ast
import sys
from pathlib import Path

import desk_app.domain

DOMAIN_DIR = Path(desk_app.domain.__file__).parent
ALLOWED_THIRD_PARTY = {"holidays"}
ALLOWED_PROJECT = {"desk_app.domain", "desk_app.messages"}


def _imported_modules(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module)
    return names


def test_domain_imports_only_the_standard_library_holidays_and_its_messages():
    for path in DOMAIN_DIR.glob("*.py"):
        for name in _imported_modules(path):
            top = name.split(".")[0]
            allowed = (
                top in sys.stdlib_module_names
                or top in ALLOWED_THIRD_PARTY
                or any(name == p or name.startswith(p + ".") for p in ALLOWED_PROJECT)
            )
            assert allowed, f"{path.name} imports {name}"


def test_domain_reads_no_clock():
    for path in DOMAIN_DIR.glob("*.py"):
        source = path.read_text(encoding="utf-8")
        for forbidden in ("date.today(", "datetime.now(", "datetime.utcnow(", "time.time(", "open("):
            assert forbidden not in source, f"{path.name} uses {forbidden}"
