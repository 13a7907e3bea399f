"""The commands that work on the data folder itself: --version, backup, restore; and a damaged database."""

from __future__ import annotations

import subprocess
import sys
from importlib.metadata import version

from backup_support import new_folder, save
from desk_app.cli import main


def test_version_comes_from_the_package_metadata():
    result = subprocess.run([sys.executable, "-m", "desk_app", "--version"], capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 0 and result.stdout.strip() == f"desk-app {version('mot-cua-desk')}"


def test_backup_then_restore_into_a_new_folder(tmp_path, capsys):
    folder = new_folder(tmp_path, "desk")
    codes = save(folder, 2)
    out = tmp_path / "sao-luu.zip"
    assert main(["--data-dir", str(folder), "backup", "--out", str(out)]) == 0
    assert f"Đã sao lưu 2 hồ sơ vào {out}" in capsys.readouterr().out
    target = tmp_path / "may-moi"
    assert main(["--data-dir", str(target), "restore", str(out)]) == 0
    assert "Đã khôi phục bản sao lưu" in capsys.readouterr().out
    assert main(["--data-dir", str(target), "dossier", "show", codes[1]]) == 0
    assert "Nguyễn Thị Thu Hằng" in capsys.readouterr().out


def test_a_refused_restore_exits_non_zero_with_the_reason(tmp_path, capsys):
    folder = new_folder(tmp_path, "desk")
    junk = tmp_path / "junk.zip"
    junk.write_text("no", encoding="utf-8")
    assert main(["--data-dir", str(folder), "restore", str(junk)]) == 2
    assert capsys.readouterr().err.startswith("Lỗi: Tệp")


def test_a_damaged_database_is_named_by_every_command(tmp_path, capsys):
    folder = new_folder(tmp_path, "desk")
    codes = save(folder, 1)
    (folder / "desk.sqlite3").write_bytes(b"\0" * 4096)
    assert main(["--data-dir", str(folder), "dossier", "show", codes[0]]) == 2
    error = capsys.readouterr().err
    assert "bị hỏng" in error and "desk-app doctor" in error and "Traceback" not in error
