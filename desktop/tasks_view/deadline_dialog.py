"""New legal deadline: choose a rule, give the trigger date, see the due date and why.

The preview runs on the DB lane (it reads the case's region) whenever rule, date or country
change; what is shown is exactly what "Create" will store.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.context import AppContext
from desktop.formatting import deadline_text, format_date, parse_date
from desktop.messages import error_message
from desktop.tasks_view.explain import (
    explanation_text,
    legal_reference,
    rule_label,
    trigger_date_label,
)
from desktop.tasks_view.regions import region_phrase
from desktop.vocabulary import choice_label
from desktop.widgets.banner import MessageBanner
from storage.deadlines import Deadline, Region, Rule
from storage.services.casework import DeadlineOptions, rules_for
from storage.unlocked import OpenProfile

PREVIEW_DEBOUNCE_MS = 150


class DeadlineDialog(QDialog):
    task_did_save = Signal(object)  # the new task Record

    def __init__(
        self,
        ctx: AppContext,
        profile: OpenProfile,
        case_id: str,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._profile = profile
        self._case_id = case_id
        self._options: DeadlineOptions | None = None
        self.deadline: Deadline | None = None
        self.banner = MessageBanner(self)
        self.rule = QComboBox(self)
        self.reference = QLabel(self)
        self.reference.setObjectName("fieldLabel")
        self.country = QComboBox(self)
        self.region_note = QLabel(self)
        self.region_note.setWordWrap(True)
        self.trigger = QLineEdit(format_date(today.isoformat()), self)
        self.trigger_error = QLabel(self)
        self.trigger_error.setObjectName("fieldError")
        self.due = QLabel(self)
        self.due.setObjectName("deadlineDue")
        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        self.explanation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.create_button = QPushButton(self)
        self.create_button.setDefault(True)
        self.buttons.addButton(self.create_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.create)
        self.buttons.rejected.connect(self.reject)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DEBOUNCE_MS)
        self._timer.timeout.connect(self._preview)
        self._build()
        self.rule.currentIndexChanged.connect(self._on_rule_current_index_changed)
        self.country.currentIndexChanged.connect(self._on_country_current_index_changed)
        self.trigger.textChanged.connect(self._on_input_changed)
        self.resize(640, 360)
        self._retranslate()
        self._set_ready(False)
        profile_casework = profile.casework
        ctx.lanes.run_query(
            lambda: profile_casework.deadline_options(case_id),
            self._on_options_loaded,
            self._on_failed,
            owner=self,
        )

    def _build(self) -> None:
        self._labels = [QLabel(self) for _ in range(3)]
        for label, buddy in zip(self._labels, (self.rule, self.country, self.trigger), strict=True):
            label.setBuddy(buddy)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self._labels[0], self.rule)
        form.addRow("", self.reference)
        form.addRow(self._labels[1], self.country)
        form.addRow("", self.region_note)
        form.addRow(self._labels[2], self.trigger)
        form.addRow("", self.trigger_error)
        self._form = form
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        preview = QFrame(self)
        preview.setObjectName("deadlinePreview")
        column = QVBoxLayout(preview)
        column.addWidget(self.due)
        column.addWidget(self.explanation)
        layout.addSpacing(6)
        layout.addWidget(preview)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.trigger_error.hide()
        form.setRowVisible(self.country, False)

    # --- options -------------------------------------------------------------------------

    def _on_options_loaded(self, options: DeadlineOptions) -> None:
        self._options = options
        self.country.blockSignals(True)
        self.country.clear()
        for region in options.regions:
            self.country.addItem(choice_label("person", "nationalities", region.country), region)
        self.country.blockSignals(False)
        self._form.setRowVisible(self.country, len(options.regions) > 1)
        self._fill_rules()

    def region(self) -> Region | None:
        data = self.country.currentData()
        return data if isinstance(data, Region) else None

    def _fill_rules(self) -> None:
        region = self.region()
        rules = rules_for(region, self._options.rules) if region and self._options else ()
        current = self.rule.currentData()
        self.rule.blockSignals(True)
        self.rule.clear()
        for rule in rules:
            self.rule.addItem(rule_label(rule), rule)
        self.rule.setCurrentIndex(max(0, self.rule.findData(current)))
        self.rule.blockSignals(False)
        self._update_texts()
        self._preview()

    def chosen_rule(self) -> Rule | None:
        data = self.rule.currentData()
        return data if isinstance(data, Rule) else None

    def _on_rule_current_index_changed(self, _index: int) -> None:
        self._update_texts()
        self._on_input_changed()

    def _on_input_changed(self, *_args: object) -> None:
        # What is shown must always be what "Create" stores: nothing until the new preview.
        self.deadline = None
        self._set_ready(False)
        self._show_preview()
        self._timer.start()

    def _on_country_current_index_changed(self, _index: int) -> None:
        self._fill_rules()

    # --- preview -------------------------------------------------------------------------

    def _trigger_date(self) -> date | None:
        parsed = parse_date(self.trigger.text())
        self.trigger_error.setVisible(parsed is None)
        return date.fromisoformat(parsed) if parsed else None

    def _preview(self) -> None:
        rule, region, trigger = self.chosen_rule(), self.region(), self._trigger_date()
        self.deadline = None
        self._set_ready(False)
        if rule is None or region is None or trigger is None:
            self._show_preview()
            return
        casework, case_id = self._profile.casework, self._case_id
        self._ctx.lanes.run_query(
            lambda: casework.preview_deadline(case_id, rule.id, trigger, country=region.country),
            self._on_preview_done,
            self._on_failed,
            owner=self,
            key="deadline-preview",
        )

    def _on_preview_done(self, deadline: Deadline) -> None:
        rule, region = self.chosen_rule(), self.region()
        trigger = parse_date(self.trigger.text())
        current = (rule.id if rule else None, trigger, region.code if region else None)
        if current != (deadline.rule_id, deadline.trigger_date.isoformat(), deadline.region):
            return  # the input changed meanwhile; a newer preview is on its way
        self.banner.clear()
        self.deadline = deadline
        self._set_ready(True)
        self._show_preview()

    def _show_preview(self) -> None:
        deadline, rule = self.deadline, self.chosen_rule()
        if deadline is None or rule is None:
            self.due.clear()
            self.explanation.clear()
            return
        due = deadline_text(deadline.due_on.isoformat(), date.fromtimestamp(self._ctx.clock()))
        self.due.setText(self.tr("Due: %1").replace("%1", due))
        steps = explanation_text(deadline.explanation, rule.trigger, self._language())
        self.explanation.setText(steps[:1].upper() + steps[1:] + ".")

    def _on_failed(self, exc: Exception) -> None:
        self.deadline = None
        self._set_ready(False)
        self._show_preview()
        self.banner.show_message(error_message(exc))

    def _set_ready(self, ready: bool) -> None:
        self.create_button.setEnabled(ready)

    def _language(self) -> str:
        return self._ctx.translations.language

    # --- creating ------------------------------------------------------------------------

    def create(self) -> None:
        deadline, rule, region = self.deadline, self.chosen_rule(), self.region()
        if deadline is None or rule is None or region is None:
            return
        self._set_ready(False)
        casework, case_id, title = self._profile.casework, self._case_id, rule_label(rule)
        trigger = deadline.trigger_date
        self._ctx.lanes.run_write(
            lambda: casework.create_deadline_task(
                case_id, rule.id, trigger, country=region.country, title=title
            ),
            self._on_created,
            self._on_failed,
            owner=self,
        )

    def _on_created(self, task: object) -> None:
        self.task_did_save.emit(task)
        self._ctx.events.record_did_change.emit(task)
        self._ctx.events.outbox_did_change.emit()
        self.accept()

    # --- language ------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _update_texts(self) -> None:
        rule, region = self.chosen_rule(), self.region()
        self.reference.setText(legal_reference(rule) if rule else "")
        self._labels[2].setText(trigger_date_label(rule))
        if self._options is None:
            self.region_note.setText(self.tr("Loading the rules …"))
        elif region is None:
            self.region_note.setText(
                self.tr(
                    "This case has no canton or Land, so holidays are unknown. Enter it "
                    "in the case overview (for example VD or BY), then try again."
                )
            )
        else:
            self.region_note.setText(
                self.tr("Counted with the public holidays %1.").replace(
                    "%1", region_phrase(region.code)
                )
            )
        for n in range(self.rule.count()):
            self.rule.setItemText(n, rule_label(self.rule.itemData(n)))

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("New legal deadline"))
        self._labels[0].setText(self.tr("&Rule"))
        self._labels[1].setText(self.tr("C&ountry"))
        self.country.setToolTip(
            self.tr("This code is a Swiss canton and a German Land. Choose which one is meant.")
        )
        self.trigger.setPlaceholderText(self.tr("dd.mm.yyyy"))
        self.trigger_error.setText(self.tr("⚠ Not a valid date — write it like 27.11.2026."))
        self.create_button.setText(self.tr("&Create deadline"))
        self._update_texts()
        self._show_preview()
