"""Unlocking: the happy path, wrong passphrases, throttling and damaged stores."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop.app import DossierApp
from desktop.demo_profile import DEMO_PASSPHRASE
from desktop.messages import error_message
from desktop.unlock.throttle import retry_delay, seconds_until_retry
from storage.errors import ErrorCode, StoreError
from storage.unlocked import unlock_profile
from tests.gui.conftest import DEMO_CASES, FakeClock, off_gui_thread, unlock


def _fail_once(qtbot: QtBot, app: DossierApp, passphrase: str = "wrong horse battery") -> None:
    screen = app.shell.unlock_screen
    screen.passphrase.setText(passphrase)
    screen.unlock_button.click()
    qtbot.waitUntil(
        lambda: screen.banner.isVisible() and not screen.busy.isVisible(), timeout=10_000
    )


def test_unlocking_with_the_right_passphrase_shows_the_case_list(
    qtbot: QtBot, dossier: DossierApp
) -> None:
    workspace = unlock(qtbot, dossier)

    assert dossier.shell.stack.currentWidget() is workspace
    assert workspace.case_model.rowCount() == DEMO_CASES
    assert dossier.shell.unlock_screen.passphrase.text() == ""  # not kept around
    assert dossier.shell.status.isVisible()


def test_a_wrong_passphrase_says_so_and_keeps_the_screen(qtbot: QtBot, dossier: DossierApp) -> None:
    screen = dossier.shell.unlock_screen

    _fail_once(qtbot, dossier)

    assert dossier.shell.workspace is None
    assert screen.banner.text == error_message(StoreError(ErrorCode.WRONG_PASSPHRASE)).text
    assert screen.passphrase.hasFocus() or not dossier.shell.isActiveWindow()
    assert screen.passphrase.selectedText() == "wrong horse battery"  # retype at once
    assert screen.unlock_button.isEnabled()


def test_repeated_wrong_passphrases_are_throttled_until_the_delay_passed(
    qtbot: QtBot, dossier: DossierApp, clock: FakeClock
) -> None:
    screen = dossier.shell.unlock_screen
    for _ in range(3):
        _fail_once(qtbot, dossier)

    screen.passphrase.setText("another guess")
    assert not screen.unlock_button.isEnabled()
    assert screen.throttle_label.isVisible()
    assert "5" in screen.throttle_label.text()

    clock.advance(retry_delay(3))
    qtbot.waitUntil(screen.unlock_button.isEnabled, timeout=3000)
    assert not screen.throttle_label.isVisible()


def test_throttling_grows_exponentially_and_survives_a_clock_set_back() -> None:
    assert [retry_delay(n) for n in range(6)] == [0, 0, 0, 5, 10, 20]
    assert retry_delay(50) == 300
    assert seconds_until_retry(4, last_failure=1000.0, now=1003.0) == 7
    assert seconds_until_retry(4, last_failure=1000.0, now=1010.0) == 0
    assert seconds_until_retry(4, last_failure=10_000.0, now=0.0) == 10  # never more


def test_a_damaged_store_is_reported_with_what_to_do(
    qtbot: QtBot, dossier: DossierApp, data_dir: Path
) -> None:
    (store,) = data_dir.glob("profiles/*/store.db")
    with store.open("r+b") as file:
        file.seek(0)
        file.write(b"\x00" * 4096)  # the first page: no longer a SQLCipher database

    _fail_once(qtbot, dossier, passphrase=DEMO_PASSPHRASE)

    expected = error_message(StoreError(ErrorCode.STORE_CORRUPT))
    assert dossier.shell.unlock_screen.banner.text == expected.text
    assert dossier.shell.workspace is None


def test_a_store_from_a_newer_version_asks_for_an_update(qtbot: QtBot, dossier: DossierApp) -> None:
    workspace = dossier.ctx.workspace
    (info,) = workspace.list_profiles()

    def written_by_a_newer_app() -> None:
        profile = unlock_profile(workspace, info.profile_id, DEMO_PASSPHRASE)
        with profile.store.write() as conn:
            conn.exec_driver_sql("UPDATE alembic_version SET version_num = '9999_from_the_future'")
        profile.lock()

    off_gui_thread(written_by_a_newer_app)
    _fail_once(qtbot, dossier, passphrase=DEMO_PASSPHRASE)

    expected = error_message(StoreError(ErrorCode.STORE_NEWER_SCHEMA))
    assert dossier.shell.unlock_screen.banner.text == expected.text
