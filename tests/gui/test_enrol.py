"""First run: the enrolment wizard against the real service on 127.0.0.1."""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from desktop.app import DossierApp, Options, create_qapplication
from desktop.context import change_language
from desktop.enrol.wizard import EnrolWizard
from storage.keys import generate_recovery_keypair
from sync.client import wipe
from sync.client.layout import DeviceCredential
from sync.client.transport import Transport
from sync.server.keys import RECOVERY_PUBLIC_FILE, set_recovery_public_key
from tests.gui.conftest import FakeClock
from tests.gui.sync_service import Service, fast_transport, service  # noqa: F401 - fixtures
from tests.server.conftest import PASSWORD, add_user, backend, database_url, new_code  # noqa: F401 - fixtures
from tests.server.laptops import seed_case
from tests.sync.conftest import FAST_RETRY

SHOTS = os.environ.get("DOSSIER_SCREENSHOTS")
GOOD_PASSPHRASE = "violet tractor harbour quietly juggles"


def _transport(url: str, ca_bundle: str | None) -> Transport:
    return Transport(url, ca_bundle=ca_bundle, retry=FAST_RETRY, timeout=(2.0, 10.0))


@pytest.fixture
def fresh(qtbot: QtBot, tmp_path: Path, qm_cache: Path, clock: FakeClock) -> Iterator[DossierApp]:
    """The app on an empty data directory: the first run."""
    create_qapplication()
    app = DossierApp(Options(data_dir=tmp_path / "empty", translations_cache=qm_cache), clock=clock)
    app.ctx.workspace.unlock_seconds = 0  # the KDF floor: fast tests
    app.shell.resize(1366, 768)
    app.shell.show()
    yield app
    app.shutdown()
    app.shell.close()
    app.shell.deleteLater()


def _wizard(qtbot: QtBot, app: DossierApp) -> EnrolWizard:
    qtbot.waitUntil(lambda: app.shell.enrol_wizard is not None, timeout=5000)
    wizard = app.shell.enrol_wizard
    assert wizard is not None
    qtbot.waitUntil(wizard.isVisible)
    wizard.transport_factory = _transport
    wizard.sync.transport_factory = fast_transport
    return wizard


def _next(wizard: EnrolWizard, which: QWizard.WizardButton = QWizard.WizardButton.NextButton):
    button = wizard.button(which)
    assert button.isEnabled() and button.isVisible()
    button.click()


def _shoot(wizard: EnrolWizard, name: str) -> None:
    if SHOTS:
        size = wizard.size()
        wizard.resize(1366, 768)
        wizard.grab().save(str(Path(SHOTS) / f"enrol-{name}-1366x768.png"))
        wizard.resize(size)


def _fill_to_run(wizard: EnrolWizard, url: str, code: str, *, shots: str = "") -> None:
    assert wizard.currentPage() is wizard.service
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    wizard.service.url.setText(url)
    _shoot(wizard, f"1-service-{shots}") if shots else None
    _next(wizard)
    assert wizard.currentPage() is wizard.account
    wizard.account.code.setText(code)
    wizard.account.login.setText("anna")
    wizard.account.display_name.setText("Anna Keller")
    wizard.account.password.setText(PASSWORD)
    _shoot(wizard, f"2-account-{shots}") if shots else None
    _next(wizard)
    assert wizard.currentPage() is wizard.passphrase
    wizard.passphrase.passphrase.setText(GOOD_PASSPHRASE)
    wizard.passphrase.repeat.setText(GOOD_PASSPHRASE)
    _shoot(wizard, f"3-passphrase-{shots}") if shots else None
    _next(wizard)
    assert wizard.currentPage() is wizard.recovery
    assert not wizard.button(QWizard.WizardButton.CommitButton).isEnabled()  # read it first
    wizard.recovery.understood.setChecked(True)
    _shoot(wizard, f"4-recovery-{shots}") if shots else None
    _next(wizard, QWizard.WizardButton.CommitButton)


