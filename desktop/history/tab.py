"""The "History" tab: what happened to the case on this laptop and what is not yet synced.

It reads only while visible (the audit log can be long), and again after a change to the
case while it is shown.
"""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QTableView, QVBoxLayout, QWidget

from desktop.context import AppContext
from desktop.history.model import HistoryColumn, HistoryModel
from desktop.history.phrases import OBJECTS
from desktop.widgets.banner import MessageBanner
from desktop.widgets.case_tab import CaseTab, show_records
from storage.services.records import Record
from storage.services.summaries import CaseHistory
from storage.unlocked import OpenProfile


class HistoryTab(CaseTab):
    def __init__(
        self, ctx: AppContext, profile: OpenProfile, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, profile, parent)
        self.history: CaseHistory | None = None
        self.sync_state = QLabel(self)
        self.sync_state.setWordWrap(True)
        self.sync_state.setObjectName("syncState")
        self.model = HistoryModel(self)
        self.table = QTableView(self)
        show_records(self.table, self.model, HistoryColumn.WHAT, single=False)
        self.table.setAlternatingRowColors(True)
        self.banner = MessageBanner(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.sync_state)
        layout.addWidget(self.banner)
        layout.addWidget(self.table, 1)
        ctx.events.record_did_change.connect(self._on_events_record_did_change)
        self._retranslate()

    def set_case(self, case_id: str | None) -> None:
        if case_id == self.case_id:
            return
        self.case_id = case_id
        self.history = None
        self.model.clear()
        self._show_sync_state()
        if self.isVisible():
            self.reload()

    def clear(self) -> None:
        self.set_case(None)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.history is None or self.history.case_id != self.case_id:
            self.reload()

    def reload(self) -> None:
        if self.case_id is None:
            return
        casework, case_id = self._profile.casework, self.case_id
        self._ctx.lanes.run_query(
            lambda: casework.history(case_id),
            self._on_loaded,
            self._on_failed,
            owner=self,
            key="case-history",
        )

    def _on_loaded(self, history: CaseHistory) -> None:
        if history.case_id != self.case_id:
            return
        self.banner.clear()
        self.history = history
        self.model.set_events(history.events, history.this_device)
        self._show_sync_state()

    def _on_events_record_did_change(self, record: Record) -> None:
        belongs = self.case_id in {record.id, record.case_id}
        if belongs and self.case_id is not None and self.isVisible():
            self.reload()

    def _show_sync_state(self) -> None:
        history = self.history
        if history is None:
            self.sync_state.setText(self.tr("Loading the history …") if self.case_id else "")
            return
        if not history.pending:
            text = self.tr("No changes of this case wait for sync.")
        else:
            kinds = Counter(change.entity for change in history.pending)
            parts = ", ".join(
                f"{self._object_word(entity)} ({count})" for entity, count in kinds.items()
            )
            waiting = self.tr(
                "%n change(s) of this case wait for the next sync: %1", "", len(history.pending)
            )
            text = waiting.replace("%1", parts)
        if history.open_conflicts:
            text += " " + self.tr(
                "%n open conflict(s) need your decision.", "", history.open_conflicts
            )
        self.sync_state.setText(text)

    @staticmethod
    def _object_word(entity: str) -> str:
        source = OBJECTS.get(entity)
        return QCoreApplication.translate("History", source) if source else entity

    def _retranslate(self) -> None:
        self.table.setAccessibleName(self.tr("History of this case"))
        self.model.refresh_texts()
        self._show_sync_state()
