"""What the open views show of sync, against the real service on 127.0.0.1: per-case marks
in the list and the case header, and the open case refreshed after a sync brought news."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.app import DossierApp
from desktop.cases.edit_dialog import RecordEditDialog
from desktop.cases.list_model import CASE_ID_ROLE, Column
from desktop.main_window.workspace import Workspace
from tests.gui.conftest import off_gui_thread
from tests.gui.sync_service import (  # noqa: F401 - fixtures
    Service,
    case_row,
    make_laptop,
    save_case,
    service,
    snapshot,
    sync_now,
    unlocked,
)
from tests.server.conftest import backend, database_url  # noqa: F401 - fixtures
from tests.server.laptops import seed_case
from tests.sync.conftest import Laptop

SHOTS = os.environ.get("DOSSIER_SCREENSHOTS")


@pytest.fixture
def anna(service: Service, tmp_path: Path) -> Laptop:  # noqa: F811
    return make_laptop(service, tmp_path / "anna", "anna")


@pytest.fixture
def data_dir(anna: Laptop) -> Path:
    return anna.workspace.root


def _number_cell(workspace: Workspace, number: str, role: Qt.ItemDataRole) -> object:
    proxy = workspace.cases.proxy
    for n in range(proxy.rowCount()):
        if proxy.index(n, Column.NUMBER).data() == number:
            return proxy.index(n, Column.NUMBER).data(role)
    raise AssertionError(number)


def _select(qtbot: QtBot, workspace: Workspace, case_id: str) -> None:
    workspace.cases.select_case(case_id)
    qtbot.waitUntil(
        lambda: workspace.detail.detail is not None and workspace.detail.detail.case.id == case_id,
        timeout=10_000,
    )


def test_a_pending_edit_is_marked_in_the_list_and_the_case_until_it_is_synced(
    qtbot: QtBot,
    dossier: DossierApp,
    service: Service,  # noqa: F811
) -> None:
    edited = seed_case(service.app, "M-1", "anna")
    seed_case(service.app, "M-2", "anna")
    workspace = unlocked(qtbot, dossier)
    assert sync_now(qtbot, dossier).error is None
    qtbot.waitUntil(lambda: workspace.case_model.rowCount() == 2, timeout=10_000)
    _select(qtbot, workspace, edited)
    assert _number_cell(workspace, "M-1", Qt.ItemDataRole.DecorationRole) is None
    assert not workspace.detail.sync_badge.isVisibleTo(workspace.detail)

    save_case(dossier, edited, summary="offline note")
    qtbot.waitUntil(
        lambda: workspace.case_model.marks_of(case_row(workspace, "M-1")).pending == 1,
        timeout=10_000,
    )
    assert _number_cell(workspace, "M-1", Qt.ItemDataRole.DecorationRole) is not None
    spoken = str(_number_cell(workspace, "M-1", Qt.ItemDataRole.AccessibleTextRole))
    assert spoken == "M-1 · 1 Änderung wartet auf Synchronisation"
    assert str(_number_cell(workspace, "M-1", Qt.ItemDataRole.ToolTipRole)) == spoken
    assert _number_cell(workspace, "M-2", Qt.ItemDataRole.DecorationRole) is None
    badge = workspace.detail.sync_badge
    qtbot.waitUntil(lambda: badge.isVisibleTo(workspace.detail), timeout=10_000)
    assert badge.text.text() == "1 Änderung wartet auf Synchronisation"
    if SHOTS:
        dossier.shell.grab().save(str(Path(SHOTS) / "sync-marks-de-1366x768.png"))

    assert sync_now(qtbot, dossier).error is None
    qtbot.waitUntil(
        lambda: _number_cell(workspace, "M-1", Qt.ItemDataRole.DecorationRole) is None,
        timeout=10_000,
    )
    qtbot.waitUntil(lambda: not badge.isVisibleTo(workspace.detail), timeout=10_000)
    assert snapshot(dossier).pending == 0


def test_the_open_case_shows_what_a_sync_brought_and_waits_while_it_is_edited(
    qtbot: QtBot,
    dossier: DossierApp,
    service: Service,  # noqa: F811
    tmp_path: Path,
) -> None:
    ben = make_laptop(service, tmp_path / "ben", "ben")
    case_id = seed_case(service.app, "F-1", "anna", "ben")
    seed_case(service.app, "F-0", "anna")  # sorted first: a reload must not jump to it
    workspace = unlocked(qtbot, dossier)
    assert sync_now(qtbot, dossier).error is None
    qtbot.waitUntil(lambda: workspace.case_model.rowCount() == 2, timeout=10_000)
    _select(qtbot, workspace, case_id)
    detail = workspace.detail
    off_gui_thread(ben.sync)

    def ben_sets(summary: str) -> None:
        profile = ben.unlock()
        profile.records.update("case", case_id, {"summary": summary})
        ben.sync()

    off_gui_thread(lambda: ben_sets("from ben"))
    assert sync_now(qtbot, dossier).error is None
    qtbot.waitUntil(lambda: detail.detail.case["summary"] == "from ben", timeout=10_000)
    assert workspace.cases.selected_case_id() == case_id
    assert detail.overview.view.record is not None
    assert detail.overview.view.record["summary"] == "from ben"
    assert not detail.sync_bar.isVisibleTo(detail)

    detail.edit_case()  # the caseworker is typing in the case form
    qtbot.waitUntil(detail.is_editing, timeout=5_000)
    off_gui_thread(lambda: ben_sets("from ben, again"))
    assert sync_now(qtbot, dossier).error is None
    qtbot.waitUntil(lambda: detail.sync_bar.isVisibleTo(detail), timeout=10_000)
    assert detail.detail.case["summary"] == "from ben"  # not replaced under the open form
    if SHOTS:
        dossier.shell.grab().save(str(Path(SHOTS) / "sync-reload-bar-de-1366x768.png"))
    form = next(d for d in detail.findChildren(RecordEditDialog) if d.isVisible())
    form.reject()  # nothing typed: closes without asking
    detail.sync_bar.button.click()
    qtbot.waitUntil(lambda: detail.detail.case["summary"] == "from ben, again", timeout=10_000)
    assert not detail.sync_bar.isVisibleTo(detail)
    assert workspace.cases.table.currentIndex().data(CASE_ID_ROLE) == case_id
    off_gui_thread(ben.lock)
