"""The unlock screen after an enrolment cut short by a crash: "Setup not finished".

The profile is left behind by a real child process SIGKILLed during its enrolment with the
real service (`tests.sync.enrol_crash`); the app then starts on that data directory.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop.app import DossierApp, Options, create_qapplication
from desktop.context import change_language
from desktop.enrol.wizard import EnrolWizard
from desktop.unlock.screen import UnlockScreen
from storage.enrolment_mark import has_enrolment_mark
from storage.profiles import ProfileInfo, Workspace
from sync.client.transport import Transport
from tests.gui.conftest import FakeClock
from tests.gui.sync_service import Service, fast_transport, service  # noqa: F401 - fixtures
from tests.server.conftest import PASSWORD, add_user, backend, database_url, new_code  # noqa: F401 - fixtures
from tests.sync.conftest import FAST_RETRY, PASSPHRASE
from tests.sync.enrol_crash import crash_enrolment

SHOTS = Path(os.environ.get("DOSSIER_SCREENSHOTS") or "/tmp")


def _transport(url: str, ca_bundle: str | None) -> Transport:
    return Transport(url, ca_bundle=ca_bundle, retry=FAST_RETRY, timeout=(2.0, 10.0))


@pytest.fixture
def start_app(
    qtbot: QtBot, tmp_path: Path, qm_cache: Path, clock: FakeClock
) -> Iterator[Callable[[Path], DossierApp]]:
    apps: list[DossierApp] = []

    def start(root: Path) -> DossierApp:
        create_qapplication()
        app = DossierApp(Options(data_dir=root, translations_cache=qm_cache), clock=clock)
        app.ctx.workspace.unlock_seconds = 0
        app.shell.resize(1366, 768)
        app.shell.show()
        apps.append(app)
        qtbot.waitUntil(lambda: app.shell.unlock_screen.profile.count() == 1, timeout=10_000)
        app.shell.sync.transport_factory = fast_transport
        return app

    yield start
    for app in apps:
        app.shutdown()
        app.shell.close()
        app.shell.deleteLater()


def _crashed(service: Service, root: Path, stage: str) -> ProfileInfo:  # noqa: F811
    add_user(service.app, "anna")
    workspace = Workspace(root, unlock_seconds=0)
    return crash_enrolment(
        workspace, service.url, "anna", stage, PASSPHRASE, new_code(service.app), PASSWORD
    )


def _finish(qtbot: QtBot, screen: UnlockScreen) -> None:
    screen.passphrase.setText(PASSPHRASE)
    assert screen.unlock_button.isEnabled()
    screen.unlock_button.click()


def _resumed_wizard(qtbot: QtBot, app: DossierApp) -> EnrolWizard:
    qtbot.waitUntil(lambda: app.shell.enrol_wizard is not None, timeout=30_000)
    wizard = app.shell.enrol_wizard
    assert wizard is not None
    wizard.transport_factory = _transport
    wizard.sync.transport_factory = fast_transport
    qtbot.waitUntil(wizard.run_page.retry_box.isVisible, timeout=5000)
    return wizard


def test_an_unfinished_profile_is_shown_as_such_and_removal_erases_it(
    qtbot: QtBot,
    start_app: Callable[[Path], DossierApp],
    service: Service,  # noqa: F811
    tmp_path: Path,
) -> None:
    info = _crashed(service, tmp_path / "laptop", "created")
    app = start_app(tmp_path / "laptop")
    screen = app.shell.unlock_screen

    assert screen.profile.itemText(0) == "Anna (anna) — Einrichtung nicht abgeschlossen"
    assert screen.unfinished.isVisible()
    assert screen.unfinished.banner.isVisible()
    assert "Einmal-Code" in screen.unfinished.banner.accessibleDescription()
    assert screen.unlock_button.text() == "Einrichtung &abschliessen"
    button = screen.unlock_button  # the longer label is not cut off once laid out
    qtbot.waitUntil(lambda: button.width() >= button.sizeHint().width())
    screen.grab().save(str(SHOTS / "unlock-unfinished-setup-de.png"))
    change_language(app.ctx, "fr")  # the notice and the list follow the language at once
    qtbot.wait(20)  # LanguageChange events are posted
    assert screen.profile.itemText(0) == "Anna (anna) — Configuration non terminée"
    assert "code à usage unique" in screen.unfinished.banner.accessibleDescription()
    assert screen.unfinished.remove_button.text() == "Supp&rimer ce profil …"
    remove = screen.unfinished.remove_button
    qtbot.waitUntil(lambda: remove.width() >= remove.sizeHint().width())
    screen.grab().save(str(SHOTS / "unlock-unfinished-setup-fr.png"))
    change_language(app.ctx, "de")
    qtbot.wait(20)

    screen.unfinished.remove_button.click()
    box = screen.unfinished.confirm
    assert box is not None
    qtbot.waitUntil(box.isVisible)
    box.grab().save(str(SHOTS / "unlock-unfinished-remove-de.png"))
    assert "Anna" in box.text()
    (remove,) = [
        b for b in box.buttons() if box.buttonRole(b) is QMessageBox.ButtonRole.DestructiveRole
    ]
    remove.click()

    qtbot.waitUntil(lambda: screen.profile.count() == 0, timeout=10_000)
    assert not info.path.exists()
    assert list(info.path.parent.iterdir()) == []  # no files left, not even a staging folder
    assert not screen.unfinished.isVisible()
    assert screen.empty_label.isVisible()


def test_cancelling_the_removal_keeps_the_profile(
    qtbot: QtBot,
    start_app: Callable[[Path], DossierApp],
    service: Service,  # noqa: F811
    tmp_path: Path,
) -> None:
    info = _crashed(service, tmp_path / "laptop", "created")
    screen = start_app(tmp_path / "laptop").shell.unlock_screen
    screen.unfinished.remove_button.click()
    box = screen.unfinished.confirm
    assert box is not None
    qtbot.waitUntil(box.isVisible)
    box.reject()
    qtbot.waitUntil(lambda: screen.unfinished.confirm is None)
    assert info.path.is_dir() and has_enrolment_mark(info.path)
    assert screen.profile.count() == 1


def test_an_unfinished_profile_is_finished_with_a_new_code(
    qtbot: QtBot,
    start_app: Callable[[Path], DossierApp],
    service: Service,  # noqa: F811
    tmp_path: Path,
) -> None:
    info = _crashed(service, tmp_path / "laptop", "created")
    app = start_app(tmp_path / "laptop")
    screen = app.shell.unlock_screen

    _finish(qtbot, screen)
    wizard = _resumed_wizard(qtbot, app)
    page = wizard.run_page
    assert wizard.currentPage() is page
    assert page.url.text() == service.url  # the address the enrolment was for
    assert page.code.text() == "" and page.banner.isVisible()
    assert page.retry_button.text() == "Einrichtung &abschliessen"
    wizard.grab().save(str(SHOTS / "enrol-resume-de.png"))
    wizard.reject()  # not now: the profile stays, locked and unfinished
    qtbot.waitUntil(lambda: app.shell.enrol_wizard is None)
    qtbot.waitUntil(lambda: screen.profile.count() == 1 and screen.profile.isEnabled())
    assert info.path.is_dir() and has_enrolment_mark(info.path)
    assert screen.unfinished.isVisible()

    _finish(qtbot, screen)
    wizard = _resumed_wizard(qtbot, app)
    wizard.run_page.code.setText(new_code(service.app))
    wizard.run_page.password.setText(PASSWORD)
    wizard.run_page.retry_button.click()
    qtbot.waitUntil(lambda: app.shell.workspace is not None, timeout=30_000)
    assert not has_enrolment_mark(info.path)
    assert app.shell.windowTitle().endswith("Anna")
    app.shell.lock()
    qtbot.waitUntil(lambda: "—" not in screen.profile.itemText(0), timeout=10_000)
    assert not screen.unfinished.isVisible()
    assert screen.unlock_button.text() == "&Entsperren"


def test_a_profile_whose_enrolment_did_succeed_unlocks_normally(
    qtbot: QtBot,
    start_app: Callable[[Path], DossierApp],
    service: Service,  # noqa: F811
    tmp_path: Path,
) -> None:
    # Killed after the store held the identity, before the transport state: without the
    # passphrase it looks unfinished; the unlock shows it is complete.
    info = _crashed(service, tmp_path / "laptop", "stored")
    app = start_app(tmp_path / "laptop")
    screen = app.shell.unlock_screen
    assert screen.unfinished.isVisible()

    _finish(qtbot, screen)
    qtbot.waitUntil(lambda: app.shell.workspace is not None, timeout=30_000)
    assert app.shell.enrol_wizard is None
    assert not has_enrolment_mark(info.path)
    assert not screen.unfinished.isVisible()
