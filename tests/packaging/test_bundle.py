"""The bundle as an IT officer installs it: built by `scripts/bundle.py`, unpacked from its archive
elsewhere, and run with an environment that knows of no Python, no virtual environment and no source tree.

Built once for the module (about a minute on two cores), as CI builds it on every run.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys
import tarfile
from importlib.metadata import version
from pathlib import Path

import pytest

from backup_support import save
from desk_app.services.catalogue import sample_catalogue_path
from intake_support import DESK_SETTINGS

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.slow

LEFT_OUT = ("PySide6/Qt/lib/libQt6Quick", "PySide6/Qt/lib/libQt6Qml", "PySide6/Qt/plugins/wayland-",
            "PySide6/Qt/plugins/platformthemes", "PySide6/Qt/translations", "PySide6/QtNetwork", "pytest", "hypothesis",
            "fastapi", "uvicorn", "psycopg", "argon2", "PIL/_avif", "PIL/_imagingft", "keyrings", "provincial",
            "libstdc++", "libX11", "libcups")
NEEDED = ("PySide6/Qt/plugins/platforms/libqxcb.so", "PySide6/Qt/plugins/platforms/libqoffscreen.so",
          "PySide6/Qt/plugins/platforms/libqminimal.so", "PySide6/Qt/plugins/printsupport/libcupsprintersupport.so",
          "PySide6/Qt/plugins/imageformats/libqjpeg.so", "PySide6/Qt/lib/libQt6SerialPort.so.6",
          "PySide6/Qt/lib/libQt6PrintSupport.so.6", "PySide6/Qt/lib/libQt6Pdf.so.6",
          "desk_app/migrations/env.py", "desk_app/resources/fonts/LiberationSerif-Regular.ttf",
          "desk_app/resources/catalogue/sample.json", "holidays/locale/vi/LC_MESSAGES/VN.mo")


@pytest.fixture(scope="module")
def bundle(tmp_path_factory) -> Path:
    """The archive `make bundle` writes, checked against its SHA-256 and unpacked somewhere else."""
    build = tmp_path_factory.mktemp("build")
    subprocess.run([sys.executable, str(ROOT / "scripts" / "bundle.py"), "--dist", str(build / "dist"),
                    "--work", str(build / "work")], check=True, timeout=900)
    [archive] = (build / "dist").glob("mot-cua-desk-*.tar.gz")
    digest, name = (build / "dist" / f"{archive.name}.sha256").read_text(encoding="ascii").split()
    assert name == archive.name and digest == hashlib.sha256(archive.read_bytes()).hexdigest()
    installed = tmp_path_factory.mktemp("installed")
    with tarfile.open(archive) as tar:
        tar.extractall(installed, filter="tar")
    shutil.rmtree(build)
    return installed / "mot-cua-desk"


@pytest.fixture
def run(bundle, tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    environment = {"PATH": "/usr/bin:/bin", "HOME": str(home), "LANG": "C.UTF-8", "QT_QPA_PLATFORM": "offscreen",
                   "XDG_DATA_HOME": str(home / "data"), "XDG_CONFIG_HOME": str(home / "config")}

    def desk_app(*args: str, prefix: tuple[str, ...] = (), check: bool = True) -> subprocess.CompletedProcess:
        result = subprocess.run([*prefix, str(bundle / "desk-app"), *args], capture_output=True, text=True,
                                timeout=120, env=environment, cwd=home)
        assert "Traceback" not in result.stderr, result.stderr
        if check:
            assert result.returncode == 0, result.stderr
        return result

    return desk_app


def test_the_bundle_carries_what_the_desk_uses_and_nothing_else(bundle):
    inside = bundle / "_internal"
    for path in NEEDED:
        assert (inside / path).exists(), path
    names = [str(path.relative_to(inside)) for path in inside.rglob("*")]
    for prefix in LEFT_OUT:
        assert not [name for name in names if name.startswith(prefix)], prefix


def test_the_bundle_runs_without_python(run, tmp_path):
    assert run("--version").stdout.strip() == f"desk-app {version('mot-cua-desk')}"
    data = tmp_path / "desk"
    data.mkdir()
    (data / "settings.toml").write_text(DESK_SETTINGS, encoding="utf-8")
    imported = run("--data-dir", str(data), "catalogue", "import", str(sample_catalogue_path()))
    assert "Đã nạp 49 thủ tục" in imported.stdout
    [code] = save(data, 1)
    run("--data-dir", str(data), "dossier", "print", code, "--out", str(tmp_path))
    assert (tmp_path / f"{code}_mau01-giay-tiep-nhan.pdf").read_bytes().startswith(b"%PDF")

    doctor = run("--data-dir", str(data), "doctor", "--json", check=False)
    assert doctor.returncode in (0, 1), doctor.stderr
    report = {entry["check"]: entry for entry in json.loads(doctor.stdout)}
    assert len(report) == 10 and report["database"]["ok"] and report["fonts"]["ok"], report

    run("--data-dir", str(data), "backup", "--out", str(tmp_path / "b.zip"))
    run("--data-dir", str(tmp_path / "restored"), "restore", str(tmp_path / "b.zip"))
    run("--data-dir", str(data), "support", "--out", str(tmp_path / "ho-tro.zip"))

    assert "Cửa sổ đã mở" in run("--data-dir", str(data), "--check-start").stdout
    if shutil.which("xvfb-run"):
        shown = run("--data-dir", str(data), "--check-start", prefix=("xvfb-run", "-a", "env", "QT_QPA_PLATFORM=xcb"))
        assert "Cửa sổ đã mở" in shown.stdout
