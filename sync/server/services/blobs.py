"""Resumable, hash-verified upload of attachment blobs (DESIGN §5.6, sync-designs §2.9, F36).

A laptop uploads the *sealed stream* of a blob (`sync.protocol.blob_stream`) in the manner of
the tus core protocol: `start` opens (or finds) its upload and answers the offset to resume
from; `append` adds a chunk at exactly that offset, else 409 `blob_offset_mismatch` with the
service's `upload_offset`; when the last byte arrives the stream is opened with the service's
X25519 key, the plaintext's SHA-256 and length are checked against the hash the upload is
filed under, and only then does the blob exist (`blob`, `blob_chunk`). A stream that does not
verify is discarded and answered 422 `blob_hash_mismatch`: the laptop starts over.

Where the bytes live: in the database (`sync.server.db.blob_tables` argues why). Each append
locks its upload row, so two workers (or a retried request racing its original) can never
both append at one offset; completion runs under the same lock, and two profiles completing
the same hash at once meet at the blob's primary key (the loser's transaction is retried,
finds the blob, and drops its own upload).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement, Connection, and_, delete, insert, select, update

from sync.protocol.blob_stream import BlobStreamError, open_blob, sealed_size
from sync.protocol.models import BlobStatus, BlobUploadRequest
from sync.server.db.blob_tables import STORED_CHUNK, blob, blob_chunk, blob_upload, blob_upload_part
from sync.server.db.database import Database
from sync.server.errors import ServerError, ServerErrorCode
from sync.server.keys import ServiceKeyring
from sync.server.services.blob_possession import possesses, proven
from sync.server.services.blobs_access import claimant, may_upload_for
from sync.server.services.principals import Principal
from sync.server.services.push import run_transaction, seal_privates
from sync.server.services.retention import OnLaptops, RetentionPolicy, shipped_policy


@dataclass(frozen=True, slots=True)
class UploadLimits:
    """How large a blob may be (plaintext bytes)."""

    max_blob_bytes: int


def start(
    db: Database,
    keyring: ServiceKeyring,
    principal: Principal,
    sha256: str,
    request: BlobUploadRequest,
    *,
    limits: UploadLimits,
    now: datetime,
    retention: RetentionPolicy | None = None,
) -> BlobStatus:
    """Open or resume `principal`'s upload of `sha256` for a case it may write."""
    if request.size > limits.max_blob_bytes:
        raise ServerError(ServerErrorCode.PAYLOAD_TOO_LARGE, "blob")
    if request.upload_size != sealed_size(request.size):
        raise ServerError(ServerErrorCode.MALFORMED_REQUEST, "upload_size")

    def work(conn: Connection) -> BlobStatus:
        on_laptops = OnLaptops(retention or shipped_policy(), now.date())
        if not may_upload_for(conn, principal, request.case_id, on_laptops):
            raise ServerError(ServerErrorCode.FORBIDDEN, "case")
        size = available(conn, sha256)
        if size is not None and possesses(conn, claimant(principal), sha256, on_laptops.any_case()):
            return _available_status(sha256, size)  # dedup, for those who hold the bytes
        return _open_upload(conn, principal.profile_id, sha256, request, now)

    status = run_transaction(db, work)
    if not status.available and status.offset == status.size:
        # Every byte arrived but the completion never ran (the worker died): run it now.
        return _complete(db, keyring, principal.profile_id, sha256, now)
    return status


def append(
    db: Database,
    keyring: ServiceKeyring,
    principal: Principal,
    sha256: str,
    *,
    offset: int,
    chunk: bytes,
    now: datetime,
) -> BlobStatus:
    """Add `chunk` at `offset` of the caller's upload; completes the blob with its last byte."""
    status = run_transaction(
        db,
        lambda conn: _append(conn, principal, sha256, offset=offset, chunk=chunk, now=now),
    )
    if not status.available and status.offset == status.size:
        return _complete(db, keyring, principal.profile_id, sha256, now)
    return status


def available(conn: Connection, sha256: str) -> int | None:
    """The plaintext size of a complete blob, None when the service does not hold it."""
    size = conn.execute(select(blob.c.size).where(blob.c.sha256 == sha256)).scalar()
    return None if size is None else int(size)


def _available_status(sha256: str, size: int) -> BlobStatus:
    return BlobStatus(sha256=sha256, size=size, offset=size, available=True)


def _upload_row(conn: Connection, profile_id: str, sha256: str) -> dict[str, object] | None:
    query = select(blob_upload).where(_mine(profile_id, sha256)).with_for_update()
    found = conn.execute(query).mappings().first()
    return None if found is None else dict(found)


def _open_upload(
    conn: Connection, profile_id: str, sha256: str, request: BlobUploadRequest, now: datetime
) -> BlobStatus:
    row = _upload_row(conn, profile_id, sha256)
    if row is not None and row["upload_size"] == request.upload_size:
        conn.execute(
            update(blob_upload)
            .where(_mine(profile_id, sha256))
            .values(case_id=request.case_id, updated_at=now)
        )
        received = int(str(row["received"]))
        return BlobStatus(sha256=sha256, size=request.upload_size, offset=received, available=False)
    if row is not None:  # a different claim about the same hash: the old bytes are useless
        _drop_upload(conn, profile_id, sha256)
    conn.execute(
        insert(blob_upload).values(
            sha256=sha256,
            profile_id=profile_id,
            case_id=request.case_id,
            size=request.size,
            upload_size=request.upload_size,
            received=0,
            created_at=now,
            updated_at=now,
        )
    )
    return BlobStatus(sha256=sha256, size=request.upload_size, offset=0, available=False)


