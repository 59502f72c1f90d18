"""IT's pre-configuration file (`dossier.toml`): read at start-up, prefills the enrolment
wizard (read-only when IT locked it), sets the first language and a new case's canton; a bad
file is named on the unlock screen, translated, and the app starts all the same."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.app import DossierApp, Options, create_qapplication
from desktop.cases.edit_dialog import RecordEditDialog
from desktop.context import change_language
from desktop.preconfig import ENV, Preconfig, load_preconfig, preconfig_path
from tests.gui.conftest import FakeClock, unlock

SHOTS = os.environ.get("DOSSIER_SCREENSHOTS")


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "etc" / "dossier.toml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, "utf-8")
    return path


@pytest.fixture
def ca_file(tmp_path: Path) -> Path:
    path = tmp_path / "org-ca.pem"
    path.write_text("-----BEGIN CERTIFICATE-----\n", "ascii")
    return path


def test_a_complete_file_is_read(tmp_path: Path, ca_file: Path) -> None:
    path = _write(
        tmp_path,
        f'service_url = "https://dossier.example.ch/"\nca_bundle = "{ca_file}"\n'
        'lock_service = true\nlanguage = "fr"\nholiday_region = "ch-vd"\n',
    )
    loaded = load_preconfig(path)
    assert loaded.problem is None and loaded.path == path
    assert loaded.config == Preconfig(
        service_url="https://dossier.example.ch",
        ca_bundle=str(ca_file),
        lock_service=True,
        language="fr",
        holiday_region="CH-VD",
    )


def test_no_file_is_no_preconfiguration_and_no_problem(tmp_path: Path) -> None:
    loaded = load_preconfig(tmp_path / "absent.toml")
    assert loaded.config == Preconfig() and loaded.problem is None and loaded.path is None


def test_the_environment_names_the_file_for_tests_and_pilots(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENV, str(tmp_path / "x.toml"))
    assert preconfig_path() == tmp_path / "x.toml"
    monkeypatch.delenv(ENV)
    assert preconfig_path() == Path("/etc/dossier/dossier.toml")  # Linux


@pytest.mark.parametrize(
    ("text", "code", "setting"),
    [
        ('service_url = "https://x.ch"\nlanguage = ', "not_toml", ""),
        ('service_ulr = "https://dossier.example.ch"', "unknown_setting", "service_ulr"),
        ('service_url = "dossier.example.ch"', "bad_value", "service_url"),
        ("service_url = 42", "bad_value", "service_url"),
        ('language = "es"', "bad_value", "language"),
        ('holiday_region = "CH-XX"', "bad_value", "holiday_region"),
        ('ca_bundle = "/nowhere/org-ca.pem"', "missing_file", "ca_bundle"),
        ("lock_service = true", "bad_value", "lock_service"),  # locks nothing
        ('service_url = "https://x.ch"\nlock_service = "yes"', "bad_value", "lock_service"),
    ],
)
def test_a_bad_file_is_ignored_as_a_whole_with_the_reason(
    tmp_path: Path, text: str, code: str, setting: str
) -> None:
    valid = 'holiday_region = "CH-ZH"\n' if "language" in text else 'language = "it"\n'
    loaded = load_preconfig(_write(tmp_path, valid + text))
    assert loaded.config == Preconfig()  # nothing half-applied, not even the language
    assert loaded.problem is not None
    assert (loaded.problem.code, loaded.problem.setting) == (code, setting)


def test_a_file_that_is_not_utf8_is_not_toml(tmp_path: Path) -> None:
    path = tmp_path / "dossier.toml"
    path.write_bytes(b'language = "fr\xe9"\n')
    problem = load_preconfig(path).problem
    assert problem is not None and problem.code == "not_toml"


@pytest.fixture
def first_run(
    qtbot: QtBot,
    tmp_path: Path,
    qm_cache: Path,
    clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[Callable[[str], DossierApp]]:
    apps: list[DossierApp] = []

    def start(text: str) -> DossierApp:
        monkeypatch.setenv(ENV, str(_write(tmp_path, text)))
        create_qapplication()
        app = DossierApp(
            Options(data_dir=tmp_path / "empty", translations_cache=qm_cache), clock=clock
        )
        app.shell.resize(1366, 768)
        app.shell.show()
        apps.append(app)
        return app

    yield start
    for app in apps:
        app.shutdown()
        app.shell.close()
        app.shell.deleteLater()
    create_qapplication()  # the next test starts in German again
    if apps:
        change_language(apps[0].ctx, "de")


def test_it_locked_the_address_the_wizard_shows_it_read_only_in_its_language(
    qtbot: QtBot, first_run: Callable[[str], DossierApp], ca_file: Path
) -> None:
    app = first_run(
        f'service_url = "https://dossier.example.ch"\nca_bundle = "{ca_file}"\n'
        'lock_service = true\nlanguage = "fr"\n'
    )
    assert app.ctx.translations.language == "fr"  # no choice of the caseworker yet
    qtbot.waitUntil(lambda: app.shell.enrol_wizard is not None, timeout=5000)
    wizard = app.shell.enrol_wizard
    assert wizard is not None
    qtbot.waitUntil(wizard.isVisible)
    page = wizard.service
    assert page.url.text() == "https://dossier.example.ch" and page.url.isReadOnly()
    assert page.ca_bundle.text() == str(ca_file) and page.ca_bundle.isReadOnly()
    assert not page.browse.isEnabled()
    assert page.isComplete()  # Next works straight away
    assert wizard.run_page.url.isReadOnly()  # nor can "try again" change it
    qtbot.keyClicks(page.url, "/other")
    assert page.url.text() == "https://dossier.example.ch"
    assert "informatique" in page.ca_hint.text()  # French: IT support set it
    if SHOTS:
        wizard.resize(1366, 768)
        wizard.grab().save(str(Path(SHOTS) / "enrol-1-service-preconfigured-fr-1366x768.png"))
    wizard.reject()


def test_an_unlocked_preconfiguration_only_prefills(
    qtbot: QtBot, first_run: Callable[[str], DossierApp]
) -> None:
    app = first_run('service_url = "https://dossier.example.ch"\n')
    qtbot.waitUntil(lambda: app.shell.enrol_wizard is not None, timeout=5000)
    page = app.shell.enrol_wizard.service  # type: ignore[union-attr]
    assert page.url.text() == "https://dossier.example.ch" and not page.url.isReadOnly()
    assert page.browse.isEnabled()
    app.shell.enrol_wizard.reject()  # type: ignore[union-attr]


def test_a_bad_file_is_named_on_the_unlock_screen_and_the_app_starts(
    qtbot: QtBot, first_run: Callable[[str], DossierApp]
) -> None:
    app = first_run('service_url = "dossier.example.ch"\nlanguage = "fr"\n')
    assert app.ctx.translations.language == "de"  # the bad file's language is not used
    qtbot.waitUntil(lambda: app.shell.enrol_wizard is not None, timeout=5000)
    app.shell.enrol_wizard.reject()  # type: ignore[union-attr]
    banner = app.shell.unlock_screen.preconfig_banner
    assert banner.isVisible()
    text = banner.accessibleDescription()
    assert "dossier.toml" in text and "service_url" in text
    assert text.startswith("Die Konfigurationsdatei der IT")
    if SHOTS:
        app.shell.grab().save(str(Path(SHOTS) / "unlock-preconfig-problem-de-1366x768.png"))
    change_language(app.ctx, "it")
    qtbot.wait(20)  # LanguageChange events are posted
    assert banner.accessibleDescription().startswith("Il file di configurazione")


def test_a_new_case_starts_in_the_offices_canton(
    qtbot: QtBot,
    data_dir: Path,
    qm_cache: Path,
    clock: FakeClock,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv(ENV, str(_write(tmp_path, 'holiday_region = "CH-VD"\n')))
    create_qapplication()
    app = DossierApp(Options(data_dir=data_dir, translations_cache=qm_cache), clock=clock)
    try:
        app.shell.resize(1366, 768)
        app.shell.show()
        qtbot.waitUntil(lambda: app.shell.unlock_screen.profile.count() == 1)
        workspace = unlock(qtbot, app)
        qtbot.keyClick(app.shell, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
        dialog = workspace.findChild(RecordEditDialog)
        assert dialog is not None
        assert dialog.form.editors["region"].value()[0] == "CH-VD"
        dialog.reject()
    finally:
        app.shutdown()
        app.shell.close()
        app.shell.deleteLater()
