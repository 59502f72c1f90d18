"""The status bar: connection, last sync, pending changes, open conflicts — each clickable.

Until the sync client exists it tells the truth: offline, never synced, no conflicts known;
the pending count is real (the outbox).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QStatusBar, QToolButton, QWidget

ITEMS = ("connection", "last_sync", "pending", "conflicts")


class SyncStatusBar(QStatusBar):
    item_was_clicked = Signal(str)  # one of ITEMS

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizeGripEnabled(False)
        self.buttons: dict[str, QToolButton] = {}
        for name in ITEMS:
            button = QToolButton(self)
            button.setAutoRaise(True)
            button.clicked.connect(lambda _=False, n=name: self.item_was_clicked.emit(n))
            self.addPermanentWidget(button)
            self.buttons[name] = button
        self.pending: int | None = None
        self._retranslate()

    def set_pending(self, count: int | None) -> None:
        self.pending = count
        self._retranslate()

    def text_of(self, name: str) -> str:
        return self.buttons[name].text()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        texts = {
            "connection": self.tr("Offline"),
            "last_sync": self.tr("Never synced"),
            "conflicts": self.tr("No open conflicts"),
        }
        if self.pending is None:
            texts["pending"] = self.tr("Counting changes …")
        elif self.pending == 0:
            texts["pending"] = self.tr("All changes saved, none waiting")
        else:
            texts["pending"] = self.tr("%Ln change(s) waiting for sync", "", self.pending)
        tips = {
            "connection": self.tr("Connection to the sync service"),
            "last_sync": self.tr("Last successful sync"),
            "pending": self.tr(
                "Changes saved on this laptop that the service has not received yet"
            ),
            "conflicts": self.tr("Changes that need your decision after a sync"),
        }
        for name, button in self.buttons.items():
            button.setText(texts[name])
            button.setToolTip(tips[name])
            button.setAccessibleName(f"{tips[name]}: {texts[name]}")
