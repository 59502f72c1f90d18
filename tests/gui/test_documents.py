"""Documents: an imported photo is stored encrypted and shown from memory, audited."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QColor, QImage
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.app import DossierApp
from desktop.documents.viewer import AttachmentViewer
from desktop.main_window.workspace import Workspace
from storage.tables import audit_event
from tests.gui.conftest import off_gui_thread


def _photo(folder: Path) -> tuple[Path, bytes]:
    image = QImage(320, 200, QImage.Format.Format_RGB32)
    image.fill(QColor("#3a7d44"))
    path = folder / "Pass-Scan.png"
    assert image.save(str(path))
    return path, path.read_bytes()


def test_an_imported_photo_is_encrypted_and_viewed_from_memory(
    qtbot: QtBot,
    dossier: DossierApp,
    workspace: Workspace,
    data_dir: Path,
    tmp_path: Path,
    qtmodeltester: ModelTester,
) -> None:
    qtbot.waitUntil(lambda: workspace.detail.detail is not None, timeout=5000)
    tab = workspace.detail.documents
    workspace.detail.tabs.setCurrentWidget(tab)
    path, content = _photo(tmp_path)
    tab.choose_file = lambda _parent: path
    files_before = {p for p in data_dir.rglob("*") if p.is_file()}

    tab.import_button.click()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=5000)

    document = tab.model.document_at(0)
    assert document["filename"] == "Pass-Scan.png"
    assert document["media_type"] == "image/png"
    new_files = {p for p in data_dir.rglob("*") if p.is_file()} - files_before
    assert new_files, "the encrypted copy is in the profile's vault"
    for stored in new_files:
        assert content[16:64] not in stored.read_bytes()  # nothing readable on disk
    qtmodeltester.check(tab.model)

    tab.view_button.click()
    qtbot.waitUntil(lambda: tab.viewer is not None and tab.viewer.isVisible(), timeout=5000)
    viewer = tab.viewer
    assert isinstance(viewer, AttachmentViewer)
    assert viewer.image is not None
    assert (viewer.image.width(), viewer.image.height()) == (320, 200)
    assert {p for p in data_dir.rglob("*") if p.is_file()} - files_before == new_files

    profile = dossier.shell.profile
    assert profile is not None

    def views() -> list[str]:
        with profile.store.read() as conn:
            query = select(audit_event.c.object_id).where(
                audit_event.c.action == "read", audit_event.c.object_type == "attachment"
            )
            return [r[0] for r in conn.execute(query)]

    assert off_gui_thread(views) == [document.id]
    viewer.close()
