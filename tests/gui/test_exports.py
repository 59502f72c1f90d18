"""Protocol PDF export and printing, right-of-access export: real app, real store, offscreen.

The PDFs are read back with pypdf (text extraction), so what is checked is what a reader
of the file sees: the case number, "Page X of Y", the signature lines, an Arabic answer.
"""

from __future__ import annotations

import json
import os
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.app import DossierApp
from desktop.context import change_language
from desktop.exports.access_html import access_frame, access_html
from desktop.exports.files import new_export_folder, write_export_folder
from desktop.exports.pages import page_image
from desktop.exports.person_export import PersonExportDialog
from desktop.exports.protocol_html import protocol_frame, protocol_html, protocol_tail
from desktop.interviews.editor import InterviewEditor
from desktop.main_window.workspace import Workspace
from storage.errors import ErrorCode, StoreError
from storage.services.exports import ProtocolExports
from storage.tables import audit_event
from storage.unlocked import OpenProfile
from tests.gui.conftest import off_gui_thread
from tests.integration.storage.test_casework import complete_answers

ROUTE = "غادرت حلب في ربيع 2023 مع عائلتي (إجابة خيالية)."
LONG = "Fiktive Angabe über den Reiseweg, Etappe für Etappe (Test). " * 40
SHOTS = os.environ.get("DOSSIER_SCREENSHOTS")


def shoot(widget: QWidget, name: str) -> None:
    if SHOTS:
        widget.grab().save(str(Path(SHOTS) / f"{name}.png"))


def _profile(app: DossierApp) -> OpenProfile:
    profile = app.shell.profile
    assert profile is not None
    return profile


def _finalised_interview(profile: OpenProfile, case_id: str) -> str:
    def create() -> str:
        interview = profile.casework.start_interview(case_id, "initial_interview", "ar", "INT-7")
        template = profile.casework.templates()["initial_interview"]
        answers = complete_answers(
            template,
            {"route_description": ROUTE, "person_remarks": LONG, "family_name": "Khalil"},
        )
        profile.casework.save_answers(interview.id, answers)
        return profile.casework.finalise_interview(interview.id).id

    return off_gui_thread(create)


def _open_editor(qtbot: QtBot, workspace: Workspace, interview_id: str) -> InterviewEditor:
    tab = workspace.detail.interviews
    workspace.detail.tabs.setCurrentWidget(tab)
    tab.open_interview(interview_id)
    qtbot.waitUntil(
        lambda: tab.editor is not None and tab.editor.record.id == interview_id, timeout=5000
    )
    assert tab.editor is not None
    return tab.editor


def _events(profile: OpenProfile, action: str) -> list[Any]:
    def read() -> list[Any]:
        with profile.store.read() as conn:
            query = select(audit_event).where(audit_event.c.action == action)
            return list(conn.execute(query.order_by(audit_event.c.seq)))

    return off_gui_thread(read)


def _pdf_text(path: Path) -> tuple[int, str]:
    reader = PdfReader(str(path))
    text = "\n".join(page.extract_text() or "" for page in reader.pages)
    # Qt's PDFs space words with positioned runs; pypdf reports those gaps as tabs.
    return len(reader.pages), " ".join(unicodedata.normalize("NFKC", text).split())


def _arabic_words(text: str, *, visual: bool = False) -> set[str]:
    """Words of Arabic letters only; `visual`: as a PDF stores them, in drawing order."""
    words = ("".join(c for c in w if "\u0600" <= c <= "\u06ff") for w in text.split())
    return {w[::-1] if visual else w for w in words if w}


def _arabic_x_positions(path: Path) -> list[tuple[float, float]]:
    """(x where an Arabic run is drawn, page width) for every Arabic run in the PDF."""
    found: list[tuple[float, float]] = []
    for page in PdfReader(str(path)).pages:
        width = float(page.mediabox.width)

        def visit(text: str, _cm: Any, tm: Any, *_rest: Any, width: float = width) -> None:
            if _arabic_words(text):
                found.append((float(tm[4]), width))

        page.extract_text(visitor_text=visit)
    return found


@pytest.fixture
def case(qtbot: QtBot, workspace: Workspace) -> tuple[str, str]:
    qtbot.waitUntil(lambda: workspace.detail.detail is not None, timeout=5000)
    detail = workspace.detail.detail
    assert detail is not None
    return detail.case.id, detail.case["case_number"]


