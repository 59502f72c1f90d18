"""The duplicate check runs in the background on the DB lane, one chunk per job, and whatever
the caseworker asks for meanwhile starts before its next chunk."""

from __future__ import annotations

import threading

import pytest
from pytestqt.qtbot import QtBot

from desktop.app import DossierApp
from desktop.duplicates.background import duplicate_check
from desktop.main_window.workspace import Workspace
from storage.duplicates_store import DuplicateFinder, Step
from tests.gui.conftest import off_gui_thread


def test_a_query_asked_during_the_check_runs_between_two_chunks(
    qtbot: QtBot, dossier: DossierApp, workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    profile = dossier.shell.profile
    assert profile is not None
    check = duplicate_check(dossier.ctx, profile)
    # The list loaded (which asks for the check after unlock), then that check finished.
    qtbot.waitUntil(lambda: workspace.case_model.rowCount() > 0, timeout=20_000)
    qtbot.waitUntil(lambda: not check.running, timeout=60_000)
    case_id = off_gui_thread(lambda: profile.records.list("case")[0].id)

    def add_persons() -> None:
        with profile.store.write():
            for n in range(12):
                values = {"given_names": f"Person{n}", "family_name": "Rahimi"}
                profile.casework.add_person_to_case(case_id, values, "child")

    off_gui_thread(add_persons)
    order: list[str] = []
    chunk_started = threading.Event()
    original = DuplicateFinder.check_some

    def check_some(self: DuplicateFinder, limit: int = 500) -> Step:
        chunk_started.set()
        step = original(self, limit)
        order.append(f"checked {step.checked}")
        return step

    monkeypatch.setattr("desktop.duplicates.background.CHUNK", 5)
    monkeypatch.setattr(DuplicateFinder, "check_some", check_some)
    finished: list[bool] = []
    check.check_did_finish.connect(lambda: finished.append(True))

    check.request()
    assert chunk_started.wait(10)
    dossier.ctx.lanes.run_query(lambda: order.append("query"), owner=None)
    qtbot.waitUntil(lambda: bool(finished), timeout=60_000)

    chunks = [entry for entry in order if entry not in ("query", "checked 0")]
    assert chunks == ["checked 5", "checked 5", "checked 2"]  # 12 persons, 5 per chunk
    assert order.index("query") < order.index("checked 2")  # not behind the whole check
    qtbot.waitUntil(lambda: not check.running, timeout=20_000)
