"""The three panes of an unlocked profile: filters, case list, case detail.

A `Workspace` exists only while the profile is unlocked. Locking clears its models and
deletes it, so no case data outlives the lock in a widget.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDialog, QHBoxLayout, QScrollArea, QSplitter, QWidget

from desktop.cases.create import new_case_dialog
from desktop.cases.detail import CaseDetailPane
from desktop.cases.filters_pane import FiltersPane
from desktop.cases.list_model import CaseListModel, view_counts
from desktop.cases.list_pane import CaseListPane
from desktop.context import AppContext
from desktop.duplicates.background import duplicate_check
from desktop.messages import error_message
from storage.services.records import Record
from storage.services.summaries import CaseSummary
from storage.unlocked import OpenProfile

# The detail pane's share keeps the seven case tabs unshortened down to 1280 px wide
# (1920x1080 at 150 %); the filters keep their width, the case list gives up a little.
DEFAULT_SPLIT = (0.15, 0.44, 0.41)
ROWS_RELOADED_ONE_BY_ONE = 50  # a sync that touched more cases reloads the whole list


class Workspace(QWidget):
    def __init__(
        self, ctx: AppContext, profile: OpenProfile, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._profile = profile
        self._select_after_reload: str | None = None
        self.case_model = CaseListModel(self._today, self)
        self.filters = FiltersPane(self)
        self.cases = CaseListPane(ctx, profile, self.case_model, self)
        self.detail = CaseDetailPane(ctx, profile, self._today, self)
        self.splitter = QSplitter(self)
        # The filters scroll vertically on a short screen instead of making the window taller.
        filters_area = self.filters_area = QScrollArea(self)
        filters_area.setWidget(self.filters)
        filters_area.setWidgetResizable(True)
        filters_area.setFrameShape(QScrollArea.Shape.NoFrame)
        filters_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for pane in (filters_area, self.cases, self.detail):
            self.splitter.addWidget(pane)
        self.splitter.setChildrenCollapsible(False)
        self.filters.setMinimumWidth(170)
        self.cases.setMinimumWidth(380)
        self.detail.setMinimumWidth(360)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self._name_panes()
        self._restore_layout()
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(500)
        self._save_timer.timeout.connect(self._save_layout)
        self.splitter.splitterMoved.connect(self._save_timer.start)
        self.filters.filters_did_change.connect(self._on_filters_filters_did_change)
        self.cases.case_was_selected.connect(self._on_cases_case_was_selected)
        self.cases.case_was_opened.connect(self._on_cases_case_was_opened)
        ctx.events.record_did_change.connect(self._on_events_record_did_change)
        ctx.events.language_did_change.connect(self._on_events_language_did_change)

    def _today(self) -> date:
        return date.fromtimestamp(self._ctx.clock())

    # --- loading -------------------------------------------------------------------------

    def load(self) -> None:
        """Read every case row on the DB lane; the list fills when done."""
        summaries = self._profile.summaries
        self._ctx.lanes.run_query(
            summaries.rows, self._on_rows_loaded, self._on_rows_failed, owner=self
        )

    def _on_rows_loaded(self, rows: list[CaseSummary]) -> None:
        selected = self.cases.selected_case_id()  # a reload after a sync keeps the open case
        self.case_model.set_rows(rows)
        self._update_counts()
        self.cases.set_loaded()
        if selected is not None and any(r.case_id == selected for r in rows):
            self.cases.select_case(selected)
        else:
            self.cases.select_first()
        # The name index takes seconds to build for 10,000 cases: build it now, while the
        # caseworker reads the list, not on their first keystroke. A search typed meanwhile
        # queues behind it on the DB lane and then finds it ready.
        self._ctx.lanes.run_query(self._profile.search.warm_up, owner=self)
        # Persons synced while locked, or never checked: in small steps behind everything else.
        duplicate_check(self._ctx, self._profile).request()

    def _on_rows_failed(self, exc: Exception) -> None:
        self.cases.set_loaded()
        self.cases.banner.show_message(error_message(exc))

    def _update_counts(self) -> None:
        rows = self.case_model.rows()
        self.filters.set_rows(rows, view_counts(rows, self._today()))

    def _on_events_record_did_change(self, record: Record) -> None:
        if record.entity == "case":
            case_ids = [record.id]
        elif record.entity == "person":
            case_ids = self.case_model.cases_with_person(record.id)
            duplicate_check(self._ctx, self._profile).request()
        else:
            case_ids = [record.case_id] if record.case_id else []
        summaries = self._profile.summaries
        for case_id in case_ids:
            self._ctx.lanes.run_query(
                lambda c=case_id: (c, summaries.row(c)), self._on_row_reloaded, owner=self
            )

    def refresh_cases(self, case_ids: frozenset[str]) -> None:
        """A sync changed these cases: reload their rows (all rows when many), the open case
        (unless it is being edited) and the sync marks — all off the GUI thread."""
        if len(case_ids) > ROWS_RELOADED_ONE_BY_ONE:
            self.load()
        else:
            summaries = self._profile.summaries
            for case_id in sorted(case_ids):
                self._ctx.lanes.run_query(
                    lambda c=case_id: (c, summaries.row(c)), self._on_row_reloaded, owner=self
                )
        self.detail.refresh_after_sync(case_ids)
        self.cases.marks.refresh()
        # Persons that arrived may duplicate ones held here (F21): propose them, never merge.
        duplicate_check(self._ctx, self._profile).request()

    def _on_row_reloaded(self, result: tuple[str, CaseSummary | None]) -> None:
        case_id, row = result
        if row is None:
            self.case_model.remove_case(case_id)
        else:
            self.case_model.update_row(row)
        self._update_counts()
        if row is not None and case_id == self._select_after_reload:
            self._select_after_reload = None
            self.cases.select_case(case_id)

    # --- wiring --------------------------------------------------------------------------

    def _on_filters_filters_did_change(self) -> None:
        self.cases.proxy.set_filters(
            statuses=self.filters.statuses.checked(),
            types=self.filters.types.checked(),
            view=self.filters.view(),
        )

    def _on_cases_case_was_selected(self, case_id: str | None) -> None:
        self.detail.show_case(case_id)

    def _on_cases_case_was_opened(self, case_id: str) -> None:
        self.detail.show_case(case_id)
        self.detail.tabs.setFocus()

    def _on_events_language_did_change(self, _language: str) -> None:
        self._update_counts()
        self._name_panes()

    def _name_panes(self) -> None:
        self.filters_area.setAccessibleName(self.tr("Filters and saved views"))

    def focus_search(self) -> None:
        self.cases.focus_search()

    def edit_case(self) -> None:
        self.detail.edit_case()

    def create_new(self) -> None:
        """Ctrl+N: a new person when the Persons tab of an open case is in front, else a
        new case."""
        detail = self.detail
        if detail.detail is not None and detail.tabs.currentWidget() is detail.persons:
            detail.new_person()
            return
        new_case_dialog(self._ctx, self._profile, self._today(), self, self._on_new_case_saved)

    def _on_new_case_saved(self, case: Record) -> None:
        self._select_after_reload = case.id

    # --- lock ----------------------------------------------------------------------------

    def clear(self) -> None:
        """Blank every model and view at once (lock); the widget is deleted afterwards."""
        self._save_layout()
        for dialog in self.findChildren(QDialog):
            dialog.hide()  # edit forms are windows of their own: blank them too, unsaved or not
        self.cases.search.blockSignals(True)
        self.cases.search.clear()
        self.cases.proxy.set_hits(None)
        self.case_model.clear()
        self.filters.clear()
        self.detail.clear()

    # --- layout --------------------------------------------------------------------------

    def _restore_layout(self) -> None:
        prefs = self._ctx.preferences
        split = prefs.layout("splitter")
        if split is None or not self.splitter.restoreState(split):
            width = max(self.width(), 1366)
            self.splitter.setSizes([int(width * share) for share in DEFAULT_SPLIT])

    def _save_layout(self) -> None:
        prefs = self._ctx.preferences
        prefs.set_layout("splitter", self.splitter.saveState())