def test_first_run_enrols_syncs_and_shows_the_cases(
    qtbot: QtBot,
    fresh: DossierApp,
    service: Service,  # noqa: F811
) -> None:
    add_user(service.app, "anna")
    seed_case(service.app, "R-1", "anna")
    code = new_code(service.app)
    wizard = _wizard(qtbot, fresh)  # no profile: the wizard opens by itself
    assert fresh.shell.unlock_screen.setup_button.isVisible()

    change_language(fresh.ctx, "fr")  # the wizard follows the language at once
    qtbot.wait(20)  # LanguageChange events are posted
    assert wizard.service.title() == "Service de synchronisation"
    _fill_to_run(wizard, service.url, code, shots="fr")
    assert wizard.currentPage() is wizard.run_page
    shell = fresh.shell
    qtbot.waitUntil(lambda: shell.workspace is not None, timeout=30_000)
    qtbot.waitUntil(lambda: shell.enrol_wizard is None)  # closed and deleted
    workspace = shell.workspace
    qtbot.waitUntil(lambda: workspace.case_model.rowCount() == 1, timeout=15_000)
    assert shell.windowTitle().endswith("Anna Keller")
    assert shell.status.isVisible()
    qtbot.waitUntil(lambda: shell.unlock_screen.profile.count() == 1, timeout=5000)
    change_language(fresh.ctx, "de")


def test_a_wrong_code_is_explained_and_can_be_corrected(
    qtbot: QtBot,
    fresh: DossierApp,
    service: Service,  # noqa: F811
) -> None:
    add_user(service.app, "anna")
    wizard = _wizard(qtbot, fresh)
    _fill_to_run(wizard, service.url, "WRONG-CODE-1234", shots="de")
    page = wizard.run_page
    qtbot.waitUntil(page.retry_box.isVisible, timeout=30_000)
    assert page.banner.isVisible()
    assert "Einmal-Code" in page.banner.accessibleDescription()
    assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    assert page.code.text() == "WRONG-CODE-1234"
    _shoot(wizard, "5-wrong-code-de")
    change_language(fresh.ctx, "fr")
    qtbot.wait(20)
    assert wizard.windowTitle() == "Configurer cet ordinateur portable"
    assert "code à usage unique" in page.banner.accessibleDescription()
    _shoot(wizard, "5-wrong-code-fr")

    page.code.setText(new_code(service.app))
    qtbot.keyClick(page.code, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: fresh.shell.workspace is not None, timeout=30_000)
    change_language(fresh.ctx, "de")


def test_a_weak_passphrase_blocks_next_and_says_why(qtbot: QtBot, fresh: DossierApp) -> None:
    wizard = _wizard(qtbot, fresh)
    wizard.service.url.setText("https://dossier.example.ch")
    _next(wizard)
    wizard.account.code.setText("X")
    wizard.account.login.setText("anna")
    wizard.account.password.setText("x")
    _next(wizard)
    page = wizard.passphrase
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    for weak in ("password", "anna anna anna anna", "qwertzuiop123456"):
        page.passphrase.setText(weak)
        page.repeat.setText(weak)
        assert not next_button.isEnabled(), weak
        assert page.reasons.isVisible() and page.reasons.text().startswith("•"), weak
        assert page.strength.text() == page.meter.format() != ""  # a word, not colour alone
    page.passphrase.setText(GOOD_PASSPHRASE)
    page.repeat.setText(GOOD_PASSPHRASE[:-1])
    assert not next_button.isEnabled() and page.mismatch.isVisible()
    page.repeat.setText(GOOD_PASSPHRASE)
    assert next_button.isEnabled() and not page.reasons.isVisible()
    assert page.strength.text() in {"Gut", "Stark", "Mittel"}

    change_language(fresh.ctx, "fr")
    qtbot.wait(20)
    for language in ("fr", "de"):
        change_language(fresh.ctx, language)
        qtbot.wait(20)
        page.passphrase.setText("password")
        _shoot(wizard, f"3-weak-passphrase-{language}")
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)  # Esc cancels
    qtbot.waitUntil(lambda: fresh.shell.enrol_wizard is None)
    assert fresh.ctx.workspace.list_profiles() == []


def test_no_profile_is_created_while_the_service_has_no_recovery_key(
    qtbot: QtBot,
    fresh: DossierApp,
    service: Service,  # noqa: F811
) -> None:
    add_user(service.app, "anna")
    keys_dir = service.app.state.context.settings.keys_dir
    (keys_dir / RECOVERY_PUBLIC_FILE).unlink()  # IT has not installed the organisation key
    wizard = _wizard(qtbot, fresh)
    _fill_to_run(wizard, service.url, new_code(service.app))
    page = wizard.run_page
    qtbot.waitUntil(page.retry_box.isVisible, timeout=30_000)
    assert "Wiederherstellungs" in page.banner.accessibleDescription()
    assert fresh.ctx.workspace.list_profiles() == []  # nothing nobody could recover
    set_recovery_public_key(keys_dir, generate_recovery_keypair()[1])
    qtbot.keyClick(page.code, Qt.Key.Key_Return)  # IT fixed it: try again
    qtbot.waitUntil(lambda: fresh.shell.workspace is not None, timeout=30_000)
    assert len(fresh.ctx.workspace.list_profiles()) == 1


