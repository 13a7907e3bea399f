"""The layer rules (ARCHITECTURE.md, Rooms), checked by import-linter on every run."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_import_contracts_hold():
    lint = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run([str(lint), "--config", str(ROOT / "pyproject.toml")], cwd=ROOT,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_repository_explains_itself():
    """Everything the code relies on is explained in the repository's own ARCHITECTURE.md and docs/,
    never in a document outside it."""
    result = subprocess.run(["git", "grep", "-l", "DESIGN" + ".md"], cwd=ROOT, capture_output=True, text=True)
    assert result.stdout == "", result.stdout
