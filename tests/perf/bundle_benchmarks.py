"""The bundle's figures: its size unpacked, and its cold start against the same desk run from the venv.

Both use the bundle `make bundle` left in dist/ (built first when there is none, as CI does). The
cold start is `desk-app --check-start --data-dir DESK` on the 1M-dossier desk, timed from Popen to
the line the window prints once it is up, run in turns from dist/ and from .venv/bin so that a
drift of the machine's speed falls on both; the figure is the ratio of each pair.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from benchmarks import Measurement
from dataset import Dataset

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

from bundle import EXECUTABLE, FOLDER, folder_bytes  # noqa: E402

BUNDLE = ROOT / "dist" / FOLDER
VENV_DESK_APP = Path(sys.executable).with_name("desk-app")
READY = "Cửa sổ đã mở"


def outside_the_process(dataset: Dataset | None) -> str:
    """`--profile`: these figures are whole processes of the bundle, which pyinstrument cannot enter."""
    return "measured from outside the process: no profile"


def ensure_bundle() -> Path:
    if not (BUNDLE / EXECUTABLE).exists():
        subprocess.run([sys.executable, str(ROOT / "scripts" / "bundle.py")], check=True)
    return BUNDLE


def bundle_size(dataset: Dataset | None, runs: int) -> list[Measurement]:
    size = folder_bytes(ensure_bundle())
    return [Measurement("bundle_size_mb", (size / 10**6,), 1, (f"{size / 2**20:.1f} MiB, {BUNDLE}",))]


def started(executable: Path, data_dir: Path) -> float:
    """Seconds from Popen to the window's ready line; the window then closes itself."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    begun = time.perf_counter()
    child = subprocess.Popen([str(executable), "--data-dir", str(data_dir), "--check-start"], stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True, env=env)
    assert child.stdout is not None
    for line in child.stdout:
        if line.startswith(READY):
            elapsed = time.perf_counter() - begun
            child.communicate()
            return elapsed
    _, errors = child.communicate()
    raise RuntimeError(f"{executable} did not start (exit {child.returncode}):\n{errors}")


def bundle_cold_start(dataset: Dataset, runs: int) -> list[Measurement]:
    bundle = ensure_bundle() / EXECUTABLE
    started(bundle, dataset.data_dir)
    started(VENV_DESK_APP, dataset.data_dir)
    pairs = [(started(bundle, dataset.data_dir), started(VENV_DESK_APP, dataset.data_dir)) for _ in range(runs)]
    bundled = sorted(b for b, _ in pairs)[len(pairs) // 2]
    venv = sorted(v for _, v in pairs)[len(pairs) // 2]
    return [Measurement("bundle_cold_start_ratio", tuple(b / v for b, v in pairs), runs,
                        (f"bundle {bundled:.3f} s, venv {venv:.3f} s (medians, desk-app --check-start)",))]
