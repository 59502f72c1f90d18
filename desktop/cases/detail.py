"""The right pane: the open case with its tabs. Opening a case is an audited read, so it
happens on the DB lane, debounced while the caseworker arrows through the list.

The pane hands each tab its part of the case; Overview and Persons leave their store work
to the pane, the other tabs (and the notes) write through the casework service themselves.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from functools import cached_property
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel, QStackedWidget, QTabWidget, QVBoxLayout, QWidget

from desktop.avrr.tab import ReturnAssistanceTab
from desktop.cases.create import new_person_dialog
from desktop.cases.edit_dialog import RecordEditDialog
from desktop.cases.notes import NotesPanel
from desktop.cases.queries import CaseDetail, PersonInCase, load_case_detail, record_reveal
from desktop.cases.tabs import OverviewTab, PersonsTab
from desktop.context import AppContext
from desktop.documents.tab import DocumentsTab
from desktop.exports.person_export import PersonExport
from desktop.formatting import person_name, person_name_with_original
from desktop.history.tab import HistoryTab
from desktop.interviews.tab import InterviewsTab
from desktop.messages import error_message
from desktop.sync.marks import SyncBadge
from desktop.sync.reload_bar import ReloadBar
from desktop.tasks_view.tab import TasksTab
from desktop.vocabulary import choice_label
from desktop.widgets.banner import MessageBanner
from desktop.widgets.empty_state import EmptyState
from desktop.widgets.sensitive import SensitiveSection
from storage.services.records import Record
from storage.unlocked import OpenProfile


class CaseDetailPane(QWidget):
    def __init__(
        self,
        ctx: AppContext,
        profile: OpenProfile,
        today: Callable[[], date],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._profile = profile
        self.detail: CaseDetail | None = None
        self._wanted: str | None = None
        self.title = QLabel(self)
        self.title.setObjectName("detailTitle")
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subtitle = QLabel(self)
        self.subtitle.setObjectName("detailSubtitle")
        self.subtitle.setWordWrap(True)
        self.banner = MessageBanner(self)
        self.sync_badge, self.sync_bar = self._sync_widgets(ctx, profile)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.setUsesScrollButtons(False)  # all seven tabs stay in sight; long names elide
        self.tabs.setElideMode(Qt.TextElideMode.ElideRight)
        self.notes = NotesPanel(ctx, profile)
        self.overview = OverviewTab(self.notes, self.tabs)
        self.persons = PersonsTab(self.tabs)
        self.interviews = InterviewsTab(ctx, profile, self.tabs)
        self.documents = DocumentsTab(ctx, profile, self.tabs)
        self.tasks = TasksTab(ctx, profile, today, self.tabs)
        self.history = HistoryTab(ctx, profile, self.tabs)
        for tab in (
            self.overview,
            self.persons,
            self.interviews,
            self.documents,
            self.tasks,
            self.history,
        ):
            self.tabs.addTab(tab, "")
        self.avrr = ReturnAssistanceTab(ctx, profile, today, self.tabs)  # shown on return cases
        self.avrr.tasks_did_change.connect(self.reload)
        self.overview.edit_was_requested.connect(self.edit_case)
        self.overview.reveal_was_requested.connect(self._on_overview_reveal_was_requested)
        self.persons.edit_was_requested.connect(self._on_persons_edit_was_requested)
        self.persons.reveal_was_requested.connect(self._on_persons_reveal_was_requested)
        self.persons.add_was_requested.connect(self.new_person)
        self.persons.role_was_changed.connect(self._on_persons_role_was_changed)
        self.persons.export_was_requested.connect(self._on_persons_export_was_requested)
        content = QWidget(self)
        inner = QVBoxLayout(content)
        inner.setContentsMargins(12, 8, 12, 0)
        inner.addWidget(self.title)
        for widget in (self.subtitle, self.sync_badge, self.banner, self.sync_bar):
            inner.addWidget(widget)
        inner.addWidget(self.tabs, 1)
        self.empty = EmptyState(self)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.empty)
        self.stack.addWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        ctx.events.record_did_change.connect(self._on_events_record_did_change)
        self._retranslate()

    # --- opening -------------------------------------------------------------------------

    def show_case(self, case_id: str | None) -> None:
        """Open a case (None: nothing selected). The read is audited, on the DB lane."""
        self._wanted = case_id
        if case_id is None:
            self._set_detail(None)
            return
        if self.detail is not None and self.detail.case.id == case_id:
            return
        profile = self._profile
        self._ctx.lanes.run_query(
            lambda: load_case_detail(profile, case_id),
            self._on_loaded,
            self._on_load_failed,
            owner=self,
            key="case-detail",
        )

    def _on_loaded(self, detail: CaseDetail) -> None:
        if detail.case.id == self._wanted:
            self._set_detail(detail)

    def _on_load_failed(self, exc: Exception) -> None:
        self._set_detail(None)
        self.banner.show_message(error_message(exc))

    def _set_detail(self, detail: CaseDetail | None) -> None:
        self.detail = detail
        self.banner.clear()
        self.sync_bar.hide()
        self.sync_badge.show_case(detail.case.id if detail else None)
        self.stack.setCurrentIndex(0 if detail is None else 1)
        case_id = detail.case.id if detail else None
        self.overview.set_case(detail.case if detail else None)
        self.persons.set_persons(list(detail.persons) if detail else [])
        self.avrr.set_case(detail.case if detail else None)
        if detail is None:
            for tab in (self.notes, self.interviews, self.documents, self.tasks, self.history):
                tab.clear()
        else:
            self.notes.set_notes(case_id, detail.notes)
            number = detail.case["case_number"]
            self.interviews.set_interviews(case_id, number, detail.interviews, detail.templates)
            self.documents.set_documents(case_id, detail.attachments)
            self.tasks.set_tasks(case_id, detail.tasks, detail.rules)
            self.history.set_case(case_id)
        self._update_header()

    # --- after a sync --------------------------------------------------------------------

    def _sync_widgets(self, ctx: AppContext, profile: OpenProfile) -> tuple[SyncBadge, ReloadBar]:
        bar = ReloadBar(self)
        bar.reload_was_requested.connect(self.reload)
        return SyncBadge(ctx, profile, self), bar

    def refresh_after_sync(self, case_ids: frozenset[str]) -> None:
        """A sync changed these cases: show the open one anew, unless it is being edited —
        then a bar offers the reload, so no typed change is lost."""
        self.sync_badge.refresh()
        if self.detail is None or self.detail.case.id not in case_ids:
            return
        if self.is_editing():
            self.sync_bar.show()
        else:
            self.reload()

    def is_editing(self) -> bool:
        """An edit form of this case is open, or an interview has unsaved answers."""
        forms = [d for d in self.findChildren(RecordEditDialog) if d.isVisible()]
        editor = self.interviews.editor
        return bool(forms) or (editor is not None and editor.is_dirty)

    def reload(self) -> None:
        """Read the open case again (not a new opening: no second read in the audit log)."""
        if self.detail is None:
            return
        profile, case_id = self._profile, self.detail.case.id
        person = self.persons.selected()
        self._ctx.lanes.run_query(
            lambda: load_case_detail(profile, case_id, audit_read=False),
            lambda detail: self._on_reloaded(detail, person.id if person else None),
            lambda _exc: self._on_loaded_gone(case_id),
            owner=self,
            key="case-detail",
        )
        self.history.reload()

    def _on_reloaded(self, detail: CaseDetail, person_id: str | None) -> None:
        if self.detail is None or detail.case.id != self.detail.case.id:
            return
        self._set_detail(detail)
        if person_id is not None:
            self.persons.set_persons(list(detail.persons), select=person_id)

    def _on_loaded_gone(self, case_id: str) -> None:
        # The case left this laptop (evicted by the sync): nothing to show any more.
        if self.detail is not None and self.detail.case.id == case_id:
            self._set_detail(None)

    def clear(self) -> None:
        """Forget the open case entirely (lock)."""
        self._wanted = None
        self.persons.clear()
        self._set_detail(None)

    def _update_header(self) -> None:
        if self.detail is None:
            self.title.clear()
            self.subtitle.clear()
            return
        case = self.detail.case
        self.title.setText(case["case_number"])
        applicant = next(
            (p.person for p in self.detail.persons if p.link["role"] == "applicant"), None
        )
        parts = [person_name_with_original(applicant.values)] if applicant else []
        parts += [
            choice_label("case", "case_type", case["case_type"]),
            choice_label("case", "status", case["status"]),
        ]
        self.subtitle.setText(" · ".join(parts))

    # --- editing -------------------------------------------------------------------------

    def edit_case(self) -> None:
        if self.detail is None:
            return
        case = self.detail.case
        self._open_editor(case, self.tr("Edit case %1").replace("%1", case["case_number"]))

    def _on_persons_edit_was_requested(self, person: Record) -> None:
        title = self.tr("Edit person %1").replace("%1", person_name(person.values))
        self._open_editor(person, title)

    def new_person(self) -> None:
        """A new person in the open case, with their role (Ctrl+N in the Persons tab)."""
        if self.detail is None:
            return
        has_applicant = any(p.link["role"] == "applicant" for p in self.detail.persons)
        role = "child" if has_applicant else "applicant"
        self.tabs.setCurrentWidget(self.persons)
        new_person_dialog(
            self._ctx,
            self._profile,
            self.detail.case.id,
            self,
            default_role=role,
            on_saved=self._on_person_added,
        )

    def _on_person_added(self, result: Any) -> None:
        link, person = result
        if self.detail is None or link.case_id != self.detail.case.id:
            return
        entry = PersonInCase(link, person)
        self.detail = replace(self.detail, persons=(*self.detail.persons, entry))
        self.persons.set_persons(list(self.detail.persons), select=person.id)
        self._update_header()

    @cached_property
    def person_export(self) -> PersonExport:
        """The right-of-access export, made when first asked for."""
        return PersonExport(self._ctx, self._profile, self.banner, self)

    def _on_persons_export_was_requested(self, person: Record) -> None:
        self.person_export.ask(person)

    def _on_persons_role_was_changed(self, link: Record, role: str) -> None:
        casework = self._profile.casework
        self._ctx.lanes.run_write(
            lambda: casework.change_role(link.id, role),
            self._on_role_saved,
            self._on_role_failed,
            owner=self,
        )

    def _on_role_saved(self, link: Record) -> None:
        if self.detail is not None:
            self.detail = replace(
                self.detail,
                persons=tuple(
                    replace(p, link=link) if p.link.id == link.id else p
                    for p in self.detail.persons
                ),
            )
        self.persons.update_link(link)
        self._update_header()
        self._ctx.events.record_did_change.emit(link)
        self._ctx.events.outbox_did_change.emit()

    def _on_role_failed(self, exc: Exception) -> None:
        self.banner.show_message(error_message(exc))
        self.persons.show_role()  # back to the stored role

    def _open_editor(self, record: Record, title: str) -> None:
        dialog = RecordEditDialog(self._ctx, self._profile, record, title, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        dialog.activateWindow()  # so Ctrl+S and Esc reach it at once

    def _on_events_record_did_change(self, record: Record) -> None:
        # The saved record comes back from the write: show it without another audited read.
        if self.detail is None:
            return
        if record.entity == "case" and record.id == self.detail.case.id:
            self.detail = replace(self.detail, case=record)
            self.overview.set_case(record)
        elif record.entity == "person":
            self.detail = replace(
                self.detail,
                persons=tuple(
                    replace(p, person=record) if p.person.id == record.id else p
                    for p in self.detail.persons
                ),
            )
            self.persons.update_person(record)
        self._update_header()

    # --- special categories ---------------------------------------------------------------

    def _on_overview_reveal_was_requested(self) -> None:
        if self.detail is not None:
            self._reveal(self.detail.case, self.overview.view.sensitive)

    def _on_persons_reveal_was_requested(self, person: Record) -> None:
        self._reveal(person, self.persons.view.sensitive)

    def _reveal(self, record: Record, section: SensitiveSection | None) -> None:
        if section is None:
            return
        fields = [
            f
            for f in (
                self.overview.view if record.entity == "case" else self.persons.view
            ).sensitive_fields()
        ]
        profile = self._profile
        self._ctx.lanes.run_write(
            lambda: record_reveal(profile, record.entity, record.id, fields),
            lambda _: section.reveal(),
            self._on_reveal_failed,
            owner=section,
        )

    def _on_reveal_failed(self, exc: Exception) -> None:
        self.banner.show_message(error_message(exc))
        for view in (self.overview.view, self.persons.view):
            if view.sensitive is not None:
                view.sensitive.conceal()

    # --- language ------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        names = [
            self.tr("Overview"),
            self.tr("Persons"),
            self.tr("Interviews"),
            self.tr("Documents"),
            self.tr("Deadlines"),
            self.tr("History"),
        ]
        for index, name in enumerate(names):
            self.tabs.setTabText(index, name)
        self.tabs.setTabToolTip(4, self.tr("Tasks and deadlines"))
        self.empty.set_text(
            self.tr("No case open"),
            self.tr(
                "Choose a case in the list, or search by name, case "
                "number, date of birth or ZEMIS number (Ctrl+F)."
            ),
        )
        self._update_header()
