"""Accessibility and high-DPI audit of the real screens (UI.md: keyboard first, names for
every control, 1366×768 without cut-off text).

The tour (`a11y_tour`) opens each screen as a caseworker would; `a11y_audit` checks it:
every focusable control has a name a screen reader can announce, icon-only buttons have a
tooltip and a name, real Tab presses reach every enabled control (no widget keeps Tab for
itself), and no button or single-line label is narrower or lower than its text. The scaled
runs need QT_SCALE_FACTOR before the QApplication exists, so they run in a subprocess.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QTableWidget, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from desktop.app import DossierApp, Options, create_qapplication
from desktop.context import change_language
from desktop.i18n import LANGUAGES
from tests.gui import a11y_audit as audit
from tests.gui import a11y_tour as tour
from tests.gui.conftest import FakeClock

ROOT = Path(__file__).resolve().parents[2]
SCREEN = (1366, 768)
MAIN_SCREENS = 18  # unlock, 8 tabs of a return case, 9 dialogs and editor pages


class Audit:
    def __init__(self, qtbot: QtBot) -> None:
        self.qtbot = qtbot
        self.screens: list[str] = []
        self.widgets = 0
        self.problems: list[str] = []

    def wait(self, condition: Callable[[], bool]) -> None:
        self.qtbot.waitUntil(condition, timeout=15_000)

    def names_and_keyboard(self, window: QWidget, name: str) -> None:
        audit.settle()
        self.screens.append(name)
        self.widgets += len(audit.tab_stops(window))
        self.problems += audit.name_problems(name, window)
        self.problems += audit.focus_problems(name, window)

    def fit(self, window: QWidget, name: str) -> None:
        audit.settle()
        self.screens.append(name)
        self.widgets += len(window.findChildren(QWidget))
        self.problems += audit.fit_problems(name, window, SCREEN)


def test_every_control_of_the_main_window_is_named_and_reached_by_tab(
    qtbot: QtBot, dossier: DossierApp
) -> None:
    check = Audit(qtbot)
    tour.main_window(dossier, check.wait, check.names_and_keyboard)
    assert len(check.screens) == MAIN_SCREENS, check.screens
    assert check.widgets > 150  # the tour really saw the screens' controls
    assert check.problems == []


@pytest.fixture
def fresh(qtbot: QtBot, tmp_path: Path, qm_cache: Path, clock: FakeClock) -> Iterator[DossierApp]:
    """The app on an empty data directory: the enrolment wizard opens."""
    create_qapplication()
    app = DossierApp(Options(data_dir=tmp_path / "empty", translations_cache=qm_cache), clock=clock)
    app.shell.resize(*SCREEN)
    app.shell.show()
    yield app
    app.shutdown()
    app.shell.close()
    app.shell.deleteLater()


def test_every_enrolment_page_in_every_language_is_named_reached_by_tab_and_fits(
    qtbot: QtBot, fresh: DossierApp
) -> None:
    check = Audit(qtbot)

    def both(window: QWidget, page: str) -> None:
        name = f"{fresh.ctx.translations.language} {page}"
        check.names_and_keyboard(window, name)
        check.problems += audit.fit_problems(name, window, SCREEN)

    try:
        for language in LANGUAGES:
            change_language(fresh.ctx, language)
            tour.enrolment(fresh, check.wait, both)
    finally:
        change_language(fresh.ctx, "de")  # translators are the application's, not the test's
    assert len(check.screens) == 4 * len(LANGUAGES) and check.widgets > 8 * len(LANGUAGES)
    assert check.problems == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_screen_fits_1366x768_without_cut_off_text(
    qtbot: QtBot, dossier: DossierApp, language: str
) -> None:
    check = Audit(qtbot)
    try:
        change_language(dossier.ctx, language)
        tour.main_window(dossier, check.wait, check.fit)
    finally:
        change_language(dossier.ctx, "de")
    assert len(check.screens) == MAIN_SCREENS
    assert check.problems == []


@pytest.mark.parametrize(
    ("scale", "screen"),
    [("1.5", "1366x768"), ("2", "1366x768"), ("1.5", "1280x720")],  # 1280x720: 1920x1080 at 150 %
)
def test_every_screen_in_every_language_fits_when_scaled(
    tmp_path: Path, template_root: Path, qm_cache: Path, scale: str, screen: str
) -> None:
    data = tmp_path / "data"
    shutil.copytree(template_root, data)
    env = os.environ | {"QT_SCALE_FACTOR": scale, "QT_QPA_PLATFORM": "offscreen"}
    run = subprocess.run(
        [sys.executable, "-m", "tests.gui.a11y_scaled", str(data), str(qm_cache), screen],
        cwd=ROOT,
        env=env,
        capture_output=True,
        check=False,
        text=True,
        timeout=600,
    )
    assert run.returncode == 0, run.stderr[-3000:]
    found = json.loads(run.stdout.strip().splitlines()[-1])
    # unlock in each language, then every main-window screen in each language
    assert len(found["screens"]) == len(LANGUAGES) * MAIN_SCREENS
    assert found["problems"] == []
    shutil.copy(data / "main-window.png", f"/tmp/a11y-main-window-x{scale}-{screen}.png")


# --- the audit finds what it is meant to find ---------------------------------------------


def _flawed(qtbot: QtBot) -> tuple[QWidget, QLineEdit, QPushButton, QLabel, QLineEdit]:
    window = QWidget()
    qtbot.addWidget(window)
    unnamed = QLineEdit(window)
    pixmap = QPixmap(16, 16)
    pixmap.fill()
    icon_only = QPushButton(QIcon(pixmap), "", window)
    squeezed = QLabel("A label much longer than the room it gets", window)
    squeezed.setFixedWidth(40)
    trap = QTableWidget(30, 5, window)  # Tab steps through 150 cells
    after_trap = QLineEdit(window)
    after_trap.setAccessibleName("After the table")
    layout = QVBoxLayout(window)
    for widget in (unnamed, icon_only, squeezed, trap, after_trap):
        layout.addWidget(widget)
    window.show()
    qtbot.waitExposed(window)
    return window, unnamed, icon_only, squeezed, after_trap


def test_the_audit_reports_unnamed_controls_icon_buttons_traps_and_cut_off_text(
    qtbot: QtBot,
) -> None:
    window, unnamed, icon_only, squeezed, after_trap = _flawed(qtbot)
    names = audit.name_problems("w", window)
    assert any("no accessible name QLineEdit" in p for p in names)
    assert any("icon-only button" in p for p in names)
    assert any("QTableWidget" in p for p in names)
    assert audit.focus_problems("w", window) == [
        f"w: Tab never reaches {audit.describe(after_trap)}"
    ]
    fit = audit.fit_problems("w", window, (1366, 768))
    assert [p for p in fit if "QLabel" in p] and audit.describe(squeezed) in fit[0]

    unnamed.setAccessibleName("Family name")
    icon_only.setToolTip("Remove")
    icon_only.setAccessibleName("Remove")
    trap_table = window.findChild(QTableWidget)
    assert trap_table is not None
    trap_table.setAccessibleName("Rows")
    trap_table.setTabKeyNavigation(False)
    squeezed.setMinimumWidth(0)
    squeezed.setMaximumWidth(10_000)
    audit.settle()
    assert audit.name_problems("w", window) == []
    assert audit.focus_problems("w", window) == []
    assert audit.fit_problems("w", window, (1366, 768)) == []


def test_the_audit_reports_sibling_controls_that_share_a_name(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    first, second = QPushButton("Keep", window), QPushButton("Keep", window)
    elsewhere = QWidget(window)  # the same name under another parent is not a sibling
    other = QPushButton("Keep", elsewhere)
    layout = QVBoxLayout(window)
    for widget in (first, second, elsewhere):
        layout.addWidget(widget)
    QVBoxLayout(elsewhere).addWidget(other)
    window.show()
    qtbot.waitExposed(window)
    problems = audit.name_problems("w", window)
    assert problems == [f"w: 2 siblings share the name [Keep] {audit.describe(first)}"]

    second.setAccessibleName("Keep the second record")
    assert audit.name_problems("w", window) == []
