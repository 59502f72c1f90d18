"""Every case tab title reads in full at 1366×768, also with the seventh (Return) tab, in
every language (UI.md: a narrow laptop screen must work)."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from desktop.app import DossierApp
from desktop.context import change_language
from desktop.main_window.workspace import Workspace
from tests.gui.conftest import off_gui_thread


def _make_return_case(qtbot: QtBot, dossier: DossierApp, workspace: Workspace) -> None:
    pane = workspace.detail
    qtbot.waitUntil(lambda: pane.detail is not None, timeout=5000)
    case = pane.detail.case  # type: ignore[union-attr]
    profile = dossier.shell.profile
    assert profile is not None
    changes = {"case_type": "return_assistance", "region": "VD"}
    off_gui_thread(lambda: profile.records.update("case", case.id, changes))
    pane.reload()
    qtbot.waitUntil(lambda: pane.tabs.isTabVisible(pane.tabs.indexOf(pane.avrr)), timeout=5000)


def _cut_titles(workspace: Workspace) -> list[str]:
    tabs = workspace.detail.tabs
    bar = tabs.tabBar()
    return [
        f"{bar.tabText(i)}: {bar.tabRect(i).width()} < {bar.tabSizeHint(i).width()}"
        for i in range(bar.count())
        if bar.isTabVisible(i) and bar.tabRect(i).width() < bar.tabSizeHint(i).width()
    ]


@pytest.mark.parametrize("language", ["de", "fr", "it", "en"])
def test_all_seven_tab_titles_are_readable_at_1366x768(
    qtbot: QtBot, dossier: DossierApp, workspace: Workspace, language: str
) -> None:
    assert (dossier.shell.width(), dossier.shell.height()) == (1366, 768)
    _make_return_case(qtbot, dossier, workspace)
    change_language(dossier.ctx, language)
    qtbot.wait(50)
    tabs = workspace.detail.tabs
    assert sum(tabs.isTabVisible(i) for i in range(tabs.count())) == 7
    assert _cut_titles(workspace) == []
