"""Conflicts and rejections in the app against the real service on 127.0.0.1: each laptop
sees its own value as "mine"; a rejected change is explained and can be dismissed."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.app import DossierApp
from desktop.sync.conflict_rows import open_conflicts
from storage.tables import audit_event, conflict
from sync.client.conflict_sides import Mine
from tests.gui.conftest import off_gui_thread
from tests.gui.sync_service import (  # noqa: F401 - fixtures
    Service,
    make_laptop,
    save_case,
    service,
    snapshot,
    sync_now,
    unlocked,
)
from tests.server.conftest import backend, database_url  # noqa: F401 - fixtures
from tests.server.laptops import seed_case, unassign
from tests.sync.conftest import Laptop

SHOTS = os.environ.get("DOSSIER_SCREENSHOTS")


@pytest.fixture
def anna(service: Service, tmp_path: Path) -> Laptop:  # noqa: F811
    return make_laptop(service, tmp_path / "anna", "anna")


@pytest.fixture
def data_dir(anna: Laptop) -> Path:
    return anna.workspace.root


def test_the_laptop_whose_value_the_service_kept_sees_it_as_mine(
    qtbot: QtBot,
    dossier: DossierApp,
    service: Service,  # noqa: F811
    tmp_path: Path,
) -> None:
    ben = make_laptop(service, tmp_path / "ben", "ben")
    case_id = seed_case(service.app, "W-1", "anna", "ben")
    workspace = unlocked(qtbot, dossier)
    assert sync_now(qtbot, dossier).error is None
    qtbot.waitUntil(lambda: workspace.case_model.rowCount() == 1, timeout=10_000)
    off_gui_thread(ben.sync)
    # Anna (the app) reaches the service first; Ben's offline edit then conflicts with hers.
    save_case(dossier, case_id, case_number="W-1-ANNA")
    qtbot.waitUntil(lambda: snapshot(dossier).pending == 1, timeout=10_000)
    assert sync_now(qtbot, dossier).error is None
    off_gui_thread(lambda: ben.unlock().records.update("case", case_id, {"case_number": "W-1-BEN"}))
    off_gui_thread(ben.sync)

    (on_ben,) = off_gui_thread(lambda: open_conflicts(ben.unlock()))
    assert (on_ben.mine_side, on_ben.mine, on_ben.theirs) == (Mine.CLIENT, "W-1-BEN", "W-1-ANNA")

    assert sync_now(qtbot, dossier).error is None
    qtbot.waitUntil(lambda: snapshot(dossier).open_conflicts == 1, timeout=10_000)
    inbox = dossier.shell.open_conflicts()
    assert inbox is not None
    qtbot.waitUntil(lambda: inbox.loaded and inbox.model.rowCount() == 1, timeout=10_000)
    inbox.resolve_button.click()
    dialog = inbox.resolver
    assert dialog is not None
    assert dialog.row.mine_side is Mine.SERVER
    assert [v.text() for v in dialog.values] == ["W-1", "W-1-ANNA", "W-1-BEN"]
    assert [t.text() for t in dialog.titles[1:]] == ["Meine", "Ihre (anderswo)"]
    assert dialog.whos[1].text() == "Ihre Änderung, die der Dienst übernommen hat"
    if SHOTS:
        dialog.grab().save(str(Path(SHOTS) / "resolve-mine-kept-de.png"))
    dialog.keep_mine.setChecked(True)  # Anna keeps her value, which is the service's
    with qtbot.waitSignal(inbox.conflict_was_resolved, timeout=10_000):
        dialog.resolve_button.click()
    qtbot.waitUntil(lambda: snapshot(dossier).pending == 1, timeout=10_000)
    assert sync_now(qtbot, dossier).error is None
    off_gui_thread(ben.sync)
    assert off_gui_thread(lambda: open_conflicts(ben.unlock())) == []
    number = off_gui_thread(
        lambda: ben.unlock().records.get("case", case_id, audit_read=False)["case_number"]
    )
    assert number == "W-1-ANNA"
    off_gui_thread(ben.lock)


def test_a_rejected_change_is_explained_and_can_be_dismissed(
    qtbot: QtBot,
    dossier: DossierApp,
    service: Service,  # noqa: F811
    anna: Laptop,
) -> None:
    case_id = seed_case(service.app, "X-1", "anna")
    workspace = unlocked(qtbot, dossier)
    assert sync_now(qtbot, dossier).error is None
    qtbot.waitUntil(lambda: workspace.case_model.rowCount() == 1, timeout=10_000)
    unassign(service.app, case_id, "anna")  # taken away while Anna edits offline
    save_case(dossier, case_id, summary="written after the reassignment")
    qtbot.waitUntil(lambda: snapshot(dossier).pending == 1, timeout=10_000)
    result = sync_now(qtbot, dossier)
    assert result.error is None and result.applied is not None
    assert result.applied.rejected == 1
    qtbot.waitUntil(lambda: snapshot(dossier).open_conflicts == 1, timeout=10_000)

    inbox = dossier.shell.open_conflicts()
    assert inbox is not None
    qtbot.waitUntil(lambda: inbox.loaded and inbox.model.rowCount() == 1, timeout=10_000)
    row = inbox.model.row_at(0)
    assert row is not None and row.is_rejection and not row.retryable
    assert inbox.dismiss_button.isVisible() and inbox.dismiss_button.isEnabled()
    assert not inbox.resolve_button.isVisible()
    assert not inbox.reapply_button.isEnabled()
    assert "Teamleitung" in inbox.reason.text()  # the reason in words: forbidden
    if SHOTS:
        qtbot.wait(50)  # the reason's lines are laid out
        inbox.grab().save(str(Path(SHOTS) / "inbox-rejection-de.png"))

    inbox.dismiss_button.click()
    box = inbox.confirm
    assert box is not None and box.isVisible()
    cancel = box.button(QMessageBox.StandardButton.Cancel)
    cancel.click()  # asked first: nothing happens on Cancel
    qtbot.wait(50)
    assert inbox.model.rowCount() == 1
    inbox.dismiss_button.click()
    box = inbox.confirm
    assert box is not None
    dismiss = next(
        b for b in box.buttons() if b is not box.button(QMessageBox.StandardButton.Cancel)
    )
    with qtbot.waitSignal(inbox.conflict_was_resolved, timeout=10_000):
        dismiss.click()
    qtbot.waitUntil(lambda: inbox.model.rowCount() == 0, timeout=10_000)
    qtbot.waitUntil(lambda: snapshot(dossier).open_conflicts == 0, timeout=10_000)

    def kept() -> tuple[list[str], list[dict[str, str]]]:
        profile = dossier.shell.profile
        assert profile is not None
        with profile.store.read() as conn:
            statuses = [str(s) for (s,) in conn.execute(select(conflict.c.status))]
            details = [
                dict(d)
                for (d,) in conn.execute(
                    select(audit_event.c.detail).where(audit_event.c.action == "conflict_resolved")
                )
            ]
        return statuses, details

    statuses, details = off_gui_thread(kept)
    assert statuses == ["dismissed"]  # kept on record, no longer open
    assert details == [{"choice": "dismissed", "code": "forbidden"}]
