"""The case's audit events, newest first: when, who, what, on which laptop."""

from __future__ import annotations

from collections.abc import Iterable
from enum import IntEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject

from desktop.formatting import local_time
from desktop.history.phrases import event_sentence
from desktop.widgets.record_table import RecordTableModel, TableColumn
from storage.services.summaries import HistoryEvent


class HistoryColumn(IntEnum):
    WHEN = 0
    WHO = 1
    WHAT = 2
    LAPTOP = 3


_THIS_LAPTOP = QT_TRANSLATE_NOOP("HistoryList", "this laptop")
_OTHER_LAPTOP = QT_TRANSLATE_NOOP("HistoryList", "laptop %1")


def _t(source: str) -> str:
    return QCoreApplication.translate("HistoryList", source)


class HistoryModel(RecordTableModel[HistoryEvent]):
    def __init__(self, parent: QObject | None = None) -> None:
        columns = [
            TableColumn(
                QT_TRANSLATE_NOOP("HistoryList", "When"), lambda e: local_time(e.occurred_at)
            ),
            TableColumn(QT_TRANSLATE_NOOP("HistoryList", "Who"), lambda e: e.actor),
            TableColumn(QT_TRANSLATE_NOOP("HistoryList", "What"), event_sentence),
            TableColumn(
                QT_TRANSLATE_NOOP("HistoryList", "Laptop"), lambda e: self.laptop(e.device_id)
            ),
        ]
        super().__init__("HistoryList", columns, parent)
        self._this_device = ""

    def laptop(self, device_id: str) -> str:
        if device_id == self._this_device:
            return _t(_THIS_LAPTOP)
        return _t(_OTHER_LAPTOP).replace("%1", device_id[:8])

    def set_events(self, events: Iterable[HistoryEvent], this_device: str) -> None:
        self._this_device = this_device
        self._set_rows(events)

    def event_at(self, row: int) -> HistoryEvent:
        return self._rows[row]

    def clear(self) -> None:
        self.set_events([], "")
