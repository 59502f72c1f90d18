"""Return assistance (AVRR) in the app: start counselling, edit with a validated budget in
the region's currency, take the steps the flow allows, see the reminders they create."""

from __future__ import annotations

import os
from pathlib import Path

from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.app import DossierApp
from desktop.avrr.step_dialog import StepDialog
from desktop.avrr.tab import ReturnAssistanceTab
from desktop.cases.edit_dialog import RecordEditDialog
from desktop.cases.field_editors import BooleanEditor, ChoiceEditor, TextEditor
from desktop.context import change_language
from desktop.main_window.workspace import Workspace
from storage.services.records import Record
from storage.tables import audit_event
from storage.unlocked import OpenProfile
from tests.gui.conftest import off_gui_thread

SHOTS = os.environ.get("DOSSIER_SCREENSHOTS")


def _profile(app: DossierApp) -> OpenProfile:
    profile = app.shell.profile
    assert profile is not None
    return profile


def _open_return_case(
    qtbot: QtBot, app: DossierApp, workspace: Workspace, region: str = "VD"
) -> tuple[str, ReturnAssistanceTab]:
    """The first case, made a return-assistance case in `region`, open on the Return tab."""
    pane = workspace.detail
    qtbot.waitUntil(lambda: pane.detail is not None, timeout=5000)
    case = pane.detail.case  # type: ignore[union-attr]
    profile = _profile(app)
    changes = {"case_type": "return_assistance", "region": region}
    off_gui_thread(lambda: profile.records.update("case", case.id, changes))
    pane.reload()
    tab = pane.avrr
    qtbot.waitUntil(lambda: tab.data is not None and tab.data.case_id == case.id, timeout=5000)
    qtbot.waitUntil(lambda: pane.tabs.isTabVisible(pane.tabs.indexOf(tab)), timeout=5000)
    pane.tabs.setCurrentWidget(tab)
    return case.id, tab


def _dialog(tab: ReturnAssistanceTab) -> RecordEditDialog:
    found = [d for d in tab.findChildren(RecordEditDialog) if d.isVisible()]
    assert len(found) == 1
    return found[0]


def _type(qtbot: QtBot, dialog: RecordEditDialog, name: str, text: str) -> None:
    editor = dialog.form.editors[name]
    assert isinstance(editor, TextEditor)
    editor.line.clear()
    qtbot.keyClicks(editor.line, text)


def _choose(dialog: RecordEditDialog, name: str, code: str) -> None:
    editor = dialog.form.editors[name]
    assert isinstance(editor, ChoiceEditor)
    editor.combo.setCurrentIndex(editor.combo.findData(code))


def _save(qtbot: QtBot, tab: ReturnAssistanceTab, dialog: RecordEditDialog) -> None:
    with qtbot.waitSignal(dialog.record_did_save, timeout=5000):
        dialog.save()
    qtbot.waitUntil(lambda: tab.data is not None and tab.data.record is not None, timeout=5000)


def _step(qtbot: QtBot, tab: ReturnAssistanceTab, to: str, departed_on: str = "") -> StepDialog:
    button = tab.step_buttons[to]
    assert button.isEnabled()
    button.click()
    dialog = next(d for d in tab.findChildren(StepDialog) if d.isVisible())
    if departed_on:
        dialog.departure.clear()
        qtbot.keyClicks(dialog.departure, departed_on)
    return dialog


def _shown_status(tab: ReturnAssistanceTab, status: str) -> bool:
    record = tab.data.record if tab.data else None
    return record is not None and record["status"] == status


def _shown_eligible(tab: ReturnAssistanceTab) -> bool:
    record = tab.data.record if tab.data else None
    return record is not None and record["eligible"] is True


def _tasks(app: DossierApp, case_id: str) -> list[Record]:
    profile = _profile(app)
    return off_gui_thread(lambda: profile.records.list("task", case_id=case_id))


