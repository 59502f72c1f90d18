"""A non-modal bar over the open case: a sync brought new data while the caseworker was
editing, so the case was not reloaded under their hands. "Reload" shows the new data."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QStyle, QWidget


class ReloadBar(QFrame):
    reload_was_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncReloadBar")
        self.setStyleSheet(
            "#syncReloadBar { border: 1px solid #1f5fa8; border-radius: 4px;"
            " background: #e8f0fb; } #syncReloadBar QLabel { color: #1b1b1b; }"
        )
        self.icon = QLabel(self)
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        info = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
        self.icon.setPixmap(info.pixmap(size, size))
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.button = QPushButton(self)
        self.button.clicked.connect(self._on_button_clicked)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.button)
        self._retranslate()
        self.hide()

    def _on_button_clicked(self) -> None:
        self.hide()
        self.reload_was_requested.emit()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.text.setText(
            self.tr(
                "This case was updated by sync while you were editing. Save or close your "
                "form, then reload to see the new data."
            )
        )
        self.button.setText(self.tr("&Reload"))
        self.button.setToolTip(self.tr("Show the case as it is now"))
        self.setAccessibleName(self.text.text())
