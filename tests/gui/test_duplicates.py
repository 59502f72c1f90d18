"""Duplicate persons in the app: the merge-candidate task in "Tasks & deadlines" opens both
records side by side; merge (with a picked value), undo and "not the same person"."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtWidgets import QLabel, QRadioButton
from pytestqt.qtbot import QtBot

from desktop.app import DossierApp
from desktop.context import change_language
from desktop.duplicates.dialog import DuplicateDialog
from desktop.duplicates.panel import DuplicatesPanel
from desktop.duplicates.texts import reason_text
from desktop.main_window.workspace import Workspace
from storage.duplicates import Reason
from storage.unlocked import OpenProfile
from tests.gui import a11y_audit as audit
from tests.gui.conftest import off_gui_thread

SHOTS = (
    Path(os.environ.get("DOSSIER_SCREENSHOTS", ""))
    if os.environ.get("DOSSIER_SCREENSHOTS")
    else None
)


def _add(profile: OpenProfile, case_id: str, values: dict[str, object]) -> str:
    _, person = profile.casework.add_person_to_case(case_id, values, "applicant")
    return person.id


def _setup(qtbot: QtBot, dossier: DossierApp, workspace: Workspace) -> tuple[str, str, str]:
    qtbot.waitUntil(lambda: workspace.detail.detail is not None, timeout=5000)
    case = workspace.detail.detail.case  # type: ignore[union-attr]
    profile = dossier.shell.profile
    assert profile is not None
    other_case = next(
        c.id for c in off_gui_thread(lambda: profile.records.list("case")) if c.id != case.id
    )
    here = off_gui_thread(
        lambda: _add(profile, case.id, {"given_names": "Mohammed", "family_name": "Qasimzada",
                                        "birth_date": "1990", "phone": "+41 79 111 22 33",
                                        "nationalities": ["AF"]})
    )  # fmt: skip
    there = off_gui_thread(
        lambda: _add(profile, other_case, {"given_names": "Muhammad", "family_name": "Qasimzada",
                                           "birth_date": "1990-03-12", "nationalities": ["AF"],
                                           "name_original": "محمد قاسم زاده"})
    )  # fmt: skip
    workspace.detail.tabs.setCurrentWidget(workspace.detail.tasks)
    return case.id, here, there


def _open(qtbot: QtBot, panel: DuplicatesPanel, case_id: str, pair: set[str]) -> DuplicateDialog:
    panel.set_case(case_id)
    qtbot.waitUntil(lambda: any(set(i.pair) == pair for i in panel._items), timeout=10_000)
    row = next(n for n, i in enumerate(panel._items) if set(i.pair) == pair)
    panel.list.setCurrentRow(row)
    dialog = panel.open_selected()
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog._comparison is not None, timeout=5000)
    return dialog


def test_merge_candidate_opens_side_by_side_and_merges_undoes_and_dismisses(
    qtbot: QtBot, dossier: DossierApp, workspace: Workspace
) -> None:
    case_id, here, there = _setup(qtbot, dossier, workspace)
    panel = workspace.detail.tasks.duplicates
    dialog = _open(qtbot, panel, case_id, {here, there})
    assert panel.isVisible()
    assert reason_text([Reason.NAMES_VARIANTS]) in dialog.reasons.text()
    assert {"given_names", "birth_date", "phone", "name_original"} <= set(dialog._picks)
    assert "Qasimzada" in dialog.merge_button.text()
    assert not dialog.undo_button.isVisible()
    if SHOTS is not None:
        change_language(dossier.ctx, "en")
        qtbot.wait(50)
        dialog.grab().save(str(SHOTS / "duplicate-en.png"))
        change_language(dossier.ctx, "fr")
        qtbot.wait(50)
        dialog.grab().save(str(SHOTS / "duplicate-fr.png"))
        change_language(dossier.ctx, "de")
        qtbot.wait(50)
        dialog.grab().save(str(SHOTS / "duplicate-de.png"))
        change_language(dossier.ctx, "en")
        qtbot.wait(50)

    # Keep "there", but take the phone number from "here".
    sides = dialog._sides()
    keep = 0 if sides[0].person.id == there else 1
    dialog.keep.button(keep).setChecked(True)
    dialog._picks["phone"].button(1 - keep).setChecked(True)
    assert dialog.picks() == {"phone": here}
    with qtbot.waitSignal(dialog.decision_did_save, timeout=5000):
        dialog.merge_button.click()
    profile = dossier.shell.profile
    assert profile is not None
    merged = off_gui_thread(lambda: profile.records.get("person", here, audit_read=False))
    kept = off_gui_thread(lambda: profile.records.get("person", there, audit_read=False))
    assert merged.archived and kept["phone"] == "+41 79 111 22 33"

    # The merge is listed in the case; opening it offers only "Undo merge".
    qtbot.waitUntil(lambda: any(i.merge is not None for i in panel._items), timeout=10_000)
    panel.list.setCurrentRow(next(n for n, i in enumerate(panel._items) if i.merge is not None))
    undo = panel.open_selected()
    assert undo is not None
    qtbot.waitUntil(lambda: undo._comparison is not None, timeout=5000)
    assert undo.undo_button.isVisible() and not undo.merge_button.isVisible()
    assert not undo.findChildren(QRadioButton, "keep1")[0].isEnabled()
    with qtbot.waitSignal(undo.decision_did_save, timeout=5000):
        undo.undo_button.click()
    assert not off_gui_thread(
        lambda: profile.records.get("person", here, audit_read=False)
    ).archived

    # Proposed again; "Not the same person" makes it go away for good.
    again = _open(qtbot, panel, case_id, {here, there})
    with qtbot.waitSignal(again.decision_did_save, timeout=5000):
        again.distinct_button.click()
    qtbot.waitUntil(
        lambda: not any(set(i.pair) == {here, there} for i in panel._items), timeout=10_000
    )
    assert all(label.text() != "" for label in again.findChildren(QLabel, "dialogHeading"))


def test_each_choice_has_its_own_name_for_a_screen_reader_in_every_language(
    qtbot: QtBot, dossier: DossierApp, workspace: Workspace
) -> None:
    case_id, here, there = _setup(qtbot, dossier, workspace)
    dialog = _open(qtbot, workspace.detail.tasks.duplicates, case_id, {here, there})
    first, second = dialog._sides()
    try:
        for language, word in (("en", "first"), ("de", "ersten"), ("fr", "première")):
            change_language(dossier.ctx, language)
            qtbot.waitUntil(
                lambda w=word: w in dialog.keep.button(0).accessibleName().lower(), timeout=5000
            )  # the dialog is rebuilt in the new language
            keep = [dialog.keep.button(n).accessibleName() for n in (0, 1)]
            assert keep[0] != keep[1]
            for side, name in zip((first, second), keep, strict=True):
                assert "Qasimzada" in name
                assert side.person.values["birth_date"][:4] in name  # the date of birth shown
            for group in dialog._picks.values():  # e.g. both phones: a number and an empty one
                names = [b.accessibleName() for b in group.buttons()]
                assert len(set(names)) == 2 and all(names)
            audit.settle()
            assert audit.shared_name_problems(language, dialog) == []
            assert audit.name_problems(language, dialog) == []
    finally:
        change_language(dossier.ctx, "de")
    dialog.reject()
