"""The case's interviews: form, status, started, language, interpreter; addenda marked."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, QObject, Qt

from desktop.formatting import format_date
from desktop.vocabulary import choice_label
from desktop.widgets.record_table import RecordTableModel, TableColumn
from storage.forms import Template
from storage.services.records import Record

INTERVIEW_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class InterviewColumn(IntEnum):
    FORM = 0
    STATUS = 1
    STARTED = 2
    LANGUAGE = 3
    INTERPRETER = 4


_ADDENDUM = QT_TRANSLATE_NOOP("InterviewList", "Addendum: %1")


def _t(source: str) -> str:
    return QCoreApplication.translate("InterviewList", source)


class InterviewListModel(RecordTableModel[Record]):
    def __init__(self, language: Callable[[], str], parent: QObject | None = None) -> None:
        columns = [
            TableColumn(QT_TRANSLATE_NOOP("InterviewList", "Interview"), self._form),
            TableColumn(
                QT_TRANSLATE_NOOP("InterviewList", "Status"),
                lambda r: choice_label("interview", "status", r["status"]),
            ),
            TableColumn(
                QT_TRANSLATE_NOOP("InterviewList", "Started"),
                lambda r: format_date((r["started_at"] or r.created_at)[:10]),
            ),
            TableColumn(
                QT_TRANSLATE_NOOP("InterviewList", "Language"),
                lambda r: choice_label("interview", "language", r["language"]) or "—",
            ),
            TableColumn(
                QT_TRANSLATE_NOOP("InterviewList", "Interpreter"),
                lambda r: r["interpreter"] or "—",
            ),
        ]
        super().__init__("InterviewList", columns, parent)
        self._language = language
        self._templates: Mapping[str, Template] = {}

    def row_data(self, row: Record, column: int, role: int) -> Any:
        return row.id if role == INTERVIEW_ID_ROLE else None

    def _form(self, interview: Record) -> str:
        title = self.title(interview)
        return _t(_ADDENDUM).replace("%1", title) if interview["corrects_id"] else title

    def title(self, interview: Record) -> str:
        template = self._templates.get(interview["template"])
        return template.title.get(self._language()) if template else interview["template"]

    # --- our interface -------------------------------------------------------------------

    def set_interviews(
        self, interviews: Iterable[Record], templates: Mapping[str, Template]
    ) -> None:
        self._templates = templates
        self._set_rows(sorted(interviews, key=lambda r: (r.created_at, r.id), reverse=True))

    def update_interview(self, interview: Record) -> None:
        for n, old in enumerate(self._rows):
            if old.id == interview.id:
                self._rows[n] = interview
                self._row_changed(n)
                return
        self.beginInsertRows(QModelIndex(), 0, 0)  # newest first
        self._rows.insert(0, interview)
        self.endInsertRows()

    def interview_at(self, row: int) -> Record:
        return self._rows[row]

    def row_of(self, interview_id: str) -> int:
        return next((n for n, r in enumerate(self._rows) if r.id == interview_id), -1)

    def template(self, template_id: str) -> Template | None:
        return self._templates.get(template_id)

    def templates(self) -> Mapping[str, Template]:
        return self._templates

    def clear(self) -> None:
        self.set_interviews([], {})
