"""GUI tests: the real app on real SQLCipher profiles, offscreen.

One demo profile is created per session and copied per test (Argon2id is slow on purpose).
Every test also checks that the store was never touched from the GUI thread, nor from the
I/O lane (store work belongs on the DB lane; STYLE.md).
"""

from __future__ import annotations

import shutil
import threading
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import pytest
from pytestqt.qtbot import QtBot

from desktop.app import DossierApp, Options, create_qapplication
from desktop.demo_profile import DEMO_PASSPHRASE, DEMO_TODAY, create_demo_profile
from desktop.i18n import LANGUAGES, compiled_translation
from desktop.main_window.workspace import Workspace as CaseWorkspace
from desktop.tasks import current_lane
from storage.database import Store

DEMO_CASES = 40
T = TypeVar("T")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # The offscreen platform plugin warns whenever a window's size hints change; that is
    # the test platform talking, not the app. Everything else Qt warns about fails a test.
    for item in items:
        if item.path.is_relative_to(Path(__file__).parent):
            item.add_marker(pytest.mark.qt_log_ignore("does not support propagateSizeHints"))


@dataclass
class FakeClock:
    """A wall clock the test moves (auto-lock, throttling, deadlines)."""

    now: float = field(default_factory=lambda: _noon(DEMO_TODAY))

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def _noon(day: Any) -> float:
    from datetime import datetime, time

    return datetime.combine(day, time(12, 0)).timestamp()


@pytest.fixture(scope="session")
def qm_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Compile every `.ts` once per session (the build step; `.qm` is never committed)."""
    folder = tmp_path_factory.mktemp("qm")
    for language in LANGUAGES:
        compiled_translation(language, cache_dir=folder)
    return folder


@pytest.fixture(scope="session")
def template_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("gui-template")
    create_demo_profile(root, cases=DEMO_CASES, unlock_seconds=0)  # the KDF floor: fast tests
    return root


@pytest.fixture
def data_dir(tmp_path: Path, template_root: Path) -> Path:
    root = tmp_path / "data"
    shutil.copytree(template_root, root)
    return root


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


class GuiThreadGuard:
    """Records every store transaction opened on the GUI thread or the I/O lane (none allowed)."""

    def __init__(self) -> None:
        self.violations: list[str] = []
        self.io_lane_violations: list[str] = []

    def wrap(self, name: str, original: Callable[..., AbstractContextManager[Any]]) -> Any:
        guard = self

        def checked(store: Store) -> AbstractContextManager[Any]:
            if threading.current_thread() is threading.main_thread():
                guard.violations.append(name)
            if current_lane() == "io":
                guard.io_lane_violations.append(name)
            return original(store)

        return checked


@pytest.fixture(autouse=True)
def no_store_work_on_gui_thread(
    monkeypatch: pytest.MonkeyPatch, template_root: Path
) -> Iterator[GuiThreadGuard]:
    # Depends on the template so that building it (test setup, not the app) is not counted.
    guard = GuiThreadGuard()
    monkeypatch.setattr(Store, "read", guard.wrap("read", Store.read))
    monkeypatch.setattr(Store, "write", guard.wrap("write", Store.write))
    yield guard
    assert guard.violations == [], "store transactions on the GUI thread"
    assert guard.io_lane_violations == [], "store transactions on the I/O lane"


def off_gui_thread(fn: Callable[[], T]) -> T:
    """Run a check against the store the way the app must: not on the GUI thread."""
    result: list[T] = []
    errors: list[BaseException] = []

    def run() -> None:
        try:
            result.append(fn())
        except BaseException as exc:  # re-raised in the test
            errors.append(exc)

    worker = threading.Thread(target=run)
    worker.start()
    worker.join(30)
    if errors:
        raise errors[0]
    return result[0]


@pytest.fixture
def dossier(qtbot: QtBot, data_dir: Path, qm_cache: Path, clock: FakeClock) -> Iterator[DossierApp]:
    create_qapplication()
    app = DossierApp(Options(data_dir=data_dir, translations_cache=qm_cache), clock=clock)
    # Not qtbot.addWidget: pytest-qt would delete the window before fixtures such as
    # qtmodeltester are torn down, while they still watch its models.
    app.shell.resize(1366, 768)
    app.shell.show()
    qtbot.waitUntil(lambda: app.shell.unlock_screen.profile.count() == 1)
    yield app
    app.shutdown()
    app.shell.close()
    app.shell.deleteLater()


def unlock(qtbot: QtBot, app: DossierApp, passphrase: str = DEMO_PASSPHRASE) -> CaseWorkspace:
    screen = app.shell.unlock_screen
    screen.passphrase.setText(passphrase)
    # The profile list is read on the I/O lane; until it is shown the button is disabled and
    # a click does nothing. Click only what a caseworker could click, or the wait below
    # would wait for an unlock that was never asked for.
    qtbot.waitUntil(screen.unlock_button.isEnabled, timeout=10_000)
    screen.unlock_button.click()
    # A bound for a loaded machine (KDF, migrations, first queries), not a speed check.
    qtbot.waitUntil(lambda: app.shell.workspace is not None, timeout=30_000)
    workspace = app.shell.workspace
    assert workspace is not None
    qtbot.waitUntil(lambda: workspace.cases.loaded, timeout=10_000)
    return workspace


@pytest.fixture
def workspace(qtbot: QtBot, dossier: DossierApp) -> CaseWorkspace:
    return unlock(qtbot, dossier)
