"""The demo's `--check`: the real app, offscreen, on laptop A — unlocked through the unlock
screen, the cases listed, the conflict counted in the status bar and shown in the inbox.

Optionally saves the main window with the inbox open over it, per language, as
`demo-conflict-<lang>-1366x768.png`.
"""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from demo.state import DemoError
from desktop.app import DossierApp, Options, create_qapplication
from desktop.context import change_language
from desktop.demo_profile import DEMO_PASSPHRASE
from desktop.screenshots import wait

SIZE = (1366, 768)
TIMEOUT_S = 60.0


@dataclass(slots=True)
class AppCheck:
    """What the app showed."""

    cases_listed: int = 0
    open_conflicts: int = 0  # as the status bar counts them
    inbox_rows: int = 0
    conflict_case_state: str = ""  # the case's sync state in the case list: "conflict"
    screenshots: list[str] = field(default_factory=list)


def _wait(what: str, condition: Callable[[], bool]) -> None:
    try:
        wait(condition, TIMEOUT_S)
    except TimeoutError:
        raise DemoError("app_check_failed", what) from None


def check_app(
    data_dir: Path,
    *,
    case_number: str,
    language: str | None,
    screenshots: Path | None,
    languages: Sequence[str],
) -> AppCheck:
    """Open the app offscreen on `data_dir` and check that the conflict is waiting."""
    app = create_qapplication([sys.argv[0]])
    with tempfile.TemporaryDirectory(prefix="dossier-demo-qm-") as cache:
        dossier = DossierApp(
            Options(data_dir=data_dir, language=language, translations_cache=Path(cache))
        )
        try:
            return _drive(dossier, case_number, screenshots, languages)
        finally:
            dossier.shutdown()
            dossier.shell.deleteLater()
            app.processEvents()


def _drive(
    dossier: DossierApp, case_number: str, screenshots: Path | None, languages: Sequence[str]
) -> AppCheck:
    shell = dossier.shell
    shell.resize(*SIZE)
    shell.show()
    screen = shell.unlock_screen
    _wait("profile listed", lambda: screen.profile.count() > 0)
    screen.passphrase.setText(DEMO_PASSPHRASE)
    screen.unlock_button.click()
    _wait("unlocked", lambda: shell.workspace is not None and shell.workspace.cases.loaded)
    _wait("sync status", lambda: shell.sync.snapshot is not None)
    workspace, snapshot = shell.workspace, shell.sync.snapshot
    assert workspace is not None and snapshot is not None
    check = AppCheck(workspace.case_model.rowCount(), snapshot.open_conflicts)
    check.conflict_case_state = _select_case(workspace, case_number)
    shell.status.buttons["conflicts"].click()
    inbox = shell.inbox
    if inbox is None:
        raise DemoError("app_check_failed", "the conflict inbox did not open")
    _wait("conflict inbox", lambda: inbox.loaded)
    check.inbox_rows = inbox.model.rowCount()
    if screenshots is not None:
        check.screenshots = _shoot(dossier, inbox, screenshots, languages)
    inbox.close()
    return check


def _select_case(workspace: Any, case_number: str) -> str:
    """Select the case in the list (its detail shows behind the inbox); its sync state."""
    from desktop.cases.list_model import CASE_ID_ROLE

    row = next((r for r in workspace.case_model.rows() if r.case_number == case_number), None)
    if row is None:
        raise DemoError("app_check_failed", f"case {case_number} not listed")
    cases, detail = workspace.cases, workspace.detail
    proxy = cases.proxy
    for n in range(proxy.rowCount()):
        if proxy.index(n, 0).data(CASE_ID_ROLE) == row.case_id:
            cases.table.selectRow(n)
            cases.table.scrollTo(proxy.index(n, 0))
    _wait("case detail", lambda: detail.detail is not None and detail.detail.case.id == row.case_id)
    return str(row.sync_state)


def _shoot(dossier: DossierApp, inbox: Any, folder: Path, languages: Sequence[str]) -> list[str]:
    """The window with the inbox over it in each language; the language is put back after
    (switching remembers the choice in the profile's preferences)."""
    folder.mkdir(parents=True, exist_ok=True)
    before = dossier.ctx.translations.language
    written = []
    for language in languages:
        change_language(dossier.ctx, language)
        wait(lambda: True)
        path = folder / f"demo-conflict-{language}-{SIZE[0]}x{SIZE[1]}.png"
        if not _shell_with_dialog(dossier.shell, inbox).save(str(path)):
            raise DemoError("screenshot_failed", str(path))
        written.append(str(path))
    change_language(dossier.ctx, before)
    return written


def _shell_with_dialog(shell: Any, dialog: Any) -> Any:
    """The main window with the dialog over it, centred, as a person sees them (offscreen,
    a dialog is its own top-level window and a grab of the shell would not show it)."""
    from PySide6.QtGui import QColor, QPainter, QPen

    picture = shell.grab()
    front = dialog.grab()
    painter = QPainter(picture)
    painter.fillRect(picture.rect(), QColor(0, 0, 0, 70))  # the window behind a modal dialog
    x = (picture.width() - front.width()) // 2
    y = (picture.height() - front.height()) // 2
    painter.drawPixmap(x, y, front)
    painter.setPen(QPen(QColor("#5a5a5a"), 1))
    painter.drawRect(x - 1, y - 1, front.width() + 1, front.height() + 1)
    painter.end()
    return picture
