"""The return-assistance status as a row of steps: counselling → registered → departed →
monitoring, with "cancelled" beside it. Each step says in words (and a sign) whether it is
done, current or still ahead, so colour never carries the state alone."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from desktop.vocabulary import choice_label

FLOW = ("counselling", "registered", "departed", "monitoring")
CANCELLED = "cancelled"


class StatusStepper(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status: str | None = None
        self.steps: dict[str, QLabel] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        for n, status in enumerate(FLOW):
            if n:
                arrow = QLabel("→", self)
                arrow.setAccessibleName("")
                layout.addWidget(arrow)
            label = QLabel(self)
            label.setObjectName("avrrStep")
            self.steps[status] = label
            layout.addWidget(label)
        layout.addSpacing(8)
        self.cancelled = QLabel(self)
        self.cancelled.setObjectName("avrrStep")
        layout.addWidget(self.cancelled)
        layout.addStretch(1)
        self._retranslate()

    def set_status(self, status: str | None) -> None:
        self.status = status
        self._retranslate()

    def state_of(self, status: str) -> str:
        """ "done", "current" or "ahead" (all "ahead" while cancelled or unknown)."""
        if self.status not in FLOW:
            return "current" if status == self.status else "ahead"
        reached = FLOW.index(self.status)
        here = FLOW.index(status) if status in FLOW else len(FLOW)
        if here < reached:
            return "done"
        return "current" if here == reached else "ahead"

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        for n, (status, label) in enumerate(self.steps.items(), start=1):
            self._paint(label, status, f"{n} {choice_label('return_assistance', 'status', status)}")
        self._paint(
            self.cancelled, CANCELLED, choice_label("return_assistance", "status", CANCELLED)
        )
        self.cancelled.setVisible(self.status == CANCELLED)
        current = choice_label("return_assistance", "status", self.status)
        self.setAccessibleName(self.tr("Status of the return: %1").replace("%1", current))

    def _paint(self, label: QLabel, status: str, text: str) -> None:
        state = self.state_of(status)
        sign = {"done": "✓", "current": "●", "ahead": "○"}[state]
        if status == CANCELLED:
            sign = "✕"
        label.setText(f"{sign} {text}")
        words = {
            "done": self.tr("done"),
            "current": self.tr("current step"),
            "ahead": self.tr("not reached"),
        }
        label.setAccessibleName(f"{text}: {words[state]}")
        label.setProperty("state", state)
        # Only the current step is drawn differently; the signs and words say the rest.
        current = (
            "font-weight: bold; padding: 2px 8px; border-radius: 9px;"
            " background: palette(highlight); color: palette(highlighted-text);"
        )
        label.setStyleSheet(f"QLabel {{ {current if state == 'current' else ''} }}")
        # The label's size hint lags behind the style sheet: make room for the bold, padded
        # current step at once, so moving on never clips its word.
        bold = QFont(label.font())
        bold.setBold(True)
        width = QFontMetrics(bold).horizontalAdvance(label.text()) + 18
        label.setMinimumWidth(width if state == "current" else 0)
