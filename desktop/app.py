"""The application object: style, translations, context, the shell, and orderly shutdown.

Shutdown order matters: first the profile is locked (the lock is queued on the DB lane
behind any save still running, so no edit is lost), then the lanes stop and wait for it.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QByteArray
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from desktop.context import AppContext
from desktop.events import AppEvents
from desktop.i18n import DEFAULT_LANGUAGE, Translations
from desktop.main_window.shell import Shell
from desktop.preconfig import load_preconfig
from desktop.preferences import Preferences
from desktop.tasks import Lanes
from storage.clock import WallClock, system_clock
from storage.profiles import Workspace

ACCENT = QColor("#1f5fa8")  # 6.4:1 against white: AA for text and focus rings
STYLE_SHEET = Path(__file__).resolve().parents[1] / "resources" / "styles" / "dossier.qss"


@dataclass
class Options:
    data_dir: Path | None = None
    language: str | None = None
    translations_cache: Path | None = None


def create_qapplication(argv: list[str] | None = None) -> QApplication:
    """The QApplication with Fusion, one accent colour and the style sheet (idempotent)."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv or sys.argv)
    app.setApplicationName("Dossier")
    app.setOrganizationName("Dossier")
    app.setStyle("Fusion")
    palette = app.style().standardPalette()
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        palette.setColor(group, QPalette.ColorRole.Highlight, ACCENT)
        palette.setColor(group, QPalette.ColorRole.HighlightedText, QColor("white"))
        palette.setColor(group, QPalette.ColorRole.Link, ACCENT)
    app.setPalette(palette)
    if STYLE_SHEET.exists():
        app.setStyleSheet(STYLE_SHEET.read_text("utf-8"))
    return app


def build_context(options: Options, *, clock: WallClock = system_clock) -> AppContext:
    workspace = Workspace(options.data_dir, clock=clock)
    workspace.root.mkdir(mode=0o700, parents=True, exist_ok=True)
    events = AppEvents()
    lanes = Lanes(default_failure=events.operation_did_fail.emit)
    preferences = Preferences(workspace.root / "ui.ini")
    translations = Translations(cache_dir=options.translations_cache)
    preconfig = load_preconfig()  # before the first window, like ui.ini; never raises
    translations.switch(
        options.language or preferences.language or preconfig.config.language or DEFAULT_LANGUAGE
    )
    return AppContext(
        workspace=workspace,
        lanes=lanes,
        events=events,
        translations=translations,
        preferences=preferences,
        clock=clock,
        preconfig=preconfig,
    )


class DossierApp:
    """One running app: its context and its window."""

    def __init__(self, options: Options, *, clock: WallClock = system_clock) -> None:
        self.ctx = build_context(options, clock=clock)
        self.shell = Shell(self.ctx)
        geometry = self.ctx.preferences.layout("window")
        if geometry is None or not self.shell.restoreGeometry(geometry):
            self._default_geometry()
        self.shell.unlock_screen.load_profiles()

    def _default_geometry(self) -> None:
        screen = QGuiApplication.primaryScreen()
        available = screen.availableGeometry() if screen else None
        if available is None:
            self.shell.resize(1280, 720)
            return
        self.shell.resize(min(1440, available.width()), min(900, available.height()))

    def shutdown(self) -> None:
        """Lock (queued behind pending writes), then stop the lanes and wait."""
        self.shell.lock()
        self.ctx.preferences.set_layout("window", QByteArray(self.shell.saveGeometry()))
        self.ctx.preferences.sync()
        self.ctx.lanes.shutdown()


def run(options: Options) -> int:
    app = create_qapplication()
    dossier = DossierApp(options)
    app.aboutToQuit.connect(dossier.shutdown)
    dossier.shell.show()
    return app.exec()
