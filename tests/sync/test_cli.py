"""`dossier-sync` on a locked laptop: run, status, exit codes, the lock."""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from fastapi import FastAPI

from sync.cli import BUSY, NOT_ENROLLED, OK, main, sync_lock
from tests.server.laptops import seed_case
from tests.sync.conftest import Laptop


def _run(*argv: str) -> tuple[int, dict[str, Any]]:
    out = io.StringIO()
    code = main([*argv, "--json"], out)
    return code, json.loads(out.getvalue())


def test_run_moves_a_locked_profile_and_status_reports_it(
    app: FastAPI, make_laptop: Callable[[str], Laptop]
) -> None:
    anna = make_laptop("anna")
    case_id = seed_case(app, "K-20", "anna")
    anna.sync()
    anna.unlock().records.create("note", {"body": "from the cli"}, case_id=case_id)
    anna.lock()
    root = str(anna.workspace.root)

    code, before = _run("status", "--data-dir", root, "--check")
    assert code == OK and before["server_reachable"] is True
    assert before["profiles"][0]["pending_mutations"] == 1

    code, report = _run("run", "--data-dir", root)
    assert code == OK, report
    assert report["profiles"][0]["sent"] == 1

    code, after = _run("status", "--data-dir", root)
    assert after["profiles"][0]["pending_mutations"] == 0
    assert after["profiles"][0]["staged"] >= 1
    assert after["profiles"][0]["last_error"] is None


def test_a_second_run_while_one_holds_the_lock_exits_busy(
    make_laptop: Callable[[str], Laptop],
) -> None:
    anna = make_laptop("anna")
    anna.lock()
    with sync_lock(anna.workspace.root) as held:
        assert held
        code, body = _run("run", "--data-dir", str(anna.workspace.root))
    assert (code, body["code"]) == (BUSY, "sync_running")


def test_a_laptop_that_is_not_enrolled_says_so(tmp_path: Path) -> None:
    code, body = _run("run", "--data-dir", str(tmp_path))
    assert (code, body["code"]) == (NOT_ENROLLED, "not_enrolled")
