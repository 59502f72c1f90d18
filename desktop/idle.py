"""Auto-lock after idle (UI-1), measured on the wall clock so that sleep counts.

A QTimer alone would not do: it does not run while the laptop sleeps, so a laptop closed
for the night would wake up unlocked (KeePassXC #2014). Instead every user input stamps the
wall-clock time, and a frequent check — plus one whenever the app becomes active again —
compares that stamp with the clock.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication

from storage.clock import WallClock

_INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
    }
)


class IdleWatch(QObject):
    """Emits `idle_did_expire` once when no input arrived for `timeout_s` seconds.

    Checked every second: the lock comes at most a second late (security baseline T11).
    """

    idle_did_expire = Signal()

    def __init__(
        self,
        clock: WallClock,
        timeout_s: float,
        *,
        check_ms: int = 1000,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self.timeout_s = timeout_s
        self._last_input = clock()
        self._running = False
        self._timer = QTimer(self)
        self._timer.setInterval(check_ms)
        self._timer.timeout.connect(self.check)
        app = QGuiApplication.instance()
        assert isinstance(app, QGuiApplication)
        self._app = app
        app.applicationStateChanged.connect(self._on_app_application_state_changed)

    def start(self) -> None:
        self._last_input = self._clock()
        self._running = True
        self._app.installEventFilter(self)
        self._timer.start()

    def stop(self) -> None:
        self._running = False
        self._timer.stop()
        self._app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT_EVENTS:
            self._last_input = self._clock()
        return False

    def check(self) -> None:
        """Lock now if the idle time has passed (also called after resume)."""
        if self._running and self._clock() - self._last_input >= self.timeout_s:
            self.stop()
            self.idle_did_expire.emit()

    def _on_app_application_state_changed(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationActive:
            self.check()
