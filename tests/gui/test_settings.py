"""Settings: the language switches at once, auto-lock is bounded, the service is read-only."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from desktop.app import DossierApp
from desktop.context import change_language
from desktop.main_window.workspace import Workspace
from desktop.preferences import MAX_LOCK_MINUTES


def test_settings_switch_the_language_now_and_bound_the_auto_lock(
    qtbot: QtBot, dossier: DossierApp, workspace: Workspace
) -> None:
    shell = dossier.shell
    menu_before = shell.file_menu.title()
    dialog = shell.open_settings()
    qtbot.waitUntil(lambda: "…" not in dialog.service_url.text(), timeout=5000)
    assert dialog.service_url.isReadOnly() and dialog.ca_bundle.isReadOnly()
    assert dialog.service_url.text()  # says it is not set up, rather than staying blank

    dialog.language.setCurrentIndex(dialog.language.findData("fr"))

    assert dossier.ctx.translations.language == "fr"
    assert dossier.ctx.preferences.language == "fr"
    qtbot.waitUntil(lambda: shell.file_menu.title() not in ("", menu_before), timeout=2000)
    assert dialog.windowTitle() not in ("Settings", "Einstellungen")
    tab_titles = [workspace.detail.tabs.tabText(i) for i in range(workspace.detail.tabs.count())]
    assert "Historique" in tab_titles

    dialog.lock_minutes.setValue(2)
    assert shell.idle.timeout_s == 120
    assert dossier.ctx.preferences.lock_minutes == 2
    assert dialog.lock_minutes.maximum() == MAX_LOCK_MINUTES
    dialog.close()
    change_language(dossier.ctx, "de")
