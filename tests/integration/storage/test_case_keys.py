"""Per-case attachment keys (KEY-6): each case's files are wrapped by its own key, files from
before move under it at unlock, and deleting the key is what erases the files."""

from __future__ import annotations

import io
import shutil
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, text, update

from storage.attachment_format import rewrap_cek, wrap_key_id_of
from storage.bootstrap import ATTACHMENT_KEK
from storage.case_keys import (
    adopt_case_keys,
    case_key_id,
    record_file,
    shred_case_key,
    wrapping_key,
)
from storage.errors import ErrorCode, StoreError, ValidationFailed
from storage.ids import new_id
from storage.profiles import Workspace
from storage.tables import attachment_file, case_key, secret
from storage.unlocked import OpenProfile, unlock_profile
from tests.canary import CANARY, bytes_hits
from tests.integration.storage.conftest import PASSPHRASE
from tests.sqlcipher_pages import raw_key, store_plaintext

SCAN = b"%PDF-1.4 Pass " * 10_000


def new_case(profile: OpenProfile, number: str) -> str:
    values = {"case_number": number, "case_type": "hardship", "status": "open"}
    return profile.records.create("case", values).id


def file_row(profile: OpenProfile, attachment_id: str) -> Any:
    with profile.store.read() as conn:
        return conn.execute(
            select(attachment_file).where(attachment_file.c.attachment_id == attachment_id)
        ).one()


def attach(profile: OpenProfile, case_id: str, data: bytes = SCAN) -> str:
    record = profile.attachments.add(
        case_id, io.BytesIO(data), filename="Pass.pdf", media_type="application/pdf"
    )
    return record.id


def test_each_case_wraps_its_files_with_its_own_key(profile: OpenProfile) -> None:
    first, second = new_case(profile, "GE-2026-000001"), new_case(profile, "GE-2026-000002")
    a, b, c = attach(profile, first), attach(profile, first), attach(profile, second, b"other")

    rows = {i: file_row(profile, i) for i in (a, b, c)}
    assert {i: r.wrap_key_id for i, r in rows.items()} == {
        a: case_key_id(first),
        b: case_key_id(first),
        c: case_key_id(second),
    }
    assert wrap_key_id_of(rows[a].wrapped_cek) == case_key_id(first)
    with profile.store.read() as conn:
        keys = dict(conn.execute(select(case_key.c.case_id, case_key.c.material)).all())
        kek = conn.execute(select(secret.c.material).where(secret.c.name == ATTACHMENT_KEK))
        kek_material = kek.scalar_one()
    assert sorted(keys) == sorted([first, second])
    assert keys[first] != keys[second] and kek_material not in keys.values()
    assert profile.attachments.read(a) == SCAN and profile.attachments.read(c) == b"other"


def test_an_attachment_for_a_case_not_here_leaves_no_key_and_no_file(
    profile: OpenProfile,
) -> None:
    with pytest.raises(StoreError) as raised:
        attach(profile, new_id())
    assert raised.value.code is ErrorCode.NOT_FOUND
    with pytest.raises(ValidationFailed):
        attach(profile, "not-a-case")
    with profile.store.read() as conn:
        assert conn.execute(select(case_key)).first() is None
    assert profile.attachments._vault.file_ids() == []


def legacy_attachment(profile: OpenProfile, case_id: str) -> str:
    """An attachment as stored before per-case keys: its CEK wrapped by the profile KEK."""
    attachment_id = attach(profile, case_id)
    row = file_row(profile, attachment_id)
    with profile.store.write() as conn:
        old = wrapping_key(conn, row.wrap_key_id)
        kek = wrapping_key(conn, ATTACHMENT_KEK)
        legacy = rewrap_cek(
            row.file_id,
            row.wrapped_cek,
            old_key=old,
            new_key=kek,
            new_key_id=ATTACHMENT_KEK,
        )
        conn.execute(
            update(attachment_file)
            .where(attachment_file.c.attachment_id == attachment_id)
            .values(wrapped_cek=legacy, wrap_key_id=ATTACHMENT_KEK)
        )
        conn.execute(case_key.delete())
    return attachment_id


