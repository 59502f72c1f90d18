"""Render the main screens offscreen as PNGs (UI.md, "Check it").

    QT_QPA_PLATFORM=offscreen python -m desktop.screenshots --out docs/screenshots

A temporary demo profile with fictional cases is unlocked through the real unlock screen;
each screen is grabbed in German and French at 1366×768 and 1920×1080.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

SIZES = ((1366, 768), (1920, 1080))


def wait(condition: Callable[[], bool], timeout_s: float = 60.0) -> None:
    """Process events until `condition()` holds, then a little longer for repaints."""
    from PySide6.QtWidgets import QApplication

    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("screen did not become ready")
        QApplication.processEvents()
        time.sleep(0.01)
    settle = time.monotonic() + 0.3  # let deferred layouts and repaints settle
    while time.monotonic() < settle:
        QApplication.processEvents()
        time.sleep(0.01)


def render(out: Path, cases: int, languages: list[str]) -> list[Path]:
    from datetime import datetime, time

    from desktop.app import create_qapplication
    from desktop.demo_profile import DEMO_TODAY, create_demo_profile
    from desktop.screenshot_scenes import seed_showcase

    create_qapplication([sys.argv[0]])
    written: list[Path] = []
    out.mkdir(parents=True, exist_ok=True)
    morning = datetime.combine(DEMO_TODAY, time(8, 30)).timestamp()
    with tempfile.TemporaryDirectory(prefix="dossier-shots-") as folder:
        root = Path(folder)
        create_demo_profile(root, cases=cases, clock=lambda: morning)
        seed_showcase(root, DEMO_TODAY, lambda: morning + 3600)
        for language in languages:
            for width, height in SIZES:
                written += _render_one(root, out, language, (width, height))
    return written


def _render_one(root: Path, out: Path, language: str, size: tuple[int, int]) -> list[Path]:
    from datetime import datetime, time

    from PySide6.QtCore import Qt

    from desktop.app import DossierApp, Options
    from desktop.demo_profile import DEMO_PASSPHRASE, DEMO_TODAY

    noon = datetime.combine(DEMO_TODAY, time(12, 0)).timestamp()
    app = DossierApp(
        Options(data_dir=root, language=language, translations_cache=root / "qm"),
        clock=lambda: noon,  # the demo's "today", so deadlines read the same every time
    )
    shell = app.shell
    shell.resize(*size)
    shell.show()
    shots = _Shots(out, language, size)
    screen = shell.unlock_screen
    wait(lambda: screen.profile.count() > 0)
    shots.take(shell, "unlock")
    screen.passphrase.setText(DEMO_PASSPHRASE)
    screen.unlock_button.click()
    wait(lambda: shell.workspace is not None and shell.workspace.cases.loaded)
    workspace = shell.workspace
    assert workspace is not None
    _open_showcase(workspace)
    shots.take(shell, "cases")
    from desktop import screenshot_flows as flows

    for scene in flows.SCENES:
        scene(shell, workspace, shots)
    shell.lock()
    app.shutdown()
    shell.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    shell.close()
    wait(lambda: True)
    return shots.written


class _Shots:
    def __init__(self, out: Path, language: str, size: tuple[int, int]) -> None:
        self.out, self.language, self.size = out, language, size
        self.written: list[Path] = []

    def take(self, widget: object, name: str) -> None:
        wait(lambda: True)
        width, height = self.size
        path = self.out / f"{name}-{self.language}-{width}x{height}.png"
        self.written.append(_save(widget, path))


def _open_showcase(workspace: object) -> None:
    from desktop.cases.list_model import CASE_ID_ROLE
    from desktop.screenshot_scenes import showcase_row

    target = showcase_row(workspace.case_model.rows())  # type: ignore[attr-defined]
    cases = workspace.cases  # type: ignore[attr-defined]
    proxy = cases.proxy
    row = next(
        n for n in range(proxy.rowCount()) if proxy.index(n, 0).data(CASE_ID_ROLE) == target.case_id
    )
    cases.table.selectRow(row)
    cases.table.scrollTo(proxy.index(row, 0))
    detail = workspace.detail  # type: ignore[attr-defined]
    wait(lambda: detail.detail is not None and detail.detail.case.id == target.case_id)


def _save(widget: object, path: Path) -> Path:
    image = widget.grab()  # type: ignore[attr-defined]
    if not image.save(str(path)):
        raise OSError(f"cannot write {path}")
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m desktop.screenshots")
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    parser.add_argument("--cases", type=int, default=200)
    parser.add_argument("--lang", action="append", choices=("de", "fr", "it", "en"))
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    for path in render(args.out, args.cases, args.lang or ["de", "fr"]):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
