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


def _wait(condition: Callable[[], bool], timeout_s: float = 60.0) -> None:
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
    from PySide6.QtCore import Qt

    from desktop.app import DossierApp, Options, create_qapplication
    from desktop.cases.list_model import CASE_ID_ROLE
    from desktop.demo_profile import DEMO_PASSPHRASE, create_demo_profile

    create_qapplication([sys.argv[0]])
    written: list[Path] = []
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="dossier-shots-") as folder:
        root = Path(folder)
        create_demo_profile(root, cases=cases)
        for language in languages:
            for width, height in SIZES:
                app = DossierApp(
                    Options(data_dir=root, language=language, translations_cache=root / "qm")
                )
                shell = app.shell
                shell.resize(width, height)
                shell.show()
                screen = shell.unlock_screen
                _wait(lambda s=screen: s.profile.count() > 0)
                written.append(_save(shell, out / f"unlock-{language}-{width}x{height}.png"))
                screen.passphrase.setText(DEMO_PASSPHRASE)
                screen.unlock_button.click()
                _wait(lambda s=shell: s.workspace is not None and s.workspace.cases.loaded)
                workspace = shell.workspace
                assert workspace is not None
                rows = workspace.case_model.rows()
                target = next(r for r in rows if len(r.person_ids) > 2 and r.applicant_original)
                proxy = workspace.cases.proxy
                row = next(
                    n
                    for n in range(proxy.rowCount())
                    if proxy.index(n, 0).data(CASE_ID_ROLE) == target.case_id
                )
                workspace.cases.table.selectRow(row)
                workspace.cases.table.scrollTo(proxy.index(row, 0))
                _wait(
                    lambda w=workspace, t=target: (
                        w.detail.detail is not None and w.detail.detail.case.id == t.case_id
                    )
                )
                written.append(_save(shell, out / f"cases-{language}-{width}x{height}.png"))
                workspace.detail.tabs.setCurrentIndex(1)
                _wait(lambda: True)
                written.append(_save(shell, out / f"persons-{language}-{width}x{height}.png"))
                workspace.detail.tabs.setCurrentIndex(0)
                workspace.detail.persons.edit_button.click()
                _wait(lambda w=workspace: w.detail.findChild(_dialog_type()) is not None)
                dialog = workspace.detail.findChild(_dialog_type())
                editor = dialog.form.editors["zemis_number"]
                editor.line.setText("12ab")
                editor.line.textEdited.emit("12ab")
                _wait(lambda: True)
                written.append(_save(dialog, out / f"edit-{language}-{width}x{height}.png"))
                dialog.form.editors["zemis_number"].line.setText("")
                shell.lock()
                app.shutdown()
                shell.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
                shell.close()
                _wait(lambda: True)
    return written


def _dialog_type() -> type:
    from desktop.cases.edit_dialog import RecordEditDialog

    return RecordEditDialog


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
