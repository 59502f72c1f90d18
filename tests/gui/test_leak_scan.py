"""No personal data left behind by a full day in the app (issue 8, DB-3, DB-9, ATT-1, LOG-1, UI-4).

The real app, offscreen, against the real service on 127.0.0.1: a caseworker fetches a case,
adds a person, writes a note, imports a scan through the file dialog, views it, runs an
interview, exports its protocol through the save dialog and syncs. Every value typed is a
canary. After the app is closed, everything it could have written is scanned: the profile
folder (store, WAL, attachment vault, sync cache, preferences), the temp folder, the home
folder (Qt's dialog settings, recent-file lists), the service's JSON log, every log record
of the run, every Qt message, and stdout/stderr. 0 hits — except the protocol the caseworker
chose to save, which must hold the canary (so the scan is shown able to see into a PDF).
"""

from __future__ import annotations

import logging
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QDir, QSettings, Qt, QTimer
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit
from pytestqt.logging import _QtMessageCapture
from pytestqt.qtbot import QtBot

from desktop.app import DossierApp, Options, create_qapplication
from desktop.cases.edit_dialog import RecordEditDialog
from desktop.cases.field_editors import TextEditor
from desktop.interviews.answers import TextAnswer
from desktop.interviews.start_dialog import StartInterviewDialog
from desktop.main_window.workspace import Workspace
from sync.server.logs import JsonFormatter
from tests.canary import CANARY, bytes_hits, hits, text_hits
from tests.gui.conftest import FakeClock
from tests.gui.sync_service import (  # noqa: F401 - fixtures
    Service,
    make_laptop,
    service,
    snapshot,
    sync_now,
    unlocked,
)
from tests.integration.storage.test_casework import complete_answers
from tests.server.conftest import backend, database_url  # noqa: F401 - fixtures
from tests.server.laptops import seed_case
from tests.sync.conftest import Laptop

NUMBER = "VD-2026-000808"


