"""The "Documents" tab: the case's attachments, importing a scan, viewing one in the app.

Importing encrypts the file into the profile's vault on the DB lane (the original stays
where it was); viewing decrypts it there into memory and is audited. Which rows already have
their file is asked on the DB lane after the rows are shown (a row synced from another laptop
waits for its bytes and cannot be opened until they are here).
"""

from __future__ import annotations

import mimetypes
from collections.abc import Callable, Iterable
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.context import AppContext
from desktop.documents.choose import choose_scan
from desktop.documents.model import DocumentColumn, DocumentListModel
from desktop.documents.viewer import AttachmentViewer
from desktop.widgets.banner import MessageBanner
from desktop.widgets.busy import BusyIndicator
from desktop.widgets.case_tab import (
    CaseTab,
    OpenOnEnterTable,
    button_row,
    show_records,
    table_or_empty,
)
from storage.services.records import Record
from storage.unlocked import OpenProfile


def media_type_of(path: Path) -> str:
    guessed, _ = mimetypes.guess_type(path.name)
    return guessed or "application/octet-stream"


class DocumentsTab(CaseTab):
    def __init__(
        self, ctx: AppContext, profile: OpenProfile, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, profile, parent)
        self.viewer: AttachmentViewer | None = None
        # Replaceable so tests (and a future drag-and-drop) can supply the file.
        self.choose_file: Callable[[QWidget], Path | None] = choose_scan
        self.model = DocumentListModel(self)
        self.table = OpenOnEnterTable(self)
        show_records(self.table, self.model, DocumentColumn.NAME)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        self.table.selectionModel().selectionChanged.connect(self._update_view_button)
        self.import_button = QPushButton(self)
        self.import_button.clicked.connect(self.import_document)
        self.view_button = QPushButton(self)
        self.view_button.clicked.connect(self._on_view_button_clicked)
        self.busy = BusyIndicator(self)
        self.banner = MessageBanner(self)
        self.stack, self.empty = table_or_empty(self.table, self)
        self.waiting_note = QLabel(self)  # under the table while a row waits for its file
        self.waiting_note.setObjectName("helpText")
        self.waiting_note.setWordWrap(True)
        self.waiting_note.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(button_row(self.import_button, self.view_button))
        layout.addWidget(self.busy)
        layout.addWidget(self.banner)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.waiting_note)
        self._retranslate()

    def set_documents(self, case_id: str | None, documents: Iterable[Record]) -> None:
        self.case_id = case_id
        self.banner.clear()
        self.model.set_documents(documents)
        self._after_change()
        self._ask_which_have_files()

    def clear(self) -> None:
        self.set_documents(None, [])

    def _after_change(self) -> None:
        has_rows = self.model.rowCount() > 0
        self.stack.setCurrentWidget(self.table if has_rows else self.empty)
        self.import_button.setEnabled(self.case_id is not None)
        if has_rows and not self.table.selectionModel().hasSelection():
            self.table.selectRow(0)
        self._update_view_button()

    def _selected(self) -> Record | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.document_at(rows[0].row()) if rows else None

    def _update_view_button(self) -> None:
        selected = self._selected()
        self.view_button.setEnabled(selected is not None and not self.model.is_waiting(selected))
        self.waiting_note.setVisible(self.model.has_waiting())

    # --- which files are here ------------------------------------------------------------

    def _ask_which_have_files(self) -> None:
        ids = frozenset(self.model.document_at(n).id for n in range(self.model.rowCount()))
        if not ids:
            return
        attachments = self._profile.attachments
        self._ctx.lanes.run_query(
            lambda: attachments.with_file(ids),
            lambda with_file: self._on_files_known(ids, with_file),
            self._on_failed,
            owner=self,
            key="documents-with-file",
        )

    def _on_files_known(self, asked: frozenset[str], with_file: frozenset[str]) -> None:
        self.model.set_with_file(with_file, asked)
        self._update_view_button()

    # --- import --------------------------------------------------------------------------

    def import_document(self) -> None:
        if self.case_id is None:
            return
        path = self.choose_file(self)
        if path is None:
            return
        attachments, case_id = self._profile.attachments, self.case_id
        media_type = media_type_of(path)
        self.import_button.setEnabled(False)
        self.busy.start(self.tr("Encrypting and importing the document …"))
        self._ctx.lanes.run_write(
            lambda: attachments.add(case_id, path, filename=path.name, media_type=media_type),
            self._on_imported,
            self._on_failed,
            owner=self,
        )

    def _on_imported(self, record: Record) -> None:
        self.busy.stop()
        self.banner.clear()
        if record.case_id == self.case_id:
            self.model.add_document(record)
            self._after_change()
            self.table.selectRow(0)
        self._ctx.events.record_did_change.emit(record)
        self._ctx.events.outbox_did_change.emit()

    # --- viewing -------------------------------------------------------------------------

    def _on_table_double_clicked(self, index: QModelIndex) -> None:
        self.view(self.model.document_at(index.row()))

    def _on_view_button_clicked(self) -> None:
        selected = self._selected()
        if selected is not None:
            self.view(selected)

    def view(self, attachment: Record) -> None:
        if self.model.is_waiting(attachment):
            return  # its row says why: the file arrives with the next sync
        attachments = self._profile.attachments
        self._ctx.lanes.run_query(
            lambda: (attachment, attachments.read(attachment.id)),
            self._on_read,
            self._on_failed,
            owner=self,
        )

    def _on_read(self, result: tuple[Record, bytes]) -> None:
        attachment, content = result
        if self.viewer is not None:
            self.viewer.close()
        viewer = AttachmentViewer(self._ctx, attachment, content, self)
        viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        viewer.finished.connect(lambda _result: setattr(self, "viewer", None))
        self.viewer = viewer
        viewer.open()

    def _on_failed(self, exc: Exception) -> None:
        self.busy.stop()
        self.import_button.setEnabled(self.case_id is not None)
        super()._on_failed(exc)

    # --- language ------------------------------------------------------------------------

    def _retranslate(self) -> None:
        self.import_button.setText(self.tr("&Import scan or photo …"))
        self.import_button.setToolTip(
            self.tr("The file is copied into Dossier encrypted; the original is not changed")
        )
        self.view_button.setText(self.tr("&View"))
        self.waiting_note.setText(
            self.tr(
                "Waiting for the file — it arrives with the next sync. A file marked like "
                "this was added on another laptop and cannot be opened until then."
            )
        )
        self.table.setAccessibleName(self.tr("Documents of this case"))
        self.empty.set_text(
            self.tr("No documents yet"),
            self.tr("Import a scan or photo of an identity document, a decision or a letter."),
        )
        self.model.refresh_texts()
