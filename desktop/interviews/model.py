"""The case's interviews: form, status, started, language, interpreter; addenda marked."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
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

from desktop.formatting import format_date
from desktop.vocabulary import choice_label
from storage.forms import Template
from storage.services.records import Record

INTERVIEW_ID_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


class InterviewColumn(IntEnum):
    FORM = 0
    STATUS = 1
    STARTED = 2
    LANGUAGE = 3
    INTERPRETER = 4


_HEADERS = {
    InterviewColumn.FORM: QT_TRANSLATE_NOOP("InterviewList", "Interview"),
    InterviewColumn.STATUS: QT_TRANSLATE_NOOP("InterviewList", "Status"),
    InterviewColumn.STARTED: QT_TRANSLATE_NOOP("InterviewList", "Started"),
    InterviewColumn.LANGUAGE: QT_TRANSLATE_NOOP("InterviewList", "Language"),
    InterviewColumn.INTERPRETER: QT_TRANSLATE_NOOP("InterviewList", "Interpreter"),
}
_ADDENDUM = QT_TRANSLATE_NOOP("InterviewList", "Addendum: %1")


def _t(source: str) -> str:
    return QCoreApplication.translate("InterviewList", source)


class InterviewListModel(QAbstractTableModel):
    def __init__(self, language: Callable[[], str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self._interviews: list[Record] = []
        self._templates: Mapping[str, Template] = {}

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._interviews)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(InterviewColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(_HEADERS):
            return _t(_HEADERS[InterviewColumn(section)])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._interviews):
            return None
        interview = self._interviews[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(interview, InterviewColumn(index.column()))
        if role == INTERVIEW_ID_ROLE:
            return interview.id
        return None

    def _text(self, interview: Record, column: InterviewColumn) -> str:
        values = interview.values
        match column:
            case InterviewColumn.FORM:
                title = self.title(interview)
                return _t(_ADDENDUM).replace("%1", title) if values["corrects_id"] else title
            case InterviewColumn.STATUS:
                return choice_label("interview", "status", values["status"])
            case InterviewColumn.STARTED:
                return format_date((values["started_at"] or interview.created_at)[:10])
            case InterviewColumn.LANGUAGE:
                return choice_label("interview", "language", values["language"]) or "—"
            case InterviewColumn.INTERPRETER:
                return values["interpreter"] or "—"

    def title(self, interview: Record) -> str:
        template = self._templates.get(interview["template"])
        return template.title.get(self._language()) if template else interview["template"]

    # --- our interface -------------------------------------------------------------------

    def set_interviews(
        self, interviews: Iterable[Record], templates: Mapping[str, Template]
    ) -> None:
        self.beginResetModel()
        self._interviews = sorted(interviews, key=lambda r: (r.created_at, r.id), reverse=True)
        self._templates = templates
        self.endResetModel()

    def update_interview(self, interview: Record) -> None:
        for n, old in enumerate(self._interviews):
            if old.id == interview.id:
                self._interviews[n] = interview
                last = len(InterviewColumn) - 1
                self.dataChanged.emit(self.index(n, 0), self.index(n, last))
                return
        self.beginInsertRows(QModelIndex(), 0, 0)  # newest first
        self._interviews.insert(0, interview)
        self.endInsertRows()

    def interview_at(self, row: int) -> Record:
        return self._interviews[row]

    def row_of(self, interview_id: str) -> int:
        return next((n for n, r in enumerate(self._interviews) if r.id == interview_id), -1)

    def template(self, template_id: str) -> Template | None:
        return self._templates.get(template_id)

    def templates(self) -> Mapping[str, Template]:
        return self._templates

    def clear(self) -> None:
        self.set_interviews([], {})

    def refresh_texts(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(InterviewColumn) - 1)
        if self._interviews:
            self.dataChanged.emit(
                self.index(0, 0),
                self.index(len(self._interviews) - 1, len(InterviewColumn) - 1),
            )
