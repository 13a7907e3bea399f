"""The desk's log: a rotating file in the data folder (`logs/desk.log`, the desk's user's alone)
and standard error, both free of citizens' data.

Log lines name dossiers by their code, never by a person. Exceptions are where personal data
would slip in (a refused form's error lists the values typed, a library quotes the text it
choked on), so every traceback is written with its frames and its exceptions' types, but without
their messages: a DomainError shows its code and the names of its values, any other exception only
its type. Uncaught exceptions, on any thread, go through the same path instead of Python's own
printing to standard error.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from desk_app.domain.errors import DomainError
from desk_app.private_files import FILE_MODE, private_folder

LOG_FOLDER = "logs"
LOG_FILE = "desk.log"
MAX_BYTES = 1_000_000
BACKUPS = 5
FORMAT = "%(asctime)s %(levelname)s %(threadName)s %(name)s: %(message)s"

log = logging.getLogger("desk_app")


def describe(error: BaseException) -> str:
    """What may be said of an exception in a log: its type, and for a DomainError its code and the
    names (not the values) of what it carries."""
    if isinstance(error, DomainError):
        fields = f" field={error.field}" if error.field else ""
        carried = f" params={sorted(error.params)}" if error.params else ""
        return f"{type(error).__name__}[{error.code}]{fields}{carried}"
    return f"{type(error).__name__} (message withheld)"


class PrivateFormatter(logging.Formatter):
    def formatException(self, exc_info) -> str:  # noqa: N802 (logging's name)
        _kind, error, trace = exc_info
        return redacted_traceback(error, trace)


def redacted_traceback(error: BaseException | None, trace: TracebackType | None) -> str:
    lines = []
    seen: set[int] = set()
    while error is not None and id(error) not in seen:
        seen.add(id(error))
        frames = traceback.extract_tb(trace if not lines else error.__traceback__)
        lines.append("Traceback (most recent call last):")
        lines += [f'  File "{frame.filename}", line {frame.lineno}, in {frame.name}' for frame in frames]
        lines.append(describe(error))
        error = error.__cause__ or error.__context__
        if error is not None:
            lines.append("raised while handling:")
    return "\n".join(lines)


class PrivateRotatingFileHandler(RotatingFileHandler):
    """Each log file is created 0600, the rotated ones keep that mode."""

    def _open(self):  # noqa: ANN202 (logging's signature)
        descriptor = os.open(self.baseFilename, os.O_WRONLY | os.O_APPEND | os.O_CREAT, FILE_MODE)
        return os.fdopen(descriptor, "a", encoding=self.encoding or "utf-8", errors=self.errors)


def configure(data_dir: Path | None, stderr_level: int = logging.INFO) -> Path | None:
    """Log to the data folder's file (when there is a data folder), and from `stderr_level` up to
    standard error (the command line keeps that for errors); returns the file's path."""
    formatter = PrivateFormatter(FORMAT)
    root = logging.getLogger()
    for handler in list(root.handlers):
        root.removeHandler(handler)
    stream = logging.StreamHandler(sys.stderr)
    stream.setLevel(stderr_level)
    handlers: list[logging.Handler] = [stream]
    path = None
    if data_dir is not None:
        path = private_folder(data_dir / LOG_FOLDER) / LOG_FILE
        handlers.append(PrivateRotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8"))
    for handler in handlers:
        handler.setFormatter(formatter)
        root.addHandler(handler)
    root.setLevel(logging.INFO)
    logging.getLogger("httpx").setLevel(logging.WARNING)
    sys.excepthook = _uncaught
    threading.excepthook = lambda hook: _uncaught(hook.exc_type, hook.exc_value, hook.exc_traceback)
    return path


def _uncaught(kind: type[BaseException], error: BaseException | None, trace: TracebackType | None) -> None:
    if error is None:
        error = kind()
    log.critical("uncaught exception", exc_info=(kind, error, trace))
