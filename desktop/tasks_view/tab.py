"""The "Tasks & deadlines" tab: the case's tasks, why each legal deadline falls when it does,
ticking tasks off, and new tasks or deadlines."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from datetime import date

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtWidgets import QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

from desktop.cases.create import new_task_dialog
from desktop.context import AppContext
from desktop.duplicates.panel import DuplicatesPanel
from desktop.tasks_view.deadline_dialog import DeadlineDialog
from desktop.tasks_view.explain import explanation_text, legal_reference
from desktop.tasks_view.model import TaskColumn, TaskListModel
from desktop.vocabulary import choice_label
from desktop.widgets.banner import MessageBanner
from desktop.widgets.case_tab import CaseTab, button_row, show_records, table_or_empty
from storage.deadlines import Rule, decode_explanation
from storage.services.records import Record
from storage.unlocked import OpenProfile


class TasksTab(CaseTab):
    def __init__(
        self,
        ctx: AppContext,
        profile: OpenProfile,
        today: Callable[[], date],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, profile, parent)
        self._today = today
        self.model = TaskListModel(today, self)
        self.model.done_was_toggled.connect(self._on_model_done_was_toggled)
        self.table = QTableView(self)
        show_records(self.table, self.model, TaskColumn.TITLE)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)
        self.new_task_button = QPushButton(self)
        self.new_task_button.clicked.connect(self.new_task)
        self.new_deadline_button = QPushButton(self)
        self.new_deadline_button.clicked.connect(self.new_deadline)
        self.why = QLabel(self)
        self.why.setWordWrap(True)
        self.why.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.why.setObjectName("taskExplanation")
        self.banner = MessageBanner(self)
        self.stack, self.empty = table_or_empty(self.table, self)
        self.duplicates = DuplicatesPanel(ctx, profile, self)  # merge-candidate tasks
        layout = QVBoxLayout(self)
        layout.addLayout(button_row(self.new_task_button, self.new_deadline_button))
        layout.addWidget(self.banner)
        layout.addWidget(self.duplicates)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.why)
        self._retranslate()

    # --- data ----------------------------------------------------------------------------

    def set_tasks(
        self, case_id: str | None, tasks: Iterable[Record], rules: Mapping[str, Rule]
    ) -> None:
        self.case_id = case_id
        self.banner.clear()
        self.duplicates.set_case(case_id)
        self.model.set_tasks(tasks, rules)
        self._after_change()

    def clear(self) -> None:
        self.set_tasks(None, [], {})

    def _after_change(self, select: str | None = None) -> None:
        has_tasks = self.model.rowCount() > 0
        self.stack.setCurrentWidget(self.table if has_tasks else self.empty)
        for button in (self.new_task_button, self.new_deadline_button):
            button.setEnabled(self.case_id is not None)
        row = self.model.row_of(select) if select else 0
        if has_tasks:
            self.table.selectRow(max(row, 0))
        self._show_why()

    def add_or_update(self, task: Record) -> None:
        if task.case_id != self.case_id:
            return
        self.model.update_task(task)
        self._after_change(task.id)

    def selected(self) -> Record | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.task_at(rows[0].row()) if rows else None

    # --- explanation ---------------------------------------------------------------------

    def _on_table_selection_changed(self, _new: QItemSelection, _old: QItemSelection) -> None:
        self._show_why()

    def _show_why(self) -> None:
        task = self.selected()
        if task is None:
            self.why.clear()
            self.why.hide()
            return
        parts = [choice_label("task", "kind", task["kind"])]
        rule = self.model.rule_of(task)
        if rule is not None:
            steps = decode_explanation(task["explanation"] or "")
            sentence = explanation_text(steps, rule.trigger, self._ctx.translations.language)
            reference = legal_reference(rule)
            parts[0] += f" ({reference})" if reference else ""
            if sentence:
                parts.append(self.tr("Why this date: %1").replace("%1", sentence + "."))
        self.why.setText(" · ".join(parts))
        self.why.show()

    # --- actions -------------------------------------------------------------------------

    def new_task(self) -> None:
        if self.case_id is not None:
            new_task_dialog(self._ctx, self._profile, self.case_id, self, self.add_or_update)

    def new_deadline(self) -> None:
        if self.case_id is None:
            return
        dialog = DeadlineDialog(self._ctx, self._profile, self.case_id, self._today(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.task_did_save.connect(self.add_or_update)
        dialog.open()

    def _on_model_done_was_toggled(self, task_id: str, done: bool) -> None:
        casework = self._profile.casework
        self._ctx.lanes.run_write(
            lambda: casework.set_task_done(task_id, done),
            self._on_done_saved,
            self._on_failed,
            owner=self,
        )

    def _on_done_saved(self, task: Record) -> None:
        self.add_or_update(task)
        self._ctx.events.record_did_change.emit(task)
        self._ctx.events.outbox_did_change.emit()

    # --- language ------------------------------------------------------------------------

    def _retranslate(self) -> None:
        self.new_task_button.setText(self.tr("New &task …"))
        self.new_deadline_button.setText(self.tr("New legal &deadline …"))
        self.new_deadline_button.setToolTip(
            self.tr("Compute a due date from a legal rule, with holidays of the case's region")
        )
        self.table.setAccessibleName(self.tr("Tasks and deadlines of this case"))
        self.empty.set_text(
            self.tr("No tasks or deadlines yet"),
            self.tr("Add a task, or a legal deadline computed from a notification date."),
        )
        self.model.refresh_texts()
        self._show_why()
