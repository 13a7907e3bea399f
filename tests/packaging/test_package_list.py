"""The installed project is the source tree: a package or resource folder missing from
pyproject.toml's explicit list is silently left out of a wheel, and works only in an editable
install — which is how such a gap goes unseen until an office installs the desk."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _configuration() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]


def _folder(package: str, package_dir: dict[str, str]) -> Path:
    for prefix in sorted(package_dir, key=len, reverse=True):
        if package == prefix or package.startswith(prefix + "."):
            rest = package[len(prefix):].lstrip(".")
            return ROOT / package_dir[prefix] / Path(*rest.split(".")) if rest else ROOT / package_dir[prefix]
    return ROOT / Path(*package.split("."))


def test_every_folder_of_code_or_resources_is_a_listed_package():
    configuration = _configuration()
    listed = {_folder(p, configuration["package-dir"]).resolve() for p in configuration["packages"]}
    roots = [ROOT / "desk_app", ROOT / "provincial", ROOT / "migrations", ROOT / "resources"]
    folders = {
        path.parent.resolve() for root in roots for path in root.rglob("*")
        if path.is_file() and "__pycache__" not in path.parts
    }
    assert folders - listed == set()
    assert all(folder.is_dir() for folder in listed)


def test_every_resource_file_is_package_data():
    configuration = _configuration()
    data = configuration["package-data"]
    for path in (ROOT / "resources").rglob("*"):
        if not path.is_file() or path.name == "__init__.py" or "__pycache__" in path.parts:
            continue
        package = ".".join(("desk_app", *path.relative_to(ROOT).parent.parts))
        assert any(path.match(pattern) for pattern in data.get(package, [])), path
