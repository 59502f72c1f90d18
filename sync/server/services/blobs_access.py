"""Who may upload or download a blob, the push's "bytes first" rule, and ranged downloads.

* Upload: for a case the profile's user holds by assignment (`assignments.holds_case`; a
  closed case that left the laptops too, so a file attached before it left still goes up and
  the push is judged on its own, `write_scope`), or held through an assignment that has
  since ended (a scan added offline before the case was taken away: its row is accepted by
  F31, or kept for review when added after, and its bytes are there either way), or for a
  case that does not exist yet when the user may create cases — a case opened offline
  arrives in the same push as its first scan, after the upload.
* Download: only by a holder of a case that has an attachment row with that hash (F41), so
  knowing a hash gives nobody its bytes (and such a row is accepted only from a writer who
  showed it holds the bytes, `blob_possession`). A first-byte download is recorded in the
  service's audit log (ids only), like the laptop records the view.
* Push: an `attachment` insert whose blob is not complete refuses the whole batch with the
  retryable `blob_missing` (nothing applied), so no laptop ever pulls a row whose bytes are
  missing (F36); a mutation that will be rejected anyway (not the user's case, malformed
  hash) does not wait for bytes that could never come.
"""

from __future__ import annotations

import re
from datetime import datetime

from sqlalchemy import Connection, select

from sync.protocol.models import Mutation
from sync.protocol.versions import MutationOp, parse_mutation_kind
from sync.server.db.blob_tables import STORED_CHUNK, blob, blob_chunk
from sync.server.db.database import Database
from sync.server.db.tables import ENTITY_TABLES
from sync.server.errors import ServerError, ServerErrorCode
from sync.server.services import assignments, audit
from sync.server.services.blob_possession import Claimant, holds_case_with, possesses
from sync.server.services.principals import Principal
from sync.server.services.retention import OnLaptops, RetentionPolicy, shipped_policy
from sync.server.services.write_scope import Writer

ATTACHMENT = "attachment"
MAX_RANGE = 4 * 1024 * 1024
"""Largest piece one download request returns (the laptop asks for ranges of at most this)."""

_SHA256 = re.compile(r"[0-9a-f]{64}")


def may_upload_for(
    conn: Connection, principal: Principal, case_id: str, on_laptops: OnLaptops
) -> bool:
    """Whether the principal's user may attach bytes to `case_id`."""
    if assignments.holds_case(
        conn,
        user_id=principal.user_id,
        role=principal.role,
        team=principal.team,
        case_id=case_id,
        on_laptops=on_laptops.any_case(),  # a closed case's pending files still go up
    ):
        return True
    if assignments.held_once(
        conn,
        user_id=principal.user_id,
        role=principal.role,
        team=principal.team,
        case_id=case_id,
    ):
        return True  # a scan added before the case left still goes up; its row is judged (F31)
    cases = ENTITY_TABLES["case"]
    exists = conn.execute(select(cases.c.id).where(cases.c.id == case_id)).first()
    return exists is None and assignments.may_create_cases(principal.role)


def may_download(
    conn: Connection, principal: Principal, sha256: str, on_laptops: OnLaptops
) -> bool:
    """Whether the principal's user holds a case with an attachment row of this hash."""
    return holds_case_with(conn, claimant(principal), sha256, on_laptops)


def claimant(principal: Principal) -> Claimant:
    """The principal as a claimant of a blob's bytes (`blob_possession`)."""
    return Claimant(principal.profile_id, principal.user_id, principal.role, principal.team)


def require_blob(conn: Connection, writer: Writer, mutation: Mutation) -> None:
    """Refuse the push (BLOB_MISSING) when this attachment insert's bytes are not complete."""
    kind = parse_mutation_kind(mutation.kind)
    if mutation.entity != ATTACHMENT or kind is None or kind.op is not MutationOp.CREATE:
        return
    change = mutation.changes.get("sha256")
    sha256 = change.new if change is not None else None
    if not isinstance(sha256, str) or _SHA256.fullmatch(sha256) is None:
        return  # the merge rejects it as invalid
    if not writer.assigned(conn, mutation.case_id) and not writer.held_for(conn, mutation):
        return  # rejected as forbidden; no upload for it is needed
    missing = conn.execute(select(blob.c.sha256).where(blob.c.sha256 == sha256)).first() is None
    writing = Claimant(writer.profile_id, writer.user_id, writer.role, writer.team)
    # Knowing a hash is not holding the bytes: a writer who never showed them sends them first.
    if missing or not possesses(conn, writing, sha256, writer.on_laptops.any_case()):
        raise ServerError(
            ServerErrorCode.BLOB_MISSING, f"item {mutation.mutation_seq}", extra={"sha256": sha256}
        )


def read_range(
    db: Database,
    principal: Principal,
    sha256: str,
    *,
    start: int,
    length: int,
    now: datetime,
    retention: RetentionPolicy | None = None,
) -> tuple[bytes, int]:
    """(bytes from `start`, at most `length` of them; the blob's size) for a holder.

    FORBIDDEN for anyone who holds no case with this attachment; NOT_FOUND when no complete
    blob has the hash; MALFORMED_REQUEST for a start past the end.
    """
    length = min(length, MAX_RANGE)
    with db.read() as conn:
        on_laptops = OnLaptops(retention or shipped_policy(), now.date())
        if not may_download(conn, principal, sha256, on_laptops):
            raise ServerError(ServerErrorCode.FORBIDDEN, "blob")
        size = conn.execute(select(blob.c.size).where(blob.c.sha256 == sha256)).scalar()
        if size is None:
            raise ServerError(ServerErrorCode.NOT_FOUND, "blob")
        if start > size or (start == size and size > 0):
            raise ServerError(ServerErrorCode.MALFORMED_REQUEST, "range")
        data = _slice(conn, sha256, start, min(length, int(size) - start))
    if start == 0:
        _audit_download(db, principal, sha256, now)
    return data, int(size)


def _slice(conn: Connection, sha256: str, start: int, length: int) -> bytes:
    if length <= 0:
        return b""
    first, last = start // STORED_CHUNK, (start + length - 1) // STORED_CHUNK
    rows = conn.execute(
        select(blob_chunk.c.data)
        .where(
            blob_chunk.c.sha256 == sha256,
            blob_chunk.c.chunk_index >= first,
            blob_chunk.c.chunk_index <= last,
        )
        .order_by(blob_chunk.c.chunk_index)
    ).scalars()
    joined = b"".join(bytes(r) for r in rows)
    skip = start - first * STORED_CHUNK
    return joined[skip : skip + length]


def _audit_download(db: Database, principal: Principal, sha256: str, now: datetime) -> None:
    with db.write() as conn:
        audit.record(
            conn,
            now=now,
            actor_kind=audit.USER,
            actor_id=principal.user_id,
            action="blob.downloaded",
            object_type="blob",
            object_id=sha256,
            detail={"profile_id": principal.profile_id, "device_id": principal.device_id},
        )