def test_a_finalised_protocol_is_exported_to_a_pdf_with_pages_signatures_and_arabic(
    qtbot: QtBot,
    dossier: DossierApp,
    workspace: Workspace,
    case: tuple[str, str],
    tmp_path: Path,
) -> None:
    case_id, case_number = case
    profile = _profile(dossier)
    interview_id = _finalised_interview(profile, case_id)
    editor = _open_editor(qtbot, workspace, interview_id)
    target = tmp_path / "chosen" / "protokoll.pdf"
    target.parent.mkdir()
    offered: list[str] = []
    editor.exports.choose_path = lambda _parent, name: offered.append(name) or target
    shoot(editor, "protocol-export-de")

    with qtbot.waitSignal(editor.exports.export_did_finish, timeout=20_000):
        editor.exports.export_button.click()

    pages, text = _pdf_text(target)
    assert pages >= 2  # the long answer runs over
    assert case_number in text
    assert f"Seite 1 von {pages}" in text and f"Seite {pages} von {pages}" in text
    assert "Unterschriften" in text
    assert "Befragte Person" in text and "Dolmetscher/in" in text
    assert "INT-7" in text
    assert _arabic_words(ROUTE) <= _arabic_words(text, visual=True), "the Arabic answer"
    runs = _arabic_x_positions(target)
    assert runs and all(x > width / 2 for x, width in runs), "set right to left, on the right"
    assert offered and case_number in offered[0]
    assert "Khalil" not in offered[0]  # no name in a suggested file name (UI-4)
    assert [p.name for p in target.parent.iterdir()] == ["protokoll.pdf"]  # no temp file
    (event,) = _events(profile, "export")
    assert (event.object_id, event.detail["format"]) == (interview_id, "pdf")
    assert "gespeichert" in editor.banner.text
    shoot(editor, "protocol-exported-de")
    editor.close()


def test_printing_asks_for_a_printer_and_prints_through_qprinter_audited(
    qtbot: QtBot,
    dossier: DossierApp,
    workspace: Workspace,
    case: tuple[str, str],
    tmp_path: Path,
) -> None:
    case_id, case_number = case
    profile = _profile(dossier)
    interview_id = _finalised_interview(profile, case_id)
    editor = _open_editor(qtbot, workspace, interview_id)

    editor.exports.print_button.click()
    dialog = editor.exports.print_dialog
    assert isinstance(dialog, QPrintDialog) and dialog.isVisible()
    shoot(dialog, "protocol-print-dialog-de")
    dialog.reject()
    assert _events(profile, "print") == []  # cancelled: nothing printed, nothing audited

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)  # offscreen: no real device
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    with qtbot.waitSignal(editor.exports.print_did_finish, timeout=20_000):
        editor.exports.print_to(printer)

    pages, text = _pdf_text(tmp_path / "printed.pdf")
    assert case_number in text and f"Seite {pages} von {pages}" in text
    (event,) = _events(profile, "print")
    assert event.object_id == interview_id and event.detail["kind"] == "protocol"
    assert _events(profile, "export") == []
    editor.close()


def test_the_rendered_protocol_page_follows_the_ui_language(
    qtbot: QtBot, dossier: DossierApp, workspace: Workspace, case: tuple[str, str]
) -> None:
    case_id, _ = case
    profile = _profile(dossier)
    interview_id = _finalised_interview(profile, case_id)
    change_language(dossier.ctx, "fr")
    exports = ProtocolExports(profile.context, profile.records, profile.casework)
    protocol = off_gui_thread(lambda: exports.protocol(interview_id, language="fr"))

    html, tail, frame = protocol_html(protocol), protocol_tail(protocol), protocol_frame(protocol)
    assert "Entretien initial" in html and "Signatures" in tail
    image = page_image(html, frame, 0, tail=tail)
    assert image.width() < image.height()  # A4 portrait
    if SHOTS:
        for page in range(4):
            shot = page_image(html, frame, page, tail=tail)
            shot.save(str(Path(SHOTS) / f"protocol-page{page + 1}-fr.png"))


