"""The case's audit events, newest first: when, who, what, on which laptop."""

from __future__ import annotations

from collections.abc import Iterable
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from desktop.formatting import local_time
from desktop.history.phrases import event_sentence
from storage.services.summaries import HistoryEvent

Index = QModelIndex | QPersistentModelIndex


class HistoryColumn(IntEnum):
    WHEN = 0
    WHO = 1
    WHAT = 2
    LAPTOP = 3


_HEADERS = {
    HistoryColumn.WHEN: QT_TRANSLATE_NOOP("HistoryList", "When"),
    HistoryColumn.WHO: QT_TRANSLATE_NOOP("HistoryList", "Who"),
    HistoryColumn.WHAT: QT_TRANSLATE_NOOP("HistoryList", "What"),
    HistoryColumn.LAPTOP: QT_TRANSLATE_NOOP("HistoryList", "Laptop"),
}
_THIS_LAPTOP = QT_TRANSLATE_NOOP("HistoryList", "this laptop")
_OTHER_LAPTOP = QT_TRANSLATE_NOOP("HistoryList", "laptop %1")


def _t(source: str) -> str:
    return QCoreApplication.translate("HistoryList", source)


class HistoryModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._events: list[HistoryEvent] = []
        self._this_device = ""

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._events)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HistoryColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(_HEADERS):
            return _t(_HEADERS[HistoryColumn(section)])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._events):
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        event = self._events[index.row()]
        match HistoryColumn(index.column()):
            case HistoryColumn.WHEN:
                return local_time(event.occurred_at)
            case HistoryColumn.WHO:
                return event.actor
            case HistoryColumn.WHAT:
                return event_sentence(event)
            case HistoryColumn.LAPTOP:
                return self.laptop(event.device_id)

    def laptop(self, device_id: str) -> str:
        if device_id == self._this_device:
            return _t(_THIS_LAPTOP)
        return _t(_OTHER_LAPTOP).replace("%1", device_id[:8])

    def set_events(self, events: Iterable[HistoryEvent], this_device: str) -> None:
        self.beginResetModel()
        self._events = list(events)
        self._this_device = this_device
        self.endResetModel()

    def event_at(self, row: int) -> HistoryEvent:
        return self._events[row]

    def clear(self) -> None:
        self.set_events([], "")

    def refresh_texts(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(HistoryColumn) - 1)
        if self._events:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._events) - 1, len(HistoryColumn) - 1)
            )
