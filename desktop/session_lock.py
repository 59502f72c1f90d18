"""Lock when the operating system's session locks or the machine goes to sleep (UI-1).

Idle time alone (`desktop.idle`) would leave a window of up to the idle timeout after the
caseworker locked the screen and walked away, and a laptop closed for the night must not wake
up unlocked. On Linux the desktop announces both on D-Bus, and Qt's D-Bus module listens
without a thread of its own:

* system bus, logind: `org.freedesktop.login1.Session.Lock` (loginctl lock-session, most
  desktops' screen lock, the lid) for this session, and
  `org.freedesktop.login1.Manager.PrepareForSleep(true)` just before suspend or hibernate;
* session bus: `ActiveChanged(true)` of `org.freedesktop.ScreenSaver` (KDE, Xfce, …) and of
  `org.gnome.ScreenSaver` (GNOME).

A bus that is not there (no desktop, a container) is skipped; the idle lock still applies.
Windows: the session and power messages Qt receives (`desktop.session_lock_windows`).
macOS: not wired; the idle lock applies.
"""

from __future__ import annotations

import logging
import os
import sys
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import SLOT, QCoreApplication, QObject, Signal, Slot
from PySide6.QtWidgets import QWidget

from desktop.session_lock_windows import WindowsSessionFilter, register_session_notifications

if TYPE_CHECKING:  # imported where used: only Linux needs (and surely ships) QtDBus
    from PySide6.QtDBus import QDBusConnection

log = logging.getLogger(__name__)

LOGIN1 = "org.freedesktop.login1"
_SESSION_IFACE = "org.freedesktop.login1.Session"
_MANAGER_IFACE = "org.freedesktop.login1.Manager"
_MANAGER_PATH = "/org/freedesktop/login1"
_SCREENSAVERS = ("org.freedesktop.ScreenSaver", "org.gnome.ScreenSaver")


@dataclass(frozen=True, slots=True)
class Buses:
    """The connections to listen on; None where there is no such bus."""

    system: QDBusConnection | None
    session: QDBusConnection | None


def desktop_buses() -> Buses:
    """The running desktop's buses on Linux; none elsewhere."""
    if not sys.platform.startswith("linux"):
        return Buses(None, None)
    from PySide6.QtDBus import QDBusConnection

    system = QDBusConnection.systemBus()
    session = QDBusConnection.sessionBus() if _session_bus_announced() else None
    return Buses(
        system if system.isConnected() else None,
        session if session is not None and session.isConnected() else None,
    )


def _session_bus_announced() -> bool:
    # Without an address libdbus may "autolaunch" a bus of its own: not ours to start.
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    return bool(os.environ.get("DBUS_SESSION_BUS_ADDRESS")) or (
        runtime is not None and os.path.exists(os.path.join(runtime, "bus"))
    )


def session_object_path(session_id: str | None) -> str:
    """logind's object path for a session id (sd_bus_path_encode); "" (any session) if unknown.

    Listening to every session's Lock when ours is unknown errs on the safe side: at worst the
    app locks when another user on the same laptop locks theirs.
    """
    if not session_id:
        return ""
    encoded = []
    for n, char in enumerate(session_id):
        plain = char.isascii() and (char.isalpha() or (char.isdigit() and n > 0))
        encoded.append(char if plain else "".join(f"_{b:02x}" for b in char.encode()))
    return f"{_MANAGER_PATH}/session/{''.join(encoded)}"


class SessionLockWatch(QObject):
    """Emits `session_did_lock(reason)` when the session locks or the machine is about to sleep.

    Reasons: "session" (logind Lock), "sleep" (PrepareForSleep), "screensaver" (ActiveChanged).
    """

    session_did_lock = Signal(str)

    def __init__(
        self,
        buses: Buses | None = None,
        *,
        session_id: str | None = None,
        window: QWidget | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        # Windows: native messages to the app's windows (decoded on every platform, so that
        # the tests can feed it one; installed only where Qt delivers Windows messages).
        self.windows = WindowsSessionFilter(self.session_did_lock.emit)
        if sys.platform == "win32":
            app = QCoreApplication.instance()
            if app is not None:
                native = self.windows
                app.installNativeEventFilter(native)
                self.destroyed.connect(lambda: app.removeNativeEventFilter(native))
            if window is not None:
                register_session_notifications(int(window.winId()))
        buses = buses if buses is not None else desktop_buses()
        sid = session_id if session_id is not None else os.environ.get("XDG_SESSION_ID")
        self.listening: list[str] = []  # what could be subscribed, for tests and the log
        if buses.system is not None:
            self._listen(buses.system, session_object_path(sid), _SESSION_IFACE, "Lock", "()")
            self._listen(buses.system, _MANAGER_PATH, _MANAGER_IFACE, "PrepareForSleep", "(bool)")
        if buses.session is not None:
            for iface in _SCREENSAVERS:
                self._listen(buses.session, "", iface, "ActiveChanged", "(bool)")
        log.info("session lock signals: %s", ", ".join(self.listening) or "none")

    def _listen(
        self, bus: QDBusConnection, path: str, interface: str, member: str, args: str
    ) -> None:
        slot = {
            "Lock": "_on_login1_lock()",
            "PrepareForSleep": "_on_login1_prepare_for_sleep(bool)",
            "ActiveChanged": "_on_screensaver_active_changed(bool)",
        }[member]
        # An empty service matches the sender whatever its unique name (logind's well-known
        # name is owned by one process; the screensaver's name differs per desktop).
        if bus.connect("", path, interface, member, self, SLOT(slot)):
            self.listening.append(f"{interface}.{member}{args}")

    @Slot()
    def _on_login1_lock(self) -> None:
        self.session_did_lock.emit("session")

    @Slot(bool)
    def _on_login1_prepare_for_sleep(self, starting: bool) -> None:
        if starting:  # False is the resume; the idle check handles the time asleep
            self.session_did_lock.emit("sleep")

    @Slot(bool)
    def _on_screensaver_active_changed(self, active: bool) -> None:
        if active:
            self.session_did_lock.emit("screensaver")
