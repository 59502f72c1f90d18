"""Refusals that stop sync until someone acts, shown in the status bar for as long as they
last — against the real service on 127.0.0.1 (SQLite and PostgreSQL).

* the service no longer answers this app's pulls (`upgrade_required`): "Update needed";
* the service's audit log fails the laptop's check (`service_rollback`,
  `audit_log_inconsistent`, SYNC-3): "Sync stopped — contact IT".
"""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.app import DossierApp
from desktop.context import change_language
from desktop.main_window.status_bar import SyncStatusBar
from desktop.messages import sync_message
from sync.client.audit_upload_files import AuditFiles
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
from tests.server.audit_tamper import roll_back_log
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


def _connection(status: SyncStatusBar) -> tuple[str, str, bool]:
    button = status.buttons["connection"]
    return button.text(), button.toolTip(), not button.icon().isNull()


def test_update_needed_shows_until_the_service_answers_pulls_again(
    qtbot: QtBot,
    dossier: DossierApp,
    service: Service,  # noqa: F811
) -> None:
    case_id = seed_case(service.app, "UP-1", "anna")
    unlocked(qtbot, dossier)
    assert sync_now(qtbot, dossier).error is None
    status = dossier.shell.status
    before = _connection(status)
    assert before[0] == "Automatische Synchronisation pausiert" and not before[2]
    context = service.app.state.context
    # The service moves on: it answers pulls only from a protocol newer than this app's.
    newer = dataclasses.replace(context.settings, min_pull_protocol=99)
    service.app.state.context = dataclasses.replace(context, settings=newer)
    save_case(dossier, case_id, summary="typed on the old app")
    qtbot.waitUntil(lambda: snapshot(dossier).pending == 1, timeout=10_000)

    result = sync_now(qtbot, dossier)

    assert result.error == "upgrade_required"
    qtbot.waitUntil(lambda: snapshot(dossier).upgrade_required, timeout=10_000)
    assert snapshot(dossier).pending == 0  # the push still went up: nothing is stranded
    text, tip, icon = _connection(status)
    assert text == "Update nötig" and icon
    assert tip.startswith("Der Synchronisationsdienst braucht eine neuere Dossier-Version")
    assert "sync.upgrade_required" in tip  # the code for IT, behind the words
    assert "Update nötig" in status.buttons["connection"].accessibleName()
    assert status.buttons["connection"].accessibleDescription() == status.blocked_text()
    if SHOTS:
        dossier.shell.grab().save(str(Path(SHOTS) / "sync-update-needed-de-1366x768.png"))

    # It lasts: the state is read from the profile, not from the run that just ended.
    dossier.shell.lock()
    unlocked(qtbot, dossier)
    qtbot.waitUntil(lambda: _connection(dossier.shell.status)[0] == "Update nötig", timeout=10_000)

    service.app.state.context = context  # IT updated (here: the service lowered its floor)
    assert sync_now(qtbot, dossier).error is None
    qtbot.waitUntil(lambda: not snapshot(dossier).upgrade_required, timeout=10_000)
    assert _connection(dossier.shell.status) == before


def _head_size(anna: Laptop) -> int:
    head = AuditFiles(anna.info).state().head
    assert head is not None
    return int(head["tree_size"])


def test_a_rolled_back_audit_log_stops_sync_and_says_to_contact_it(
    qtbot: QtBot,
    dossier: DossierApp,
    service: Service,  # noqa: F811
    anna: Laptop,
) -> None:
    case_id = seed_case(service.app, "AUD-1", "anna")
    unlocked(qtbot, dossier)
    assert sync_now(qtbot, dossier).error is None
    backup = _head_size(anna)  # the service's backup is taken here
    save_case(dossier, case_id, summary="audited edit")
    qtbot.waitUntil(lambda: snapshot(dossier).pending == 1, timeout=10_000)
    assert sync_now(qtbot, dossier).error is None
    assert _head_size(anna) > backup
    off_gui_thread(lambda: roll_back_log(service.app, backup))  # restored from the backup

    result = sync_now(qtbot, dossier)

    assert result.error == "service_rollback"
    status = dossier.shell.status
    qtbot.waitUntil(lambda: snapshot(dossier).blocked_by == "service_rollback", timeout=10_000)
    text, tip, icon = _connection(status)
    assert text == "Synchronisation angehalten — IT kontaktieren" and icon
    assert tip.startswith("Wenden Sie sich an den IT-Support: Das Protokoll")
    assert "sync.service_rollback" in tip
    assert status.buttons["connection"].property("blocked") is True
    if SHOTS:
        dossier.shell.grab().save(str(Path(SHOTS) / "sync-stopped-de-1366x768.png"))

    # Every later sync is refused too, and the state stays until IT has acted.
    assert sync_now(qtbot, dossier).error == "service_rollback"
    assert _connection(status)[0] == "Synchronisation angehalten — IT kontaktieren"


@pytest.mark.parametrize(
    ("code", "language", "start"),
    [
        ("audit_log_inconsistent", "fr", "Contactez le support informatique : le journal"),
        ("service_rollback", "it", "Contattate il supporto IT: il registro di audit"),
        ("audit_log_inconsistent", "en", "Contact IT support: the service's audit log does not"),
    ],
)
def test_the_audit_refusals_read_as_actionable_messages_in_every_language(
    qtbot: QtBot, dossier: DossierApp, code: str, language: str, start: str
) -> None:
    change_language(dossier.ctx, language)
    message = sync_message(code)
    assert message.text.startswith(start)
    assert message.details == f"sync.{code}"
