""" "Export everything held on this person …": the right-of-access export (JSON and PDF).

The dialog says what will be exported and asks for a folder (and whether to add the attached
files). The export itself is read and audited on the DB lane, its PDF laid out and every file
written on the I/O lane into a new folder inside the chosen one; the result is shown in the
case pane's banner.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.context import AppContext
from desktop.exports.access_html import access_frame, access_html
from desktop.exports.files import choose_folder, new_export_folder, write_export_folder
from desktop.exports.pages import pdf_bytes
from desktop.formatting import person_name
from desktop.messages import UserMessage, error_message
from desktop.widgets.banner import Kind, MessageBanner
from storage.errors import StoreError
from storage.services.exports_access import AccessExport, AccessExports
from storage.services.records import Record
from storage.unlocked import OpenProfile


class PersonExportButton(QPushButton):
    """The person card's button; it keeps its own text in the UI language."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setText(QCoreApplication.translate("PersonExport", "E&xport all data …"))
        self.setToolTip(
            QCoreApplication.translate(
                "PersonExport", "Export everything held on this person (right of access)"
            )
        )


class PersonExportDialog(QDialog):
    """Where to put the export, and whether the attached files go with it."""

    def __init__(self, person: Record, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.person = person
        self.choose_folder: Callable[[QWidget], Path | None] = choose_folder
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.folder_label = QLabel(self)
        self.folder = QLineEdit(self)
        self.folder.setReadOnly(True)
        self.folder_label.setBuddy(self.folder)
        self.browse = QPushButton(self)
        self.browse.clicked.connect(self._on_browse_clicked)
        self.include_files = QCheckBox(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(self.browse)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.folder_label)
        layout.addLayout(row)
        layout.addWidget(self.include_files)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.resize(560, 260)
        self._retranslate()
        self._update()

    def set_folder(self, folder: Path) -> None:
        self.folder.setText(str(folder))
        self._update()

    def chosen_folder(self) -> Path | None:
        return Path(self.folder.text()) if self.folder.text() else None

    def _on_browse_clicked(self) -> None:
        chosen = self.choose_folder(self)
        if chosen is not None:
            self.set_folder(chosen)

    def _update(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.folder.text()))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        name = person_name(self.person.values)
        self.setWindowTitle(
            QCoreApplication.translate("PersonExport", "Export all data on %1").replace("%1", name)
        )
        self.intro.setText(
            QCoreApplication.translate(
                "PersonExport",
                "Everything this laptop holds on the person — personal data, cases, identity "
                "documents, interviews, notes, tasks, return assistance, documents and the log "
                "of who accessed them — is written as a JSON file and a PDF into a new folder. "
                "Special-category data is included and marked. The export is recorded in the "
                "audit log.",
            )
        )
        self.folder_label.setText(QCoreApplication.translate("PersonExport", "&Folder:"))
        self.browse.setText(QCoreApplication.translate("PersonExport", "&Choose …"))
        self.include_files.setText(
            QCoreApplication.translate("PersonExport", "&Include the attached files")
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(QCoreApplication.translate("PersonExport", "&Export"))


def folder_name(today: date, person_id: str) -> str:
    """`Auskunft-2026-11-27-0190a1b2`: a date and an id, never the person's name (UI-4)."""
    word = QCoreApplication.translate("PersonExport", "right-of-access")
    return f"{word}-{today.isoformat()}-{person_id.replace('-', '')[:8]}"


def _remove_empty_folders(folder: Path) -> None:
    with contextlib.suppress(OSError):
        for inner in sorted((p for p in folder.rglob("*") if p.is_dir()), reverse=True):
            inner.rmdir()
        folder.rmdir()


class PersonExport(QObject):
    """Runs one right-of-access export and reports the outcome in `banner`."""

    export_did_finish = Signal(object)  # the export folder (Path)

    def __init__(
        self, ctx: AppContext, profile: OpenProfile, banner: MessageBanner, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._exports = AccessExports(
            profile.context, profile.records, profile.casework, profile.attachments
        )
        self._banner = banner
        self._parent = parent
        self.dialog: PersonExportDialog | None = None

    def ask(self, person: Record) -> PersonExportDialog:
        dialog = PersonExportDialog(person, self._parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._on_dialog_accepted(dialog))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _on_dialog_accepted(self, dialog: PersonExportDialog) -> None:
        folder, with_files = dialog.chosen_folder(), dialog.include_files.isChecked()
        self.dialog = None
        if folder is not None:
            self.run(dialog.person.id, folder, include_files=with_files)

    def run(self, person_id: str, parent_folder: Path, *, include_files: bool) -> None:
        exports, language = self._exports, self._ctx.translations.language
        self._ctx.lanes.run_write(
            lambda: exports.person_export(
                person_id, language=language, include_files=include_files
            ),
            lambda export: self._write(export, parent_folder),
            self._on_failed,
            owner=self,
        )

    def _write(self, export: AccessExport, parent_folder: Path) -> None:
        html, frame = access_html(export.document), access_frame(export.document)
        name = folder_name(date.fromtimestamp(self._ctx.clock()), export.person_id)

        def write() -> Path:
            content = [
                (f"{name}.json", export.json_bytes()),
                (f"{name}.pdf", pdf_bytes(html, frame, title=frame.header_left)),
                *((f.path, f.content) for f in export.files),
            ]
            folder = new_export_folder(parent_folder, name)
            try:
                write_export_folder(folder, content)
            except BaseException:
                _remove_empty_folders(folder)  # the files are gone already
                raise
            return folder

        exports, person_id = self._exports, export.person_id

        def failed(exc: Exception) -> None:
            # Read and audited, but no folder came of it: the log says so too (no owner:
            # written even if the pane goes away meanwhile).
            error = exc.code.value if isinstance(exc, StoreError) else "unexpected"
            self._ctx.lanes.run_write(
                lambda: exports.export_failed(person_id, error=error), owner=None
            )
            self._on_failed(exc)

        self._ctx.lanes.run_io(write, self._on_written, failed, owner=self)

    def _on_written(self, folder: Path) -> None:
        text = QCoreApplication.translate(
            "PersonExport", "Everything held on this person was exported to the folder %1."
        )
        self._banner.show_message(UserMessage(text.replace("%1", folder.name), ""), Kind.INFO)
        self.export_did_finish.emit(folder)

    def _on_failed(self, exc: Exception) -> None:
        self._banner.show_message(error_message(exc))
