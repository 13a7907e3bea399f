"""The provincial operator's commands, run in the test process, and the intakes the sync tests save."""

from __future__ import annotations

import json

import pytest

from intake_support import request_for

PEOPLE = [("Nguyễn Văn An", "001095000111", "12/07/1995", "male"),
          ("Trần Thị Bích", "001195000222", "03/02/1995", "female"),
          ("Lê Minh Châu", "001095000333", "21/11/1995", "male")]


def intake(desk, index: int = 0):
    name, id_number, birth, sex = PEOPLE[index % len(PEOPLE)]
    return desk.intake.submit(request_for(desk, full_name=name, id_number=id_number, birth_date=birth, sex=sex))


def provincial(db_url: str, *args: str, input: str = "") -> str:
    """`provincial --db URL ARGS…`, the operator's command, run in this process (a second each as a
    subprocess would be most of this suite's time); its output, or AssertionError with its error."""
    import contextlib
    import io

    from provincial.cli import main

    out, err = io.StringIO(), io.StringIO()
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("sys.stdin", io.StringIO(input))
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = main(["--db", db_url, *args])
    if code != 0:
        raise AssertionError(f"provincial {' '.join(args)} exited {code}: {err.getvalue()}")
    return out.getvalue()


def server_dossiers(province, agency_code: str) -> list[dict]:
    return json.loads(provincial(province.db_url, "dossier", "list", "--agency", agency_code, "--json"))
