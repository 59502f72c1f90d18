"""The status bar's warning that this laptop's clock is wrong (F07).

The last sync measured the laptop's clock against the service's (`sync.client.clock_check`).
Beyond the limit at which the service records edits from the future, the laptop's timestamps
may decide which of two edits wins, so the caseworker is told to have IT set the clock. Shown
with a warning icon and in words (not colour alone), until a sync measures a good clock.
It takes only the room the other status items leave: the sentence is elided when the window
is narrow (never widening it), and the tooltip has it in full with the reason.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QStyle, QWidget

from sync.client.clock_check import clock_is_off

_MINUTE_MS = 60_000


class _ElidedText(QWidget):
    """One line that asks for its full width and draws what fits, ending in '…'."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.text = ""
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 12)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

    def set_text(self, text: str) -> None:
        self.text = text
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        return QSize(metrics.horizontalAdvance(self.text) + 2, metrics.height())

    def paintEvent(self, event: QPaintEvent) -> None:
        shown = self.fontMetrics().elidedText(self.text, Qt.TextElideMode.ElideRight, self.width())
        painter = QPainter(self)
        painter.drawText(self.rect(), Qt.AlignmentFlag.AlignVCenter, shown)


class ClockWarning(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.skew_ms: int | None = None
        self._room = 0  # width of the status bar's temporary message, while it shows
        # Gets what the other items leave, up to its full width (`_fit`), so a temporary
        # message still has the room on the left.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.icon = QLabel(self)
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        self.icon.setPixmap(warning.pixmap(size, size))
        self.words = _ElidedText(self)
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(4, 0, 4, 0)
        self.row.addWidget(self.icon)
        self.row.addWidget(self.words)
        self.hide()

    def set_skew(self, skew_ms: int | None) -> None:
        """The skew of the last sync (service minus laptop, ms); None: never measured."""
        self.skew_ms = skew_ms
        self.setVisible(clock_is_off(skew_ms))
        self._retranslate()

    def text(self) -> str:
        """The whole sentence (it may show elided)."""
        return self.words.text

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        if not clock_is_off(self.skew_ms):
            self.words.set_text("")
            self.setToolTip("")
            self.setAccessibleName("")
            self.setAccessibleDescription("")
            return
        text = self._off_by(abs(self.skew_ms or 0))
        tip = self.tr(
            "Measured at the last sync against the sync service. Dossier uses this laptop's "
            "clock to decide which of two changes is newer, so a wrong clock can let an older "
            "change win."
        )
        self.words.set_text(text)
        self._fit()
        self.setToolTip(f"{text}\n\n{tip}")
        label = self.tr("Warning")
        self.setAccessibleName(f"{label}: {text}")
        self.setAccessibleDescription(tip)

    def leave_room(self, width: int) -> None:
        """Shrink (eliding more) so a temporary message of `width` fits on its left; 0: done."""
        self._room = width
        self._fit()

    def _fit(self) -> None:
        self.row.invalidate()
        widest = self.row.sizeHint().width()
        if self._room and self.isVisible():
            right = self.geometry().right() + 1  # the message area ends where this begins
            widest = min(widest, max(self.row.minimumSize().width(), right - self._room))
        self.setMaximumWidth(widest)

    def _off_by(self, off_ms: int) -> str:
        # Whole minutes up to two hours, then hours up to two days, then days: "3,000 minutes"
        # would be read as a glitch.
        minutes = round(off_ms / _MINUTE_MS)
        hours, days = round(minutes / 60), round(minutes / 1440)
        if minutes < 120:
            return self.tr(
                "This laptop's clock is %n minute(s) off — ask IT to set it", "", minutes
            )
        if hours < 48:
            return self.tr("This laptop's clock is %n hour(s) off — ask IT to set it", "", hours)
        return self.tr("This laptop's clock is %n day(s) off — ask IT to set it", "", days)
