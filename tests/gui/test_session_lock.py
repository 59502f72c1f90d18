"""The OS session locking, or the laptop going to sleep, locks the app (UI-1).

A private D-Bus daemon (dbus-daemon, as on every Linux desktop) stands in for both the system
bus (logind) and the session bus (the screensaver); `dbus-send` emits what logind, GNOME and
KDE emit. The app listens with Qt's own D-Bus module, exactly as on a laptop.
"""

from __future__ import annotations

import ctypes
import shutil
import subprocess
from collections.abc import Iterator
from itertools import count

import pytest
from PySide6.QtCore import QByteArray
from PySide6.QtDBus import QDBusConnection
from pytestqt.qtbot import QtBot

from desktop.app import DossierApp
from desktop.main_window.workspace import Workspace
from desktop.session_lock import Buses, SessionLockWatch, session_object_path
from desktop.session_lock_windows import (
    MSG,
    PBT_APMSUSPEND,
    WINDOWS_MSG,
    WM_POWERBROADCAST,
    WM_WTSSESSION_CHANGE,
    WTS_CONSOLE_DISCONNECT,
    WTS_REMOTE_DISCONNECT,
    WTS_SESSION_LOCK,
)

OUR_SESSION = "2"  # XDG_SESSION_ID; logind's path for it ends in "_32"
_names = count()

needs_dbus = pytest.mark.skipif(
    shutil.which("dbus-daemon") is None or shutil.which("dbus-send") is None,
    reason="needs dbus-daemon and dbus-send",
)