def test_files_from_before_case_keys_open_and_move_under_the_case_key_at_unlock(
    profile: OpenProfile, workspace: Workspace
) -> None:
    case_id = new_case(profile, "GE-2026-000003")
    attachment_id = legacy_attachment(profile, case_id)
    assert file_row(profile, attachment_id).wrap_key_id == ATTACHMENT_KEK
    assert profile.attachments.read(attachment_id) == SCAN  # the read path takes the KEK too
    profile.lock()

    again = unlock_profile(workspace, profile.info.profile_id, PASSPHRASE)
    try:
        row = file_row(again, attachment_id)
        assert row.wrap_key_id == case_key_id(case_id)
        assert wrap_key_id_of(row.wrapped_cek) == case_key_id(case_id)
        assert again.attachments.read(attachment_id) == SCAN
        with again.store.write() as conn:
            assert adopt_case_keys(conn) == 0  # once moved, nothing is left to do
    finally:
        again.lock()


def test_a_damaged_legacy_wrap_is_left_alone_and_still_reports_tampering(
    profile: OpenProfile,
) -> None:
    case_id = new_case(profile, "GE-2026-000004")
    attachment_id = legacy_attachment(profile, case_id)
    damaged = bytearray(file_row(profile, attachment_id).wrapped_cek)
    damaged[-1] ^= 1
    with profile.store.write() as conn:
        conn.execute(
            update(attachment_file)
            .where(attachment_file.c.attachment_id == attachment_id)
            .values(wrapped_cek=bytes(damaged))
        )
        assert adopt_case_keys(conn) == 0
    assert file_row(profile, attachment_id).wrap_key_id == ATTACHMENT_KEK
    with pytest.raises(StoreError) as raised:
        profile.attachments.read(attachment_id)
    assert raised.value.code is ErrorCode.ATTACHMENT_TAMPERED


def test_shredding_the_case_key_makes_a_copy_of_the_file_noise(
    profile: OpenProfile, tmp_path: Path
) -> None:
    case_id = new_case(profile, "GE-2026-000005")
    other_id = new_case(profile, "GE-2026-000006")
    attachment_id, kept_id = attach(profile, case_id), attach(profile, other_id)
    row = file_row(profile, attachment_id)
    copy = tmp_path / "copy"
    shutil.copytree(profile.info.attachments_path, copy)

    with profile.store.write() as conn:
        assert shred_case_key(conn, case_id) is True
        assert shred_case_key(conn, case_id) is False

    with pytest.raises(StoreError) as raised:  # the row and the file are still here
        profile.attachments.read(attachment_id)
    assert raised.value.code is ErrorCode.ATTACHMENT_MISSING
    assert (copy / row.file_id).exists()
    with profile.store.read() as conn:
        keys = [bytes(k) for (k,) in conn.execute(select(case_key.c.material))]
        keys += [bytes(k) for (k,) in conn.execute(select(secret.c.material))]
    vault = type(profile.attachments._vault)(copy)
    for key in (k for k in keys if len(k) == 32):
        with pytest.raises(StoreError):
            vault.read_bytes(row.file_id, row.wrapped_cek, wrapping_key=key)
    assert profile.attachments.read(kept_id) == SCAN  # another case's files are untouched


def test_a_file_stored_under_a_key_the_case_no_longer_has_gets_no_row(
    profile: OpenProfile,
) -> None:
    case_id = new_case(profile, "GE-2026-000007")
    attach(profile, case_id)  # the case has a key now
    stored = profile.attachments._vault.put(
        io.BytesIO(b"late"), wrapping_key=bytes(32), wrap_key_id=case_key_id(case_id)
    )
    with profile.store.write() as conn, pytest.raises(StoreError) as raised:
        record_file(conn, new_id(), case_id, stored, bytes(32))
    assert raised.value.code is ErrorCode.ATTACHMENT_MISSING


def test_a_removed_search_entry_leaves_no_term_in_the_decrypted_store(
    profile: OpenProfile,
) -> None:
    case_id = new_case(profile, "GE-2026-000008")
    note = profile.records.create("note", {"body": f"Gespräch {CANARY}"}, case_id=case_id)
    key = raw_key(profile.store.raw_key_pragma())
    with profile.store.write() as conn:  # the note row itself goes, like at eviction
        conn.execute(text("DELETE FROM note WHERE id = :i"), {"i": note.id})
        conn.execute(text("DELETE FROM outbox WHERE entity_id = :i"), {"i": note.id})
    profile.store.checkpoint()
    left = [
        h for n, p in store_plaintext(profile.store.path, key).items() for h in bytes_hits(n, p)
    ]
    assert left  # only the search index still holds the term: the scan sees it

    with profile.store.write() as conn:
        profile.search.remove(conn, "note", note.id)
    profile.store.checkpoint()

    pages = store_plaintext(profile.store.path, key)
    assert [h for n, p in pages.items() for h in bytes_hits(n, p)] == []
