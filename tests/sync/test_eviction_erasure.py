"""Erasure on the laptop (issue 7, KEY-6, DB-7): an evicted case leaves nothing behind.

Canaries typed into a case field, a person's name, an interview answer, a note and an
attachment are found in the decrypted store before the case is taken away on the service;
after the next sync evicts it they are in no page of the decrypted store (free pages and WAL
included), in no file of the profile folder, and no key left on the laptop opens a copy of the
case's attachment file taken before the eviction (crypto-shredding). Downloaded attachments
land under their case's key like local ones. Real service (both backends), real SQLCipher.
"""

from __future__ import annotations

import io
import shutil
from collections.abc import Callable
from pathlib import Path

from fastapi import FastAPI
from sqlalchemy import select

from storage.attachment_format import cek_cipher, decrypt_stream, raw_file_id
from storage.case_keys import case_key_id
from storage.errors import ErrorCode, StoreError
from storage.tables import attachment_file, audit_event, case_key, outbox, secret
from storage.unlocked import OpenProfile
from tests.canary import CANARY, bytes_hits, hits
from tests.server.laptops import seed_case, unassign
from tests.sqlcipher_pages import raw_key, store_plaintext
from tests.sync.laptop import Laptop

DOCUMENT = f"%PDF-1.4 Entscheid {CANARY} ".encode() * 2000  # two 64 KiB chunks and a bit


def decrypted_hits(profile: OpenProfile) -> list[str]:
    """Canary hits in every decrypted page of the store file and its WAL."""
    pages = store_plaintext(profile.store.path, raw_key(profile.store.raw_key_pragma()))
    return [hit for name, page in pages.items() for hit in bytes_hits(name, page)]


def write_canaries(profile: OpenProfile, case_id: str) -> str:
    """A canary in each kind of content of the case; returns the attachment's id."""
    profile.records.update("case", case_id, {"summary": f"Lage {CANARY}"})
    person = profile.records.create("person", {"family_name": CANARY, "given_names": "Amina"})
    profile.records.create(
        "case_person", {"person_id": person.id, "role": "child"}, case_id=case_id
    )
    profile.records.create(
        "interview",
        {"template": "initial_interview", "status": "draft", "answers": {"flight": CANARY}},
        case_id=case_id,
    )
    profile.records.create("note", {"body": f"Gespräch {CANARY}"}, case_id=case_id)
    attachment = profile.attachments.add(
        case_id, io.BytesIO(DOCUMENT), filename="Entscheid.pdf", media_type="application/pdf"
    )
    return attachment.id


def keys_left(profile: OpenProfile) -> list[bytes]:
    """Every key the store still holds: profile secrets and case keys."""
    with profile.store.read() as conn:
        found = [bytes(m) for (m,) in conn.execute(select(secret.c.material))]
        found += [bytes(m) for (m,) in conn.execute(select(case_key.c.material))]
    return found


def opens_with_any(file_copy: Path, file_id: str, wrapped: bytes, keys: list[bytes]) -> bool:
    for key in keys:
        if len(key) != 32:
            continue
        try:
            cipher = cek_cipher(wrapped, raw_file_id(file_id), key)
            with file_copy.open("rb") as stream:
                b"".join(decrypt_stream(stream, raw_file_id(file_id), cipher, None))
        except StoreError:
            continue
        return True
    return False


def test_an_evicted_case_leaves_no_canary_and_its_files_are_crypto_shredded(
    app: FastAPI, make_laptop: Callable[[str], Laptop], tmp_path: Path
) -> None:
    anna = make_laptop("anna")
    case_id = seed_case(app, "K-70", "anna")
    keep_id = seed_case(app, "K-71", "anna")
    assert anna.sync().error is None
    profile = anna.unlock()
    attachment_id = write_canaries(profile, case_id)
    keep_note = profile.records.create("note", {"body": "stays here"}, case_id=keep_id)
    # Pending work of an evicted case is kept by design (quarantine): push it all first.
    assert anna.sync().error is None
    with profile.store.read() as conn:
        assert conn.execute(select(outbox)).first() is None
        row = conn.execute(
            select(attachment_file).where(attachment_file.c.attachment_id == attachment_id)
        ).one()
    assert row.wrap_key_id == case_key_id(case_id)
    assert profile.attachments.read(attachment_id) == DOCUMENT
    file_copy = tmp_path / "vault-copy"  # what a backup or a forensic image would keep
    shutil.copyfile(profile.info.attachments_path / row.file_id, file_copy)
    assert opens_with_any(file_copy, row.file_id, row.wrapped_cek, keys_left(profile))
    # The scans see the canaries while the case is here: in the decrypted pages, but in no
    # raw file of the profile folder (everything there is encrypted).
    assert decrypted_hits(profile) != []
    assert profile.search.search(CANARY) != []
    assert hits(anna.info.path) == []

    unassign(app, case_id, "anna")
    outcome = anna.sync()

    assert outcome.error is None and outcome.applied is not None
    assert outcome.applied.evicted == 1
    profile = anna.unlock()
    assert decrypted_hits(profile) == []
    assert hits(anna.info.path) == []
    assert not (profile.info.attachments_path / row.file_id).exists()
    assert not opens_with_any(file_copy, row.file_id, row.wrapped_cek, keys_left(profile))
    assert profile.search.search(CANARY) == []
    with profile.store.read() as conn:
        assert conn.execute(select(case_key).where(case_key.c.case_id == case_id)).first() is None
        evictions = (
            conn.execute(select(audit_event).where(audit_event.c.action == "evict"))
            .mappings()
            .all()
        )
    assert [(e["object_type"], e["object_id"]) for e in evictions] == [("case", case_id)]
    assert evictions[0]["detail"] == {"quarantined": "0"}
    assert CANARY not in repr(dict(evictions[0]))  # AUD-1: the event carries no content
    assert [c.id for c in profile.records.list("case")] == [keep_id]
    assert profile.records.get("note", keep_note.id, audit_read=False)["body"] == "stays here"


def test_a_downloaded_attachment_lands_under_its_case_key(
    app: FastAPI, make_laptop: Callable[[str], Laptop]
) -> None:
    anna, ben = make_laptop("anna"), make_laptop("ben")
    case_id = seed_case(app, "K-72", "anna", "ben")
    anna.sync()
    ben.sync()
    attachment = anna.unlock().attachments.add(
        case_id, io.BytesIO(DOCUMENT), filename="Entscheid.pdf", media_type="application/pdf"
    )
    assert anna.sync().error is None

    got = ben.sync()

    assert got.attachments is not None and got.attachments.fetched == 1
    profile = ben.unlock()
    with profile.store.read() as conn:
        row = conn.execute(
            select(attachment_file).where(attachment_file.c.attachment_id == attachment.id)
        ).one()
        keys = conn.execute(select(case_key.c.case_id)).scalars().all()
    assert row.wrap_key_id == case_key_id(case_id) and keys == [case_id]
    assert profile.attachments.read(attachment.id) == DOCUMENT
    unassign(app, case_id, "ben")
    assert ben.sync().applied.evicted == 1  # type: ignore[union-attr]
    try:
        profile.attachments.read(attachment.id)
    except StoreError as exc:
        assert exc.code in {ErrorCode.NOT_FOUND, ErrorCode.ATTACHMENT_MISSING}
    else:
        raise AssertionError("an evicted attachment still opens")
