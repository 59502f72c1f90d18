"""A damaged store with the right passphrase: the unlock screen offers the restore."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop.app import DossierApp
from desktop.demo_profile import DEMO_PASSPHRASE
from desktop.messages import error_message
from storage.errors import ErrorCode, StoreError
from storage.store_restore import DAMAGED_PREFIX
from storage.unlocked import unlock_profile
from tests.gui.conftest import off_gui_thread

PAGE = 4096


def _damage_case_data(dossier: DossierApp) -> Path:
    """One bit flipped in the root page of the note table; returns the profile folder."""
    workspace = dossier.ctx.workspace
    (info,) = workspace.list_profiles()

    def root_page() -> int:
        profile = unlock_profile(workspace, info.profile_id, DEMO_PASSPHRASE)
        try:
            with profile.store.read() as conn:
                return int(
                    conn.exec_driver_sql(
                        "SELECT rootpage FROM sqlite_master WHERE type='table' AND name='note'"
                    ).scalar_one()
                )
        finally:
            profile.lock()

    root = off_gui_thread(root_page)
    data = bytearray(info.store_path.read_bytes())
    data[(root - 1) * PAGE + 500] ^= 0x08
    info.store_path.write_bytes(bytes(data))
    return info.path


def _fail(qtbot: QtBot, dossier: DossierApp, passphrase: str) -> None:
    screen = dossier.shell.unlock_screen
    screen.passphrase.setText(passphrase)
    screen.unlock_button.click()
    qtbot.waitUntil(
        lambda: screen.banner.isVisible() and not screen.busy.isVisible(), timeout=30_000
    )


def _fail_corrupt(qtbot: QtBot, dossier: DossierApp) -> bool:
    """Unlock a damaged store with the right passphrase; whether the restore is offered."""
    screen = dossier.shell.unlock_screen
    with qtbot.waitSignal(screen.restore_offer.offer_was_considered, timeout=30_000) as seen:
        _fail(qtbot, dossier, DEMO_PASSPHRASE)
    assert screen.banner.text == error_message(StoreError(ErrorCode.STORE_CORRUPT)).text
    return bool(seen.args[0])


def test_a_damaged_store_is_offered_a_restore_that_unlocks_an_empty_store(
    qtbot: QtBot, dossier: DossierApp
) -> None:
    folder = _damage_case_data(dossier)
    screen = dossier.shell.unlock_screen
    assert _fail_corrupt(qtbot, dossier)
    assert screen.restore_offer.isVisible()
    dossier.shell.resize(1000, 760)
    dossier.shell.grab().save("/tmp/restore_offer.png")

    screen.restore_offer.restore_button.click()
    box = screen.restore_offer.confirm
    assert isinstance(box, QMessageBox) and box.isVisible()
    (info,) = dossier.ctx.workspace.list_profiles()
    assert info.display_name in box.text()  # whose files, and (translated) what may be lost
    (accept,) = [b for b in box.buttons() if box.buttonRole(b) is QMessageBox.ButtonRole.AcceptRole]
    accept.click()

    qtbot.waitUntil(lambda: dossier.shell.workspace is not None, timeout=60_000)
    assert not screen.restore_offer.isVisible()
    (kept,) = folder.glob(f"{DAMAGED_PREFIX}*")
    assert (kept / "store.db").is_file()
    assert dossier.shell.workspace.case_model.rowCount() == 0  # back at the next sync


def test_the_offer_waits_for_a_confirmation_and_cancel_changes_nothing(
    qtbot: QtBot, dossier: DossierApp
) -> None:
    folder = _damage_case_data(dossier)
    before = (folder / "store.db").read_bytes()
    screen = dossier.shell.unlock_screen
    assert _fail_corrupt(qtbot, dossier)

    screen.restore_offer.restore_button.click()
    box = screen.restore_offer.confirm
    assert box is not None
    assert box.defaultButton() is not None
    assert box.buttonRole(box.defaultButton()) is QMessageBox.ButtonRole.RejectRole
    box.defaultButton().click()

    qtbot.waitUntil(lambda: screen.restore_offer.confirm is None, timeout=5_000)
    assert (folder / "store.db").read_bytes() == before
    assert not list(folder.glob(f"{DAMAGED_PREFIX}*"))
    assert dossier.shell.workspace is None


def test_a_wrong_passphrase_never_offers_a_restore(qtbot: QtBot, dossier: DossierApp) -> None:
    _damage_case_data(dossier)
    screen = dossier.shell.unlock_screen
    _fail(qtbot, dossier, "wrong horse battery staple")
    assert screen.banner.text == error_message(StoreError(ErrorCode.WRONG_PASSPHRASE)).text
    assert not screen.restore_offer.isVisible()  # only STORE_CORRUPT is even considered


def test_a_store_whose_keys_are_damaged_too_is_left_to_it_support(
    qtbot: QtBot, dossier: DossierApp
) -> None:
    (info,) = dossier.ctx.workspace.list_profiles()
    with info.store_path.open("r+b") as file:
        file.write(bytes(16))  # the salt: not one page of the store decrypts any more

    assert not _fail_corrupt(qtbot, dossier)
    assert not dossier.shell.unlock_screen.restore_offer.isVisible()
    assert not list(info.path.glob(f"{DAMAGED_PREFIX}*"))
    assert not list(info.path.glob(".restore-check"))
