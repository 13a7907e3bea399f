"""The words the officer reads for a domain error, through Qt's translation so English can ship too."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desk_app.domain.errors import DomainError
from desk_app.messages import MESSAGES, fill, message_for


def error_text(error: DomainError) -> str:
    source = MESSAGES.get(error.code)
    if source is None:
        return message_for(error.code, **error.params)
    return fill(QCoreApplication.translate("messages", source), error.params)


def unexpected_text(error: BaseException) -> str:
    return QCoreApplication.translate(
        "messages", "Đã xảy ra lỗi không mong muốn: {detail}. Dữ liệu đã lưu không bị ảnh hưởng."
    ).format(detail=str(error) or type(error).__name__)
