"""Logs and tracebacks name dossiers, never the citizens in them."""

from __future__ import annotations

import logging
import stat
import subprocess
import sys

import pytest

from desk_app import logs
from desk_app.domain.errors import DomainError
from intake_support import APPLICANT, request_for

PERSONAL = (APPLICANT["full_name"], APPLICANT["id_number"], "0912345678", APPLICANT["email"], "Thôn Đông")


@pytest.fixture
def logged(data_dir):
    path = logs.configure(data_dir)
    yield path
    for handler in list(logging.getLogger().handlers):
        handler.close()
        logging.getLogger().removeHandler(handler)


def test_a_failed_save_leaves_no_personal_data_in_the_log_or_on_stderr(desk, logged, monkeypatch, capfd):
    from desk_app.store import dossier_repo

    def broken(connection, record, documents):
        raise RuntimeError(f"cannot store {record.applicant_name} {record.applicant_id_number} "
                           f"{record.applicant_phone} {record.applicant_email} {record.applicant_address}")

    monkeypatch.setattr(dossier_repo, "insert_dossier", broken)
    with pytest.raises(RuntimeError) as failed:
        desk.intake.submit(request_for(desk))
    logging.getLogger("desk_app.gui.worker").warning("work failed", exc_info=failed.value)
    refused = DomainError("contact.email.invalid", field="email", value=APPLICANT["email"])
    logging.getLogger("desk_app.gui.worker").warning("work failed", exc_info=refused)
    for handler in logging.getLogger().handlers:
        handler.flush()
    written = logged.read_text(encoding="utf-8") + capfd.readouterr().err
    assert "RuntimeError (message withheld)" in written and "contact.email.invalid" in written
    for value in PERSONAL:
        assert value not in written
    assert stat.S_IMODE(logged.stat().st_mode) == 0o600
    assert stat.S_IMODE(logged.parent.stat().st_mode) == 0o700


def test_an_uncaught_exception_in_the_command_line_is_told_without_its_message(tmp_path):
    script = (
        "import sys; from pathlib import Path; from desk_app import logs\n"
        f"logs.configure(Path({str(tmp_path)!r}), stderr_level=40)\n"
        f"raise ValueError('{APPLICANT['full_name']} {APPLICANT['id_number']}')\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert done.returncode != 0 and "ValueError (message withheld)" in done.stderr
    logged = (tmp_path / "logs" / "desk.log").read_text(encoding="utf-8")
    for text in (done.stderr, logged):
        assert APPLICANT["full_name"] not in text and APPLICANT["id_number"] not in text