def _append(
    conn: Connection, principal: Principal, sha256: str, *, offset: int, chunk: bytes, now: datetime
) -> BlobStatus:
    profile_id = principal.profile_id
    size = available(conn, sha256)
    row = _upload_row(conn, profile_id, sha256)
    if size is not None and row is not None and proven(conn, profile_id, sha256):
        return _available_status(sha256, size)  # a repeated last chunk: the proof stands
    if size is not None and (row is None or _holds(conn, principal, sha256, now)):
        _drop_upload(conn, profile_id, sha256)  # completed meanwhile by another profile
        return _available_status(sha256, size)
    if row is None:
        raise ServerError(ServerErrorCode.NOT_FOUND, "upload")  # start (POST) first
    received, total = int(str(row["received"])), int(str(row["upload_size"]))
    if offset != received:
        raise ServerError(ServerErrorCode.BLOB_OFFSET_MISMATCH, extra={"upload_offset": received})
    if received + len(chunk) > total:
        raise ServerError(ServerErrorCode.PAYLOAD_TOO_LARGE, "past the declared upload size")
    if chunk:
        conn.execute(
            insert(blob_upload_part).values(
                sha256=sha256, profile_id=profile_id, byte_offset=offset, data=chunk
            )
        )
        received += len(chunk)
        conn.execute(
            update(blob_upload)
            .where(_mine(profile_id, sha256))
            .values(received=received, updated_at=now)
        )
    return BlobStatus(sha256=sha256, size=total, offset=received, available=False)


def _complete(
    db: Database, keyring: ServiceKeyring, profile_id: str, sha256: str, now: datetime
) -> BlobStatus:
    privates = seal_privates(keyring)
    try:
        return run_transaction(
            db, lambda conn: _verify_and_store(conn, privates, profile_id, sha256, now)
        )
    except BlobStreamError:
        run_transaction(db, lambda conn: _drop_upload(conn, profile_id, sha256))
        raise ServerError(ServerErrorCode.BLOB_HASH_MISMATCH) from None


def _verify_and_store(
    conn: Connection, privates: dict[str, bytes], profile_id: str, sha256: str, now: datetime
) -> BlobStatus:
    stored = available(conn, sha256)
    row = _upload_row(conn, profile_id, sha256)
    if stored is not None and (row is None or proven(conn, profile_id, sha256)):
        return _available_status(sha256, stored)
    if row is None or row["received"] != row["upload_size"]:
        raise ServerError(ServerErrorCode.NOT_FOUND, "upload")
    claimed, size, plaintext = open_blob(
        _parts(conn, profile_id, sha256), service_seal_privates=privates
    )
    if claimed != sha256 or size != row["size"]:
        raise BlobStreamError("stream is for another blob")
    if stored is not None:  # the bytes are here already: this upload proves the profile has them
        if size != stored:
            raise BlobStreamError("stream is for another blob")
        for _ in plaintext:  # exhausted without an error: authentic, and the hash matches
            pass
        _drop_parts(conn, profile_id, sha256)  # kept: a complete upload without parts
        return _available_status(sha256, stored)
    # The blob row goes first (chunks refer to it); an exception before the end of the
    # plaintext rolls both back, so no unverified byte ever becomes readable.
    conn.execute(
        insert(blob).values(
            sha256=sha256,
            size=size,
            chunks=max(1, -(-size // STORED_CHUNK)),
            created_at=now,
            created_by_profile=profile_id,
        )
    )
    _store_chunks(conn, sha256, plaintext)
    _drop_upload(conn, profile_id, sha256)
    return _available_status(sha256, size)


def _store_chunks(conn: Connection, sha256: str, plaintext: Iterator[bytes]) -> None:
    buffer = bytearray()
    index = 0
    for piece in plaintext:
        buffer += piece
        while len(buffer) >= STORED_CHUNK:
            _insert_chunk(conn, sha256, index, bytes(buffer[:STORED_CHUNK]))
            del buffer[:STORED_CHUNK]
            index += 1
    if buffer or index == 0:  # an empty blob still has its one (empty) chunk
        _insert_chunk(conn, sha256, index, bytes(buffer))


def _insert_chunk(conn: Connection, sha256: str, index: int, data: bytes) -> None:
    conn.execute(insert(blob_chunk).values(sha256=sha256, chunk_index=index, data=data))


def _parts(conn: Connection, profile_id: str, sha256: str) -> Iterator[bytes]:
    """The upload's parts in order, one row in memory at a time."""
    part = blob_upload_part
    offsets = conn.execute(
        select(part.c.byte_offset)
        .where(part.c.sha256 == sha256, part.c.profile_id == profile_id)
        .order_by(part.c.byte_offset)
    ).scalars()
    for offset in list(offsets):
        data = conn.execute(
            select(part.c.data).where(
                part.c.sha256 == sha256,
                part.c.profile_id == profile_id,
                part.c.byte_offset == offset,
            )
        ).scalar_one()
        yield bytes(data)


def _mine(profile_id: str, sha256: str) -> ColumnElement[bool]:
    return and_(blob_upload.c.sha256 == sha256, blob_upload.c.profile_id == profile_id)


def _drop_upload(conn: Connection, profile_id: str, sha256: str) -> None:
    _drop_parts(conn, profile_id, sha256)
    conn.execute(delete(blob_upload).where(_mine(profile_id, sha256)))


def _drop_parts(conn: Connection, profile_id: str, sha256: str) -> None:
    part = blob_upload_part
    conn.execute(delete(part).where(part.c.sha256 == sha256, part.c.profile_id == profile_id))


def _holds(conn: Connection, principal: Principal, sha256: str, now: datetime) -> bool:
    on_laptops = OnLaptops(shipped_policy(), now.date()).any_case()
    return possesses(conn, claimant(principal), sha256, on_laptops)
