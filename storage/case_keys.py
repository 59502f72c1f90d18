"""Per-case attachment keys (KEY-6): one random key per case wraps every CEK of that case.

Erasing a case from this laptop is then crypto-shredding: deleting the case's key row makes
every wrapped CEK of the case, and so every vault file of the case (also a copy taken before
the erasure), undecryptable, whatever survives of the files on an SSD or in a backup.

The keys live only in the encrypted store (`case_key`), are never synced and never logged. A
CEK names its wrapping key inside the wrap (`storage.attachment_format`); the key id of a case
key is ``case:<case id>``. Attachments from before per-case keys are wrapped by the profile's
attachment KEK; `adopt_case_keys` re-wraps them at unlock, and the read path accepts both.
"""

from __future__ import annotations

import hmac
import secrets

from sqlalchemy import Connection, delete, insert, select, update

from storage.attachment_format import KEY_SIZE, rewrap_cek
from storage.attachments import StoredAttachment
from storage.bootstrap import ATTACHMENT_KEK
from storage.errors import ErrorCode, StoreError
from storage.tables import ENTITY_TABLES, attachment_file, case_key, secret

_PREFIX = "case:"


def case_key_id(case_id: str) -> str:
    """The wrap-key id of a case's key, as named inside each wrapped CEK of the case."""
    return _PREFIX + case_id


def case_key_for(conn: Connection, case_id: str) -> bytearray:
    """The case's key, created now if it has none; call inside a write transaction.

    The caller wipes the returned buffer when done (MEM-1).
    """
    found = existing_case_key(conn, case_id)
    if found is not None:
        return found
    material = bytearray(secrets.token_bytes(KEY_SIZE))
    conn.execute(insert(case_key).values(case_id=case_id, material=bytes(material)))
    return material


def existing_case_key(conn: Connection, case_id: str) -> bytearray | None:
    """The case's key, or None if it has none (yet, or any more); wipe it after."""
    found = conn.execute(select(case_key.c.material).where(case_key.c.case_id == case_id)).first()
    return None if found is None else bytearray(found[0])


def record_file(
    conn: Connection,
    attachment_id: str,
    case_id: str,
    stored: StoredAttachment,
    key: bytes | bytearray,
) -> None:
    """Record where a file just stored under `key` lives, if `key` still is the case's key.

    The file was encrypted outside the transaction; had the case been erased (and perhaps
    come back with a new key) meanwhile, its CEK would open nothing: ATTACHMENT_MISSING, and
    the caller removes the file.
    """
    current = existing_case_key(conn, case_id)
    try:
        if current is None or not hmac.compare_digest(bytes(current), bytes(key)):
            raise StoreError(ErrorCode.ATTACHMENT_MISSING, "case key changed")
    finally:
        if current is not None:
            current[:] = bytes(len(current))
    conn.execute(
        insert(attachment_file).values(
            attachment_id=attachment_id,
            file_id=stored.file_id,
            wrapped_cek=stored.wrapped_cek,
            wrap_key_id=case_key_id(case_id),
        )
    )


def key_for_attachment(conn: Connection, attachment_id: str) -> tuple[str, bytearray]:
    """(key id, key) to wrap a file of this attachment row under: its case's key, made now if
    the case has none; call inside a write transaction and wipe the key after.

    `StoreError(ATTACHMENT_MISSING)` if the row is not here (any more): no key is made then.
    """
    rows = ENTITY_TABLES["attachment"]
    case_id = conn.execute(select(rows.c.case_id).where(rows.c.id == attachment_id)).scalar()
    if case_id is None:
        raise StoreError(ErrorCode.ATTACHMENT_MISSING, "attachment row gone")
    return case_key_id(str(case_id)), case_key_for(conn, str(case_id))


def wrapping_key(conn: Connection, wrap_key_id: str) -> bytearray:
    """The key named `wrap_key_id` (a case key or the legacy attachment KEK); wipe it after.

    `StoreError(ATTACHMENT_MISSING)` if it is gone: the case was erased from this laptop.
    """
    if wrap_key_id.startswith(_PREFIX):
        query = select(case_key.c.material).where(
            case_key.c.case_id == wrap_key_id.removeprefix(_PREFIX)
        )
    elif wrap_key_id == ATTACHMENT_KEK:
        query = select(secret.c.material).where(secret.c.name == ATTACHMENT_KEK)
    else:
        raise StoreError(ErrorCode.ATTACHMENT_MISSING, "unknown wrapping key")
    found = conn.execute(query).first()
    if found is None:
        raise StoreError(ErrorCode.ATTACHMENT_MISSING, "wrapping key erased")
    return bytearray(found[0])


def shred_case_key(conn: Connection, case_id: str) -> bool:
    """Delete the case's key (crypto-shredding); True if there was one.

    Run it in the transaction that erases the case's rows, before them: once committed, no
    wrapped CEK of the case opens again, even from a copy of the store or of the vault.
    """
    result = conn.execute(delete(case_key).where(case_key.c.case_id == case_id))
    return bool(result.rowcount)


def adopt_case_keys(conn: Connection) -> int:
    """Re-wrap every CEK still under the attachment KEK with its case's key; returns how many.

    Runs at unlock in one write transaction; the vault files are not touched (KEY-5: a move
    under another key re-wraps the CEK only). A CEK that does not unwrap (a damaged row) is
    left as it is: reading it reports ATTACHMENT_TAMPERED as before.
    """
    rows = ENTITY_TABLES["attachment"]
    query = (
        select(attachment_file.c.attachment_id, attachment_file.c.file_id)
        .add_columns(attachment_file.c.wrapped_cek, rows.c.case_id)
        .join_from(attachment_file, rows, rows.c.id == attachment_file.c.attachment_id)
        .where(attachment_file.c.wrap_key_id == ATTACHMENT_KEK)
    )
    legacy = conn.execute(query).all()
    if not legacy:
        return 0
    kek = wrapping_key(conn, ATTACHMENT_KEK)
    moved = 0
    try:
        for attachment_id, file_id, wrapped, case_id in legacy:
            key = case_key_for(conn, str(case_id))
            try:
                rewrapped = rewrap_cek(
                    str(file_id),
                    bytes(wrapped),
                    old_key=kek,
                    new_key=key,
                    new_key_id=case_key_id(str(case_id)),
                )
            except StoreError:
                continue
            finally:
                key[:] = bytes(len(key))
            conn.execute(
                update(attachment_file)
                .where(attachment_file.c.attachment_id == attachment_id)
                .values(wrapped_cek=rewrapped, wrap_key_id=case_key_id(str(case_id)))
            )
            moved += 1
    finally:
        kek[:] = bytes(len(kek))
    return moved
