"""The provincial operator's commands, run in the test process."""

from __future__ import annotations

import pytest


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
