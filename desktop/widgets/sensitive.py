"""Special-category data (health, vulnerability) stays collapsed until asked for.

The click only *requests* the reveal; the owner writes the read-audit event on the DB lane
and calls `reveal()` once it is recorded, so nothing is shown that was not logged (DSV Art. 4).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QStyle, QToolButton, QVBoxLayout, QWidget


class SensitiveSection(QWidget):
    reveal_was_requested = Signal()

    def __init__(self, content: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._button = QToolButton(self)
        self._button.setAutoRaise(True)
        self._button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning))
        self._button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self._button.clicked.connect(self._on_button_clicked)
        self._content = content
        content.setParent(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._button)
        layout.addWidget(content)
        self.conceal()

    @property
    def is_revealed(self) -> bool:
        return not self._content.isHidden()

    def reveal(self) -> None:
        self._content.show()
        self._button.setEnabled(False)
        self._retranslate()

    def conceal(self) -> None:
        self._content.hide()
        self._button.setEnabled(True)
        self._retranslate()

    def _on_button_clicked(self) -> None:
        self._button.setEnabled(False)  # one request at a time
        self.reveal_was_requested.emit()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        if self.is_revealed:
            self._button.setText(self.tr("Sensitive details (access is logged)"))
        else:
            self._button.setText(self.tr("Show sensitive details (logged)"))
        self._button.setAccessibleName(self._button.text())
