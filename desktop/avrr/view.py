"""The return assistance as read: its fields (the budget with its currency) and the reminders
the steps created, each with when it is due."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QEvent, QLocale, Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from desktop.formatting import deadline_text, display_value, format_date
from desktop.tasks_view.explain import rule_label
from desktop.vocabulary import field_label
from storage.schema import RETURN_ASSISTANCE
from storage.services.avrr import ReturnAssistance

SHOWN = (
    "programme",
    "country",
    "eligible",
    "travel_date",
    "reintegration_budget",
    "reintegration_plan",
)


def budget_text(amount: int | None, currency: str | None) -> str:
    """ "CHF 3’500" in the locale's digits; without a currency while the region is unknown."""
    if amount is None:
        return "—"
    number = QLocale().toString(amount)
    return f"{currency} {number}" if currency else number


class ReturnAssistanceView(QWidget):
    def __init__(self, today: Callable[[], date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self.data: ReturnAssistance | None = None
        self.labels: dict[str, QLabel] = {}
        self.values: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(4)
        for name in SHOWN:
            label, value = QLabel(self), QLabel(self)
            label.setObjectName("fieldLabel")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(label, value)
            self.labels[name], self.values[name] = label, value
        self.reminders_title = QLabel(self)
        self.reminders_title.setObjectName("sectionTitle")
        self.reminders = QLabel(self)
        self.reminders.setWordWrap(True)
        self.reminders.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addSpacing(8)
        layout.addWidget(self.reminders_title)
        layout.addWidget(self.reminders)
        layout.addStretch(1)
        self.retranslate()

    def set_data(self, data: ReturnAssistance | None) -> None:
        self.data = data
        self._fill()

    def value_text(self, name: str) -> str:
        return self.values[name].text()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        for name, label in self.labels.items():
            label.setText(field_label("return_assistance", name))
            self.values[name].setAccessibleName(label.text())
        self.reminders_title.setText(self.tr("Reminders of the return"))
        self._fill()

    def _fill(self) -> None:
        record = self.data.record if self.data else None
        for name, value in self.values.items():
            if record is None:
                value.clear()
            elif name == "reintegration_budget":
                value.setText(budget_text(record[name], self.data.currency if self.data else None))
            else:
                value.setText(display_value(RETURN_ASSISTANCE.field(name), record[name]))
        self._fill_reminders()

    def _fill_reminders(self) -> None:
        tasks = [t for t in (self.data.tasks if self.data else ()) if not t.archived]
        if not tasks:
            self.reminders.setText(
                self.tr("None yet: registering and recording the departure create them.")
            )
            return
        rules = self.data.rules if self.data else {}
        lines = []
        for task in sorted(tasks, key=lambda t: (bool(t["done"]), t["due_on"] or "")):
            title = rule_label(rules.get(task["rule"] or ""), task["title"] or "")
            if task["done"]:
                when = self.tr("done (was due %1)").replace("%1", format_date(task["due_on"]))
                lines.append(f"✓ {title} — {when}")
            else:
                lines.append(f"○ {title} — {deadline_text(task['due_on'], self._today())}")
        hint = self.tr("In the Deadlines tab each one says why it falls on its day.")
        self.reminders.setText("\n".join([*lines, "", hint]))
