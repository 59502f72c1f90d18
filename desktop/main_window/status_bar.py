"""The status bar: connection, last sync, pending changes, open conflicts — each clickable.

While a sync runs it shows inline progress with a cancel button; the window stays usable.
A refusal that lasts until someone acts (the app must be updated, or the service's audit log
failed the laptop's check) replaces the connection state, with a warning icon and the full
message as tooltip, until a sync succeeds again. A laptop clock that the last sync found
wrong is shown beside them (`desktop.main_window.clock_warning`).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QLabel, QProgressBar, QStatusBar, QStyle, QToolButton, QWidget

from desktop.main_window.clock_warning import ClockWarning
from desktop.messages import UserMessage, sync_message
from desktop.sync.state import SyncSnapshot, ago

ITEMS = ("connection", "last_sync", "pending", "conflicts")


class SyncStatusBar(QStatusBar):
    item_was_clicked = Signal(str)  # one of ITEMS
    cancel_was_clicked = Signal()

    def __init__(self, parent: QWidget | None = None, *, now: Callable[[], float]) -> None:
        super().__init__(parent)
        self.setSizeGripEnabled(False)
        self._now = now
        self.progress_label = QLabel(self)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.setFixedWidth(80)
        self.progress.setMaximumHeight(8)
        self.cancel_button = QToolButton(self)
        self.cancel_button.clicked.connect(self.cancel_was_clicked)
        for widget in (self.progress_label, self.progress, self.cancel_button):
            self.addWidget(widget)
            widget.hide()
        self.clock_warning = ClockWarning(self)
        self.addPermanentWidget(self.clock_warning, 1)  # the room left; elided, never wider
        self.messageChanged.connect(self._on_self_message_changed)
        self.buttons: dict[str, QToolButton] = {}
        for name in ITEMS:
            button = QToolButton(self)
            button.setAutoRaise(True)
            button.clicked.connect(lambda _=False, n=name: self.item_was_clicked.emit(n))
            self.addPermanentWidget(button)
            self.buttons[name] = button
        self.snapshot: SyncSnapshot | None = None
        self.online: bool | None = None  # the outcome of the last run this session
        self.auto_state = "off"  # desktop.sync.auto: off, paused, checking, offline, online
        self.stage: str | None = None  # a sync is running
        self.count = 0
        self._retranslate()

    def set_snapshot(self, snapshot: SyncSnapshot | None) -> None:
        self.snapshot = snapshot
        if snapshot is None:
            self.online = None
        self.clock_warning.set_skew(None if snapshot is None else snapshot.clock_skew_ms)
        self._retranslate()

    def _on_self_message_changed(self, message: str) -> None:
        width = self.fontMetrics().horizontalAdvance(message) + 16 if message else 0
        self.clock_warning.leave_room(width)

    def set_online(self, online: bool) -> None:
        self.online = online
        self._retranslate()

    def set_auto_state(self, state: str) -> None:
        """What automatic sync is doing: paused, checking, offline or online."""
        self.auto_state = state
        if state in ("offline", "online"):
            self.online = state == "online"
        self._retranslate()

    def set_running(self, stage: str | None, count: int = 0) -> None:
        self.stage, self.count = stage, count
        for widget in (self.progress_label, self.progress, self.cancel_button):
            widget.setVisible(stage is not None)
        self._retranslate()

    def text_of(self, name: str) -> str:
        return self.buttons[name].text()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def blocked(self) -> UserMessage | None:
        """The message of a refusal that stops sync until someone acts, or None."""
        code = self.snapshot.blocked_by if self.snapshot is not None else None
        return None if code is None else sync_message(code)

    def _blocked_label(self) -> str | None:
        code = self.snapshot.blocked_by if self.snapshot is not None else None
        if code is None:
            return None
        if code == "upgrade_required":
            return self.tr("Update needed")
        return self.tr("Sync stopped — contact IT")

    def _connection_text(self) -> str:
        snap = self.snapshot
        blocked = self._blocked_label()
        if blocked is not None:
            return blocked
        if snap is not None and not snap.enrolled:
            return self.tr("Sync not set up")
        if self.auto_state == "paused":
            return self.tr("Auto-sync paused")
        if self.auto_state == "checking" and self.online is None:
            return self.tr("Checking connection …")
        online = self.online
        if online is None and snap is not None and snap.last_success:
            online = snap.last_error is None
        if online is None:
            return self.tr("Not checked yet")
        return self.tr("Online") if online else self.tr("Offline")

    def _connection_tip(self) -> str:
        blocked = self.blocked()
        if blocked is not None:
            return f"{blocked.text}\n\n" + self.tr("Details: %1").replace("%1", blocked.details)
        if self.auto_state == "paused":
            return self.tr("Automatic sync is paused in the settings — click to sync now (F5)")
        if self.auto_state == "offline":
            return self.tr(
                "The sync service cannot be reached; Dossier keeps trying and syncs as soon "
                "as it answers — click to try now (F5)"
            )
        return self.tr("Connection to the sync service — click to sync now (F5)")

    def _texts(self) -> dict[str, str]:
        snap = self.snapshot
        if snap is None:
            counting = self.tr("Counting changes …")
            return {
                "connection": self.tr("Not checked yet"),
                "last_sync": self.tr("Never synced"),
                "pending": counting,
                "conflicts": counting,
            }
        if snap.last_success:
            last = self.tr("Synced %1").replace("%1", ago(snap.last_success, self._now()))
        else:
            last = self.tr("Never synced")
        if snap.pending == 0:
            pending = self.tr("All changes saved, none waiting")
        else:
            pending = self.tr("%Ln change(s) waiting for sync", "", snap.pending)
        if snap.open_conflicts == 0:
            conflicts = self.tr("No open conflicts")
        else:
            conflicts = self.tr("%Ln conflict(s) to resolve", "", snap.open_conflicts)
        return {
            "connection": self._connection_text(),
            "last_sync": last,
            "pending": pending,
            "conflicts": conflicts,
        }

    def _retranslate(self) -> None:
        texts = self._texts()
        tips = {
            "connection": self._connection_tip(),
            "last_sync": self.tr("Last successful sync — click for the report"),
            "pending": self.tr(
                "Changes saved on this laptop that the service has not received yet"
            ),
            "conflicts": self.tr("Changes that need your decision after a sync — click to open"),
        }
        for name, button in self.buttons.items():
            button.setText(texts[name])
            button.setToolTip(tips[name])
            button.setAccessibleName(f"{tips[name]}: {texts[name]}")
        self._show_blocked()
        if self.stage == "push":
            progress = self.tr("Syncing … %Ln change(s) sent", "", self.count)
        elif self.stage == "pull":
            progress = self.tr("Syncing … %Ln page(s) received", "", self.count)
        else:
            progress = self.tr("Syncing …")
        self.progress_label.setText(progress)
        self.progress.setAccessibleName(progress)
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel the sync"))

    def _show_blocked(self) -> None:
        # Not colour alone (UI.md): a warning icon beside the words, and the words say it.
        button = self.buttons["connection"]
        blocked = self.blocked() is not None
        button.setProperty("blocked", blocked)
        button.style().unpolish(button)
        button.style().polish(button)
        if blocked:
            warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
            button.setIcon(warning)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            label = self.tr("Warning")  # outside the f-string, where lupdate finds it
            button.setAccessibleName(f"{label}: {button.text()}")
            button.setAccessibleDescription(self.blocked_text())
        else:
            button.setIcon(QIcon())
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setAccessibleDescription("")

    def blocked_text(self) -> str:
        blocked = self.blocked()
        return "" if blocked is None else blocked.text