@pytest.fixture
def bus_address() -> Iterator[str]:
    daemon = subprocess.Popen(
        ["dbus-daemon", "--session", "--print-address=1", "--nofork", "--nopidfile"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert daemon.stdout is not None
    with daemon, daemon.stdout:
        address = daemon.stdout.readline().strip()
        yield address
        daemon.terminate()


@pytest.fixture
def watch(bus_address: str, dossier: DossierApp) -> SessionLockWatch:
    bus = QDBusConnection.connectToBus(bus_address, f"session-lock-test-{next(_names)}")
    assert bus.isConnected()
    watch = SessionLockWatch(Buses(system=bus, session=bus), session_id=OUR_SESSION)
    watch.setParent(dossier.shell)
    dossier.shell.listen_for_session_lock(watch)
    return watch


def _emit(address: str, path: str, signal: str, *args: str) -> None:
    subprocess.run(
        ["dbus-send", f"--bus={address}", "--type=signal", path, signal, *args],
        check=True,
        timeout=10,
    )


def _locked(dossier: DossierApp) -> bool:
    return dossier.shell.profile is None and dossier.shell.workspace is None


SIGNALS = {
    "logind lock-session": (
        "/org/freedesktop/login1/session/_32",
        "org.freedesktop.login1.Session.Lock",
    ),
    "suspend": (
        "/org/freedesktop/login1",
        "org.freedesktop.login1.Manager.PrepareForSleep",
        "boolean:true",
    ),
    "KDE/Xfce screen lock": (
        "/org/freedesktop/ScreenSaver",
        "org.freedesktop.ScreenSaver.ActiveChanged",
        "boolean:true",
    ),
    "GNOME screen lock": (
        "/org/gnome/ScreenSaver",
        "org.gnome.ScreenSaver.ActiveChanged",
        "boolean:true",
    ),
}


@needs_dbus
@pytest.mark.parametrize("event", list(SIGNALS))
def test_the_session_locking_or_the_laptop_suspending_locks_the_app(
    qtbot: QtBot,
    dossier: DossierApp,
    workspace: Workspace,
    watch: SessionLockWatch,
    bus_address: str,
    event: str,
) -> None:
    assert len(watch.listening) == 4
    profile = dossier.shell.profile
    assert profile is not None
    with qtbot.waitSignal(watch.session_did_lock, timeout=10_000):
        _emit(bus_address, *SIGNALS[event])
    assert _locked(dossier)
    assert dossier.shell.stack.currentWidget() is dossier.shell.unlock_screen
    assert workspace.case_model.rowCount() == 0  # the models were cleared
    qtbot.waitUntil(lambda: profile.is_locked, timeout=5000)  # and the store closed


@needs_dbus
def test_a_resume_an_unlock_or_another_users_lock_leaves_the_app_open(
    qtbot: QtBot,
    dossier: DossierApp,
    workspace: Workspace,
    watch: SessionLockWatch,
    bus_address: str,
) -> None:
    seen: list[str] = []
    watch.session_did_lock.connect(seen.append)
    login1 = "/org/freedesktop/login1"
    _emit(bus_address, login1, "org.freedesktop.login1.Manager.PrepareForSleep", "boolean:false")
    _emit(
        bus_address,
        "/org/freedesktop/ScreenSaver",
        "org.freedesktop.ScreenSaver.ActiveChanged",
        "boolean:false",
    )
    _emit(bus_address, f"{login1}/session/c7", "org.freedesktop.login1.Session.Lock")
    qtbot.wait(200)
    assert not _locked(dossier)
    # A last signal that does lock: the bus delivers in order, so the ones before have
    # certainly arrived when it does.
    _emit(bus_address, *SIGNALS["GNOME screen lock"])
    qtbot.waitUntil(lambda: bool(seen), timeout=10_000)
    assert seen == ["screensaver"]
    assert _locked(dossier)


def test_logind_session_paths_are_encoded_as_logind_does() -> None:
    assert session_object_path("2") == "/org/freedesktop/login1/session/_32"
    assert session_object_path("c12") == "/org/freedesktop/login1/session/c12"
    assert session_object_path("a-b") == "/org/freedesktop/login1/session/a_2db"
    assert session_object_path(None) == ""  # unknown: every session's Lock counts
    assert session_object_path("") == ""


def test_without_a_bus_nothing_is_listened_to_and_the_idle_lock_remains(
    qtbot: QtBot, dossier: DossierApp
) -> None:
    watch = SessionLockWatch(Buses(system=None, session=None), session_id=OUR_SESSION)
    assert watch.listening == []
    assert dossier.shell.idle.timeout_s == 5 * 60


def _windows_message(message: int, wparam: int) -> MSG:
    msg = MSG()
    msg.message, msg.wParam = message, wparam
    return msg


@pytest.mark.parametrize(
    ("message", "wparam", "reason"),
    [
        (WM_WTSSESSION_CHANGE, WTS_SESSION_LOCK, "session"),  # Win+L
        (WM_WTSSESSION_CHANGE, WTS_CONSOLE_DISCONNECT, "session"),  # fast user switching
        (WM_WTSSESSION_CHANGE, WTS_REMOTE_DISCONNECT, "session"),  # RDP closed
        (WM_POWERBROADCAST, PBT_APMSUSPEND, "sleep"),
    ],
)
def test_windows_session_and_power_messages_lock_the_app(
    qtbot: QtBot, dossier: DossierApp, workspace: Workspace, message: int, wparam: int, reason: str
) -> None:
    # The MSG Qt would hand the filter on Windows, built in memory; the registration with
    # WTSRegisterSessionNotification itself only runs on Windows.
    watch = SessionLockWatch(Buses(system=None, session=None), parent=dossier.shell)
    dossier.shell.listen_for_session_lock(watch)
    msg = _windows_message(message, wparam)
    with qtbot.waitSignal(watch.session_did_lock, timeout=1000) as blocker:
        handled = watch.windows.nativeEventFilter(QByteArray(WINDOWS_MSG), ctypes.addressof(msg))
    assert handled == (False, 0)  # seen, never swallowed
    assert blocker.args == [reason]
    assert _locked(dossier)


def test_other_windows_messages_and_other_platforms_events_do_nothing(
    qtbot: QtBot, dossier: DossierApp, workspace: Workspace
) -> None:
    watch = SessionLockWatch(Buses(system=None, session=None), parent=dossier.shell)
    dossier.shell.listen_for_session_lock(watch)
    unlock_msg = _windows_message(WM_WTSSESSION_CHANGE, 0x8)  # WTS_SESSION_UNLOCK
    resume = _windows_message(WM_POWERBROADCAST, 0x12)  # PBT_APMRESUMEAUTOMATIC
    with qtbot.assertNotEmitted(watch.session_did_lock):
        for msg in (unlock_msg, resume):
            watch.windows.nativeEventFilter(QByteArray(WINDOWS_MSG), ctypes.addressof(msg))
        lock_msg = _windows_message(WM_WTSSESSION_CHANGE, WTS_SESSION_LOCK)
        watch.windows.nativeEventFilter(
            QByteArray(b"xcb_generic_event_t"), ctypes.addressof(lock_msg)
        )
        watch.windows.nativeEventFilter(QByteArray(WINDOWS_MSG), 0)
    assert not _locked(dossier)
