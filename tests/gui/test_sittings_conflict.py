"""Two laptops interrupt the same interview at once: the conflict dialog shows both lists of
sittings in words (times and reasons), never as raw stored values. Real service on 127.0.0.1."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.app import DossierApp
from tests.gui.conftest import off_gui_thread
from tests.gui.sync_service import (  # noqa: F401 - fixtures
    Service,
    make_laptop,
    service,
    snapshot,
    sync_now,
    unlocked,
)
from tests.server.conftest import backend, database_url  # noqa: F401 - fixtures
from tests.server.laptops import seed_case
from tests.sync.conftest import Laptop


@pytest.fixture
def anna(service: Service, tmp_path: Path) -> Laptop:  # noqa: F811
    return make_laptop(service, tmp_path / "anna", "anna")


@pytest.fixture
def data_dir(anna: Laptop) -> Path:
    return anna.workspace.root


def test_a_conflict_over_sittings_shows_each_side_as_lines_with_times_and_reasons(
    qtbot: QtBot,
    dossier: DossierApp,
    service: Service,  # noqa: F811
    tmp_path: Path,
) -> None:
    ben = make_laptop(service, tmp_path / "ben", "ben")
    case_id = seed_case(service.app, "S-1", "anna", "ben")
    off_gui_thread(ben.sync)
    interview = off_gui_thread(
        lambda: ben.unlock().casework.start_interview(case_id, "return_counselling", "fa", None)
    )
    off_gui_thread(ben.sync)
    workspace = unlocked(qtbot, dossier)
    assert sync_now(qtbot, dossier).error is None
    qtbot.waitUntil(lambda: workspace.case_model.rowCount() == 1, timeout=10_000)
    # Ben interrupts and reaches the service first; Anna (the app) interrupts too, offline.
    off_gui_thread(lambda: ben.unlock().casework.interrupt_interview(interview.id, "Power cut"))
    off_gui_thread(ben.sync)
    profile = dossier.shell.profile
    assert profile is not None
    off_gui_thread(lambda: profile.casework.interrupt_interview(interview.id, "Interpreter left"))
    assert sync_now(qtbot, dossier).error is None
    qtbot.waitUntil(lambda: snapshot(dossier).open_conflicts == 1, timeout=10_000)

    inbox = dossier.shell.open_conflicts()
    assert inbox is not None
    qtbot.waitUntil(lambda: inbox.loaded and inbox.model.rowCount() == 1, timeout=10_000)
    inbox.resolve_button.click()
    dialog = inbox.resolver
    assert dialog is not None and dialog.row.field == "sittings"
    base, mine, theirs = (label.text() for label in dialog.values)
    assert base == "—"
    assert mine.startswith("Sitzung 1: ") and mine.endswith("Unterbrochen: Interpreter left")
    assert theirs.startswith("Sitzung 1: ") and theirs.endswith("Unterbrochen: Power cut")
    for text in (mine, theirs):
        assert "started_at" not in text and "[" not in text and "{" not in text
    assert dialog.edited.text() == "" and not dialog.edit.isEnabled()
    dialog.grab().save("/tmp/resolve-sittings.png")
    off_gui_thread(ben.lock)
