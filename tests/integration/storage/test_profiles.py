"""Profiles on a shared laptop: creation, unlock, passphrase change, IT recovery, damage."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pytest
from sqlalchemy import select

from storage import keys
from storage.audit import verify_store_chain
from storage.errors import ErrorCode, StoreError
from storage.profiles import NEXT_ENVELOPE_FILE, Workspace, rekey_store
from storage.tables import audit_event
from storage.unlocked import OpenProfile, unlock_profile

from .conftest import PASSPHRASE

OTHER = "Wanderweg Gletscher Murmeltier Alphorn Edelweiss"


def _fingerprint(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def _actions(profile: OpenProfile) -> list[str]:
    with profile.store.read() as conn:
        return list(
            conn.execute(select(audit_event.c.action).order_by(audit_event.c.seq)).scalars()
        )


def _only(workspace: Workspace) -> str:
    (info,) = workspace.list_profiles()
    return info.profile_id


def test_two_caseworkers_on_one_laptop_never_touch_each_others_files(
    workspace: Workspace, recovery_keys
) -> None:
    first = _only(workspace)
    second = workspace.create_profile(
        login="b.rossi",
        display_name="B. Rossi",
        passphrase=OTHER,
        recovery_public_key=recovery_keys[1],
    )
    assert [p.login for p in workspace.list_profiles()] == ["a.keller", "b.rossi"]
    before = _fingerprint(second.path)
    opened = unlock_profile(workspace, first, PASSPHRASE)
    opened.records.create(
        "case", {"case_number": "TI-2026-000001", "status": "open", "case_type": "hardship"}
    )
    opened.lock()
    assert _fingerprint(second.path) == before
    with pytest.raises(StoreError) as caught:  # one caseworker's passphrase opens only theirs
        unlock_profile(workspace, second.profile_id, PASSPHRASE)
    assert caught.value.code is ErrorCode.WRONG_PASSPHRASE


def test_creation_refuses_weak_passphrases_and_duplicate_logins(
    workspace: Workspace, recovery_keys
) -> None:
    for weak in ("kurz", "passwort12345678", "a.kellera.kellera.keller"):
        with pytest.raises(StoreError) as caught:
            workspace.create_profile(
                login="c.meier",
                display_name="C. Meier",
                passphrase=weak,
                recovery_public_key=recovery_keys[1],
            )
        assert caught.value.code is ErrorCode.WEAK_PASSPHRASE
    with pytest.raises(StoreError) as caught:
        workspace.create_profile(
            login="A.Keller",
            display_name="Dup",
            passphrase=OTHER,
            recovery_public_key=recovery_keys[1],
        )
    assert caught.value.code is ErrorCode.PROFILE_EXISTS
    assert len(workspace.list_profiles()) == 1


def test_an_interrupted_creation_leaves_no_profile(workspace: Workspace) -> None:
    staging = workspace.profiles_dir / ".0190f0f0-0000-7000-8000-000000000001.creating"
    staging.mkdir()
    (staging / "store.db").write_bytes(b"half")
    assert len(workspace.list_profiles()) == 1


def test_wrong_passphrase_is_refused_counted_and_audited_at_the_next_unlock(
    workspace: Workspace,
) -> None:
    profile_id = _only(workspace)
    for _ in range(2):
        with pytest.raises(StoreError) as caught:
            unlock_profile(workspace, profile_id, "Falsche Passphrase ganz sicher nicht")
        assert caught.value.code is ErrorCode.WRONG_PASSPHRASE
    opened = unlock_profile(workspace, profile_id, PASSPHRASE)
    try:
        assert _actions(opened)[-2:] == ["unlock_failed", "unlock"]
    finally:
        opened.lock()


def test_passphrase_change_rewraps_without_touching_the_database(workspace: Workspace) -> None:
    profile_id = _only(workspace)
    store_before = hashlib.sha256(workspace.profile(profile_id).store_path.read_bytes())
    workspace.change_passphrase(profile_id, PASSPHRASE, OTHER)
    store_after = hashlib.sha256(workspace.profile(profile_id).store_path.read_bytes())
    assert store_before.digest() == store_after.digest()
    with pytest.raises(StoreError):
        unlock_profile(workspace, profile_id, PASSPHRASE)
    unlock_profile(workspace, profile_id, OTHER).lock()


def test_it_recovers_a_forgotten_passphrase_rekeys_and_audits(
    workspace: Workspace, recovery_keys
) -> None:
    profile_id = _only(workspace)
    info = workspace.profile(profile_id)
    opened = unlock_profile(workspace, profile_id, PASSPHRASE)
    case = opened.records.create(
        "case", {"case_number": "SG-2026-000009", "status": "open", "case_type": "hardship"}
    )
    opened.lock()
    old_key = keys.recover_data_key(keys.read_envelope(info.envelope_path), recovery_keys[0])
    workspace.recover(profile_id, recovery_keys[0], OTHER)
    with pytest.raises(StoreError):
        unlock_profile(workspace, profile_id, PASSPHRASE)
    recovered = unlock_profile(workspace, profile_id, OTHER)
    try:
        assert recovered.records.get("case", case.id)["case_number"] == "SG-2026-000009"
        assert "recover" in _actions(recovered)
        assert verify_store_chain(recovered.store, profile_id).ok
    finally:
        recovered.lock()
    with pytest.raises(StoreError):  # the old data key no longer opens the re-keyed store
        workspace._open_with_key(info, old_key)


def test_a_recovery_interrupted_after_rekeying_completes_at_the_next_unlock(
    workspace: Workspace, recovery_keys
) -> None:
    profile_id = _only(workspace)
    info = workspace.profile(profile_id)
    old_key = keys.recover_data_key(keys.read_envelope(info.envelope_path), recovery_keys[0])
    new_key = keys.new_data_key()
    keys.write_envelope(
        info.path / NEXT_ENVELOPE_FILE,
        keys.create_envelope(
            new_key, OTHER, profile_id=profile_id, recovery_public_key=recovery_keys[1]
        ),
    )
    rekey_store(info.store_path, old_key, new_key)  # ...and the process dies here
    unlock_profile(workspace, profile_id, OTHER).lock()
    assert not (info.path / NEXT_ENVELOPE_FILE).exists()
    unlock_profile(workspace, profile_id, OTHER).lock()


def test_a_tampered_store_is_refused_and_leaves_nothing_open(workspace: Workspace) -> None:
    profile_id = _only(workspace)
    path = workspace.profile(profile_id).store_path
    data = bytearray(path.read_bytes())
    data[4096 + 100] ^= 0x01  # one bit in the second page
    path.write_bytes(bytes(data))
    with pytest.raises(StoreError) as caught:
        unlock_profile(workspace, profile_id, PASSPHRASE)
    assert caught.value.code is ErrorCode.STORE_CORRUPT


def test_a_tampered_envelope_is_refused(workspace: Workspace) -> None:
    info = workspace.profile(_only(workspace))
    body = json.loads(info.envelope_path.read_text())
    body["profile_id"] = "0190f0f0-0000-7000-8000-000000000002"
    info.envelope_path.write_text(json.dumps(body))
    with pytest.raises(StoreError) as caught:
        unlock_profile(workspace, info.profile_id, PASSPHRASE)
    assert caught.value.code in {ErrorCode.ENVELOPE_TAMPERED, ErrorCode.ENVELOPE_UNSUPPORTED}


def test_a_store_from_a_newer_app_is_refused_with_a_clear_code(workspace: Workspace) -> None:
    profile_id = _only(workspace)
    opened = unlock_profile(workspace, profile_id, PASSPHRASE)
    with opened.store.write() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    opened.lock()
    with pytest.raises(StoreError) as caught:
        unlock_profile(workspace, profile_id, PASSPHRASE)
    assert caught.value.code is ErrorCode.STORE_NEWER_SCHEMA


def test_a_missing_store_file_is_reported_not_recreated(workspace: Workspace) -> None:
    info = workspace.profile(_only(workspace))
    shutil.move(info.store_path, info.path / "elsewhere.db")
    with pytest.raises(StoreError) as caught:
        unlock_profile(workspace, info.profile_id, PASSPHRASE)
    assert caught.value.code is ErrorCode.STORE_CORRUPT
    assert not info.store_path.exists()
