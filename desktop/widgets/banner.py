"""A message inside the window (not a modal box): what happened, what to do, and "Details"."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QStyle, QToolButton, QVBoxLayout, QWidget

from desktop.messages import UserMessage


class Kind(Enum):
    ERROR = ("#b3261e", "#fdecea", QStyle.StandardPixmap.SP_MessageBoxCritical)
    WARNING = ("#8a5300", "#fff4e0", QStyle.StandardPixmap.SP_MessageBoxWarning)
    INFO = ("#1f5fa8", "#e8f0fb", QStyle.StandardPixmap.SP_MessageBoxInformation)


class MessageBanner(QFrame):
    """Hidden until `show_message`; the icon carries the kind as well as the colour."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBanner")
        self._icon = QLabel(self)
        self._text = QLabel(self)
        self._text.setWordWrap(True)
        self._text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._details = QLabel(self)
        self._details.setWordWrap(True)
        self._details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._details.hide()
        self._toggle = QToolButton(self)
        self._toggle.setCheckable(True)
        self._toggle.setAutoRaise(True)
        self._toggle.toggled.connect(self._on_toggle_toggled)
        text_column = QVBoxLayout()
        text_column.addWidget(self._text)
        text_column.addWidget(self._details)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addWidget(self._icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(text_column, 1)
        layout.addWidget(self._toggle, 0, Qt.AlignmentFlag.AlignTop)
        self._retranslate()
        self.hide()

    def show_message(self, message: UserMessage, kind: Kind = Kind.ERROR) -> None:
        border, background, icon = kind.value
        self.setStyleSheet(
            f"#messageBanner {{ border: 1px solid {border}; border-radius: 4px;"
            f" background: {background}; }} #messageBanner QLabel {{ color: #1b1b1b; }}"
        )
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        self._icon.setPixmap(self.style().standardIcon(icon).pixmap(size, size))
        self._text.setText(message.text)
        self._details.setText(message.details)
        self._toggle.setChecked(False)
        self._toggle.setVisible(bool(message.details))
        self.setAccessibleDescription(message.text)
        self.show()

    def clear(self) -> None:
        self._text.clear()
        self._details.clear()
        self.hide()

    @property
    def text(self) -> str:
        return self._text.text()

    def _on_toggle_toggled(self, checked: bool) -> None:
        self._details.setVisible(checked)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self._toggle.setText(self.tr("Details"))
