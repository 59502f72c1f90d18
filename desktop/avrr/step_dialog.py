"""Confirm one step of the return: what it means, which reminders it creates, and — for the
departure — on which day it happened."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from PySide6.QtCore import QEvent
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.avrr.texts import action_text, explained
from desktop.context import AppContext
from desktop.formatting import date_format, format_date, parse_date
from desktop.tasks_view.explain import rule_label
from storage.deadlines import Rule
from storage.services.avrr import STEP_TRIGGERS


class StepDialog(QDialog):
    def __init__(
        self,
        ctx: AppContext,
        before: str,
        after: str,
        *,
        today: date,
        travel_date: str | None,
        rules: Mapping[str, Rule],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.before, self.after = before, after
        self._today = today
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.reminders = QLabel(self)
        self.reminders.setWordWrap(True)
        trigger = STEP_TRIGGERS.get(after)
        self._rules = [r for r in rules.values() if trigger and r.trigger == trigger]
        self.departure = QLineEdit(self)
        self.departure.setPlaceholderText(date_format().lower())
        default = travel_date if travel_date and travel_date <= today.isoformat() else None
        self.departure.setText(format_date(default or today.isoformat()))
        self.departure.textEdited.connect(self._on_departure_text_edited)
        self.departure_label = QLabel(self)
        self.departure_label.setBuddy(self.departure)
        self.error = QLabel(self)
        self.error.setObjectName("fieldError")
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+L"), self, ctx.events.lock_was_requested.emit)
        form = QFormLayout()
        form.addRow(self.departure_label, self.departure)
        form.addRow("", self.error)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.reminders)
        if after == "departed":
            layout.addLayout(form)
        else:
            for widget in (self.departure, self.departure_label, self.error):
                widget.hide()
        layout.addWidget(self.buttons)
        self.resize(480, 0)
        self._retranslate()

    @property
    def departed_on(self) -> date | None:
        """The entered departure date (None: not a departure, or not a valid date)."""
        if self.after != "departed":
            return None
        parsed = parse_date(self.departure.text())
        return date.fromisoformat(parsed) if parsed else None

    def _problem(self) -> str:
        if self.after != "departed":
            return ""
        when = self.departed_on
        if when is None:
            return self.tr("Not a valid date — write it like 27.11.2026.")
        if when > self._today:
            return self.tr("The departure cannot be in the future.")
        return ""

    def _on_departure_text_edited(self, _text: str) -> None:
        problem = self._problem()
        self.error.setText(f"⚠ {problem}" if problem else "")
        self.error.setVisible(bool(problem))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem)

    def accept(self) -> None:
        if self._problem():
            self._on_departure_text_edited("")
            return
        super().accept()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        title = action_text(self.before, self.after).replace("&", "").rstrip(" …")
        self.setWindowTitle(title)
        self.text.setText(explained(self.after))
        names = [rule_label(r, r.id) for r in self._rules]
        self.reminders.setText(
            self.tr("Reminders this creates: %1").replace("%1", "; ".join(names)) if names else ""
        )
        self.reminders.setVisible(bool(names))
        self.departure_label.setText(self.tr("Date of departure *"))
        self.departure.setAccessibleName(self.tr("Date of departure"))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Confirm"))