def test_a_return_is_counselled_registered_and_departs_with_its_reminders(
    qtbot: QtBot, dossier: DossierApp, workspace: Workspace, tmp_path: Path
) -> None:
    case_id, tab = _open_return_case(qtbot, dossier, workspace)
    assert tab.stack.currentIndex() == 0 and tab.start_button.isEnabled()
    assert tab.empty.title == "Noch keine Rückkehrhilfe erfasst"

    tab.start_button.click()
    start = _dialog(tab)
    assert "status" not in start.form.editors  # the status moves by steps only
    _choose(start, "programme", "SIM")
    _choose(start, "country", "SY")
    _type(qtbot, start, "travel_date", "23.12.2026")
    _type(qtbot, start, "reintegration_budget", "-500")
    assert start.form.error_labels["reintegration_budget"].isVisibleTo(start)
    assert not start.form.is_valid  # a negative budget cannot be saved
    _type(qtbot, start, "reintegration_budget", "3500")
    assert start.form.is_valid
    _save(qtbot, tab, start)

    assert tab.stack.currentIndex() == 1 and _shown_status(tab, "counselling")
    assert tab.stepper.state_of("counselling") == "current"
    assert set(tab.step_buttons) == {"registered", "cancelled"}  # only the allowed steps
    assert not tab.step_buttons["registered"].isEnabled()  # eligibility not confirmed yet
    assert tab.view.value_text("reintegration_budget") == "CHF 3'500"

    tab.edit_button.click()
    edit = _dialog(tab)
    eligible = edit.form.editors["eligible"]
    assert isinstance(eligible, BooleanEditor)
    eligible.box.setChecked(True)
    _save(qtbot, tab, edit)
    qtbot.waitUntil(
        lambda: _shown_eligible(tab) and tab.step_buttons["registered"].isEnabled(),
        timeout=5000,
    )

    register = _step(qtbot, tab, "registered")
    assert "Rückkehr: Reisedokument und Buchung prüfen" in register.reminders.text()
    register.accept()
    qtbot.waitUntil(lambda: _shown_status(tab, "registered"), timeout=5000)
    assert set(tab.step_buttons) == {"departed", "counselling", "cancelled"}
    assert "Erinnerungen erstellt: 2" in tab.banner.text
    tasks_tab = workspace.detail.tasks

    def rules_in_deadlines_tab() -> set[str]:
        model = tasks_tab.model
        return {model.task_at(n)["rule"] for n in range(model.rowCount())}

    wanted = {"avrr_travel_preparation", "avrr_departure_check"}
    qtbot.waitUntil(lambda: wanted <= rules_in_deadlines_tab(), timeout=5000)  # case re-read
    assert "09.12.2026" in tab.view.reminders.text()
    if SHOTS:
        qtbot.wait(200)  # let the layout settle before the picture
        dossier.shell.grab().save(str(Path(SHOTS) / "return-de-1366x768.png"))

    depart = _step(qtbot, tab, "departed", "30.11.2026")  # today is 27.11.2026
    assert depart.error.isVisibleTo(depart)
    assert not depart.buttons.button(depart.buttons.StandardButton.Ok).isEnabled()
    depart.departure.clear()
    qtbot.keyClicks(depart.departure, "26.11.2026")
    depart.accept()
    qtbot.waitUntil(lambda: _shown_status(tab, "departed"), timeout=5000)
    assert set(tab.step_buttons) == {"monitoring"}  # gone: no cancelling any more
    assert tab.stepper.state_of("registered") == "done"

    by_rule = {t["rule"]: t for t in _tasks(dossier, case_id) if not t.archived}
    assert by_rule["avrr_travel_preparation"]["done"] is True
    assert by_rule["avrr_monitoring_first"]["due_on"] == "2027-02-26"
    profile = _profile(dossier)
    record_id = tab.data.record.id  # type: ignore[union-attr]

    def updates() -> list[str]:
        with profile.store.read() as conn:
            query = select(audit_event.c.detail).where(
                audit_event.c.object_id == record_id, audit_event.c.action == "update"
            )
            return [row.detail.get("fields") for row in conn.execute(query)]

    assert off_gui_thread(updates).count("status") == 2  # each step is audited

    change_language(dossier.ctx, "fr")
    qtbot.wait(50)
    assert workspace.detail.tabs.tabText(workspace.detail.tabs.indexOf(tab)) == "Retour"
    assert tab.step_buttons["monitoring"].text().replace("&", "") == "Démarrer le suivi …"
    if SHOTS:
        qtbot.wait(200)
        dossier.shell.grab().save(str(Path(SHOTS) / "return-fr-1366x768.png"))
    change_language(dossier.ctx, "de")


def test_without_a_region_the_step_is_saved_and_the_missing_reminders_explained(
    qtbot: QtBot, dossier: DossierApp, workspace: Workspace
) -> None:
    case_id, tab = _open_return_case(qtbot, dossier, workspace, region="")
    values = {"programme": "RAS", "country": "AF", "eligible": True, "travel_date": "2026-12-23"}
    off_gui_thread(lambda: tab._service().start(case_id, values))
    tab.reload()
    qtbot.waitUntil(lambda: _shown_status(tab, "counselling"), timeout=5000)
    assert tab.hint.isVisibleTo(tab) and "Kanton" in tab.hint.text()
    assert tab.view.value_text("reintegration_budget") == "—"

    _step(qtbot, tab, "registered").accept()
    qtbot.waitUntil(lambda: _shown_status(tab, "registered"), timeout=5000)
    assert "keine Erinnerungen" in tab.banner.text
    assert [t for t in _tasks(dossier, case_id) if t["rule"] == "avrr_departure_check"] == []


def test_the_return_tab_is_hidden_on_cases_without_return_assistance(
    qtbot: QtBot, dossier: DossierApp, workspace: Workspace
) -> None:
    case_type = "hardship"
    pane = workspace.detail
    qtbot.waitUntil(lambda: pane.detail is not None, timeout=5000)
    case = pane.detail.case  # type: ignore[union-attr]
    profile = _profile(dossier)
    off_gui_thread(lambda: profile.records.update("case", case.id, {"case_type": case_type}))
    pane.reload()
    qtbot.waitUntil(
        lambda: pane.avrr.data is not None and pane.avrr.data.case_type == case_type,
        timeout=5000,
    )
    assert not pane.tabs.isTabVisible(pane.tabs.indexOf(pane.avrr))
