"""Resolve one conflict: base, mine and theirs side by side, differences highlighted.

Each column says who wrote the value and when; a value that differs from the base is marked
with a word ("changed") as well as a tint, so colour never carries the meaning alone. The
choice is written on the DB lane by `resolve_conflict` (audited, queued for the next sync).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.context import AppContext
from desktop.formatting import display_value, local_time
from desktop.interviews.sitting_text import stored_sittings_text
from desktop.messages import error_message
from desktop.sync.conflict_rows import ConflictRow
from desktop.vocabulary import field_label
from desktop.widgets.banner import MessageBanner
from storage.schema import ENTITIES, FieldType
from storage.unlocked import OpenProfile
from sync.client.conflict_sides import Mine
from sync.client.resolve import Choice, resolve_conflict

EDITABLE = frozenset({FieldType.TEXT, FieldType.LONG_TEXT})
_CHANGED_STYLE = "QFrame#changed { background: #fff4e0; border: 1px solid #8a5300; }"


def shown(row: ConflictRow, value: Any) -> str:
    if (row.entity, row.field) == ("interview", "sittings"):  # a list: one line per sitting
        return stored_sittings_text(value)
    entity = ENTITIES.get(row.entity)
    if entity is not None and row.field in entity.field_names:
        return display_value(entity.field(row.field), value)
    return "—" if value is None else str(value)


class ResolveDialog(QDialog):
    def __init__(
        self, ctx: AppContext, profile: OpenProfile, row: ConflictRow, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._profile = profile
        self.row = row
        self.setStyleSheet(_CHANGED_STYLE)
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.banner = MessageBanner(self)
        grid = self._build_columns(row)
        self.keep_mine = QRadioButton(self)
        self.take_theirs = QRadioButton(self)
        self.edit = QRadioButton(self)
        self.edited = QLineEdit(self)
        self.group = QButtonGroup(self)
        for button in (self.keep_mine, self.take_theirs, self.edit):
            self.group.addButton(button)
        self.keep_mine.setChecked(True)
        entity = ENTITIES.get(row.entity)
        editable = (
            entity is not None
            and row.field in entity.field_names
            and entity.field(row.field).type in EDITABLE
        )
        self.edit.setEnabled(editable)
        # Only a text is edited here; a structured value's repr would be noise in the field.
        self.edited.setText("" if row.mine is None or not editable else str(row.mine))
        self.edited.setEnabled(False)
        self.edit.toggled.connect(self.edited.setEnabled)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        # Not the standard Ok: the button box would reword it "OK" on a language change.
        self.resolve_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.resolve_button.setDefault(True)
        self.buttons.accepted.connect(self.resolve)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.banner)
        layout.addLayout(grid)
        for widget in (self.keep_mine, self.take_theirs, self.edit, self.edited, self.buttons):
            layout.addWidget(widget)
        self.resize(760, 360)
        self._retranslate()

    def _build_columns(self, row: ConflictRow) -> QGridLayout:
        grid = QGridLayout()
        self.titles: list[QLabel] = []
        self.whos: list[QLabel] = []
        self.values: list[QLabel] = []
        self.marks: list[QLabel] = []
        for column, value in enumerate((row.base, row.mine, row.theirs)):
            frame = QFrame(self)
            changed = column > 0 and value != row.base
            frame.setObjectName("changed" if changed else "same")
            frame.setFrameShape(QFrame.Shape.StyledPanel)
            box = QVBoxLayout(frame)
            title, who, text, mark = (QLabel(frame) for _ in range(4))
            title.setStyleSheet("font-weight: bold")
            text.setText(shown(row, value))
            text.setWordWrap(True)
            who.setWordWrap(True)
            for label in (title, who, text, mark):
                box.addWidget(label)
            box.addStretch(1)
            mark.setVisible(changed)
            grid.addWidget(frame, 0, column)
            grid.setColumnStretch(column, 1)
            self.titles.append(title)
            self.whos.append(who)
            self.values.append(text)
            self.marks.append(mark)
        return grid

    def choice(self) -> tuple[Choice, Any]:
        """The resolution on the wire: "mine" is the service's value on the laptop that
        wrote it, so the dialog's choice is mapped to the side it means."""
        if self.edit.isChecked():
            return Choice.EDITED, self.edited.text().strip() or None
        return self.row.choice(keep_mine=not self.take_theirs.isChecked()), None

    def resolve(self) -> None:
        profile, conflict_id = self._profile, self.row.conflict_id
        choice, value = self.choice()
        self.buttons.setEnabled(False)
        self._ctx.lanes.run_write(
            lambda: resolve_conflict(profile, conflict_id, choice, value),
            self._on_resolved,
            self._on_failed,
            owner=self,
        )

    def _on_resolved(self, _seq: int) -> None:
        self.accept()

    def _on_failed(self, exc: Exception) -> None:
        self.buttons.setEnabled(True)
        self.banner.show_message(error_message(exc))

    def _column_texts(self) -> tuple[tuple[str, str, str], tuple[str, str, str]]:
        row = self.row
        when = local_time(row.opened_at)
        base = self.tr("Before (base)")
        started = self.tr("The value both sides started from")
        if row.mine_side is Mine.SERVER:
            return (base, self.tr("Mine"), self.tr("Theirs")), (
                started,
                self.tr("Your change, which the service kept"),
                self.tr(
                    "A later change made elsewhere, which the service did not apply; "
                    "the conflict arose on %1"
                ).replace("%1", when),
            )
        if row.mine_side is Mine.NEITHER:
            return (base, self.tr("Later change"), self.tr("On the service")), (
                started,
                self.tr("Made elsewhere; the service did not apply it"),
                self.tr("The value on the service; the conflict arose on %1").replace("%1", when),
            )
        return (base, self.tr("Mine"), self.tr("Theirs")), (
            started,
            self.tr("Your change, which the service did not apply"),
            self.tr("The value on the service; the conflict arose on %1").replace("%1", when),
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        row = self.row
        label = field_label(row.entity, row.field or "")
        self.setWindowTitle(self.tr("Resolve conflict"))
        self.heading.setText(
            self.tr("Case %1 · %2: which value is right?")
            .replace("%1", row.case_number or "—")
            .replace("%2", label)
        )
        titles, whos = self._column_texts()
        for title, who, mark, text_of, text_who in zip(
            self.titles, self.whos, self.marks, titles, whos, strict=True
        ):
            title.setText(text_of)
            who.setText(text_who)
            mark.setText(self.tr("▲ changed from the base"))
        self.values[1].setAccessibleName(f"{titles[1]}: {self.values[1].text()}")
        self.values[2].setAccessibleName(f"{titles[2]}: {self.values[2].text()}")
        if row.mine_side is Mine.NEITHER:
            self.keep_mine.setText(self.tr("&Keep the later change"))
            self.take_theirs.setText(self.tr("&Take the service's value"))
        else:
            self.keep_mine.setText(self.tr("&Keep mine"))
            self.take_theirs.setText(self.tr("&Take theirs"))
        self.edit.setText(self.tr("&Edit:"))
        self.edited.setAccessibleName(self.tr("Edited value"))
        self.resolve_button.setText(self.tr("&Resolve"))
