"""The right pane: the open case with its tabs. Opening a case is an audited read, so it
happens on the DB lane, debounced while the caseworker arrows through the list."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel, QStackedWidget, QTabWidget, QVBoxLayout, QWidget

from desktop.cases.edit_dialog import RecordEditDialog
from desktop.cases.queries import CaseDetail, load_case_detail, record_reveal
from desktop.cases.tabs import OverviewTab, PersonsTab
from desktop.context import AppContext
from desktop.formatting import person_name, person_name_with_original
from desktop.messages import error_message
from desktop.vocabulary import choice_label
from desktop.widgets.banner import MessageBanner
from desktop.widgets.empty_state import EmptyState
from desktop.widgets.sensitive import SensitiveSection
from storage.services.records import Record
from storage.unlocked import OpenProfile


class CaseDetailPane(QWidget):
    def __init__(
        self, ctx: AppContext, profile: OpenProfile, parent: QWidget | None = None
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
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.setUsesScrollButtons(False)  # all six tabs stay in sight; long names elide
        self.tabs.setElideMode(Qt.TextElideMode.ElideRight)
        self.overview = OverviewTab(self.tabs)
        self.persons = PersonsTab(self.tabs)
        self._placeholders = [EmptyState(self.tabs) for _ in range(4)]
        for tab in (self.overview, self.persons, *self._placeholders):
            self.tabs.addTab(tab, "")
        self.overview.edit_was_requested.connect(self.edit_case)
        self.overview.reveal_was_requested.connect(self._on_overview_reveal_was_requested)
        self.persons.edit_was_requested.connect(self._on_persons_edit_was_requested)
        self.persons.reveal_was_requested.connect(self._on_persons_reveal_was_requested)
        content = QWidget(self)
        inner = QVBoxLayout(content)
        inner.setContentsMargins(12, 8, 12, 0)
        inner.addWidget(self.title)
        inner.addWidget(self.subtitle)
        inner.addWidget(self.banner)
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
        self.stack.setCurrentIndex(0 if detail is None else 1)
        self.overview.set_case(detail.case if detail else None)
        self.persons.set_persons(list(detail.persons) if detail else [])
        self._update_header()

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
        later = self.tr("Not available in this version yet.")
        interviews, documents, tasks, history = self._placeholders
        interviews.set_text(self.tr("Interview protocols will appear here."), later)
        documents.set_text(self.tr("Identity documents and attachments will appear here."), later)
        tasks.set_text(
            self.tr("Tasks and legal deadlines will appear here."),
            self.tr("Meanwhile the case list shows the next deadline of each case."),
        )
        history.set_text(
            self.tr("Who changed what, when and on which laptop will appear here."), later
        )
        self.empty.set_text(
            self.tr("No case open"),
            self.tr(
                "Choose a case in the list, or search by name, case "
                "number, date of birth or ZEMIS number (Ctrl+F)."
            ),
        )
        self._update_header()
