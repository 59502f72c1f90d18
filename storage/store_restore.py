"""Replace a damaged store with an empty one of the same profile, to be filled from the service.

When the integrity checks at unlock fail (STORE_CORRUPT, DB-8) but the passphrase still opens
the key envelope, the profile itself is intact: its data key, and — if their pages are
readable — its identity inside the store (signing and sealing keys, the sync identity, the
mutation sequence and the audit chain's position). `restore_empty_store` then:

1. moves the damaged store, its `-wal`, its attachment files and the staged inbox aside into
   ``damaged-<UTC time>/`` inside the profile folder — still encrypted, kept for IT;
2. reads the identity from a scratch copy of the damaged store (never from the kept files);
3. builds a fresh, migrated store under the same data key with that identity, so the sealed
   outbox files (signed by the same key) still go up, the service still recognises the
   profile, new mutations continue the sequence and the audit chain continues from its last
   position (the service sees no fork; entries the damaged store had not yet sealed are a
   gap it flags for IT);
4. audits the restore (``restore``) as the first event of the new store.

If anything fails before the new store is complete, the moved files go back where they were:
the profile is exactly as damaged as before, nothing is lost. What the store held but never
sealed for the service is lost with it; the caller warns the caseworker before.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Collection
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection

from storage import keys
from storage.audit import CHAIN_STATE, META_CHAIN_RESTART, AuditLog
from storage.audit_event import AuditAction
from storage.bootstrap import SIGNING_KEY, SYNC_KEY
from storage.database import Store
from storage.engine import open_connection
from storage.errors import ErrorCode, StoreError
from storage.fsutil import fsync_dir
from storage.keys import wipe
from storage.migrate import upgrade_store
from storage.profiles import ATTACHMENTS_DIR, STORE_FILE, ProfileInfo, Workspace
from storage.schema import SCHEMA_VERSION
from storage.tables import audit_event, meta, secret

DAMAGED_PREFIX = "damaged-"
INBOX_DIR = "inbox"  # the sync's staged pages: they describe the old store, so they go too
REQUIRED_SECRETS = (SIGNING_KEY, SYNC_KEY, CHAIN_STATE)
REQUIRED_META = ("profile_id", "device_id", "login", "mutation_seq")
# What described the damaged store's contents, not the profile: never carried over.
FORGET_META = frozenset({"integrity_checked_at", "duplicates_checked_upto", "schema_version"})
_SUFFIXES = ("", "-wal", "-shm")
_AUDIT_CHUNK = 64
_HASH_COLUMN = list(audit_event.columns.keys()).index("hash")


@dataclass(frozen=True, slots=True)
class RestoredStore:
    """What `restore_empty_store` did (no personal data)."""

    kept_as: Path  # the folder with the damaged files
    mutation_seq: int  # new mutations continue after this
    chain_seq: int  # the audit chain continues after this


def restore_empty_store(
    workspace: Workspace,
    profile_id: str,
    passphrase: str,
    *,
    forget_meta: Collection[str] = (),
    mutation_seq_floor: int = 0,
) -> RestoredStore:
    """Keep the damaged store aside and put an empty one with the same identity in its place.

    WRONG_PASSPHRASE / ENVELOPE_TAMPERED / ... as for an unlock; STORE_CORRUPT with detail
    ``identity_unreadable`` when the damage reaches the profile's keys (then only IT can
    help: a new enrolment). `forget_meta` names further bookkeeping the caller resets (the
    sync's server epoch, so that the next pull starts over). `mutation_seq_floor` is the
    highest mutation_seq known outside the store (sealed outbox files, acknowledged pushes):
    a damaged `-wal` may have taken newer ones with it, and a seq is never used twice.
    """
    info = workspace.profile(profile_id)
    data_key = keys.unwrap_with_passphrase(keys.read_envelope(info.envelope_path), passphrase)
    try:
        kept = _keep_aside(info, workspace)
        try:
            found = _salvage(kept, data_key, info)
            values = found.values
            values["mutation_seq"] = max(
                int(str(_decoded(values["mutation_seq"]))), mutation_seq_floor
            )
            done = _build(
                workspace, info, data_key=data_key, found=found, forget=set(forget_meta), kept=kept
            )
        except BaseException:
            _put_back(info, kept)
            raise
    finally:
        wipe(data_key)
    return done


def can_restore(workspace: Workspace, profile_id: str, passphrase: str) -> bool:
    """True if `restore_empty_store` would find what it needs: the passphrase opens the
    envelope and the damaged store still gives the profile's identity. Reads only."""
    try:
        info = workspace.profile(profile_id)
        data_key = keys.unwrap_with_passphrase(keys.read_envelope(info.envelope_path), passphrase)
    except StoreError:
        return False
    try:
        _salvage(info.path, data_key, info, scratch_name=".restore-check")
    except StoreError:
        return False
    finally:
        wipe(data_key)
    return True


def _keep_aside(info: ProfileInfo, workspace: Workspace) -> Path:
    stamp = datetime.fromtimestamp(workspace.clock(), UTC).strftime("%Y%m%dT%H%M%SZ")
    kept = info.path / f"{DAMAGED_PREFIX}{stamp}"
    n = 1
    while kept.exists():
        n += 1
        kept = info.path / f"{DAMAGED_PREFIX}{stamp}-{n}"
    kept.mkdir(mode=0o700)
    for name in (*(STORE_FILE + s for s in _SUFFIXES), ATTACHMENTS_DIR, INBOX_DIR):
        if (info.path / name).exists():
            (info.path / name).rename(kept / name)
    fsync_dir(info.path)
    return kept


def _put_back(info: ProfileInfo, kept: Path) -> None:
    for name in (STORE_FILE + s for s in _SUFFIXES):
        (info.path / name).unlink(missing_ok=True)  # a half-built new store
    if (info.path / ATTACHMENTS_DIR).is_dir() and (kept / ATTACHMENTS_DIR).exists():
        shutil.rmtree(info.path / ATTACHMENTS_DIR)  # the new, empty folder
    for item in kept.iterdir():
        item.rename(info.path / item.name)
    kept.rmdir()
    fsync_dir(info.path)


@dataclass(frozen=True, slots=True)
class _Salvaged:
    secrets: dict[str, bytes]
    values: dict[str, Any]
    audit_tail: list[tuple[Any, ...]]  # the readable entries up to the chain's head, by seq


def _salvage(
    kept: Path, data_key: bytearray, info: ProfileInfo, *, scratch_name: str = ".salvage"
) -> _Salvaged:
    """The secrets and bookkeeping rows of the damaged store, read from a scratch copy (so
    the files kept for IT are never checkpointed or changed)."""
    scratch = kept / scratch_name
    shutil.rmtree(scratch, ignore_errors=True)  # left by a crash during an earlier attempt
    scratch.mkdir(mode=0o700)
    try:
        for suffix in _SUFFIXES[:2]:
            if (kept / (STORE_FILE + suffix)).is_file():
                shutil.copyfile(kept / (STORE_FILE + suffix), scratch / (STORE_FILE + suffix))
        found = _read_identity(scratch / STORE_FILE, data_key)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    secrets, values = found.secrets, found.values
    if any(name not in secrets for name in REQUIRED_SECRETS) or any(
        name not in values for name in REQUIRED_META
    ):
        raise StoreError(ErrorCode.STORE_CORRUPT, "identity_unreadable")
    if _decoded(values["profile_id"]) != info.profile_id:
        raise StoreError(ErrorCode.STORE_CORRUPT, "identity_unreadable")
    return found


def _read_identity(path: Path, data_key: bytearray) -> _Salvaged:
    if not path.is_file():
        raise StoreError(ErrorCode.STORE_CORRUPT, "identity_unreadable")
    try:
        connection = open_connection(path, keys.sqlcipher_key_pragma_value(data_key))
    except StoreError:
        raise StoreError(ErrorCode.STORE_CORRUPT, "identity_unreadable") from None
    try:
        secrets = {
            str(n): bytes(m) for n, m in connection.execute(f"SELECT name, material FROM {secret}")
        }
        values = {str(k): v for k, v in connection.execute(f"SELECT key, value FROM {meta}")}
    except Exception:  # any read error of a damaged page: the identity is gone
        connection.close()
        raise StoreError(ErrorCode.STORE_CORRUPT, "identity_unreadable") from None
    try:
        head = _chain_position(secrets[CHAIN_STATE]) if CHAIN_STATE in secrets else (0, b"")
        tail = _audit_tail(connection, head)
    finally:
        connection.close()
    return _Salvaged(secrets, values, tail)


def _audit_tail(connection: Any, head: tuple[int, bytes]) -> list[tuple[Any, ...]]:
    """The audit entries the damaged store can still give, contiguous up to its head.

    Entries the sealer had not yet sealed for the service (at least the last `lock`) exist
    nowhere else; with them the service sees the chain go on without a gap. Read in chunks
    from the head down, stopping at the first damaged page or hole.
    """
    query = (
        f"SELECT {', '.join(audit_event.columns.keys())} FROM {audit_event} "
        "WHERE seq BETWEEN ? AND ? ORDER BY seq DESC"
    )
    rows: list[tuple[Any, ...]] = []
    high = head[0]
    while high > 0:
        low = max(1, high - _AUDIT_CHUNK + 1)
        try:
            chunk = connection.execute(query, (low, high)).fetchall()
        except Exception:  # a damaged page: the tail ends above it
            break
        expected = list(range(high, low - 1, -1))
        good = _prefix(chunk, expected)
        rows.extend(good)
        if len(good) != len(expected):
            break  # a hole: the tail ends above it
        high = low - 1
    if rows and (rows[0][0], bytes(rows[0][_HASH_COLUMN])) != head:
        return []  # the entries do not end at the chain's head (a lost -wal): start there
    return rows[::-1]


def _prefix(chunk: list[Any], expected: list[int]) -> list[Any]:
    found = []
    for row, seq in zip(chunk, expected, strict=False):
        if row[0] != seq:
            break
        found.append(row)
    return found


def _build(
    workspace: Workspace,
    info: ProfileInfo,
    *,
    data_key: bytearray,
    found: _Salvaged,
    forget: set[str],
    kept: Path,
) -> RestoredStore:
    info.attachments_path.mkdir(mode=0o700)
    store = Store(info.store_path, bytearray(data_key))
    try:
        upgrade_store(store, workspace.clock)
        with store.write() as conn:
            for name, material in found.secrets.items():
                conn.execute(secret.insert(), {"name": name, "material": material})
            for key, raw in found.values.items():
                if key not in FORGET_META and key not in forget:
                    conn.exec_driver_sql(
                        f"INSERT INTO {meta} (key, value) VALUES (?, ?)", (key, raw)
                    )
            store.set_meta(conn, "schema_version", SCHEMA_VERSION)
            chain = _chain_position(found.secrets[CHAIN_STATE])
            _carry_audit_tail(store, conn, found.audit_tail, chain)
            mutation_seq = int(found.values["mutation_seq"])
            store.set_meta(conn, "mutation_seq", mutation_seq)
            audit = AuditLog(
                store,
                profile_id=info.profile_id,
                device_id=str(store.get_meta(conn, "device_id")),
                actor=info.login,
                clock=workspace.clock,
            )
            audit.record(
                conn,
                AuditAction.RESTORE.value,
                "profile",
                info.profile_id,
                detail={"reason": ErrorCode.STORE_CORRUPT.value, "kept": kept.name},
            )
        if store.integrity_problems():  # the new file reads back end to end before we say so
            raise StoreError(ErrorCode.STORE_CORRUPT, "new store")
    finally:
        store.lock()
    fsync_dir(info.path)
    return RestoredStore(kept_as=kept, mutation_seq=mutation_seq, chain_seq=chain[0])


def _carry_audit_tail(
    store: Store, conn: Connection, tail: list[tuple[Any, ...]], head: tuple[int, bytes]
) -> None:
    """Copy the salvaged entries; where they do not reach back to genesis, record where the
    local chain now begins (`storage.audit.verify_store_chain` resumes there)."""
    if tail and tail[0][0] != 1:
        start, tail = (tail[0][0], bytes(tail[0][_HASH_COLUMN])), tail[1:]
    elif not tail:
        start = head
    else:
        start = None
    columns = audit_event.columns.keys()
    if tail:
        conn.exec_driver_sql(
            f"INSERT INTO {audit_event} ({', '.join(columns)}) "
            f"VALUES ({', '.join('?' for _ in columns)})",
            [tuple(row) for row in tail],
        )
    if start is not None and start[0] > 0:
        store.set_meta(conn, META_CHAIN_RESTART, [start[0], start[1].hex()])


def _decoded(raw: object) -> object:
    # store_meta keeps JSON text, except where SQLite's json() left a plain number.
    return json.loads(raw) if isinstance(raw, str | bytes) else raw


def _chain_position(material: bytes) -> tuple[int, bytes]:
    # seq (8 bytes) ‖ head hash (32) ‖ next MAC key (32), as `storage.audit` packs it.
    return int.from_bytes(material[:8], "big"), material[8:40]
