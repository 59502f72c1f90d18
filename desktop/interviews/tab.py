"""The "Interviews" tab: the case's interviews, starting one and opening the editor.

Opening reads the interview afresh on the DB lane (an audited read), so the editor never
starts from a stale copy.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QDialog, QPushButton, QVBoxLayout, QWidget

from desktop.context import AppContext
from desktop.interviews.editor import InterviewEditor
from desktop.interviews.model import InterviewColumn, InterviewListModel
from desktop.interviews.start_dialog import StartInterviewDialog
from desktop.messages import error_message
from desktop.widgets.banner import MessageBanner
from desktop.widgets.case_tab import (
    CaseTab,
    OpenOnEnterTable,
    button_row,
    show_records,
    table_or_empty,
)
from storage.errors import ValidationFailed
from storage.forms import Template
from storage.services.records import Record
from storage.unlocked import OpenProfile


class InterviewsTab(CaseTab):
    def __init__(
        self, ctx: AppContext, profile: OpenProfile, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, profile, parent)
        self.case_number = ""
        self.editor: InterviewEditor | None = None
        self.model = InterviewListModel(lambda: ctx.translations.language, self)
        self.table = OpenOnEnterTable(self)  # Enter opens the selected interview
        show_records(self.table, self.model, InterviewColumn.FORM)
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        self.new_button = QPushButton(self)
        self.new_button.clicked.connect(self.new_interview)
        self.open_button = QPushButton(self)
        self.open_button.clicked.connect(self._on_open_button_clicked)
        self.banner = MessageBanner(self)
        self.stack, self.empty = table_or_empty(self.table, self)
        layout = QVBoxLayout(self)
        layout.addLayout(button_row(self.new_button, self.open_button))
        layout.addWidget(self.banner)
        layout.addWidget(self.stack, 1)
        self._retranslate()

    # --- data ----------------------------------------------------------------------------

    def set_interviews(
        self,
        case_id: str | None,
        case_number: str,
        interviews: Iterable[Record],
        templates: Mapping[str, Template],
    ) -> None:
        self.case_id, self.case_number = case_id, case_number
        self.banner.clear()
        self.model.set_interviews(interviews, templates)
        self._after_change()

    def clear(self) -> None:
        self.set_interviews(None, "", [], {})

    def _after_change(self, select: str | None = None) -> None:
        has_rows = self.model.rowCount() > 0
        self.stack.setCurrentWidget(self.table if has_rows else self.empty)
        self.new_button.setEnabled(self.case_id is not None and bool(self.model.templates()))
        self.open_button.setEnabled(has_rows)
        if has_rows:
            self.table.selectRow(max(self.model.row_of(select) if select else 0, 0))

    def _on_interview_did_change(self, interview: Record) -> None:
        if interview.case_id == self.case_id:
            self.model.update_interview(interview)
            self._after_change(interview.id)

    # --- starting ------------------------------------------------------------------------

    def new_interview(self) -> None:
        if self.case_id is None:
            return
        dialog = StartInterviewDialog(self.model.templates(), self._ctx.translations.language, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda result, d=dialog: self._on_start_finished(d, result))
        dialog.open()

    def _on_start_finished(self, dialog: StartInterviewDialog, result: int) -> None:
        if result != QDialog.DialogCode.Accepted or self.case_id is None:
            return
        template_id, language, interpreter = dialog.choice()
        casework, case_id = self._profile.casework, self.case_id
        self._ctx.lanes.run_write(
            lambda: casework.start_interview(case_id, template_id, language, interpreter),
            self._on_started,
            self._on_failed,
            owner=self,
        )

    def _on_started(self, interview: Record) -> None:
        self._on_interview_did_change(interview)
        self._ctx.events.record_did_change.emit(interview)
        self._ctx.events.outbox_did_change.emit()
        self._show_editor(interview)

    # --- opening -------------------------------------------------------------------------

    def _on_table_double_clicked(self, index: QModelIndex) -> None:
        self.open_interview(self.model.interview_at(index.row()).id)

    def _on_open_button_clicked(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.open_interview(self.model.interview_at(rows[0].row()).id)

    def open_interview(self, interview_id: str) -> None:
        casework = self._profile.casework
        self._ctx.lanes.run_query(
            lambda: casework.open_interview(interview_id),
            self._show_editor,
            self._on_failed,
            owner=self,
        )

    def _show_editor(self, interview: Record) -> None:
        template = self.model.template(interview["template"])
        if template is None:
            self.banner.show_message(error_message(ValidationFailed({"template": "not_found"})))
            return
        if self.editor is not None:
            self.editor.close()
        editor = InterviewEditor(
            self._ctx, self._profile, interview, template, self, case_number=self.case_number
        )
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.interview_did_change.connect(self._on_interview_did_change)
        editor.addendum_was_created.connect(self._on_addendum_was_created)
        key = id(editor)
        editor.destroyed.connect(lambda *_: self._forget_editor(key))
        self.editor = editor
        editor.show()
        editor.activateWindow()

    def _forget_editor(self, key: int) -> None:
        if self.editor is not None and id(self.editor) == key:
            self.editor = None

    def _on_addendum_was_created(self, interview: Record) -> None:
        self._on_interview_did_change(interview)
        self._show_editor(interview)

    # --- language ------------------------------------------------------------------------

    def _retranslate(self) -> None:
        self.new_button.setText(self.tr("New &interview …"))
        self.open_button.setText(self.tr("&Open"))
        self.table.setAccessibleName(self.tr("Interviews of this case"))
        self.empty.set_text(
            self.tr("No interviews yet"),
            self.tr("Start an interview from a form; answers are saved as you type."),
        )
        self.model.refresh_texts()
