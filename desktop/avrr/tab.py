"""The "Return" tab of the case detail: return assistance (AVRR) for a case.

Shown on return-assistance cases, and on any case that has a return-assistance record. The
stepper shows where the return stands; only the steps `storage.validation` allows from there
are offered. Each step, edit or start is one write on the DB lane through
`ReturnAssistanceService`; when it created or withdrew reminders, `tasks_did_change` asks the
case pane to read the case again so the Deadlines tab shows them.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.avrr.step_dialog import StepDialog
from desktop.avrr.stepper import StatusStepper
from desktop.avrr.texts import action_text, failure_message, skipped_message
from desktop.avrr.view import SHOWN, ReturnAssistanceView
from desktop.cases.create import blank_record
from desktop.cases.edit_dialog import RecordEditDialog
from desktop.context import AppContext
from desktop.messages import UserMessage
from desktop.vocabulary import choice_label
from desktop.widgets.banner import Kind, MessageBanner
from desktop.widgets.case_tab import CaseTab
from desktop.widgets.empty_state import EmptyState
from storage.services.avrr import (
    RETURN_CASE_TYPES,
    ReturnAssistance,
    ReturnAssistanceService,
    StepResult,
)
from storage.services.records import Record
from storage.unlocked import OpenProfile
from storage.validation import AVRR_STATUS_TRANSITIONS


class ReturnAssistanceTab(CaseTab):
    """Adds itself as the last tab of `tabs`; hidden on cases without return assistance."""

    tasks_did_change = Signal()

    def __init__(
        self,
        ctx: AppContext,
        profile: OpenProfile,
        today: Callable[[], date],
        tabs: QTabWidget,
    ) -> None:
        super().__init__(ctx, profile, tabs)
        self._tabs = tabs
        self._today = today
        self.data: ReturnAssistance | None = None
        self._confirmed = False  # the banner shows a "saved" confirmation, not an error
        self.stepper = StatusStepper(self)
        self.step_buttons: dict[str, QPushButton] = {}
        self.steps_grid = QGridLayout()  # two per row: three buttons do not fit 1366 px
        self.edit_button = QPushButton(self)
        self.edit_button.clicked.connect(self.edit)
        self.details_title = QLabel(self)
        self.details_title.setObjectName("sectionTitle")
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.banner = MessageBanner(self)
        self.view = ReturnAssistanceView(today, self)
        self.empty = EmptyState(self)
        self.start_button = QPushButton(self)
        self.start_button.clicked.connect(self.start)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self._empty_page())
        self.stack.addWidget(self._record_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.stack, 1)
        tabs.addTab(self, "")
        self._show_offered(False)
        self._retranslate()

    def _empty_page(self) -> QWidget:
        page = QWidget(self)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.start_button)
        row.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addWidget(self.empty, 1)
        layout.addLayout(row)
        layout.addStretch(1)
        return page

    def _record_page(self) -> QWidget:
        page = QWidget(self)
        steps = QHBoxLayout()
        steps.addLayout(self.steps_grid)
        steps.addStretch(1)
        details = QHBoxLayout()
        details.addWidget(self.details_title)
        details.addStretch(1)
        details.addWidget(self.edit_button)
        scroll = self.details_area = QScrollArea(page)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.view)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stepper)
        layout.addLayout(steps)
        layout.addWidget(self.hint)
        layout.addSpacing(6)
        layout.addLayout(details)
        layout.addWidget(scroll, 1)
        return page

    # --- data ----------------------------------------------------------------------------

    def _service(self) -> ReturnAssistanceService:
        p = self._profile
        return ReturnAssistanceService(p.context, p.records, p.casework)

    def set_case(self, case: Record | None) -> None:
        """Show the case's return assistance (read on the DB lane); None: nothing open."""
        if case is None or self.case_id != case.id:
            self.data = None
            self.banner.clear()
            self._show()
        self.case_id = case.id if case else None
        if case is None:
            self._show_offered(False)
            return
        if self.data is None:
            self._show_offered(case["case_type"] in RETURN_CASE_TYPES)
        self.reload()

    def clear(self) -> None:
        self.set_case(None)

    def reload(self) -> None:
        if self.case_id is None:
            return
        service, case_id = self._service(), self.case_id
        self._ctx.lanes.run_query(
            lambda: service.load(case_id), self._on_loaded, self._on_failed, owner=self
        )

    def _on_loaded(self, data: ReturnAssistance) -> None:
        if data.case_id != self.case_id:
            return
        self.data = data
        self._show_offered(data.offered)
        self._show()

    def _show_offered(self, offered: bool) -> None:
        index = self._tabs.indexOf(self)
        if index >= 0:
            self._tabs.setTabVisible(index, offered)

    def _show(self) -> None:
        record = self.data.record if self.data else None
        self.stack.setCurrentIndex(0 if record is None else 1)
        self.start_button.setEnabled(self.data is not None and record is None)
        self.stepper.set_status(record["status"] if record else None)
        self.view.set_data(self.data)
        self._rebuild_steps(record)
        self._update_hint()

    def _rebuild_steps(self, record: Record | None) -> None:
        before = record["status"] if record else None
        if tuple(self.step_buttons) == AVRR_STATUS_TRANSITIONS.get(before or "", ()):
            self._retranslate_steps()  # same status: keep the buttons (and the focus)
            return
        for button in self.step_buttons.values():
            self.steps_grid.removeWidget(button)
            button.hide()
            button.deleteLater()
        self.step_buttons = {}
        for n, after in enumerate(AVRR_STATUS_TRANSITIONS.get(before or "", ())):
            button = QPushButton(self)
            button.clicked.connect(lambda _c=False, to=after: self.ask_step(to))
            self.step_buttons[after] = button
            self.steps_grid.addWidget(button, n // 2, n % 2)
        self._retranslate_steps()

    def _update_hint(self) -> None:
        record = self.data.record if self.data else None
        texts = []
        register = self.step_buttons.get("registered")
        if record is not None and register is not None:
            register.setEnabled(record["eligible"] is True)
            if record["eligible"] is not True:
                texts.append(self.tr("Confirm eligibility (Edit …) before registering."))
        if record is not None and self.data is not None and self.data.currency is None:
            texts.append(
                self.tr("No canton or Land on the case: currency and reminders are unknown.")
            )
        self.hint.setText(" ".join(texts))
        self.hint.setVisible(bool(texts))

    # --- writes --------------------------------------------------------------------------

    def start(self) -> None:
        if self.case_id is None:
            return
        service, case_id = self._service(), self.case_id
        dialog = RecordEditDialog(
            self._ctx,
            self._profile,
            blank_record("return_assistance", {"status": "counselling"}, case_id=case_id),
            self.tr("Start return counselling"),
            self,
            create=lambda values: lambda: service.start(case_id, values),
            only=SHOWN,
            header=self._currency_note(),
        )
        self._open(dialog)

    def edit(self) -> None:
        record = self.data.record if self.data else None
        if record is None:
            return
        service, today = self._service(), self._today()

        def save_op(_values: dict[str, Any]) -> Callable[[], StepResult]:
            changes = dialog.form.changes()  # on the GUI thread; the write runs on the lane
            return lambda: service.save(
                record.id, changes, expected_hlc=record.updated_hlc, today=today
            )

        dialog = RecordEditDialog(
            self._ctx,
            self._profile,
            record,
            self.tr("Edit return assistance"),
            self,
            create=save_op,
            only=SHOWN,
            header=self._currency_note(),
        )
        self._open(dialog)

    def _open(self, dialog: RecordEditDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.record_did_save.connect(self._on_saved)
        dialog.open()
        dialog.activateWindow()

    def _currency_note(self) -> QLabel:
        currency = self.data.currency if self.data else None
        text = (
            self.tr("The reintegration budget is in %1, whole amounts.").replace("%1", currency)
            if currency
            else self.tr(
                "The case has no canton or Land yet, so the budget's currency (CHF or EUR) "
                "is unknown. Enter the region in the case overview."
            )
        )
        note = QLabel(text)
        note.setWordWrap(True)
        return note

    def ask_step(self, after: str) -> None:
        record = self.data.record if self.data else None
        if record is None or self.data is None:
            return
        dialog = StepDialog(
            self._ctx,
            record["status"],
            after,
            today=self._today(),
            travel_date=record["travel_date"],
            rules=self.data.rules,
            parent=self,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._take_step(record, after, dialog.departed_on))
        dialog.open()

    def _take_step(self, record: Record, after: str, departed_on: date | None) -> None:
        service, today = self._service(), self._today()
        self._ctx.lanes.run_write(
            lambda: service.move(
                record.id,
                after,
                expected_hlc=record.updated_hlc,
                today=today,
                departed_on=departed_on,
            ),
            self._on_saved,
            self._on_write_failed,
            owner=self,
        )

    def _on_saved(self, result: Any) -> None:
        if isinstance(result, StepResult):
            step = result
            for record in (step.record, *step.created, *step.withdrawn):
                self._ctx.events.record_did_change.emit(record)
            self._ctx.events.outbox_did_change.emit()
        else:  # a new record from the start dialog, which announced it already
            step = StepResult(result)
        if step.skipped:
            self.banner.show_message(skipped_message(step.skipped), Kind.WARNING)
        else:
            self.banner.show_message(self._saved_message(step), Kind.INFO)
        self._confirmed = not step.skipped
        self.reload()
        if step.created or step.withdrawn:
            self.tasks_did_change.emit()

    def _saved_message(self, step: StepResult) -> UserMessage:
        status = choice_label("return_assistance", "status", step.record["status"])
        text = self.tr("Saved. Status: %1.").replace("%1", status)
        if step.created:
            made = self.tr("Reminders created: %1 (see Deadlines).")
            text += " " + made.replace("%1", str(len(step.created)))
        return UserMessage(text, "")

    def _on_write_failed(self, exc: Exception) -> None:
        self._confirmed = False
        self.banner.show_message(failure_message(exc))
        self.reload()  # the status may have moved on another laptop: offer what is possible

    # --- language ------------------------------------------------------------------------

    def _retranslate(self) -> None:
        if self._confirmed:  # a confirmation in the previous language has done its job
            self.banner.clear()
            self._confirmed = False
        index = self._tabs.indexOf(self)
        if index >= 0:
            self._tabs.setTabText(index, self.tr("Return"))
            self._tabs.setTabToolTip(index, self.tr("Return assistance (AVRR)"))
        self.details_title.setText(self.tr("Details"))
        self.details_area.setAccessibleName(self.tr("Return assistance details"))
        self.edit_button.setText(self.tr("&Edit …"))
        self.edit_button.setToolTip(self.tr("Programme, destination, eligibility, budget, plan"))
        self.start_button.setText(self.tr("&Start return counselling …"))
        self.empty.set_text(
            self.tr("No return assistance recorded yet"),
            self.tr(
                "Start counselling to record the programme (RIF, SIM, RAS, RAZ), the "
                "destination country and whether the person is eligible."
            ),
        )
        self._retranslate_steps()
        self._update_hint()

    def _retranslate_steps(self) -> None:
        record = self.data.record if self.data else None
        for after, button in self.step_buttons.items():
            if record is not None:
                button.setText(action_text(record["status"], after))