class Records(logging.Handler):
    """Keeps every log record of the run, fully rendered (message, arguments, traceback)."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        text = f"{record.name} {record.getMessage()} {record.__dict__!r}"
        if record.exc_info:
            text += logging.Formatter().formatException(record.exc_info)
        self.lines.append(text)


@dataclass
class Sandbox:
    """Where the run may leave traces, all owned by the test."""

    home: Path  # HOME and XDG_CONFIG_HOME: Qt's dialog settings, recent-file lists
    temp: Path  # TMPDIR and tempfile.tempdir
    service_log: Path  # the service's log output, as its JSON formatter writes it
    records: Records


@pytest.fixture(autouse=True)
def sandbox(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Sandbox]:
    # Autouse: in place before the service and the laptop exist.
    home, temp = tmp_path / "home", tmp_path / "tmp"
    for folder in (home, temp, home / ".config"):
        folder.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    box = Sandbox(home, temp, tmp_path / "service.log", Records())
    service_log = logging.FileHandler(box.service_log)
    service_log.setFormatter(JsonFormatter())
    root = logging.getLogger()
    previous = root.level
    root.setLevel(logging.DEBUG)  # the most talkative setting must still leak nothing
    root.addHandler(box.records)
    root.addHandler(service_log)
    yield box
    root.removeHandler(service_log)
    root.removeHandler(box.records)
    root.setLevel(previous)
    service_log.close()


@pytest.fixture
def laptop(service: Service, tmp_path: Path) -> Laptop:  # noqa: F811
    return make_laptop(service, tmp_path / "laptop", "anna")


@pytest.fixture
def dossier(qtbot: QtBot, laptop: Laptop, qm_cache: Path, clock: FakeClock) -> Iterator[DossierApp]:
    create_qapplication()
    app = DossierApp(
        Options(data_dir=laptop.workspace.root, translations_cache=qm_cache), clock=clock
    )
    app.shell.resize(1366, 768)
    app.shell.show()
    qtbot.waitUntil(lambda: app.shell.unlock_screen.profile.count() == 1)  # the I/O lane
    yield app
    if shiboken6.isValid(app.shell) and app.shell.isVisible():  # the test failed before closing
        _close(app)


def _close(app: DossierApp) -> None:
    app.shutdown()
    app.shell.close()
    app.shell.deleteLater()
    QApplication.processEvents()


def _answer_file_dialog(qtbot: QtBot, folder: Path, name: str) -> Callable[[], None]:
    """Answer the next file dialog as a caseworker would: go to `folder`, type `name`, accept.

    The name goes into the dialog's file-name box itself. `QFileDialog.selectFile` writes it
    there only while the box does not have the keyboard focus, and the box takes the focus
    when the dialog is activated: a poll after that left the suggested name (a save to the
    wrong file) or an empty box, which keeps an open dialog up — the test then hung in the
    dialog's own event loop. A dialog that stays up after the answer is rejected, so the
    test fails with a message instead of hanging.
    """
    answered: list[str] = []

    def answer() -> None:
        dialog = next((w for w in QApplication.topLevelWidgets() if _open_dialog(w)), None)
        if dialog is None or answered:
            return
        assert isinstance(dialog, QFileDialog)
        dialog.setDirectory(str(folder))  # the folder is named after the applicant
        box = dialog.findChild(QLineEdit, "fileNameEdit")
        if isinstance(box, QLineEdit):
            box.setText(name)
            dialog.accept()
        if dialog.isVisible():  # no box, or the dialog refused the answer: end it, fail below
            answered.append(f"not accepted (file-name box: {box is not None})")
            dialog.reject()
        else:
            answered.append("accepted")

    timer = QTimer()
    timer.timeout.connect(answer)
    timer.start(50)

    def done() -> None:
        qtbot.waitUntil(lambda: bool(answered), timeout=10_000)
        timer.stop()
        assert answered == ["accepted"]

    return done


def _open_dialog(widget: object) -> bool:
    return isinstance(widget, QFileDialog) and widget.isVisible()


def _scan(folder: Path, name: str) -> tuple[Path, bytes]:
    """A scan with the canary in its folder, its file name and its content (a PNG text chunk)."""
    folder.mkdir(parents=True)
    image = QImage(240, 160, QImage.Format.Format_RGB32)
    image.fill(QColor("#7d3a44"))
    image.setText("Description", f"Pass {CANARY}Scan")
    path = folder / name
    assert image.save(str(path))
    data = path.read_bytes()
    assert bytes_hits(name, data) != []  # the scan itself holds the canary
    return path, data


def _open_case(qtbot: QtBot, workspace: Workspace, case_id: str) -> None:
    qtbot.waitUntil(lambda: workspace.case_model.rowCount() == 1, timeout=10_000)
    workspace.cases.select_case(case_id)
    pane = workspace.detail
    qtbot.waitUntil(
        lambda: pane.detail is not None and pane.detail.case.id == case_id, timeout=10_000
    )


def _add_person(qtbot: QtBot, dossier: DossierApp, workspace: Workspace) -> None:
    detail = workspace.detail
    detail.tabs.setCurrentWidget(detail.persons)
    before = detail.persons.model.rowCount()
    qtbot.keyClick(dossier.shell, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = detail.findChild(RecordEditDialog)
    assert dialog is not None
    qtbot.waitUntil(dialog.isActiveWindow)
    family = dialog.form.editors["family_name"]
    assert isinstance(family, TextEditor)
    qtbot.keyClicks(family.line, f"{CANARY}Person")
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: detail.persons.model.rowCount() == before + 1, timeout=10_000)


def _add_note(qtbot: QtBot, workspace: Workspace) -> None:
    notes = workspace.detail.notes
    before = len(notes.notes)
    qtbot.keyClicks(notes.input, f"Rueckruf mit {CANARY}Note vereinbart.")
    notes.add_button.click()
    qtbot.waitUntil(lambda: len(notes.notes) == before + 1, timeout=10_000)


def _import_and_view(qtbot: QtBot, workspace: Workspace, scan: Path) -> None:
    tab = workspace.detail.documents
    workspace.detail.tabs.setCurrentWidget(tab)
    done = _answer_file_dialog(qtbot, scan.parent, scan.name)
    tab.import_button.click()  # the real dialog (choose_scan), answered by the timer
    done()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=10_000)
    tab.table.selectRow(0)
    tab.view_button.click()
    qtbot.waitUntil(lambda: tab.viewer is not None and tab.viewer.isVisible(), timeout=10_000)
    assert tab.viewer is not None
    tab.viewer.close()


def _interview_and_export(qtbot: QtBot, workspace: Workspace, target: Path) -> None:
    tab = workspace.detail.interviews
    workspace.detail.tabs.setCurrentWidget(tab)
    tab.new_button.click()
    start = tab.findChild(StartInterviewDialog)
    assert start is not None
    start.template.setCurrentIndex(start.template.findData("initial_interview"))
    start.accept()
    qtbot.waitUntil(lambda: tab.editor is not None and tab.editor.isVisible(), timeout=10_000)
    editor = tab.editor
    assert editor is not None
    family = editor.form.editors["family_name"]
    assert isinstance(family, TextAnswer)
    qtbot.keyClicks(family.line, f"{CANARY}Answer")
    editor.form.set_answers(complete_answers(editor.template, editor.form.answers()[0]))
    editor.finalise_button.click()
    box = editor.confirm_box
    assert box is not None
    confirm = next(b for b in box.buttons() if box.buttonRole(b) == box.ButtonRole.AcceptRole)
    confirm.click()
    qtbot.waitUntil(lambda: editor.is_final, timeout=10_000)
    done = _answer_file_dialog(qtbot, target.parent, target.name)
    with qtbot.waitSignal(editor.exports.export_did_finish, timeout=20_000):
        editor.exports.export_button.click()  # the real save dialog (choose_pdf_path)
    done()
    editor.close()


def test_a_full_day_in_the_app_leaves_no_personal_data_behind(
    qtbot: QtBot,
    dossier: DossierApp,
    service: Service,  # noqa: F811
    sandbox: Sandbox,
    tmp_path: Path,
    capfd: pytest.CaptureFixture[str],
    qtlog: _QtMessageCapture,
) -> None:
    # Proof the redirection holds: the app's temp files land where the scan looks.
    assert tempfile.gettempdir() == str(sandbox.temp)
    assert Path(QDir.tempPath()) == sandbox.temp and Path(QDir.homePath()) == sandbox.home
    case_id = seed_case(service.app, NUMBER, "anna")
    scan, scan_bytes = _scan(tmp_path / "usb" / f"Scans {CANARY}Folder", f"{CANARY}File.png")
    export = tmp_path / "exports" / f"Protokoll {CANARY}Export" / "protokoll.pdf"
    export.parent.mkdir(parents=True)

    workspace = unlocked(qtbot, dossier)
    assert sync_now(qtbot, dossier).error is None
    _open_case(qtbot, workspace, case_id)
    _add_person(qtbot, dossier, workspace)
    _add_note(qtbot, workspace)
    _import_and_view(qtbot, workspace, scan)
    _interview_and_export(qtbot, workspace, export)
    qtbot.waitUntil(lambda: snapshot(dossier).pending >= 4, timeout=10_000)
    assert sync_now(qtbot, dossier).error is None
    qtbot.waitUntil(lambda: snapshot(dossier).pending == 0, timeout=10_000)
    qt_settings = Path(QSettings(QSettings.Scope.UserScope, "QtProject").fileName())
    # While the store is still open, its write-ahead log holds the latest pages.
    assert list((tmp_path / "laptop").rglob("store.db-wal")) != []
    assert hits(tmp_path / "laptop") == []
    _close(dossier)

    # The one file the caseworker chose to save holds the data, and the scan sees it there.
    assert [p.name for p in export.parent.iterdir()] == ["protokoll.pdf"]  # nothing beside it
    assert hits(export.parent) != []
    assert scan.read_bytes() == scan_bytes  # the original is not changed
    # Everywhere else: nothing.
    assert hits(tmp_path / "laptop") == []  # store, WAL, vault, sync cache, ui.ini
    assert hits(sandbox.temp) == []
    assert hits(sandbox.home) == []
    if not qt_settings.is_relative_to(sandbox.home):  # Qt had fixed its path before this test
        assert bytes_hits(qt_settings.name, _read(qt_settings)) == []
    assert sandbox.service_log.stat().st_size > 0  # the service did log: real lines scanned
    assert text_hits(sandbox.service_log.read_text("utf-8").splitlines()) == []
    assert len(sandbox.records.lines) > 50
    assert text_hits(sandbox.records.lines) == []
    assert text_hits(record.message for record in qtlog.records) == []
    out, err = capfd.readouterr()
    assert text_hits((out + err).splitlines()) == []


def _read(path: Path) -> bytes:
    return path.read_bytes() if path.is_file() else b""
