"""The protocol of an interview held in two sittings, and exports whose file write fails."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop.app import DossierApp
from desktop.exports.pages import page_image
from desktop.exports.protocol_html import protocol_frame, protocol_html, protocol_tail
from desktop.main_window.workspace import Workspace
from storage.services.exports import ProtocolExports
from storage.services.exports_access import AccessExports
from storage.unlocked import OpenProfile
from tests.gui.conftest import off_gui_thread
from tests.gui.test_exports import _events, _open_editor, _pdf_text, _profile, case
from tests.integration.storage.test_casework import complete_answers

__all__ = ["case"]  # the fixture, used below

REASON = "Dolmetscher musste gehen"


def _two_sittings(profile: OpenProfile, case_id: str) -> str:
    def create() -> str:
        casework = profile.casework
        interview = casework.start_interview(case_id, "initial_interview", "ar", "INT-7")
        casework.save_answers(interview.id, {"family_name": "Khalil"})
        casework.interrupt_interview(interview.id, REASON)
        casework.continue_interview(interview.id, language="ti", interpreter="INT-310")
        template = casework.templates()["initial_interview"]
        casework.save_answers(interview.id, complete_answers(template, {"family_name": "Khalil"}))
        return casework.finalise_interview(interview.id).id

    return off_gui_thread(create)


def test_the_protocol_lists_every_sitting_and_each_is_signed_on_its_own_line(
    qtbot: QtBot,
    dossier: DossierApp,
    workspace: Workspace,
    case: tuple[str, str],
    tmp_path: Path,
) -> None:
    profile = _profile(dossier)
    interview_id = _two_sittings(profile, case[0])
    editor = _open_editor(qtbot, workspace, interview_id)
    assert not editor.sittings.interrupt_button.isVisibleTo(editor)  # final: no more sittings
    assert not editor.sittings.continue_button.isVisibleTo(editor)
    target = tmp_path / "protokoll.pdf"
    editor.exports.choose_path = lambda _parent, _name: target
    with qtbot.waitSignal(editor.exports.export_did_finish, timeout=30_000):
        editor.exports.export_button.click()

    _, text = _pdf_text(target)
    assert "Sitzungen" in text
    assert "INT-7" in text and "INT-310" in text
    assert "Arabisch" in text and "Tigrinya" in text
    assert REASON in text
    assert text.count("Befragte Person") == 2  # a row of signature lines per sitting
    assert "Sitzung 1 (" in text and "Sitzung 2 (" in text
    editor.close()

    exports = ProtocolExports(profile.context, profile.records, profile.casework)
    protocol = off_gui_thread(lambda: exports.protocol(interview_id, language="de"))
    html, tail, frame = protocol_html(protocol), protocol_tail(protocol), protocol_frame(protocol)
    page_image(html, frame, 0, tail=tail).save("/tmp/protocol-sittings-page1.png")
    last = page_image(html, frame, 99, tail=tail)
    last.save("/tmp/protocol-sittings-last.png")


def test_the_right_of_access_export_lists_the_sittings(
    dossier: DossierApp, case: tuple[str, str]
) -> None:
    profile = _profile(dossier)
    interview_id = _two_sittings(profile, case[0])
    person_id = off_gui_thread(
        lambda: profile.records.list("case_person", case_id=case[0])[0]["person_id"]
    )
    access = AccessExports(profile.context, profile.records, profile.casework, profile.attachments)
    export = off_gui_thread(lambda: access.person_export(person_id, language="de"))

    (entry,) = [i for i in export.document["interviews"] if i["record"]["id"] == interview_id]
    assert [(s["interpreter"], s["language"]) for s in entry["sittings"]] == [
        ("INT-7", "ar"),
        ("INT-310", "ti"),
    ]
    assert entry["sittings"][0]["reason"] == REASON
    others = [i for i in export.document["interviews"] if i["record"]["id"] != interview_id]
    assert all(len(i["sittings"]) == 1 for i in others)  # one sitting, as before


def test_a_right_of_access_export_that_cannot_be_written_is_audited_as_failed(
    qtbot: QtBot, dossier: DossierApp, workspace: Workspace, tmp_path: Path
) -> None:
    qtbot.waitUntil(lambda: workspace.detail.detail is not None, timeout=5000)
    pane = workspace.detail
    person = pane.persons.selected()
    assert person is not None
    missing = tmp_path / "gone"  # the chosen folder no longer exists

    pane.person_export.run(person.id, missing, include_files=False)
    qtbot.waitUntil(pane.banner.isVisible, timeout=20_000)

    assert "Datenträger" in pane.banner.text  # the coded error, in words
    assert not missing.exists()
    profile = _profile(dossier)
    qtbot.waitUntil(lambda: len(_events(profile, "export")) == 2, timeout=5000)
    attempt, failed = _events(profile, "export")
    assert attempt.object_id == failed.object_id == person.id
    assert failed.detail == {"kind": "right_of_access", "outcome": "failed", "error": "io_error"}
