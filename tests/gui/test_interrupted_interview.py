"""An interrupted interview in the editor: read-only until continued, explained when the
store refuses a save, and its sittings readable in the read-back."""

from __future__ import annotations

import json
from dataclasses import replace
from types import MappingProxyType
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from desktop.app import DossierApp
from desktop.interviews import editor as editor_module
from desktop.interviews.answers import TextAnswer
from desktop.interviews.readback import protocol_html
from desktop.interviews.sitting_text import stored_sittings_text, unreadable_text
from desktop.interviews.sittings import ContinueDialog, InterruptDialog
from desktop.main_window.workspace import Workspace
from tests.gui.conftest import off_gui_thread
from tests.gui.test_interviews import _open_first_case, _start, _stored

REFUSED = "Die Befragung ist unterbrochen, deshalb wurde nichts gespeichert."


def test_an_interview_interrupted_elsewhere_refuses_the_save_explains_and_keeps_the_entry(
    qtbot: QtBot, dossier: DossierApp, workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(editor_module, "AUTOSAVE_INTERVAL_MS", 200)
    _open_first_case(qtbot, workspace)
    editor = _start(qtbot, workspace)
    profile = dossier.shell.profile
    assert profile is not None
    interview_id = editor.record.id
    # Interrupted behind the editor's back (another window, or a sync from another laptop).
    off_gui_thread(lambda: profile.casework.interrupt_interview(interview_id, "Stromausfall"))
    assert not editor.is_interrupted

    family = editor.form.editors["family_name"]
    assert isinstance(family, TextAnswer)
    qtbot.keyClicks(family.line, "Tesfay")
    qtbot.waitUntil(lambda: editor.banner.text.startswith(REFUSED), timeout=5000)
    qtbot.waitUntil(lambda: editor.is_interrupted, timeout=5000)  # reloaded as stored

    assert family.line.isReadOnly() and family.line.text() == "Tesfay"  # nothing lost
    assert not editor.participants.language.isEnabled()
    assert editor.participants.interpreter.isReadOnly()
    assert editor.sittings.continue_button.isVisibleTo(editor)
    assert "family_name" not in (_stored(dossier, interview_id)["answers"] or {})
    editor.grab().save("/tmp/interview-interrupted-refused.png")

    editor.sittings.continue_button.click()
    resume = editor.sittings.dialog
    assert isinstance(resume, ContinueDialog)
    resume.accept()
    qtbot.waitUntil(lambda: not editor.is_interrupted, timeout=5000)
    assert not family.line.isReadOnly()
    qtbot.waitUntil(lambda: not editor.is_dirty and not editor._saving, timeout=5000)
    assert _stored(dossier, interview_id)["answers"]["family_name"] == "Tesfay"
    assert editor.banner.text == ""


def test_the_read_back_lists_every_sitting_with_its_times_and_why_it_was_interrupted(
    qtbot: QtBot, dossier: DossierApp, workspace: Workspace
) -> None:
    _open_first_case(qtbot, workspace)
    editor = _start(qtbot, workspace)
    editor.sittings.interrupt_button.click()
    dialog = editor.sittings.dialog
    assert isinstance(dialog, InterruptDialog)
    dialog.reason.setText("Dolmetscher musste gehen")
    dialog.accept()
    qtbot.waitUntil(lambda: editor.is_interrupted, timeout=5000)

    editor.readback_button.setChecked(True)
    qtbot.waitUntil(lambda: editor.stack.currentIndex() == 1, timeout=5000)
    text = editor.readback.toPlainText()
    assert "Sitzungen" in text and "Sitzung 1: " in text
    assert "Unterbrochen: Dolmetscher musste gehen" in text
    assert "started_at" not in text and "{" not in text
    editor.resize(1000, 760)
    editor.grab().save("/tmp/interview-readback-sittings.png")


def test_an_interview_never_interrupted_reads_back_without_a_sittings_section(
    qtbot: QtBot, dossier: DossierApp, workspace: Workspace
) -> None:
    _open_first_case(qtbot, workspace)
    editor = _start(qtbot, workspace)
    editor.readback_button.setChecked(True)
    qtbot.waitUntil(lambda: editor.stack.currentIndex() == 1, timeout=5000)
    text = editor.readback.toPlainText()
    assert "Sitzung" not in text and "INT-7" in text


@pytest.mark.parametrize(
    "value",
    [
        "not json",
        '{"started_at": "2026-11-27T09:00:00Z"}',
        {"started_at": "2026-11-27T09:00:00Z"},
        [{"started_at": 5}],
        [{"started_at": "2026-11-27T09:00:00Z", "colour": "red"}],
        [{"started_at": "2026-11-27T09:00:00Z", "ended_at": None}, {"started_at": "x"}],
        42,
    ],
)
def test_an_unreadable_stored_sittings_value_is_said_so_and_never_crashes(
    dossier: DossierApp, workspace: Workspace, value: Any
) -> None:
    assert stored_sittings_text(value) == unreadable_text()


def test_a_stored_sittings_value_reads_as_one_line_per_sitting(
    dossier: DossierApp, workspace: Workspace
) -> None:
    value = [
        {
            "started_at": "2026-11-27T08:05:00Z",
            "ended_at": "2026-11-27T09:40:00Z",
            "language": "ti",
            "interpreter": "INT-204",
            "reason": "Person unwell",
        },
        {"started_at": "2026-11-28T08:00:00Z", "ended_at": None, "language": "ar"},
    ]
    lines = stored_sittings_text(value).splitlines()
    assert len(lines) == 2
    assert lines[0].startswith("Sitzung 1: 27.11.2026, ") and "INT-204" in lines[0]
    assert lines[0].endswith("Unterbrochen: Person unwell")
    assert lines[1].startswith("Sitzung 2: 28.11.2026, ") and lines[1].count("–…") == 1
    assert stored_sittings_text(None) == stored_sittings_text([]) == "—"
    assert stored_sittings_text(json.dumps(value)) == "\n".join(lines)


def test_a_damaged_sittings_value_does_not_break_the_read_back(
    qtbot: QtBot, dossier: DossierApp, workspace: Workspace
) -> None:
    _open_first_case(qtbot, workspace)
    editor = _start(qtbot, workspace)
    values = dict(editor.record.values) | {"sittings": [{"started_at": "gestern"}]}
    damaged = replace(editor.record, values=MappingProxyType(values))
    html = protocol_html(damaged, editor.template, "de", "ZH-2026-1")
    assert unreadable_text() in html and "gestern" not in html
