"""The case's attachments: name, kind, size and when they were added.

An attachment synced from another laptop arrives as a row before its bytes (they are fetched
after the apply, `sync.client.blobs_download`). Until the file is in this laptop's vault the
row says so — an icon and "Waiting for the file" — and cannot be opened.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, QModelIndex, QObject, Qt
from PySide6.QtGui import QIcon, QPalette
from PySide6.QtWidgets import QApplication, QStyle

from desktop.formatting import format_date
from desktop.widgets.record_table import RecordTableModel, TableColumn
from storage.services.records import Record

ATTACHMENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class DocumentColumn(IntEnum):
    NAME = 0
    KIND = 1
    SIZE = 2
    ADDED = 3


_KINDS = {
    "image": QT_TRANSLATE_NOOP("DocumentList", "Image"),
    "pdf": QT_TRANSLATE_NOOP("DocumentList", "PDF document"),
    "other": QT_TRANSLATE_NOOP("DocumentList", "File"),
}


_WAITING = QT_TRANSLATE_NOOP("DocumentList", "Waiting for the file")
_WAITING_TIP = QT_TRANSLATE_NOOP(
    "DocumentList",
    "This file was added on another laptop and is not on this one yet, so it cannot be "
    "opened. It arrives with the next sync.",
)


def _t(source: str) -> str:
    return QCoreApplication.translate("DocumentList", source)


def waiting_icon() -> QIcon:
    return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_BrowserReload)


def kind_of(media_type: str) -> str:
    """image, pdf or other: what the app can do with the file."""
    if media_type.startswith("image/"):
        return "image"
    return "pdf" if media_type == "application/pdf" else "other"


class DocumentListModel(RecordTableModel[Record]):
    def __init__(self, parent: QObject | None = None) -> None:
        self._waiting: frozenset[str] = frozenset()  # ids known to have no local file
        columns = [
            TableColumn(
                QT_TRANSLATE_NOOP("DocumentList", "Name"),
                lambda d: str(d["filename"]),
                tooltip=lambda d: self._tip(d, str(d["filename"])),
                accessible=self._accessible,
                decoration=lambda d: waiting_icon() if self.is_waiting(d) else None,
            ),
            TableColumn(
                QT_TRANSLATE_NOOP("DocumentList", "Kind"),
                lambda d: _t(_WAITING) if self.is_waiting(d) else self._kind(d),
                tooltip=lambda d: self._tip(d, self._kind(d)),
            ),
            TableColumn(
                QT_TRANSLATE_NOOP("DocumentList", "Size"),
                lambda d: QLocale().formattedDataSize(int(d["size"] or 0)),
                alignment=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            ),
            TableColumn(
                QT_TRANSLATE_NOOP("DocumentList", "Added"),
                lambda d: format_date(d.created_at[:10]),
            ),
        ]
        super().__init__("DocumentList", columns, parent)

    @staticmethod
    def _kind(document: Record) -> str:
        return _t(_KINDS[kind_of(document["media_type"] or "")])

    def _tip(self, document: Record, text: str) -> str:
        return _t(_WAITING_TIP) if self.is_waiting(document) else text

    def _accessible(self, document: Record) -> str:
        name = str(document["filename"])
        return f"{name}: {_t(_WAITING)}" if self.is_waiting(document) else name

    def row_data(self, row: Record, column: int, role: int) -> Any:
        if role == ATTACHMENT_ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.ForegroundRole and self.is_waiting(row):
            return QApplication.palette().brush(QPalette.ColorRole.PlaceholderText)
        return None

    def is_waiting(self, document: Record) -> bool:
        """The row is here, its bytes are not yet: it cannot be opened."""
        return document.id in self._waiting

    def has_waiting(self) -> bool:
        return any(r.id in self._waiting for r in self._rows)

    def set_with_file(self, with_file: frozenset[str], asked: frozenset[str]) -> None:
        """Of the `asked` attachments, these have their file on this laptop."""
        self._waiting = (self._waiting - asked) | (asked - with_file)
        self.refresh_texts()

    def set_documents(self, documents: Iterable[Record]) -> None:
        self._set_rows(sorted(documents, key=lambda r: (r.created_at, r.id), reverse=True))

    def add_document(self, document: Record) -> None:
        self.beginInsertRows(QModelIndex(), 0, 0)
        self._rows.insert(0, document)
        self.endInsertRows()

    def document_at(self, row: int) -> Record:
        return self._rows[row]

    def clear(self) -> None:
        self.set_documents([])
