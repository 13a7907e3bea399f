"""The words the officer reads for an error, through Qt's translation so English can ship too.

Errors are kept as codes and values (desk_app/messages.py words them); here they are worded with
the translated sentence of their code, and with translated labels in it.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from desk_app.domain.errors import DomainError
from desk_app.gui.labels import translated
from desk_app.messages import worded

if TYPE_CHECKING:
    from desk_app.services.sync import SyncProblem


def error_text(error: DomainError) -> str:
    """A refusal from the server (a SyncError) carries the server's sentence as `text`, for a
    code this desk does not know or values the server did not send."""
    return worded(error.code, error.params, getattr(error, "text", None) or "", translate_text=translated)


def reason_text(code: str | None, params: Mapping[str, Any] | None, text: str = "") -> str:
    """An error the sync kept (a refused change, a record set aside, why the last cycle failed):
    its code and values when the desk knows them, else the sentence the server wrote."""
    if code is None:
        return text
    return worded(code, params, text, translate_text=translated)


def problem_text(problem: SyncProblem) -> str:
    """Why the province refused a change, or why a record of the province's was set aside."""
    return reason_text(problem.reason_code, problem.reason_params, problem.reason_text)


def unexpected_text(error: BaseException) -> str:
    return QCoreApplication.translate(
        "messages", "Đã xảy ra lỗi không mong muốn: {detail}. Dữ liệu đã lưu không bị ảnh hưởng."
    ).format(detail=str(error) or type(error).__name__)
