"""The case's attachments: name, kind, size and when they were added."""

from __future__ import annotations

from collections.abc import Iterable
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from desktop.formatting import format_date
from storage.services.records import Record

ATTACHMENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


class DocumentColumn(IntEnum):
    NAME = 0
    KIND = 1
    SIZE = 2
    ADDED = 3


_HEADERS = {
    DocumentColumn.NAME: QT_TRANSLATE_NOOP("DocumentList", "Name"),
    DocumentColumn.KIND: QT_TRANSLATE_NOOP("DocumentList", "Kind"),
    DocumentColumn.SIZE: QT_TRANSLATE_NOOP("DocumentList", "Size"),
    DocumentColumn.ADDED: QT_TRANSLATE_NOOP("DocumentList", "Added"),
}
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


class DocumentListModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._documents: list[Record] = []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._documents)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(DocumentColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(_HEADERS):
            return _t(_HEADERS[DocumentColumn(section)])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._documents):
            return None
        document = self._documents[index.row()]
        column = DocumentColumn(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(document, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column is DocumentColumn.SIZE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ATTACHMENT_ID_ROLE:
            return document.id
        return None

    def _text(self, document: Record, column: DocumentColumn) -> str:
        match column:
            case DocumentColumn.NAME:
                return str(document["filename"])
            case DocumentColumn.KIND:
                return _t(_KINDS[kind_of(document["media_type"] or "")])
            case DocumentColumn.SIZE:
                return QLocale().formattedDataSize(int(document["size"] or 0))
            case DocumentColumn.ADDED:
                return format_date(document.created_at[:10])

    def set_documents(self, documents: Iterable[Record]) -> None:
        self.beginResetModel()
        self._documents = sorted(documents, key=lambda r: (r.created_at, r.id), reverse=True)
        self.endResetModel()

    def add_document(self, document: Record) -> None:
        self.beginInsertRows(QModelIndex(), 0, 0)
        self._documents.insert(0, document)
        self.endInsertRows()

    def document_at(self, row: int) -> Record:
        return self._documents[row]

    def clear(self) -> None:
        self.set_documents([])

    def refresh_texts(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(DocumentColumn) - 1)
        if self._documents:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._documents) - 1, len(DocumentColumn) - 1)
            )
