"""Two person records side by side: merge one into the other, say they are not the same
person, or undo a merge. Nothing happens without one of these explicit clicks.

Each differing field has its own choice (which value the kept record gets), marked with a
word ("differs") as well as a tint: colour never carries the meaning alone. Sensitive fields
are not shown here; the kept record keeps its own. The comparison is read and the decision
written on the DB lane (`storage.services.persons_merge`).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.context import AppContext
from desktop.duplicates.texts import reason_text
from desktop.formatting import (
    display_value,
    format_partial_date,
    person_name,
    person_name_with_original,
)
from desktop.messages import error_message
from desktop.vocabulary import choice_label, field_label
from desktop.widgets.banner import MessageBanner
from storage.schema import PERSON
from storage.services.persons_merge import Comparison, PersonMergeService, PersonSide
from storage.services.records import Record
from storage.unlocked import OpenProfile
from storage.validation import is_empty

SHOWN_FIELDS = tuple(f for f in PERSON.fields if not f.sensitive)
_DIFFERS_STYLE = '*[differs="true"] { background: #fff4e0; }'


class DuplicateDialog(QDialog):
    """Compare two persons; `decision_did_save` fires after a merge, dismissal or undo."""

    decision_did_save = Signal()

    def __init__(
        self,
        ctx: AppContext,
        profile: OpenProfile,
        case_id: str,
        pair: tuple[str, str],
        *,
        merge: Record | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx, self._case_id, self._pair, self._merge = ctx, case_id, pair, merge
        self._service = PersonMergeService(profile.context, profile.records)
        self._comparison: Comparison | None = None
        self._picks: dict[str, QButtonGroup] = {}
        self.setObjectName("duplicateDialog")
        self.setStyleSheet(_DIFFERS_STYLE)
        self.heading = QLabel(self)
        self.heading.setObjectName("dialogHeading")
        self.reasons = QLabel(self)
        self.reasons.setWordWrap(True)
        self.banner = MessageBanner(self)
        self.grid_host = QWidget(self)
        self.grid = QGridLayout(self.grid_host)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.keep = QButtonGroup(self)
        self.keep.idToggled.connect(self._on_keep_id_toggled)
        self.buttons = QHBoxLayout()
        self.buttons.addStretch(1)
        self.merge_button = self._button("mergeButton", self._on_merge_button_clicked)
        self.distinct_button = self._button("distinctButton", self._on_distinct_button_clicked)
        self.undo_button = self._button("undoButton", self._on_undo_button_clicked)
        self.close_button = self._button("closeButton", self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.reasons)
        layout.addWidget(self.banner)
        layout.addWidget(self.scroll, 1)
        layout.addLayout(self.buttons)
        self.resize(860, 620)
        self._retranslate()
        self._set_busy(True)
        ctx.lanes.run_write(
            lambda: self._service.compare(*pair), self._on_loaded, self._on_failed, owner=self
        )

    def _button(self, name: str, slot: Any) -> QPushButton:
        button = QPushButton(self)
        button.setObjectName(name)
        button.setAutoDefault(False)
        self.buttons.addWidget(button)
        button.clicked.connect(slot)
        return button

    # --- showing the comparison ----------------------------------------------------------

    def _on_loaded(self, comparison: Comparison) -> None:
        self._comparison = comparison
        self._fill(comparison)
        self._set_busy(False)
        self._retranslate()

    def _fill(self, comparison: Comparison) -> None:
        # Built off screen and then put into the scroll area, so it shows complete at once.
        self.grid_host = QWidget()
        self.grid = QGridLayout(self.grid_host)
        self.grid.setHorizontalSpacing(16)
        self.grid.setColumnStretch(1, 1)
        self.grid.setColumnStretch(2, 1)
        sides = (comparison.first, comparison.second)
        self.keep_label = QLabel(self.tr("Record to keep:"), self.grid_host)
        self.grid.addWidget(self.keep_label, 0, 0)
        for column, side in enumerate(sides, start=1):
            radio = QRadioButton(person_name_with_original(side.person.values), self.grid_host)
            radio.setObjectName(f"keep{column}")
            radio.setAccessibleName(self._keep_name(column - 1, side))
            self.keep.addButton(radio, column - 1)
            self.grid.addWidget(radio, 0, column)
        survivor = self._merge["other_person_id"] if self._merge else sides[1].person.id
        self.keep.button(0 if sides[0].person.id == survivor else 1).setChecked(True)
        row = 1
        for field in SHOWN_FIELDS:
            differs = field.name in comparison.differing
            self._value_row(row, field_label("person", field.name), sides, field, differs)
            row += 1
        self._list_row(row, "cases", [_cases_text(s) for s in sides])
        self._list_row(row + 1, "documents", [_documents_text(s) for s in sides])
        self.grid.setRowStretch(row + 2, 1)
        self.scroll.setWidget(self.grid_host)
        self._retitle_merge()

    def _value_row(
        self, row: int, label: str, sides: tuple[PersonSide, PersonSide], field: Any, differs: bool
    ) -> None:
        name = QLabel(label, self.grid_host)
        self.grid.addWidget(name, row, 0)
        group = QButtonGroup(self) if differs else None
        for column, side in enumerate(sides, start=1):
            text = display_value(field, side.person.values[field.name])
            widget: QLabel | QRadioButton
            if group is not None and self._merge is None:
                widget = QRadioButton(text, self.grid_host)
                widget.setAccessibleName(self._pick_name(column - 1, label, field, side))
                group.addButton(widget, column - 1)
            else:
                widget = QLabel(text, self.grid_host)
                widget.setWordWrap(True)
            widget.setProperty("differs", differs)
            self.grid.addWidget(widget, row, column)
        if group is not None and self._merge is None:
            self._picks[field.name] = group
            group.button(self.keep.checkedId()).setChecked(True)
        marker = QLabel(self.tr("differs") if differs else "", self.grid_host)
        marker.setObjectName("differsMarker")
        self.grid.addWidget(marker, row, 3)

    def _keep_name(self, index: int, side: PersonSide) -> str:
        """What a screen reader says for a "record to keep" choice: which record, whose name
        and date of birth (two records often share the name, never the position)."""
        who = person_name_with_original(side.person.values)
        born = side.person.values.get("birth_date")
        if born:
            # %2 first: the name is data and may itself contain "%2"
            who = self.tr("%1, born %2").replace("%2", format_partial_date(born)).replace("%1", who)
        if index == 0:
            return self.tr("Keep the first record: %1").replace("%1", who)
        return self.tr("Keep the second record: %1").replace("%1", who)

    def _pick_name(self, index: int, label: str, field: Any, side: PersonSide) -> str:
        """A value choice named by field and record: "Phone from the first record: (empty)"."""
        value = side.person.values[field.name]
        text = self.tr("(empty)") if is_empty(value) else display_value(field, value)
        if index == 0:
            named = self.tr("%1 from the first record: %2")
        else:
            named = self.tr("%1 from the second record: %2")
        return named.replace("%1", label).replace("%2", text)

    def _list_row(self, row: int, kind: str, texts: list[str]) -> None:
        title = self.tr("Cases") if kind == "cases" else self.tr("Identity documents")
        self.grid.addWidget(QLabel(title, self.grid_host), row, 0, Qt.AlignmentFlag.AlignTop)
        for column, text in enumerate(texts, start=1):
            label = QLabel(text or "—", self.grid_host)
            label.setWordWrap(True)
            self.grid.addWidget(label, row, column)

    def _on_keep_id_toggled(self, index: int, checked: bool) -> None:
        if not checked:
            return
        for group in self._picks.values():  # by default the kept record keeps its values
            group.button(index).setChecked(True)
        self._retitle_merge()

    def _retitle_merge(self) -> None:
        if self._comparison is None:
            return
        kept = self._sides()[self.keep.checkedId()]
        name = person_name(kept.person.values)
        self.merge_button.setText(self.tr("&Merge into %1").replace("%1", name))
        self._fit_buttons()

    def _fit_buttons(self) -> None:
        # The texts change with the chosen record and the language: never cut them off.
        for button in (self.merge_button, self.distinct_button, self.undo_button):
            text = button.fontMetrics().horizontalAdvance(button.text().replace("&", ""))
            button.setMinimumWidth(max(button.sizeHint().width(), text + 32))
        if self.layout() is not None:
            self.layout().activate()

    def _sides(self) -> tuple[PersonSide, PersonSide]:
        assert self._comparison is not None
        return self._comparison.first, self._comparison.second

    # --- decisions -----------------------------------------------------------------------

    def picks(self) -> dict[str, str]:
        """field -> id of the person whose value the kept record gets (only changes)."""
        sides = self._sides()
        kept = self.keep.checkedId()
        return {
            name: sides[group.checkedId()].person.id
            for name, group in self._picks.items()
            if group.checkedId() not in (-1, kept)
        }

    def _on_merge_button_clicked(self) -> None:
        sides = self._sides()
        kept = self.keep.checkedId()
        merged, survivor = sides[1 - kept].person.id, sides[kept].person.id
        picks = self.picks()
        self._write(lambda: self._service.merge(self._case_id, merged, survivor, picks))

    def _on_distinct_button_clicked(self) -> None:
        first, second = self._pair
        self._write(lambda: self._service.dismiss(self._case_id, first, second))

    def _on_undo_button_clicked(self) -> None:
        if self._merge is not None:
            merge_id = self._merge.id
            self._write(lambda: self._service.undo(merge_id))

    def _write(self, op: Any) -> None:
        self._set_busy(True)
        self._ctx.lanes.run_write(op, self._on_saved, self._on_failed, owner=self)

    def _on_saved(self, _result: object) -> None:
        self._ctx.events.outbox_did_change.emit()
        self.decision_did_save.emit()
        self.accept()

    def _on_failed(self, exc: Exception) -> None:
        self._set_busy(False)
        self.banner.show_message(error_message(exc))

    def _set_busy(self, busy: bool) -> None:
        ready = not busy and self._comparison is not None
        merged = self._merge is not None
        for button, shown in (
            (self.merge_button, not merged),
            (self.distinct_button, not merged),
            (self.undo_button, merged),
        ):
            button.setVisible(shown)
            button.setEnabled(ready)
        for button in self.keep.buttons():
            button.setEnabled(ready and not merged)

    # --- language ------------------------------------------------------------------------

    def _retranslate(self) -> None:
        merged = self._merge is not None
        self.setWindowTitle(self.tr("Merged person") if merged else self.tr("Possible duplicate"))
        self.heading.setText(
            self.tr("These records were merged. Undo restores both, with their cases.")
            if merged
            else self.tr(
                "Are these the same person? Choose the record to keep and, where they "
                "differ, which value it gets."
            )
        )
        comparison = self._comparison
        if comparison is not None and comparison.reasons:
            self.reasons.setText(
                self.tr("Why proposed: %1").replace("%1", reason_text(comparison.reasons))
            )
        self.distinct_button.setText(self.tr("&Not the same person"))
        self.undo_button.setText(self.tr("&Undo merge"))
        self.merge_button.setText(self.tr("&Merge"))
        self.close_button.setText(self.tr("Close"))
        self.scroll.setAccessibleName(self.tr("The two records side by side"))
        self._retitle_merge()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._rebuild()
            self._retranslate()
        super().changeEvent(event)

    def _rebuild(self) -> None:
        """Field labels and values in the new language; the choices made are kept."""
        if self._comparison is None:
            return
        kept = self.keep.checkedId()
        chosen = {name: group.checkedId() for name, group in self._picks.items()}
        for button in self.keep.buttons():
            self.keep.removeButton(button)
        self._picks = {}
        self._fill(self._comparison)
        self.keep.button(kept).setChecked(True)
        for name, index in chosen.items():
            if name in self._picks and index >= 0:
                self._picks[name].button(index).setChecked(True)
        self._set_busy(False)


def _cases_text(side: PersonSide) -> str:
    return "\n".join(
        f"{number} ({choice_label('case_person', 'role', role)})" for _, number, role in side.cases
    )


def _documents_text(side: PersonSide) -> str:
    return "\n".join(
        " ".join(
            part
            for part in (
                choice_label("identity_document", "document_type", d["document_type"]),
                d["number"] or "",
            )
            if part
        )
        for d in side.documents
    )
