"""dossier-store: bad input is a coded error on stderr and exit 2, never a traceback."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from storage.cli import main
from storage.profiles import Workspace


def test_a_recovery_key_file_that_is_not_hex_is_a_clear_error(
    workspace: Workspace, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (info,) = workspace.list_profiles()
    key = tmp_path / "recovery.key"
    key.write_text("this is not a key")
    argv = [
        "--data-dir",
        str(workspace.root),
        "recover",
        info.profile_id,
        "--recovery-private-key",
        str(key),
    ]
    assert main(argv) == 2
    assert json.loads(capsys.readouterr().err)["error"] == "invalid_input"


def test_an_unknown_profile_is_reported_by_code(
    workspace: Workspace, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--data-dir", str(workspace.root), "--passphrase-stdin", "info", "nope"]) == 2
    assert json.loads(capsys.readouterr().err)["error"] == "profile_not_found"
