"""Hôm nay (F6): the desk's day at a glance: overdue dossiers, those due today and tomorrow, results
waiting for their citizens, results on their way by post, each group with its count. Enter or a
double click opens the dossier. The board is read on the worker, again whenever a change to
dossiers arrives (a sync bringing the back office's moves, a hand-over) and every minute, since a
dossier due at 17:00 is overdue at 17:01."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import QHeaderView, QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from desk_app.clock import LOCAL_TZ
from desk_app.gui.change_bus import ChangeBus
from desk_app.gui.labels import label, translated
from desk_app.gui.messages import unexpected_text
from desk_app.gui.worker import Worker
from desk_app.services.changes import Changes, Kind
from desk_app.services.desk import Desk
from desk_app.services.today import TodayBoard

REFRESH_MS = 60_000
WHEN = "%H:%M %d/%m/%Y"
GROUPS = {
    "overdue": QT_TRANSLATE_NOOP("TodayScreen", "Quá hạn"),
    "due_today": QT_TRANSLATE_NOOP("TodayScreen", "Đến hạn hôm nay"),
    "due_tomorrow": QT_TRANSLATE_NOOP("TodayScreen", "Đến hạn ngày mai"),
    "ready": QT_TRANSLATE_NOOP("TodayScreen", "Có kết quả, chờ công dân đến nhận"),
    "in_transit": QT_TRANSLATE_NOOP("TodayScreen", "Đang gửi qua bưu chính"),
}
COLOURS = {"overdue": "#b00020", "due_today": "#8a5300"}
CODE_ROLE = Qt.ItemDataRole.UserRole


class _Board(QTreeWidget):
    opened = Signal(str)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        item = self.currentItem()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and item is not None and item.data(0, CODE_ROLE):
            self.opened.emit(item.data(0, CODE_ROLE))
            return
        super().keyPressEvent(event)


class TodayScreen(QWidget):
    opened = Signal(str)
    """The code of the dossier the officer chose."""

    def __init__(self, desk: Desk, operations: Worker, changes: ChangeBus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("todayScreen")
        self._desk = desk
        self._operations = operations
        self._reading = False
        self._sized = False
        """Columns are fitted to the first board read; measuring every row again at each refresh
        would cost more than reading it."""
        self.summary = QLabel(objectName="todaySummary")
        self.board = _Board(objectName="todayBoard")
        self.board.setColumnCount(5)
        self.board.setHeaderLabels([self.tr("Mã hồ sơ"), self.tr("Người nộp"), self.tr("Thủ tục"),
                                    self.tr("Hẹn trả"), self.tr("Trạng thái")])
        self.board.setUniformRowHeights(True)
        header = self.board.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.board.itemActivated.connect(self._activated)
        self.board.opened.connect(self.opened)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.board)
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()
        changes.changed.connect(self._changed)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        self.refresh()

    def _changed(self, changes: Changes) -> None:
        if changes.touches(Kind.DOSSIER) and self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        if self._reading or not self.isVisible():
            return
        self._reading = True
        self._operations.run(self._desk.today.board, self.show_board, self._failed)

    def show_board(self, board: TodayBoard) -> None:
        self._reading = False
        chosen = self.board.currentItem().data(0, CODE_ROLE) if self.board.currentItem() else None
        self.board.clear()
        counts = []
        for group in board.groups:
            title = translated("TodayScreen", GROUPS[group.key])
            counts.append(f"{title}: {group.count}")
            head = QTreeWidgetItem(self.board, [f"{title} ({group.count})"])
            head.setFirstColumnSpanned(True)
            font = head.font(0)
            font.setBold(True)
            head.setFont(0, font)
            if group.key in COLOURS and group.count:
                head.setForeground(0, QBrush(QColor(COLOURS[group.key])))
            for row in group.rows:
                due = row.due_at.strftime(WHEN) if row.due_at else ""
                item = QTreeWidgetItem(head, [row.code, row.applicant_name, row.procedure_name, due, label(row.status)])
                item.setData(0, CODE_ROLE, row.code)
                if row.code == chosen:
                    self.board.setCurrentItem(item)
            if len(group.rows) < group.count:
                QTreeWidgetItem(head, [self.tr("… và {n} hồ sơ khác").format(n=group.count - len(group.rows))])
            head.setExpanded(True)
        if not self._sized:
            for column in (0, 1, 3, 4):
                self.board.resizeColumnToContents(column)
            self._sized = True
        self.summary.setText(self.tr("Cập nhật lúc {at} · ").format(at=board.at.astimezone(LOCAL_TZ).strftime("%H:%M"))
                             + " · ".join(counts))

    def _activated(self, item: QTreeWidgetItem) -> None:
        code = item.data(0, CODE_ROLE)
        if code:
            self.opened.emit(code)

    def _failed(self, error: BaseException) -> None:
        self._reading = False
        self.summary.setText(unexpected_text(error))
