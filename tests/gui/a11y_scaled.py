"""Run the screen tour at the QT_SCALE_FACTOR of this process and print the fit problems.

    QT_SCALE_FACTOR=2 QT_QPA_PLATFORM=offscreen python -m tests.gui.a11y_scaled DATA QM [WxH]

The scale factor must be set before the QApplication exists, so the accessibility test runs
this in a subprocess. WxH is the usable screen in logical pixels (default 1366x768; a
1920x1080 screen at 150 % gives 1280x720).
Prints one JSON object: {"checked": n, "screens": [...], "problems": [...]}.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable
from datetime import datetime
from datetime import time as day_time
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from desktop.app import DossierApp, Options, create_qapplication
from desktop.context import change_language
from desktop.demo_profile import DEMO_TODAY
from desktop.i18n import LANGUAGES
from tests.gui import a11y_audit as audit
from tests.gui import a11y_tour as tour

SCREEN = (1366, 768)


def wait(condition: Callable[[], bool], timeout_s: float = 60.0) -> None:
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("screen did not become ready")
        QApplication.processEvents()
        time.sleep(0.01)


def main(data: Path, qm: Path, screen_size: tuple[int, int] = SCREEN) -> dict[str, object]:
    create_qapplication([sys.argv[0]])
    noon = datetime.combine(DEMO_TODAY, day_time(12, 0)).timestamp()
    app = DossierApp(Options(data_dir=data, translations_cache=qm), clock=lambda: noon)
    app.ctx.workspace.unlock_seconds = 0
    app.shell.resize(*screen_size)
    app.shell.show()
    found: dict[str, object] = {"checked": 0, "screens": [], "problems": []}

    def visit(window: QWidget, name: str) -> None:
        audit.settle()
        screen = f"{app.ctx.translations.language} {name}"
        found["screens"].append(screen)  # type: ignore[attr-defined]
        found["checked"] += len(window.findChildren(QWidget))  # type: ignore[operator]
        found["problems"] += audit.fit_problems(screen, window, screen_size)  # type: ignore[operator]

    wait(lambda: app.shell.unlock_screen.profile.count() > 0)
    for language in LANGUAGES[1:]:
        change_language(app.ctx, language)
        visit(app.shell, "unlock")
    change_language(app.ctx, LANGUAGES[0])
    workspace = tour.unlock_screen(app, wait, visit)
    for language in LANGUAGES:
        change_language(app.ctx, language)
        for step in tour.MAIN_WINDOW:
            step(app, workspace, wait, visit)
    app.shell.resize(*screen_size)
    audit.settle()
    app.shell.grab().save(str(data / "main-window.png"))
    app.shutdown()
    app.shell.close()
    return found


if __name__ == "__main__":
    size = tuple(int(n) for n in sys.argv[3].split("x")) if len(sys.argv) > 3 else SCREEN
    print(json.dumps(main(Path(sys.argv[1]), Path(sys.argv[2]), (size[0], size[1]))))
