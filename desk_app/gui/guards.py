"""The questions asked before work could be lost: a form that holds a citizen's data about to be
cleared, replaced by another card's scan, or closed; changes not yet sent to the province when the
window closes. Each question and each of its buttons has an objectName, so that tests and
automation can answer it as an officer does.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


translate = QCoreApplication.translate


class Closing(Enum):
    WAIT = "wait"
    NOW = "now"
    CANCEL = "cancel"


def _ask(parent: QWidget, name: str, title: str, text: str, informative: str,
         buttons: list[tuple[str, str, QMessageBox.ButtonRole]], default: str, escape: str) -> str:
    """A question whose answer is the objectName of the button pressed (the escape button's when
    the window is closed)."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    box.setObjectName(name)
    box.setInformativeText(informative)
    made = {}
    for button_name, label, role in buttons:
        made[button_name] = box.addButton(label, role)
        made[button_name].setObjectName(button_name)
    box.setDefaultButton(made[default])
    box.setEscapeButton(made[escape])
    box.exec()
    clicked = box.clickedButton()
    return clicked.objectName() if clicked is not None else escape


def discard_confirmed(parent: QWidget) -> bool:
    """"Bỏ hồ sơ đang nhập?" — No (the default) keeps every character."""
    Role = QMessageBox.ButtonRole
    return _ask(parent, "discardQuestion", translate("Guards", "Bỏ hồ sơ đang nhập?"), translate("Guards", "Bỏ hồ sơ đang nhập?"),
                translate("Guards", "Những gì đã nhập cho hồ sơ này sẽ mất."),
                [("discardYes", translate("Guards", "Bỏ hồ sơ"), Role.DestructiveRole),
                 ("discardNo", translate("Guards", "Tiếp tục nhập"), Role.RejectRole)],
                default="discardNo", escape="discardNo") == "discardYes"


def closing_with_unsent(parent: QWidget, pending: int) -> Closing:
    """Changes not yet sent: wait for the sync (the default), close now (they are kept and go at the
    next start), or stay."""
    Role = QMessageBox.ButtonRole
    answer = _ask(parent, "unsentQuestion", translate("Guards", "Còn thay đổi chưa gửi"),
                  translate("Guards", "Còn {n} thay đổi chưa gửi lên hệ thống tỉnh.").format(n=pending),
                  translate("Guards", "Chúng được giữ an toàn trên máy và sẽ được gửi ở lần mở sau nếu đóng ngay."),
                  [("unsentWait", translate("Guards", "Đồng bộ rồi đóng"), Role.AcceptRole),
                   ("unsentCloseNow", translate("Guards", "Đóng ngay"), Role.DestructiveRole),
                   ("unsentCancel", translate("Guards", "Không đóng"), Role.RejectRole)],
                  default="unsentWait", escape="unsentCancel")
    return {"unsentWait": Closing.WAIT, "unsentCloseNow": Closing.NOW}.get(answer, Closing.CANCEL)
