"""`make bundle`: the one-folder bundle from build.spec, a .tar.gz of it, and the archive's SHA-256 beside it.

    .venv/bin/python scripts/bundle.py [--dist DIR] [--work DIR]

Writes DIST/mot-cua-desk/ (its executable: desk-app), DIST/mot-cua-desk-<version>-<platform>.tar.gz and
DIST/mot-cua-desk-<version>-<platform>.tar.gz.sha256 (the `sha256sum -c` format), and prints the three
with the folder's size. Run it with the project's own environment: PyInstaller bundles what that
environment has installed (scripts/bootstrap.sh test puts PyInstaller there).
"""

from __future__ import annotations

import argparse
import hashlib
import os
import subprocess
import sys
import sysconfig
import tarfile
from importlib.metadata import version
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FOLDER = "mot-cua-desk"
EXECUTABLE = "desk-app.exe" if os.name == "nt" else "desk-app"


def build(dist: Path, work: Path) -> Path:
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
                    "--distpath", str(dist), "--workpath", str(work), str(ROOT / "build.spec")], check=True)
    return dist / FOLDER


def folder_bytes(folder: Path) -> int:
    """What the folder takes once unpacked: its files' sizes, each link counted once as a link."""
    return sum(path.lstat().st_size for path in folder.rglob("*") if not path.is_dir())


def archive(folder: Path) -> tuple[Path, Path]:
    target = folder.with_name(f"{FOLDER}-{version('mot-cua-desk')}-{sysconfig.get_platform()}.tar.gz")
    with tarfile.open(target, "w:gz", compresslevel=6) as tar:
        tar.add(folder, arcname=folder.name)
    digest = hashlib.sha256()
    with open(target, "rb") as file:
        for chunk in iter(lambda: file.read(1 << 20), b""):
            digest.update(chunk)
    checksum = target.with_name(target.name + ".sha256")
    checksum.write_text(f"{digest.hexdigest()}  {target.name}\n", encoding="ascii")
    return target, checksum


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--work", type=Path, default=ROOT / "build")
    args = parser.parse_args(argv)
    folder = build(args.dist.resolve(), args.work.resolve())
    target, checksum = archive(folder)
    print(f"{folder / EXECUTABLE}  ({folder_bytes(folder) / 10**6:.1f} MB unpacked)\n{target}\n{checksum}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
