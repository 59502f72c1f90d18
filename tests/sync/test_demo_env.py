"""`make demo`'s check mode, as `python -m demo --check` runs it: a real service process on
127.0.0.1, two laptops enrolled with one-time codes, a conflict waiting on laptop A, the app
opened offscreen on it — and a second run that reuses all of it."""

from __future__ import annotations

import json
import os
import socket
import stat
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from demo.state import CASEWORKER_A, CASEWORKER_B, DemoError, DemoPaths, load_state
from desktop.demo_profile import DEMO_PASSPHRASE
from storage.forms import validate_answers
from storage.profiles import Workspace
from storage.services.exports import ProtocolExports
from storage.tables import conflict
from storage.unlocked import unlock_profile
from sync.client.layout import read_device
from sync.client.resolve import Choice, resolve_conflict

REPO = Path(__file__).resolve().parents[2]
CASES = 9  # A works on 6, B on 6, both on 3


def _run_demo(root: Path) -> dict[str, Any]:
    command = [sys.executable, "-m", "demo", "--root", str(root), "--cases", str(CASES)]
    done = subprocess.run(
        [*command, "--check", "--json"],
        cwd=REPO,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    report: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["ok"] is True
    return report


def _gone(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    return False


def _profile_view(root: Path) -> tuple[str, list[dict[str, Any]], dict[str, str]]:
    """(login, open conflicts, accommodation by case number) of the laptop's one profile."""
    workspace = Workspace(root)
    (info,) = workspace.list_profiles()
    profile = unlock_profile(workspace, info.profile_id, DEMO_PASSPHRASE)
    try:
        with profile.store.read() as conn:
            query = select(conflict).where(conflict.c.status == "open")
            conflicts = [dict(r) for r in conn.execute(query).mappings()]
        cases = profile.records.list("case")
        return info.login, conflicts, {c["case_number"]: c["accommodation"] for c in cases}
    finally:
        profile.lock()


def _resolve_all(root: Path) -> None:
    """What a caseworker does in the inbox: keep their own value (sent at the next sync)."""
    workspace = Workspace(root)
    (info,) = workspace.list_profiles()
    profile = unlock_profile(workspace, info.profile_id, DEMO_PASSPHRASE)
    try:
        with profile.store.read() as conn:
            query = select(conflict.c.conflict_id).where(conflict.c.status == "open")
            ids = list(conn.execute(query).scalars())
        for conflict_id in ids:
            resolve_conflict(profile, conflict_id, Choice.MINE)
    finally:
        profile.lock()


def _check_showcase(root: Path) -> None:
    """A return in progress with its reminders, and a finalised interview in two sittings
    whose protocol can be exported right away (issue 6)."""
    workspace = Workspace(root)
    (info,) = workspace.list_profiles()
    profile = unlock_profile(workspace, info.profile_id, DEMO_PASSPHRASE)
    try:
        (avrr,) = profile.records.list("return_assistance")
        assert avrr["status"] == "registered" and avrr["eligible"] is True
        case = profile.records.get("case", str(avrr.case_id), audit_read=False)
        assert case["case_type"] == "return_assistance"
        reminders = [t for t in profile.records.list("task", case_id=case.id) if t["rule"]]
        assert reminders, "registering the return creates its travel reminders"
        (final,) = [i for i in profile.records.list("interview") if i["status"] == "finalised"]
        template = profile.casework.templates()[final["template"]]
        assert validate_answers(template, final["answers"]) == {}
        exports = ProtocolExports(profile.context, profile.records, profile.casework)
        protocol = exports.protocol(final.id, language="de")
        assert len(protocol.sittings) == 2 and protocol.sittings[0].reason
        assert protocol.sittings[0].interpreter != protocol.sittings[1].interpreter
    finally:
        profile.lock()


def test_demo_builds_a_service_two_laptops_and_a_waiting_conflict_then_reuses_them(
    tmp_path: Path,
) -> None:
    root = tmp_path / "demo-data"
    first = _run_demo(root)

    assert first["built"] is True and first["url"].startswith("http://127.0.0.1:")
    assert first["service_stopped"] is True and _gone(first["service_pid"])
    laptops = first["laptops"]
    assert laptops["a"]["enrolled"] and laptops["b"]["enrolled"]
    assert laptops["a"]["profile_id"] != laptops["b"]["profile_id"]
    assert first["open_conflicts"] == 1
    app = first["app"]
    assert app["cases_listed"] == 2 * CASES // 3
    assert app["open_conflicts"] == 1 and app["inbox_rows"] == 1
    assert app["conflict_case_state"] == "conflict"

    paths = DemoPaths(root)
    assert (paths.service / "dossier-server.db").is_file()
    recovery_key = paths.it / "recovery.key"
    assert stat.S_IMODE(recovery_key.stat().st_mode) == 0o600  # IT's private half, offline
    assert stat.S_IMODE((paths.it / "cases.json").stat().st_mode) == 0o600  # the import file
    login_a, conflicts_a, cases_a = _profile_view(paths.laptop_a)
    login_b, conflicts_b, cases_b = _profile_view(paths.laptop_b)
    assert (login_a, login_b) == (CASEWORKER_A.login, CASEWORKER_B.login)
    assert len(cases_a) == len(cases_b) == 2 * CASES // 3
    shared = first["conflict_case"]
    assert len(set(cases_a) & set(cases_b)) == CASES // 3 and shared in cases_a
    (waiting,) = conflicts_a
    assert waiting["field"] == "accommodation" and waiting["entity"] == "case"
    # B synced first: the service (and A's list) keep B's value; A's own waits in the inbox.
    assert waiting["server_value"] == cases_b[shared] == cases_a[shared]
    assert waiting["client_value"] != waiting["server_value"]
    assert conflicts_b == []
    state = load_state(paths)
    assert state is not None and state.ready and state.conflict_round == 1
    showcase = first["showcase"]
    assert [r["status"] for r in showcase["return_assistance"]] == ["registered"]
    assert [i["sittings"] for i in showcase["finalised_interviews"]] == [2]
    _check_showcase(paths.laptop_a)

    # Somebody tried the demo and resolved the conflict: the next run stages a new one. And
    # the service's port is taken meanwhile: it moves, and the laptops follow it.
    _resolve_all(paths.laptop_a)
    with socket.socket() as squatter:
        # Like uvicorn: the last run's connections may still be in TIME_WAIT on that port.
        squatter.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        squatter.bind(("127.0.0.1", state.port or 0))
        squatter.listen()
        second = _run_demo(root)

    assert second["url"] != first["url"]
    for laptop in (paths.laptop_a, paths.laptop_b):
        device = read_device(laptop)
        assert device is not None and device.service_url == second["url"]
    assert second["built"] is False and second["runs"] == 2
    assert second["laptops"] == laptops  # the same profiles, not new ones
    assert second["open_conflicts"] == 1 and second["app"]["inbox_rows"] == 1
    assert second["service_stopped"] is True and _gone(second["service_pid"])
    state = load_state(paths)
    assert state is not None and state.conflict_round == 2
    assert [len(Workspace(r).list_profiles()) for r in (paths.laptop_a, paths.laptop_b)] == [1, 1]
    _, (again,), cases_a = _profile_view(paths.laptop_a)
    assert again["conflict_id"] != waiting["conflict_id"]
    # A's resolution reached B before the new round: B's value is new, not the first one.
    assert again["server_value"] == cases_a[shared] != waiting["server_value"]


def test_a_folder_that_is_not_a_demo_is_left_alone(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("mine")
    with pytest.raises(DemoError) as refused:
        load_state(DemoPaths(tmp_path))
    assert refused.value.code == "root_not_a_demo"
    assert (tmp_path / "notes.txt").read_text() == "mine"
