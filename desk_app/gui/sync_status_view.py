"""The sync state at a glance, in the status bar: online or not, what waits to be sent, when the
last sync succeeded, what needs the officer (rejected changes, a wrong clock, a new login), and a
progress bar while a long sync runs."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from desk_app.gui.busy_bar import show_busy

from desk_app.clock import LOCAL_TZ
from desk_app.gui.labels import translated
from desk_app.gui.messages import reason_text
from desk_app.services.sync import SyncState

PHASES = {"push": QT_TRANSLATE_NOOP("SyncStatusView", "Đang gửi thay đổi lên hệ thống tỉnh"),
          "leases": QT_TRANSLATE_NOOP("SyncStatusView", "Đang xin cấp số thứ tự hồ sơ"),
          "pull": QT_TRANSLATE_NOOP("SyncStatusView", "Đang nhận thay đổi từ hệ thống tỉnh")}
_STYLES = {
    "online": "color: #1b7a1b; font-weight: bold;",
    "offline": "color: #b35c00; font-weight: bold;",
    "attention": "color: #b00020; font-weight: bold;",
    "idle": "color: #555555;",
}


class SyncStatusView(QWidget):
    sync_requested = Signal()
    problems_requested = Signal()
    login_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncStatusView")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(14)
        self.connection = QLabel(self)
        self.connection.setObjectName("statusConnection")
        self.pending = QLabel(self)
        self.pending.setObjectName("statusPending")
        self.last_success = QLabel(self)
        self.last_success.setObjectName("statusLastSync")
        self.clock = QLabel(self)
        self.clock.setObjectName("statusClockSkew")
        self.clock.setStyleSheet(_STYLES["attention"])
        self.clock.setWordWrap(False)
        self.reserve = QLabel(self.tr("Đang cấp mã hồ sơ từ số dự phòng của quầy"), self)
        self.reserve.setObjectName("statusReserve")
        self.reserve.setStyleSheet(_STYLES["offline"])
        self.reserve.setToolTip(self.tr("Các số thứ tự được cấp trước cho hôm nay đã dùng hết; quầy dùng khoảng số "
                                        "riêng 9000–9999 của mình nên mã vẫn không trùng. Kết nối mạng để được cấp thêm."))
        self.problems = QPushButton(self)
        self.problems.setObjectName("statusProblems")
        self.problems.setFlat(True)
        self.problems.setStyleSheet(_STYLES["attention"])
        self.problems.clicked.connect(self.problems_requested)
        self.login = QPushButton(self.tr("Đăng nhập lại…"), self)
        self.login.setObjectName("statusLogin")
        self.login.clicked.connect(self.login_requested)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("syncProgress")
        self.progress.setMaximumWidth(160)
        self.progress.setFormat("%v/%m")
        self.sync_now = QPushButton(self.tr("Đồng bộ ngay"), self)
        self.sync_now.setObjectName("syncNowButton")
        self.sync_now.clicked.connect(self.sync_requested)
        for widget in (self.clock, self.reserve, self.problems, self.login, self.pending, self.last_success, self.connection,
                       self.progress, self.sync_now):
            layout.addWidget(widget)
        for widget in (self.clock, self.reserve, self.problems, self.login, self.progress):
            widget.hide()
        self.show_status(None)

    def show_status(self, status: SyncState | None) -> None:
        if status is None or not status.registered:
            self._connection("idle", self.tr("Chưa đăng ký với hệ thống tỉnh: quầy làm việc độc lập"),
                             self.tr("Đồng bộ → Đăng ký quầy với hệ thống tỉnh…"))
        elif status.needs_login:
            self._connection("attention", self.tr("Cần đăng nhập lại với hệ thống tỉnh"), self._last_error(status))
        elif status.online:
            self._connection("online", self.tr("● Trực tuyến"), status.server_url)
        elif status.online is None:
            self._connection("idle", self.tr("Đang kết nối…"), status.server_url)
        else:
            self._connection("offline", self.tr("● Mất kết nối: quầy vẫn làm việc bình thường"),
                             self._last_error(status))
        registered = status is not None and status.registered
        self.login.setVisible(registered and status.needs_login)
        self.sync_now.setEnabled(registered and not status.needs_login)
        pending = status.pending if status is not None else 0
        self.pending.setText(self.tr("{n} thay đổi chờ gửi").format(n=pending))
        self.last_success.setVisible(registered)
        if registered:
            self.last_success.setText(self._last_success_text(status.last_success))
        problems = status.problems if status is not None else 0
        set_aside = status.set_aside if status is not None else 0
        self.problems.setVisible(problems + set_aside > 0)
        parts = [self.tr("⚠ {n} thay đổi bị từ chối").format(n=problems)] if problems else []
        if set_aside:
            parts.append(self.tr("⚠ {n} bản ghi từ tỉnh bị bỏ qua").format(n=set_aside))
        self.problems.setText(" · ".join(parts))
        self.reserve.setVisible(status is not None and status.on_reserve_today)
        skew = status.clock_skew_minutes if status is not None else None
        self.clock.setVisible(skew is not None)
        if skew is not None:
            self.clock.setText("⚠ " + reason_text("sync.clock_skew", {"minutes": skew}))

    @staticmethod
    def _last_error(status: SyncState) -> str:
        return reason_text(status.last_error_code, status.last_error_params, status.last_error_text or "")

    def _last_success_text(self, last: datetime | None) -> str:
        if last is None:
            return self.tr("Chưa đồng bộ lần nào")
        local = last.astimezone(LOCAL_TZ)
        today = datetime.now(LOCAL_TZ).date()
        when = f"{local:%H:%M}" if local.date() == today else f"{local:%H:%M %d/%m/%Y}"
        return self.tr("Đồng bộ lần cuối: {when}").format(when=when)

    def _connection(self, style: str, text: str, tooltip: str) -> None:
        self.connection.setStyleSheet(_STYLES[style])
        self.connection.setText(text)
        self.connection.setToolTip(tooltip)

    def show_running(self, running: bool) -> None:
        show_busy(self.progress, running)
        self.sync_now.setText(self.tr("Đang đồng bộ…") if running else self.tr("Đồng bộ ngay"))

    def show_progress(self, done: int, total: int, what: str) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(done)
        self.progress.setToolTip(translated("SyncStatusView", PHASES.get(what, what)))
