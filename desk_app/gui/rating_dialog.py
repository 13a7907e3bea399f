"""Đánh giá: the citizen rates the service at the hand-over — rất hài lòng, hài lòng, không hài
lòng — with a comment if they wish. On a desk with a second screen facing the citizen, the dialog
opens there, full-screen, in large type; otherwise on the officer's screen. Closing it leaves the
dossier unrated; a rating is saved once, on the desk's worker, and goes to the province."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from desk_app.domain.errors import DomainError
from desk_app.domain.handover import RatingLevel
from desk_app.gui.labels import label
from desk_app.gui.messages import error_text, unexpected_text
from desk_app.gui.worker import Worker
from desk_app.services.desk import Desk

BUTTON_STYLE = "font-size: 20pt; padding: 18px;"
NAMES = {RatingLevel.VERY_SATISFIED: "ratingVerySatisfied", RatingLevel.SATISFIED: "ratingSatisfied",
         RatingLevel.NOT_SATISFIED: "ratingNotSatisfied"}


class RatingDialog(QDialog):
    def __init__(self, code: str, desk: Desk, operations: Worker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ratingDialog")
        self.setWindowTitle(self.tr("Đánh giá việc giải quyết hồ sơ"))
        self._code = code
        self._desk = desk
        self._operations = operations
        self.level: RatingLevel | None = None
        layout = QVBoxLayout(self)
        question = QLabel(self.tr("Ông/Bà đánh giá thế nào về việc giải quyết hồ sơ {code}?").format(code=code))
        question.setWordWrap(True)
        question.setStyleSheet("font-size: 16pt;")
        layout.addWidget(question)
        row = QHBoxLayout()
        self.buttons: dict[RatingLevel, QPushButton] = {}
        for level, name in NAMES.items():
            button = QPushButton(label(level), objectName=name)
            button.setCheckable(True)
            button.setStyleSheet(BUTTON_STYLE)
            button.clicked.connect(lambda _checked=False, level=level: self._choose(level))
            row.addWidget(button)
            self.buttons[level] = button
        layout.addLayout(row)
        layout.addWidget(QLabel(self.tr("Ý kiến (không bắt buộc):")))
        self.comment = QPlainTextEdit(objectName="ratingComment")
        self.comment.setMaximumHeight(120)
        layout.addWidget(self.comment)
        self.message = QLabel(objectName="ratingMessage")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.submit = QPushButton(self.tr("Gửi đánh giá"), objectName="ratingSubmit")
        self.submit.setEnabled(False)
        self.submit.clicked.connect(self.send)
        layout.addWidget(self.submit)

    def show_to_citizen(self) -> None:
        """Full-screen on the second screen when one is attached, else beside the officer's work."""
        screens = QGuiApplication.screens()
        parent = self.parentWidget()
        officer = parent.screen() if parent is not None else QGuiApplication.primaryScreen()
        facing = next((screen for screen in screens if screen is not officer), None)
        if facing is not None:
            self.setScreen(facing)
            self.move(facing.geometry().topLeft())
            self.showFullScreen()
        else:
            self.show()

    def _choose(self, level: RatingLevel) -> None:
        self.level = level
        for each, button in self.buttons.items():
            button.setChecked(each is level)
        self.submit.setEnabled(True)

    def send(self) -> None:
        if self.level is None:
            return
        level, comment = self.level.value, self.comment.toPlainText()
        self.submit.setEnabled(False)
        self._operations.run(lambda: self._desk.returns.rate(self._code, level, comment), lambda _: self.accept(),
                             self._refused, initiator=self)

    def _refused(self, error: BaseException) -> None:
        self.submit.setEnabled(True)
        self.message.setText(error_text(error) if isinstance(error, DomainError) else unexpected_text(error))
