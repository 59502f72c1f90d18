"""An inline busy indicator: a thin indeterminate bar and a sentence saying what is going on."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QWidget


class BusyIndicator(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bar = QProgressBar(self)
        self._bar.setRange(0, 0)  # indeterminate
        self._bar.setTextVisible(False)
        self._bar.setFixedWidth(80)
        self._bar.setMaximumHeight(8)
        self._label = QLabel(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._bar)
        layout.addWidget(self._label, 1)
        self.hide()

    def start(self, text: str) -> None:
        self._label.setText(text)
        self._bar.setAccessibleName(text)
        self.show()

    def stop(self) -> None:
        self.hide()

    @property
    def text(self) -> str:
        return self._label.text()