def _shreds(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Record what the secure erase overwrites (and still overwrite it)."""
    shredded: list[Path] = []
    original = wipe._shred

    def shred(path: Path) -> None:
        if path.exists():
            shredded.append(path)
        original(path)

    monkeypatch.setattr(wipe, "_shred", shred)
    return shredded


def test_cancelling_a_refused_enrolment_erases_the_half_made_profile(
    qtbot: QtBot,
    fresh: DossierApp,
    service: Service,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    shredded = _shreds(monkeypatch)
    add_user(service.app, "anna")
    wizard = _wizard(qtbot, fresh)
    _fill_to_run(wizard, service.url, "WRONG-CODE-1234")
    qtbot.waitUntil(wizard.run_page.retry_box.isVisible, timeout=30_000)
    [info] = fresh.ctx.workspace.list_profiles()  # created, locked in, but never enrolled
    assert info.envelope_path.is_file() and info.store_path.is_file()

    qtbot.keyClick(wizard, Qt.Key.Key_Escape)

    unlock_screen = fresh.shell.unlock_screen
    qtbot.waitUntil(lambda: not info.path.exists(), timeout=10_000)
    assert fresh.ctx.workspace.list_profiles() == []
    assert shredded[0] == info.envelope_path  # the key envelope goes first
    assert info.store_path in shredded
    qtbot.waitUntil(unlock_screen.empty_label.isVisible, timeout=5000)
    assert unlock_screen.profile.count() == 0
    assert fresh.shell.workspace is None
    if SHOTS:
        fresh.shell.grab().save(str(Path(SHOTS) / "enrol-cancelled-de-1366x768.png"))


def test_a_cancel_while_the_service_is_asked_erases_once_the_enrolment_stopped(
    qtbot: QtBot,
    fresh: DossierApp,
    service: Service,  # noqa: F811
) -> None:
    add_user(service.app, "anna")
    wizard = _wizard(qtbot, fresh)
    gate, asked = threading.Event(), threading.Event()

    def slow_transport(url: str, ca_bundle: str | None) -> Transport:
        if wizard.draft.info is not None:  # the enrolment, not the recovery-key request
            asked.set()
            assert gate.wait(20)
        return _transport(url, ca_bundle)

    wizard.transport_factory = slow_transport
    _fill_to_run(wizard, service.url, "WRONG-CODE-1234")
    qtbot.waitUntil(asked.is_set, timeout=30_000)
    [info] = fresh.ctx.workspace.list_profiles()

    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: fresh.shell.enrol_wizard is None)  # closed and deleted
    qtbot.wait(200)
    assert info.path.exists()  # not erased under the enrolment's feet
    gate.set()

    qtbot.waitUntil(lambda: not info.path.exists(), timeout=15_000)
    assert fresh.ctx.workspace.list_profiles() == []
    assert fresh.shell.workspace is None


def test_a_cancel_during_the_first_sync_keeps_the_enrolled_profile_locked(
    qtbot: QtBot,
    fresh: DossierApp,
    service: Service,  # noqa: F811
) -> None:
    add_user(service.app, "anna")
    seed_case(service.app, "R-9", "anna")
    wizard = _wizard(qtbot, fresh)
    gate, syncing = threading.Event(), threading.Event()

    def slow_sync_transport(device: DeviceCredential) -> Transport:
        syncing.set()
        assert gate.wait(20)
        return fast_transport(device)

    wizard.sync.transport_factory = slow_sync_transport
    _fill_to_run(wizard, service.url, new_code(service.app))
    qtbot.waitUntil(syncing.is_set, timeout=30_000)  # enrolled; the first sync has begun
    [info] = fresh.ctx.workspace.list_profiles()
    draft = wizard.draft
    profile = draft.profile
    assert profile is not None and draft.enrolled

    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    gate.set()

    unlock_screen = fresh.shell.unlock_screen
    qtbot.waitUntil(lambda: unlock_screen.profile.count() == 1, timeout=10_000)
    assert info.path.exists()  # complete: the service knows this laptop for it
    assert unlock_screen.profile.currentData() == info.profile_id
    assert fresh.shell.workspace is None  # not opened: the caseworker cancelled
    qtbot.waitUntil(lambda: profile.is_locked, timeout=5000)
