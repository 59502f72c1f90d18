"""The PyInstaller bundle under test: `$DOSSIER_BUNDLE`, or `dist/dossier`, (re)built when stale.

Building takes about a minute on two cores, so `bundle` tests run only when asked for:
`make package-test` (`-m bundle tests/build`). pytest never recurses into a folder named
`build` by default (`norecursedirs`), and should that change, the hook below still deselects
(never skips) them unless `-m` names `bundle`, a path inside tests/build is given, or
`DOSSIER_BUNDLE` points at a bundle.
"""

from __future__ import annotations

import fcntl
import importlib.util
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.sync.conftest import (  # noqa: F401 - fixtures; first: it quiets starlette's import
    app,
    backend,
    clock,
    database_url,
    laptop_template,
    make_laptop,
    service_url,
)

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_BUNDLE = ROOT / "dist" / "dossier"
# What goes into the bundle: a change to any of these makes dist/dossier stale.
INPUT_FOLDERS = ("desktop", "storage", "sync", "resources")
INPUT_FILES = ("build.spec", "pyproject.toml")
BUILD_TIMEOUT_S = 1200


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if _bundle_requested(config):
        return
    left_out = [item for item in items if item.get_closest_marker("bundle")]
    if left_out:
        config.hook.pytest_deselected(items=left_out)
        items[:] = [item for item in items if not item.get_closest_marker("bundle")]


def _bundle_requested(config: pytest.Config) -> bool:
    if "bundle" in (config.option.markexpr or "") or os.environ.get("DOSSIER_BUNDLE"):
        return True
    here = Path(__file__).parent
    asked = (Path(arg.split("::")[0]).resolve() for arg in config.args)
    return any(path == here or here in path.parents for path in asked)


def newest_input() -> float:
    """The newest modification time of anything the bundle is built from."""
    paths = [ROOT / name for name in INPUT_FILES]
    for folder in INPUT_FOLDERS:
        paths += [
            path
            for path in (ROOT / folder).rglob("*")
            if path.is_file()
            and "__pycache__" not in path.parts
            and path.suffix != ".qm"
            and path.relative_to(ROOT).parts[:2] != ("sync", "server")  # not in the bundle
        ]
    return max(path.stat().st_mtime for path in paths)


def _stale(bundle: Path) -> bool:
    program = bundle / "dossier"
    return not program.is_file() or program.stat().st_mtime < newest_input()


def _build() -> None:
    if importlib.util.find_spec("PyInstaller") is None:
        pytest.fail("PyInstaller is not installed: run `make package-test` (installs .[build])")
    result = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN", "build.spec"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=BUILD_TIMEOUT_S,
        check=False,
    )
    if result.returncode != 0:
        pytest.fail(f"the bundle did not build:\n{result.stderr[-4000:]}")


@pytest.fixture(scope="session")
def bundle() -> Iterator[Path]:
    """The bundle folder holding `dossier` and `dossier-sync`."""
    given = os.environ.get("DOSSIER_BUNDLE")
    if given:
        yield Path(given).resolve()
        return
    lock_path = ROOT / "build" / ".bundle-test.lock"
    lock_path.parent.mkdir(exist_ok=True)
    with lock_path.open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # one build at a time (xdist workers, parallel runs)
        if _stale(DEFAULT_BUNDLE):
            _build()
        assert not _stale(DEFAULT_BUNDLE), "the build left dist/dossier older than its sources"
        fcntl.flock(lock, fcntl.LOCK_SH)  # others may run it too, but nobody rebuilds it now
        yield DEFAULT_BUNDLE
