"""A damaged store is set aside and replaced by an empty one of the same profile (DB-8)."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from sqlalchemy import select

from storage.audit import verify_store_chain
from storage.errors import ErrorCode, StoreError
from storage.profiles import Workspace
from storage.services.records import pending_mutations
from storage.store_restore import DAMAGED_PREFIX, can_restore, restore_empty_store
from storage.tables import ENTITY_TABLES, audit_event
from storage.unlocked import OpenProfile, unlock_profile

from .conftest import PASSPHRASE

CASE = {"case_number": "VD-2026-000777", "case_type": "asylum_support", "status": "open"}


def _fingerprint(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def _identity(profile: OpenProfile) -> dict[str, object]:
    with profile.store.read() as conn:
        return {
            k: profile.store.get_meta(conn, k)
            for k in ("profile_id", "device_id", "signing_public_key", "sync_public_key")
        }


def _damaged(workspace: Workspace, table: str = "note") -> tuple[str, dict[str, object], int]:
    """A profile with work in it, then one bit flipped in the root page of `table`."""
    (info,) = workspace.list_profiles()
    profile = unlock_profile(workspace, info.profile_id, PASSPHRASE)
    case = profile.records.create("case", CASE)
    for n in range(30):
        profile.records.create("note", {"body": f"Notiz {n} " * 50}, case_id=case.id)
    identity = _identity(profile)
    with profile.store.read() as conn:
        seq = max(m.mutation_seq for m in pending_mutations(conn))
        root = conn.exec_driver_sql(
            "SELECT rootpage FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)
        ).scalar_one()
    profile.lock()
    data = bytearray(info.store_path.read_bytes())
    data[(root - 1) * 4096 + 300] ^= 0x10
    info.store_path.write_bytes(bytes(data))
    with pytest.raises(StoreError) as caught:
        unlock_profile(workspace, info.profile_id, PASSPHRASE)
    assert caught.value.code is ErrorCode.STORE_CORRUPT
    return info.profile_id, identity, seq


def test_a_damaged_store_is_kept_for_it_and_replaced_by_an_empty_one_of_the_same_profile(
    workspace: Workspace,
) -> None:
    profile_id, identity, seq = _damaged(workspace)
    info = workspace.profile(profile_id)
    damaged = hashlib.sha256(info.store_path.read_bytes()).hexdigest()
    before = _fingerprint(info.path)
    assert can_restore(workspace, profile_id, PASSPHRASE)
    assert not can_restore(workspace, profile_id, PASSPHRASE + " falsch")
    assert _fingerprint(info.path) == before  # the check only reads
    restored = restore_empty_store(workspace, profile_id, PASSPHRASE)

    assert restored.kept_as.parent == info.path and restored.kept_as.name.startswith(DAMAGED_PREFIX)
    kept = _fingerprint(restored.kept_as)
    assert kept["store.db"] == damaged  # untouched: still encrypted, for IT
    assert b"Notiz" not in (restored.kept_as / "store.db").read_bytes()
    assert restored.mutation_seq == seq
    profile = unlock_profile(workspace, profile_id, PASSPHRASE)
    try:
        assert _identity(profile) == identity
        with profile.store.read() as conn:
            assert conn.execute(select(ENTITY_TABLES["case"])).first() is None
            actions = list(
                conn.execute(select(audit_event.c.action).order_by(audit_event.c.seq)).scalars()
            )
        assert actions[-2:] == ["restore", "unlock"]
        assert actions.count("create") == 31  # the audit trail came along: it was readable
        assert verify_store_chain(profile.store, profile_id).ok
        new_case = profile.records.create("case", CASE | {"case_number": "VD-2026-000778"})
        with profile.store.read() as conn:
            (mutation,) = pending_mutations(conn)
        assert mutation.entity_id == new_case.id
        assert mutation.mutation_seq == seq + 1  # a seq is never used twice
    finally:
        profile.lock()
    assert _fingerprint(restored.kept_as) == kept  # nothing wrote to the kept files


@pytest.mark.parametrize("table", ["note", "audit_event"])
def test_the_audit_chain_goes_on_and_verifies_with_its_macs(
    workspace: Workspace, recovery_keys: tuple[bytearray, bytes], table: str
) -> None:
    """With the audit table readable its entries come along; with it damaged the new store's
    chain begins where the damaged one ended, and IT's K_0 still checks every MAC."""
    from storage.audit import META_CHAIN_RESTART
    from storage.bootstrap import AUDIT_K0_CONTEXT
    from storage.sealing import open_sealed

    profile_id, _, _ = _damaged(workspace, table)
    restored = restore_empty_store(workspace, profile_id, PASSPHRASE)
    assert restored.chain_seq > 0
    profile = unlock_profile(workspace, profile_id, PASSPHRASE)
    try:
        with profile.store.read() as conn:
            seqs = list(
                conn.execute(select(audit_event.c.seq).order_by(audit_event.c.seq)).scalars()
            )
            restart = profile.store.get_meta(conn, META_CHAIN_RESTART)
            sealed = bytes.fromhex(
                str(profile.store.get_meta(conn, "audit_k0_sealed_for_recovery"))
            )
        if table == "note":
            assert seqs[0] == 1 and restart is None
        else:
            assert seqs[0] == restored.chain_seq + 1
            assert restart is not None and restart[0] == restored.chain_seq
        assert seqs == list(range(seqs[0], seqs[0] + len(seqs)))
        k0 = bytearray(
            open_sealed(recovery_keys[0], sealed, context=AUDIT_K0_CONTEXT + profile_id.encode())
        )
        verdict = verify_store_chain(profile.store, profile_id, k0)  # IT checks the MACs too
        assert verdict.ok and verdict.macs_checked
    finally:
        profile.lock()


def test_a_restore_never_reuses_a_mutation_seq_known_outside_the_store(
    workspace: Workspace,
) -> None:
    profile_id, _, seq = _damaged(workspace)
    restored = restore_empty_store(workspace, profile_id, PASSPHRASE, mutation_seq_floor=seq + 5)
    assert restored.mutation_seq == seq + 5


def test_a_store_whose_identity_is_unreadable_is_left_exactly_as_it_was(
    workspace: Workspace,
) -> None:
    (info,) = workspace.list_profiles()
    data = bytearray(info.store_path.read_bytes())
    data[:16] = bytes(16)  # the salt: no page decrypts any more
    info.store_path.write_bytes(bytes(data))
    before = _fingerprint(info.path)
    assert not can_restore(workspace, info.profile_id, PASSPHRASE)
    with pytest.raises(StoreError) as caught:
        restore_empty_store(workspace, info.profile_id, PASSPHRASE)
    assert (caught.value.code, caught.value.detail) == (
        ErrorCode.STORE_CORRUPT,
        "identity_unreadable",
    )
    assert _fingerprint(info.path) == before
    assert not list(info.path.glob(DAMAGED_PREFIX + "*"))


def test_a_wrong_passphrase_restores_nothing(workspace: Workspace) -> None:
    (info,) = workspace.list_profiles()
    before = _fingerprint(info.path)
    with pytest.raises(StoreError) as caught:
        restore_empty_store(workspace, info.profile_id, PASSPHRASE + " falsch")
    assert caught.value.code is ErrorCode.WRONG_PASSPHRASE
    assert _fingerprint(info.path) == before
