"""`dossier` — the desktop app. `--smoke-test` proves a build can unlock and show cases."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

from desktop.i18n import LANGUAGES
from desktop.log_format import configure_logging
from storage.hardening import harden_process

SMOKE_CASES = 20
DEMO_CASES = 300
SMOKE_TIMEOUT_S = 60.0


def _parse(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="dossier", description="Dossier case files")
    parser.add_argument(
        "--data-dir",
        type=Path,
        help="where profiles live (default: the platform's user data folder)",
    )
    parser.add_argument("--lang", choices=LANGUAGES, help="language of the interface")
    parser.add_argument(
        "--demo",
        type=int,
        nargs="?",
        const=DEMO_CASES,
        metavar="CASES",
        help="create (once) a demo profile with fictional cases in --data-dir and open it",
    )
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="unlock a temporary demo profile, build the main window offscreen, exit 0 on success",
    )
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = _parse(argv)
    configure_logging()  # LOG-1: no exception message in a log line
    harden_process()  # MEM-2: no core dumps or debugger reads of a process that holds keys
    if args.smoke_test:
        return smoke_test(args.lang)
    if args.demo is not None:
        return demo(args.data_dir or Path("demo-data"), args.demo, args.lang)
    from desktop.app import Options, run

    return run(Options(data_dir=args.data_dir, language=args.lang))


def _has_display() -> bool:
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def demo(root: Path, cases: int, language: str | None) -> int:
    """Open the app on a demo profile of fictional cases (created on first use)."""
    from desktop.demo_profile import DEMO_PASSPHRASE, create_demo_profile
    from storage.profiles import Workspace

    if not Workspace(root).list_profiles():
        print(f"Creating a demo profile with {cases} fictional cases in {root} ...")
        create_demo_profile(root, cases=cases)
    print(f"Demo profile in {root}; passphrase: {DEMO_PASSPHRASE}")
    if not _has_display():
        print("No display here: checking that the app starts, offscreen, instead.")
        return smoke_test(language)
    from desktop.app import Options, run

    return run(Options(data_dir=root, language=language))


def smoke_test(language: str | None) -> int:
    """Unlock a fresh demo profile through the real unlock screen and show its cases."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from desktop.app import DossierApp, Options, create_qapplication
    from desktop.demo_profile import DEMO_PASSPHRASE, create_demo_profile

    app = create_qapplication([sys.argv[0]])
    with tempfile.TemporaryDirectory(prefix="dossier-smoke-") as folder:
        root = Path(folder)
        create_demo_profile(root, cases=SMOKE_CASES)
        dossier = DossierApp(
            Options(data_dir=root, language=language, translations_cache=root / "qm")
        )
        dossier.shell.show()
        ok = _drive_unlock(app, dossier, DEMO_PASSPHRASE)
        if ok:
            ok = not dossier.shell.grab().isNull()
        dossier.shutdown()
        dossier.shell.deleteLater()
        app.processEvents()
    print("smoke test", "passed" if ok else "FAILED", file=sys.stderr)
    return 0 if ok else 1


def _wait(app: object, condition: object, timeout_s: float = SMOKE_TIMEOUT_S) -> bool:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        app.processEvents()  # type: ignore[attr-defined]
        if condition():  # type: ignore[operator]
            return True
        time.sleep(0.01)
    return False


def _drive_unlock(app: object, dossier: object, passphrase: str) -> bool:
    shell = dossier.shell  # type: ignore[attr-defined]
    screen = shell.unlock_screen
    if not _wait(app, lambda: screen.profile.count() > 0):
        return False
    screen.passphrase.setText(passphrase)
    screen.unlock_button.click()
    if not _wait(app, lambda: shell.workspace is not None):
        return False
    return _wait(app, lambda: shell.workspace.case_model.rowCount() == SMOKE_CASES)


if __name__ == "__main__":
    sys.exit(main())
