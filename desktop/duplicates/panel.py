"""Merge-candidate tasks in a case's "Tasks & deadlines" tab.

Lists the possible duplicates of this case's persons (found on this laptop after every write
and sync by the background check, `desktop.duplicates.background`) and the merges recorded in
this case; "Compare …" opens the side-by-side dialog. Hidden while there is nothing to show;
reloaded when the background check has found new candidates.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.context import AppContext
from desktop.duplicates.background import duplicate_check
from desktop.duplicates.dialog import DuplicateDialog
from desktop.formatting import person_name
from storage.duplicates import Candidate
from storage.duplicates_store import DuplicateFinder
from storage.services.persons_merge import PersonMergeService
from storage.services.records import Record
from storage.unlocked import OpenProfile

_ITEM_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True, slots=True)
class DuplicateItem:
    """One line of the panel: an open candidate, or a merge made in this case."""

    pair: tuple[str, str]
    names: tuple[str, str]
    score: float | None = None
    merge: Record | None = None


def load_items(profile: OpenProfile, case_id: str) -> list[DuplicateItem]:
    """This case's candidates and merges (a read, on the DB lane)."""
    finder = DuplicateFinder(profile.store, profile.context.clock)
    candidates: list[Candidate] = finder.candidates_for_case(case_id)
    merges = [
        m
        for m in PersonMergeService(profile.context, profile.records).decisions_for_case(case_id)
        if m["decision"] == "merged"
    ]
    ids = {p for c in candidates for p in c.pair} | {
        m[f] for m in merges for f in ("person_id", "other_person_id")
    }
    names = {
        p.id: person_name(p.values)
        for p in profile.records.list("person", include_archived=True)
        if p.id in ids
    }
    items = [
        DuplicateItem(
            c.pair, (names.get(c.person_id, ""), names.get(c.other_person_id, "")), c.score
        )
        for c in candidates
    ]
    items += [
        DuplicateItem(
            (m["person_id"], m["other_person_id"]),
            (names.get(m["person_id"], ""), names.get(m["other_person_id"], "")),
            merge=m,
        )
        for m in merges
    ]
    return items


class DuplicatesPanel(QWidget):
    def __init__(
        self, ctx: AppContext, profile: OpenProfile, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._ctx, self._profile = ctx, profile
        self._case_id: str | None = None
        self.setObjectName("duplicatesPanel")
        self.title = QLabel(self)
        self.title.setObjectName("panelTitle")
        self.list = QListWidget(self)
        self.list.setMaximumHeight(96)
        self.list.itemActivated.connect(self._on_list_item_activated)
        self.compare_button = QPushButton(self)
        self.compare_button.clicked.connect(self.open_selected)
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.compare_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addWidget(self.list)
        self._items: list[DuplicateItem] = []
        self._check = duplicate_check(ctx, profile)
        self._check.check_did_finish.connect(self._on_check_check_did_finish)
        self._retranslate()
        self.hide()

    def set_case(self, case_id: str | None) -> None:
        self._case_id = case_id
        self.show_items([])
        if case_id is None:
            return
        self._load()
        self._check.request()  # persons written since the last check: reloads when done

    def _load(self) -> None:
        profile, case_id = self._profile, self._case_id
        if case_id is None:
            return
        self._ctx.lanes.run_query(
            lambda: load_items(profile, case_id),
            self._on_items_loaded,
            owner=self,
            key=f"duplicates-{id(self)}",
        )

    def _on_check_check_did_finish(self) -> None:
        self._load()

    def _on_items_loaded(self, items: list[DuplicateItem]) -> None:
        self.show_items(items)

    def show_items(self, items: list[DuplicateItem]) -> None:
        self._items = items
        self.list.clear()
        for index, item in enumerate(items):
            entry = QListWidgetItem(self._line(item))
            entry.setData(_ITEM_ROLE, index)
            self.list.addItem(entry)
        if items:
            self.list.setCurrentRow(0)
        self.setVisible(bool(items))

    def _line(self, item: DuplicateItem) -> str:
        first, second = item.names
        if item.merge is not None:
            return self.tr("Merged: %1 into %2").replace("%1", first).replace("%2", second)
        score = round((item.score or 0) * 100)
        return (
            self.tr("Possible duplicate: %1 and %2 (%3 %)")
            .replace("%1", first)
            .replace("%2", second)
            .replace("%3", str(score))
        )

    def _on_list_item_activated(self, _entry: QListWidgetItem) -> None:
        self.open_selected()

    def open_selected(self) -> DuplicateDialog | None:
        row = self.list.currentRow()
        if self._case_id is None or not 0 <= row < len(self._items):
            return None
        item = self._items[row]
        dialog = DuplicateDialog(
            self._ctx, self._profile, self._case_id, item.pair, merge=item.merge, parent=self
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.decision_did_save.connect(self._on_dialog_decision_did_save)
        dialog.open()
        return dialog

    def _on_dialog_decision_did_save(self) -> None:
        self.set_case(self._case_id)

    def _retranslate(self) -> None:
        self.title.setText(self.tr("Possible duplicate persons"))
        self.compare_button.setText(self.tr("&Compare …"))
        self.list.setAccessibleName(self.tr("Possible duplicate persons of this case"))
        self.show_items(self._items)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
