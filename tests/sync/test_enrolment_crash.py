"""An enrolment cut short by a crash never leaves a half-made profile that fails silently.

A real child process creates the profile for an enrolment and is SIGKILLed at a stage of the
enrolment with the real service (`tests.sync.enrol_crash`); then the laptop's own view
(`sync.client.pending_enrolment`) and `dossier-sync` are checked, on both server databases.
"""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from fastapi import FastAPI

from storage.enrolment_mark import ENROLMENT_PENDING_FILE, has_enrolment_mark
from storage.profiles import Workspace
from storage.unlocked import unlock_profile
from sync.cli import OK, main
from sync.client.layout import ProfileFiles
from sync.client.pending_enrolment import enrolment_pending, settle_unlocked
from sync.client.wipe import erase_profile
from tests.server.conftest import PASSWORD, add_user, new_code
from tests.sync.conftest import PASSPHRASE, Laptop
from tests.sync.enrol_crash import crash_enrolment


def _cli(*argv: str) -> tuple[int, dict[str, Any]]:
    out = io.StringIO()
    code = main([*argv, "--json"], out)
    return code, json.loads(out.getvalue())


def _row(body: dict[str, Any], profile_id: str) -> dict[str, Any]:
    (row,) = [r for r in body["profiles"] if r["profile_id"] == profile_id]
    return row


def _files_under(folder: Path) -> list[Path]:
    return sorted(folder.rglob("*")) if folder.exists() else []


def test_a_profile_killed_before_its_enrolment_is_skipped_reported_and_erasable(
    app: FastAPI, service_url: str, make_laptop: Callable[[str], Laptop]
) -> None:
    bert = make_laptop("bert")  # the laptop already syncs for another caseworker
    bert.lock()
    add_user(app, "anna")
    workspace, root = bert.workspace, str(bert.workspace.root)
    info = crash_enrolment(
        workspace, service_url, "anna", "created", PASSPHRASE, new_code(app), PASSWORD
    )

    assert has_enrolment_mark(info.path)
    assert enrolment_pending(info)
    assert not enrolment_pending(bert.info)
    code, status = _cli("status", "--data-dir", root)
    assert code == OK
    assert _row(status, info.profile_id)["setup_not_finished"] is True
    assert _row(status, bert.info.profile_id)["setup_not_finished"] is False
    assert {"code": "setup_not_finished", "profile_id": info.profile_id} in status["warnings"]
    text = io.StringIO()
    main(["status", "--data-dir", root], text)
    assert f"warning code=setup_not_finished profile_id={info.profile_id}" in text.getvalue()

    code, report = _cli("run", "--data-dir", root)
    assert code == OK, report  # not an error that pages IT at every run
    assert _row(report, info.profile_id)["skipped"] == "setup_not_finished"
    bert_row = _row(report, bert.info.profile_id)
    assert (bert_row["error"], bert_row["skipped"]) == (None, None)  # still synced

    erase_profile(info)
    assert not info.path.exists()
    assert [p.name for p in workspace.profiles_dir.iterdir()] == [bert.info.profile_id]
    assert [p.profile_id for p in workspace.list_profiles()] == [bert.info.profile_id]
    assert _files_under(bert.info.path)  # the other caseworker's profile is untouched


def test_a_crash_after_the_enrolment_succeeded_leaves_a_complete_profile(
    app: FastAPI, service_url: str, tmp_path: Path
) -> None:
    add_user(app, "anna")
    workspace = Workspace(tmp_path / "laptop", unlock_seconds=0)
    info = crash_enrolment(
        workspace, service_url, "anna", "recorded", PASSPHRASE, new_code(app), PASSWORD
    )
    assert (info.path / ENROLMENT_PENDING_FILE).is_file()  # the kill came before its removal

    assert not enrolment_pending(info)  # the transport state shows the service's yes
    assert not has_enrolment_mark(info.path)
    code, status = _cli("status", "--data-dir", str(workspace.root))
    assert _row(status, info.profile_id)["setup_not_finished"] is False
    assert status["warnings"] == []
    code, report = _cli("run", "--data-dir", str(workspace.root))
    assert code == OK, report
    assert _row(report, info.profile_id)["error"] is None
    assert _row(report, info.profile_id)["skipped"] is None


def test_a_crash_between_the_stored_identity_and_the_transport_state_settles_at_unlock(
    app: FastAPI, service_url: str, tmp_path: Path
) -> None:
    add_user(app, "anna")
    workspace = Workspace(tmp_path / "laptop", unlock_seconds=0)
    info = crash_enrolment(
        workspace, service_url, "anna", "stored", PASSPHRASE, new_code(app), PASSWORD
    )
    # Without the passphrase the laptop cannot tell: the unlock screen offers to finish.
    assert ProfileFiles(info).state().server_profile_id is None
    assert enrolment_pending(info)
    code, report = _cli("run", "--data-dir", str(workspace.root))
    assert (code, _row(report, info.profile_id)["skipped"]) == (OK, "setup_not_finished")

    profile = unlock_profile(workspace, info.profile_id, PASSPHRASE)
    try:
        assert settle_unlocked(profile)  # the store holds the identity: complete
    finally:
        profile.lock()
    assert not has_enrolment_mark(info.path)
    assert ProfileFiles(info).state().server_profile_id is not None
    code, report = _cli("run", "--data-dir", str(workspace.root))
    assert code == OK, report
    assert _row(report, info.profile_id)["error"] is None
    assert _row(report, info.profile_id)["skipped"] is None


def test_the_unlock_of_a_profile_never_enrolled_leaves_it_pending(
    app: FastAPI, service_url: str, tmp_path: Path
) -> None:
    add_user(app, "anna")
    workspace = Workspace(tmp_path / "laptop", unlock_seconds=0)
    info = crash_enrolment(
        workspace, service_url, "anna", "created", PASSPHRASE, new_code(app), PASSWORD
    )
    profile = unlock_profile(workspace, info.profile_id, PASSPHRASE)
    try:
        assert not settle_unlocked(profile)
    finally:
        profile.lock()
    assert has_enrolment_mark(info.path)
    assert enrolment_pending(info)
