"""An attachment added on another laptop arrives as a row before its bytes: the Documents tab
says it is waiting for the file and will not open it; the next Sync now fetches the bytes and
the row becomes a document like any other. Real service on 127.0.0.1, real SQLCipher stores."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QIODevice, Qt
from PySide6.QtGui import QColor, QImage
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.app import DossierApp
from desktop.documents.model import DocumentColumn
from desktop.documents.tab import DocumentsTab
from desktop.documents.viewer import AttachmentViewer
from desktop.main_window.workspace import Workspace
from storage.tables import attachment_file
from tests.gui.conftest import off_gui_thread
from tests.gui.sync_service import (  # noqa: F401 - fixtures
    Service,
    make_laptop,
    service,
    sync_now,
    unlocked,
)
from tests.server.conftest import backend, database_url  # noqa: F401 - fixtures
from tests.server.laptops import seed_case
from tests.sync.conftest import Laptop

SHOTS = os.environ.get("DOSSIER_SCREENSHOTS")
WAITING = "Datei folgt"


@pytest.fixture
def anna(service: Service, tmp_path: Path) -> Laptop:  # noqa: F811
    return make_laptop(service, tmp_path / "anna", "anna")


@pytest.fixture
def ben(service: Service, tmp_path: Path) -> Laptop:  # noqa: F811
    return make_laptop(service, tmp_path / "ben", "ben")


@pytest.fixture
def data_dir(anna: Laptop) -> Path:
    return anna.workspace.root


def _png() -> bytes:
    image = QImage(64, 40, QImage.Format.Format_RGB32)
    image.fill(QColor("#1f5fa8"))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert image.save(buffer, "PNG")
    return bytes(buffer.data().data())


def _attached_on_ben(ben: Laptop, anna: Laptop, case_id: str) -> str:
    """Ben scans a letter and syncs; anna's laptop stages it locked (IT's scheduler)."""

    def run() -> str:
        assert ben.sync().error is None
        record = ben.unlock().attachments.add(
            case_id, io.BytesIO(_png()), filename="Brief.png", media_type="image/png"
        )
        outcome = ben.sync()
        assert outcome.error is None and outcome.moved.blobs == 1
        ben.lock()
        assert anna.sync_locked().error is None  # a locked sync never downloads bytes
        return record.id

    return off_gui_thread(run)


def _open_documents(qtbot: QtBot, workspace: Workspace, case_id: str) -> DocumentsTab:
    workspace.cases.select_case(case_id)
    detail = workspace.detail
    qtbot.waitUntil(
        lambda: detail.detail is not None and detail.detail.case.id == case_id, timeout=10_000
    )
    detail.tabs.setCurrentWidget(detail.documents)
    return detail.documents


def _cell(tab: DocumentsTab, column: DocumentColumn, role: Qt.ItemDataRole) -> object:
    return tab.model.index(0, column).data(role)


def test_a_file_from_another_laptop_waits_for_its_bytes_then_opens_after_the_next_sync(
    qtbot: QtBot,
    dossier: DossierApp,
    service: Service,  # noqa: F811
    anna: Laptop,
    ben: Laptop,
    qtmodeltester: ModelTester,
) -> None:
    case_id = seed_case(service.app, "DOC-1", "anna", "ben")
    attachment_id = _attached_on_ben(ben, anna, case_id)
    workspace = unlocked(qtbot, dossier)  # the unlock applies the staged row, without bytes
    qtbot.waitUntil(lambda: workspace.case_model.rowCount() == 1, timeout=10_000)
    tab = _open_documents(qtbot, workspace, case_id)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=10_000)
    document = tab.model.document_at(0)
    assert document.id == attachment_id

    qtbot.waitUntil(lambda: tab.model.is_waiting(document), timeout=10_000)
    assert _cell(tab, DocumentColumn.KIND, Qt.ItemDataRole.DisplayRole) == WAITING
    assert _cell(tab, DocumentColumn.NAME, Qt.ItemDataRole.DecorationRole) is not None
    spoken = _cell(tab, DocumentColumn.NAME, Qt.ItemDataRole.AccessibleTextRole)
    assert spoken == f"Brief.png: {WAITING}"
    tip = str(_cell(tab, DocumentColumn.NAME, Qt.ItemDataRole.ToolTipRole))
    assert "kann sie nicht geöffnet werden" in tip
    assert not tab.view_button.isEnabled()
    assert tab.waiting_note.isVisibleTo(tab)
    assert tab.waiting_note.text().startswith(
        "Datei folgt — sie kommt mit der nächsten Synchronisation."
    )
    tab.view(document)  # a double-click: nothing opens, nothing is audited
    qtbot.wait(100)
    assert tab.viewer is None
    assert tab.banner.text == ""
    qtmodeltester.check(tab.model)
    if SHOTS:
        dossier.shell.grab().save(str(Path(SHOTS) / "documents-waiting-de-1366x768.png"))

    assert sync_now(qtbot, dossier).error is None  # … and the bytes follow

    qtbot.waitUntil(lambda: not dossier.shell.sync.fetching, timeout=20_000)
    qtbot.waitUntil(
        lambda: tab.model.rowCount() == 1 and not tab.model.is_waiting(tab.model.document_at(0)),
        timeout=10_000,
    )
    assert _cell(tab, DocumentColumn.KIND, Qt.ItemDataRole.DisplayRole) == "Bild"
    assert _cell(tab, DocumentColumn.NAME, Qt.ItemDataRole.DecorationRole) is None
    assert not tab.waiting_note.isVisibleTo(tab)
    qtbot.waitUntil(tab.view_button.isEnabled, timeout=5000)
    tab.view_button.click()
    qtbot.waitUntil(lambda: tab.viewer is not None and tab.viewer.isVisible(), timeout=10_000)
    viewer = tab.viewer
    assert isinstance(viewer, AttachmentViewer) and viewer.image is not None
    assert (viewer.image.width(), viewer.image.height()) == (64, 40)
    viewer.close()


def test_a_document_whose_vault_file_is_gone_is_shown_as_waiting(
    qtbot: QtBot,
    dossier: DossierApp,
    service: Service,  # noqa: F811
) -> None:
    case_id = seed_case(service.app, "DOC-2", "anna")
    workspace = unlocked(qtbot, dossier)
    assert sync_now(qtbot, dossier).error is None
    qtbot.waitUntil(lambda: workspace.case_model.rowCount() == 1, timeout=10_000)
    profile = dossier.shell.profile
    assert profile is not None

    def attach_two() -> tuple[str, str, str]:
        kept = profile.attachments.add(
            case_id, io.BytesIO(_png()), filename="Kept.png", media_type="image/png"
        )
        gone = profile.attachments.add(
            case_id, io.BytesIO(b"%PDF-1.4"), filename="Gone.pdf", media_type="application/pdf"
        )
        assert profile.attachments.with_file([kept.id, gone.id]) == {kept.id, gone.id}
        with profile.store.read() as conn:
            query = select(attachment_file.c.file_id).where(
                attachment_file.c.attachment_id == gone.id
            )
            return kept.id, gone.id, conn.execute(query).scalar_one()

    kept, gone, file_id = off_gui_thread(attach_two)
    (profile.info.attachments_path / file_id).unlink()  # lost on disk (or evicted)
    assert off_gui_thread(lambda: profile.attachments.with_file([kept, gone, "nope"])) == {kept}

    tab = _open_documents(qtbot, workspace, case_id)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2, timeout=10_000)
    rows = {tab.model.document_at(n).id: n for n in range(2)}
    qtbot.waitUntil(lambda: tab.model.is_waiting(tab.model.document_at(rows[gone])), timeout=10_000)
    assert not tab.model.is_waiting(tab.model.document_at(rows[kept]))
    tab.table.selectRow(rows[gone])
    assert not tab.view_button.isEnabled()
    tab.table.selectRow(rows[kept])
    assert tab.view_button.isEnabled()
