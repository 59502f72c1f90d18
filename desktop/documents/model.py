"""The case's attachments: name, kind, size and when they were added."""

from __future__ import annotations

from collections.abc import Iterable
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, QModelIndex, QObject, Qt

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


def _t(source: str) -> str:
    return QCoreApplication.translate("DocumentList", source)


def kind_of(media_type: str) -> str:
    """image, pdf or other: what the app can do with the file."""
    if media_type.startswith("image/"):
        return "image"
    return "pdf" if media_type == "application/pdf" else "other"


class DocumentListModel(RecordTableModel[Record]):
    def __init__(self, parent: QObject | None = None) -> None:
        columns = [
            TableColumn(QT_TRANSLATE_NOOP("DocumentList", "Name"), lambda d: str(d["filename"])),
            TableColumn(
                QT_TRANSLATE_NOOP("DocumentList", "Kind"),
                lambda d: _t(_KINDS[kind_of(d["media_type"] or "")]),
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

    def row_data(self, row: Record, column: int, role: int) -> Any:
        return row.id if role == ATTACHMENT_ID_ROLE else None

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
