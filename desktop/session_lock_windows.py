"""Windows: lock when the session locks, is switched away from, or the laptop suspends.

Windows tells a window, not a bus: `WM_WTSSESSION_CHANGE` (after the window registered with
`WTSRegisterSessionNotification`) with `WTS_SESSION_LOCK`, or a console / remote disconnect
(fast user switching, a closed RDP session); and `WM_POWERBROADCAST` with `PBT_APMSUSPEND`
before sleep or hibernation (sent to every top-level window). Qt hands these over as
"windows_generic_MSG" native events to an application-wide filter.

Only the decoding is exercised by the tests (they run on Linux, with a MSG built in memory);
the registration call runs on Windows alone and is not tested here.
"""

from __future__ import annotations

import ctypes
import logging
import sys
from collections.abc import Callable

from PySide6.QtCore import QAbstractNativeEventFilter, QByteArray

log = logging.getLogger(__name__)

WINDOWS_MSG = b"windows_generic_MSG"
WM_WTSSESSION_CHANGE = 0x02B1
WM_POWERBROADCAST = 0x0218
WTS_CONSOLE_DISCONNECT = 0x2
WTS_REMOTE_DISCONNECT = 0x4
WTS_SESSION_LOCK = 0x7
PBT_APMSUSPEND = 0x4
NOTIFY_FOR_THIS_SESSION = 0
_SESSION_GONE = frozenset({WTS_SESSION_LOCK, WTS_CONSOLE_DISCONNECT, WTS_REMOTE_DISCONNECT})


class MSG(ctypes.Structure):
    """The head of Win32's MSG: what the filter reads (the fields after it are not needed)."""

    _fields_ = [
        ("hwnd", ctypes.c_void_p),
        ("message", ctypes.c_uint),
        ("wParam", ctypes.c_size_t),  # WPARAM is UINT_PTR
        ("lParam", ctypes.c_ssize_t),  # LPARAM is LONG_PTR
    ]


def lock_reason(message: int, wparam: int) -> str | None:
    """ "session", "sleep", or None for a message that is no reason to lock."""
    if message == WM_WTSSESSION_CHANGE and wparam in _SESSION_GONE:
        return "session"
    if message == WM_POWERBROADCAST and wparam == PBT_APMSUSPEND:
        return "sleep"
    return None


class WindowsSessionFilter(QAbstractNativeEventFilter):
    """Reads the native messages Qt receives; calls `on_lock(reason)`, never swallows one."""

    def __init__(self, on_lock: Callable[[str], None]) -> None:
        super().__init__()
        self._on_lock = on_lock

    def nativeEventFilter(
        self, eventType: QByteArray | bytes | bytearray | memoryview, message: int
    ) -> tuple[bool, int]:
        if bytes(eventType) == WINDOWS_MSG and message:
            msg = MSG.from_address(int(message))
            reason = lock_reason(int(msg.message), int(msg.wParam))
            if reason is not None:
                self._on_lock(reason)
        return False, 0


def register_session_notifications(hwnd: int) -> bool:
    """Ask Windows to send this window WM_WTSSESSION_CHANGE; False where that is impossible."""
    if sys.platform != "win32":
        return False
    try:
        wtsapi32 = ctypes.WinDLL("wtsapi32")
        ok = bool(wtsapi32.WTSRegisterSessionNotification(hwnd, NOTIFY_FOR_THIS_SESSION))
    except (OSError, AttributeError):
        ok = False
    if not ok:
        log.warning("no session notifications: only idle and suspend lock the app")
    return ok