def test_everything_held_on_a_person_is_exported_as_json_and_pdf_audited(
    qtbot: QtBot,
    dossier: DossierApp,
    workspace: Workspace,
    case: tuple[str, str],
    tmp_path: Path,
) -> None:
    pane = workspace.detail
    pane.tabs.setCurrentWidget(pane.persons)
    person = pane.persons.selected()
    assert person is not None and pane.persons.export_button.isEnabled()
    shoot(workspace.window(), "person-export-button-de")

    pane.persons.export_button.click()
    controller = pane.person_export
    dialog = controller.dialog
    assert isinstance(dialog, PersonExportDialog) and dialog.isVisible()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()  # no folder chosen yet
    chosen = tmp_path / "chosen"
    chosen.mkdir()
    dialog.choose_folder = lambda _parent: chosen
    dialog.browse.click()
    dialog.include_files.setChecked(True)
    shoot(dialog, "person-export-dialog-de")
    with qtbot.waitSignal(controller.export_did_finish, timeout=30_000) as finished:
        ok.click()

    folder = finished.args[0]
    assert folder.parent == chosen and person.id.replace("-", "")[:8] in folder.name
    assert person["family_name"] not in folder.name  # no names in paths (UI-4)
    (json_file,) = folder.glob("*.json")
    (pdf_file,) = folder.glob("*.pdf")
    document = json.loads(json_file.read_text("utf-8"))
    assert (document["layout"], document["version"]) == ("dossier.right_of_access", 1)
    assert document["subject"] == person.id
    assert document["person"]["fields"]["family_name"] == person["family_name"]
    assert {c["case"]["id"] for c in document["cases"]} >= {case[0]}
    _, text = _pdf_text(pdf_file)
    assert person["family_name"] in text and "Auskunftsrecht" in text
    assert "Seite 1 von" in text
    profile = _profile(dossier)
    (event,) = _events(profile, "export")
    assert (event.object_id, event.recipient) == (person.id, "data_subject")
    assert event.detail["files"] == "yes"
    assert document["audit_events"][-1]["seq"] == event.seq
    assert "exportiert" in pane.banner.text
    if SHOTS:
        page_image(access_html(document), access_frame(document)).save(
            str(Path(SHOTS) / "person-export-page1-de.png")
        )


def test_a_failed_protocol_export_shows_a_coded_error_and_leaves_no_file(
    qtbot: QtBot,
    dossier: DossierApp,
    workspace: Workspace,
    case: tuple[str, str],
    tmp_path: Path,
) -> None:
    profile = _profile(dossier)
    interview_id = _finalised_interview(profile, case[0])
    editor = _open_editor(qtbot, workspace, interview_id)
    missing = tmp_path / "gone" / "protokoll.pdf"  # its folder does not exist
    editor.exports.choose_path = lambda _parent, _name: missing

    editor.exports.export_button.click()
    qtbot.waitUntil(editor.banner.isVisible, timeout=20_000)

    assert "Datenträger" in editor.banner.text  # IO_ERROR, in words
    assert not missing.parent.exists()
    assert editor.exports.export_button.isEnabled()
    # AUD-1: the read is logged when the protocol leaves the store, the failed write after it.
    qtbot.waitUntil(lambda: len(_events(profile, "export")) == 2, timeout=5000)
    attempt, failed = _events(profile, "export")
    assert attempt.object_id == failed.object_id == interview_id
    assert "outcome" not in attempt.detail
    assert (failed.detail["outcome"], failed.detail["error"]) == ("failed", "io_error")
    editor.close()


def test_export_files_are_written_all_or_nothing_and_never_outside_the_folder(
    tmp_path: Path,
) -> None:
    folder = new_export_folder(tmp_path, "export")
    assert new_export_folder(tmp_path, "export").name == "export-2"

    with pytest.raises(StoreError) as escaped:
        write_export_folder(folder, [("a.json", b"{}"), ("../outside.txt", b"x")])
    assert escaped.value.code is ErrorCode.IO_ERROR
    assert not (tmp_path / "outside.txt").exists()
    assert list(folder.rglob("*.json")) == []  # the first file was taken back

    with pytest.raises(StoreError):
        write_export_folder(folder, [("files/001-a.png", b"1"), ("files/001-a.png", b"2")])
    assert [p for p in folder.rglob("*") if p.is_file()] == []

    written = write_export_folder(folder, [("x.json", b"{}"), ("files/001-a.png", b"1")])
    assert [p.read_bytes() for p in written] == [b"{}", b"1"]
