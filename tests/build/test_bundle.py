"""The shippable bundle: both programs run from it alone, with nothing from the venv or home.

Each program runs in a scrubbed environment (PATH without the venv, HOME, XDG folders and
TMPDIR in a temporary directory), so a bundle that only works on the build machine fails.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from fastapi import FastAPI

from desktop.i18n import LANGUAGES
from sync.cli import NOT_ENROLLED, OK, USAGE
from sync.client.layout import DeviceCredential, write_device
from tests.build.conftest import ROOT
from tests.build.tls import make_ca_and_server_cert, serving_tls
from tests.server.laptops import seed_case
from tests.sync.conftest import Laptop

pytestmark = pytest.mark.bundle

QM_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
# Big Qt parts the app does not use; any of them in the bundle means an import crept in.
UNUSED_QT = (
    "WebEngine",
    "Quick",
    "Qml",
    "3D",
    "Multimedia",
    "Pdf",
    "Designer",
    "Charts",
    "DataVisualization",
    "Graphs",
    "Sql",
    "Test",
    "UiTools",
    "Help",
)
NOT_SHIPPED = ("fastapi", "uvicorn", "starlette", "psycopg", "pytest", "hypothesis", "tkinter")


def run(
    bundle: Path, home: Path, program: str, *args: str, **extra_env: str
) -> subprocess.CompletedProcess[str]:
    """Run `program` from the bundle with a scrubbed environment rooted at `home`."""
    folders = {
        name: home / name.lower()
        for name in ("XDG_CACHE_HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_RUNTIME_DIR")
    }
    tmp = home / "tmp"
    for folder in (*folders.values(), tmp):
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    env = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(home),
        "TMPDIR": str(tmp),
        "LANG": "C.UTF-8",
        **{name: str(path) for name, path in folders.items()},
        **extra_env,
    }
    return subprocess.run(
        [str(bundle / program), *args],
        env=env,
        cwd=home,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )


def sync_json(bundle: Path, home: Path, *args: str, **extra_env: str) -> tuple[int, dict[str, Any]]:
    result = run(bundle, home, "dossier-sync", *args, "--json", **extra_env)
    assert "Traceback" not in result.stderr, result.stderr
    return result.returncode, json.loads(result.stdout)


def files_of(bundle: Path) -> list[str]:
    return sorted(p.relative_to(bundle).as_posix() for p in bundle.rglob("*") if p.is_file())


@pytest.mark.parametrize("language", LANGUAGES)
def test_smoke_test_unlocks_a_demo_profile_and_shows_its_cases(
    bundle: Path, tmp_path: Path, language: str
) -> None:
    result = run(bundle, tmp_path, "dossier", "--smoke-test", "--lang", language)

    assert result.returncode == 0, result.stderr
    assert "smoke test passed" in result.stderr
    assert "Traceback" not in result.stderr
    assert "unavailable" not in result.stderr  # our translations were found and loaded
    assert list((tmp_path / "tmp").iterdir()) == []  # the temporary profile is gone


def test_dossier_sync_reports_and_moves_a_locked_laptops_outbox(
    bundle: Path,
    tmp_path: Path,
    app: FastAPI,
    make_laptop: Callable[[str], Laptop],
) -> None:
    anna = make_laptop("anna")
    case_id = seed_case(app, "K-20", "anna")
    anna.sync()
    anna.unlock().records.create(
        "note", {"body": "written before the bundle syncs"}, case_id=case_id
    )
    anna.lock()
    root = str(anna.workspace.root)

    code, before = sync_json(bundle, tmp_path, "status", "--data-dir", root, "--check")
    assert code == OK, before
    assert before["enrolled"] is True and before["server_reachable"] is True
    assert [p["pending_mutations"] for p in before["profiles"]] == [1]

    code, report = sync_json(bundle, tmp_path, "run", "--data-dir", root)
    assert code == OK, report
    assert [(p["sent"], p["error"], p["wiped"]) for p in report["profiles"]] == [(1, None, False)]

    code, after = sync_json(bundle, tmp_path, "status", "--data-dir", root)
    assert code == OK
    (profile,) = after["profiles"]
    assert (profile["pending_mutations"], profile["last_error"]) == (0, None)
    assert profile["staged"] >= 1

    anna.apply()  # what the bundle staged opens and applies in the app's own code
    anna.lock()
    code, applied = sync_json(bundle, tmp_path, "status", "--data-dir", root)
    assert (code, applied["profiles"][0]["staged"]) == (OK, 0)


def test_dossier_sync_trusts_the_service_only_through_the_configured_ca_bundle(
    bundle: Path, tmp_path: Path, app: FastAPI
) -> None:
    ca, cert, key = make_ca_and_server_cert(tmp_path / "pki")
    with serving_tls(app, cert, key) as url:
        configured, unconfigured = tmp_path / "configured", tmp_path / "unconfigured"
        write_device(configured, DeviceCredential("device", "credential", url, str(ca)))
        write_device(unconfigured, DeviceCredential("device", "credential", url, None))

        code, body = sync_json(bundle, tmp_path, "status", "--check", "--data-dir", str(configured))
        assert (code, body["server_reachable"]) == (OK, True)

        # Without it the public roots shipped in the bundle decide, and the environment can't
        # slip a CA in (the transport ignores it).
        code, body = sync_json(
            bundle,
            tmp_path,
            *("status", "--check", "--data-dir", str(unconfigured)),
            REQUESTS_CA_BUNDLE=str(ca),
            SSL_CERT_FILE=str(ca),
        )
        assert (code, body["server_reachable"]) == (OK, False)


def test_dossier_sync_exit_codes_for_a_laptop_not_enrolled_and_for_bad_usage(
    bundle: Path, tmp_path: Path
) -> None:
    code, body = sync_json(bundle, tmp_path, "status", "--data-dir", str(tmp_path / "data"))
    assert (code, body["enrolled"], body["profiles"]) == (NOT_ENROLLED, False, [])

    code, body = sync_json(bundle, tmp_path, "run", "--data-dir", str(tmp_path / "data"))
    assert (code, body["code"]) == (NOT_ENROLLED, "not_enrolled")

    assert run(bundle, tmp_path, "dossier-sync", "frobnicate").returncode == USAGE


def test_bundle_ships_resources_translations_migrations_and_holiday_names(bundle: Path) -> None:
    data = bundle / "_internal"
    for language in LANGUAGES:
        qm = data / "resources" / "translations" / f"dossier_{language}.qm"
        assert qm.read_bytes()[:16] == QM_MAGIC, qm
        assert (data / "PySide6" / "Qt" / "translations" / f"qtbase_{language}.qm").is_file()
    shipped = {p.name for p in (data / "storage" / "migrations" / "versions").glob("*.py")}
    assert shipped == {p.name for p in (ROOT / "storage" / "migrations" / "versions").glob("*.py")}
    assert (data / "storage" / "migrations" / "env.py").is_file()
    for folder in ("forms", "deadlines", "styles"):
        ours = {p.name for p in (ROOT / "resources" / folder).iterdir() if p.is_file()}
        assert ours and ours == {p.name for p in (data / "resources" / folder).iterdir()}
    for country in ("CH", "DE"):
        assert (data / "holidays" / "locale" / "en_US" / "LC_MESSAGES" / f"{country}.mo").is_file()
    assert (data / "storage" / "data" / "passphrase-blocklist.txt").is_file()
    assert (data / "certifi" / "cacert.pem").is_file()  # TLS to the service
    assert any(p.startswith("_internal/sqlcipher3/_sqlite3") for p in files_of(bundle))
    assert not any(p.endswith(".ts") for p in files_of(bundle))


def test_bundle_leaves_out_unused_qt_modules_the_service_and_test_tools(bundle: Path) -> None:
    files = files_of(bundle)
    qt = [p for p in files if "Qt" in p and any(f"Qt{part}" in p for part in UNUSED_QT)]
    qt += [p for p in files if any(f"Qt6{part}" in p for part in UNUSED_QT)]
    assert qt == []
    tops = {p.split("/")[1] for p in files if p.startswith("_internal/")}
    assert not tops & set(NOT_SHIPPED)
    assert not any(p.startswith("_internal/sync/server") for p in files)


def test_no_build_output_secrets_or_venv_reach_git_or_the_bundle(bundle: Path) -> None:
    listed = subprocess.run(
        ["git", "ls-files", "--cached", "--others", "--exclude-standard", "-z"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split("\0")
    tracked = [p for p in listed if p]
    assert "build.spec" in tracked and "tests/build/test_bundle.py" in tracked
    assert [p for p in tracked if p.endswith(".qm")] == []
    assert [p for p in tracked if p.split("/")[0] in {"dist", "build", ".venv", "demo-data"}] == []
    assert [p for p in tracked if _secret(p)] == []
    assert [p for p in files_of(bundle) if _secret(p) or ".venv" in p] == []


def _secret(path: str) -> bool:
    name = path.rsplit("/", 1)[-1]
    return (
        name in {"sync-device.json", "recovery.key", ".env", "ui.ini"}
        or name.endswith((".key", ".p12", ".pfx"))
        or (name.endswith(".pem") and "certifi" not in path)
        or (name.endswith(".db") and not path.startswith("tests/data/"))
    )


def test_the_bundle_runs_without_the_source_tree_or_venv(bundle: Path, tmp_path: Path) -> None:
    # The programs resolve everything inside their own folder: a copy elsewhere still works.
    copy = tmp_path / "elsewhere"
    shutil.copytree(bundle, copy, symlinks=True)
    assert os.access(copy / "dossier", os.X_OK)
    result = run(copy, tmp_path / "home", "dossier", "--smoke-test")
    assert result.returncode == 0, result.stderr
