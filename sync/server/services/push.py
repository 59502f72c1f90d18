"""Push: sealed, signed mutation batches applied exactly once, in order (DESIGN §5.0, §5.1).

1. Outside any transaction (crypto never holds a lock): every item's profile signature is
   verified and its box opened with the current or an older service key. One forged or
   unopenable item refuses the whole request and nothing is written.
2. In one write transaction: the profile row is locked (so two concurrent pushes of the same
   profile run one after the other — F17), duplicates get their stored result, a gap refuses
   the batch with the expected seq, every row the batch touches is locked in one global
   order (`rows.BatchRows`: no deadlocks between pushes), and every new mutation is applied
   (`apply`). Merge audit and change log are written last, where the seq lock is taken, so
   seqs follow commit order; the mutation log and the profile's `last_mutation_seq` commit
   with the effects. A batch is one transaction, not one per mutation: exactly-once holds
   either way, and one commit (one fsync, one pass through the seq lock) per batch instead
   of per mutation is most of the push's throughput.
3. A deadlock, serialization failure or racing insert rolls everything back and the batch is
   tried again a few times; then the laptop is told to retry later (503 + Retry-After).
"""

from __future__ import annotations

import logging
import random
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TypeVar

from sqlalchemy import Connection, insert, select, update
from sqlalchemy.exc import DBAPIError

from storage.schema import ENTITIES
from sync.protocol.envelopes import SealedPushBatch, SealedPushResult
from sync.protocol.errors import RejectionCode
from sync.protocol.models import Mutation, MutationResult, PushResult
from sync.protocol.outcomes import MergeOutcome, MutationStatus
from sync.protocol.sealed import (
    SealedWireError,
    UnreadableMutation,
    open_mutation,
    seal_push_result,
)
from sync.protocol.versions import (
    RETIRED_KINDS,
    SUPPORTED_PROTOCOL_VERSIONS,
    SUPPORTED_SCHEMA_VERSIONS,
    KindTranslation,
    current_kind,
)
from sync.server.db.changes import append_groups, sequenced_upto, server_epoch
from sync.server.db.database import Database
from sync.server.db.tables import mutation_log, profile
from sync.server.errors import ServerError, ServerErrorCode
from sync.server.keys import ServiceKeyring
from sync.server.services import blobs_access, merge_audit, rows
from sync.server.services.apply import Applied, apply_mutation, unreadable
from sync.server.services.principals import Principal
from sync.server.services.retention import OnLaptops, RetentionPolicy, shipped_policy
from sync.server.services.write_scope import Writer

MAX_ATTEMPTS = 4
RETRY_AFTER_SECONDS = 1
# PostgreSQL: serialization failure, deadlock, lock timeout, and a unique violation from two
# transactions creating the same row at once (the retry then finds the row and merges).
_TRANSIENT_SQLSTATES = frozenset({"40001", "40P01", "55P03", "23505"})
_T = TypeVar("_T")
log = logging.getLogger("dossier.server.sync")


@dataclass(frozen=True, slots=True)
class Opened:
    """One verified item: its mutation, or None when authentic but unreadable."""

    mutation_seq: int
    mutation: Mutation | None


@dataclass(frozen=True, slots=True)
class ProfileKeys:
    """The profile's registered public keys (raw 32 bytes each)."""

    sign_public: bytes
    seal_public: bytes


def check_versions(protocol_version: int, schema_version: int) -> None:
    """Refuse a request in a protocol or schema version this service does not speak."""
    if protocol_version not in SUPPORTED_PROTOCOL_VERSIONS:
        raise ServerError(ServerErrorCode.UNSUPPORTED_PROTOCOL)
    if schema_version not in SUPPORTED_SCHEMA_VERSIONS:
        raise ServerError(ServerErrorCode.UNSUPPORTED_SCHEMA)


def profile_keys(conn: Connection, principal: Principal, profile_id: str) -> ProfileKeys:
    """The keys of the profile a request names, which must be the authenticated one (F41)."""
    found = conn.execute(
        select(profile.c.device_id, profile.c.sign_public_key, profile.c.seal_public_key).where(
            profile.c.id == profile_id
        )
    ).first()
    if found is None or found.device_id != principal.device_id:
        raise ServerError(ServerErrorCode.DEVICE_MISMATCH)
    if profile_id != principal.profile_id:
        raise ServerError(ServerErrorCode.FORBIDDEN, "profile")
    return ProfileKeys(bytes(found.sign_public_key), bytes(found.seal_public_key))


def seal_privates(keyring: ServiceKeyring) -> dict[str, bytes]:
    """Every generation's X25519 private key by key id, oldest first."""
    return {pair.key_id: pair.seal_private.private_bytes_raw() for pair in keyring.generations}


def push(
    db: Database,
    keyring: ServiceKeyring,
    principal: Principal,
    batch: SealedPushBatch,
    *,
    now: datetime,
    observe: Callable[[Sequence[str]], None] | None = None,
    retention: RetentionPolicy | None = None,
    retired: Mapping[str, KindTranslation] = RETIRED_KINDS,
) -> SealedPushResult:
    """Apply a sealed batch and return the sealed, signed answer.

    `observe` receives the result status of every mutation (for the metrics; no content).
    `retired` maps the old mutation kinds still accepted onto current ones (`Settings`).
    """
    check_versions(batch.protocol_version, batch.schema_version)
    with db.read() as conn:
        keys = profile_keys(conn, principal, batch.profile_id)
    opened = _open_all(batch, keys, seal_privates(keyring), retired)
    on_laptops = OnLaptops(retention or shipped_policy(), now.date())
    writer = Writer(
        principal.profile_id, principal.user_id, principal.role, principal.team, on_laptops
    )
    result = run_transaction(db, lambda conn: _apply_batch(conn, writer, opened, now))
    _log_summary(result)
    if observe is not None:
        observe([r.status.value for r in result.results])
    current = keyring.current
    return seal_push_result(
        result,
        profile_id=batch.profile_id,
        profile_seal_public=keys.seal_public,
        service_sign_private=current.sign_private.private_bytes_raw(),
        service_key_id=current.key_id,
    )


def _open_all(
    batch: SealedPushBatch,
    keys: ProfileKeys,
    privates: dict[str, bytes],
    retired: Mapping[str, KindTranslation],
) -> list[Opened]:
    opened = []
    for item in batch.items:
        try:
            mutation: Mutation | None = open_mutation(
                item,
                profile_id=batch.profile_id,
                profile_sign_public=keys.sign_public,
                service_seal_privates=privates,
            )
        except UnreadableMutation:
            mutation = None
        except SealedWireError as exc:
            raise ServerError(
                ServerErrorCode(exc.code.value), f"item {item.mutation_seq}"
            ) from None
        if mutation is not None and mutation.kind in retired:
            mutation = translated(mutation, retired)
        opened.append(Opened(item.mutation_seq, mutation))
    return opened


def translated(
    mutation: Mutation, retired: Mapping[str, KindTranslation] = RETIRED_KINDS
) -> Mutation:
    """A mutation of a retired kind rewritten as its current kind (DESIGN §5.8, F39).

    Old laptops keep pushing the kinds they were built with; everything after this point
    (authorization, merge, audit) sees current kinds only.
    """
    kind, changes = current_kind(mutation.kind, mutation.changes, retired)
    return mutation.model_copy(update={"kind": kind, "changes": changes})


def run_transaction(db: Database, work: Callable[[Connection], _T]) -> _T:
    """Run `work` in a write transaction, again after a transient failure; 503 at the end."""
    for attempt in range(MAX_ATTEMPTS):
        try:
            with db.write() as conn:
                return work(conn)
        except DBAPIError as exc:
            if not _transient(exc, db.dialect):
                raise
            log.info("transaction retried", extra={"attempt": attempt + 1})
        # Jittered back-off, so two writers that deadlocked do not collide again in step.
        time.sleep(random.uniform(0.005, 0.02) * (attempt + 1))  # noqa: S311 - not a secret
    raise ServerError(ServerErrorCode.SERVICE_UNAVAILABLE, retry_after=RETRY_AFTER_SECONDS)


def _log_summary(result: PushResult) -> None:
    statuses = [r.status for r in result.results]
    counts = {
        "mutations": len(statuses),
        "applied": statuses.count(MutationStatus.APPLIED),
        "duplicates": statuses.count(MutationStatus.DUPLICATE),
        "rejected": statuses.count(MutationStatus.REJECTED),
        "conflicts": statuses.count(MutationStatus.CONFLICT),
    }
    log.info("push", extra=counts)


def _transient(exc: DBAPIError, dialect: str) -> bool:
    if dialect == "sqlite":
        return "locked" in str(exc.orig) or "busy" in str(exc.orig)
    return getattr(exc.orig, "sqlstate", None) in _TRANSIENT_SQLSTATES


def _apply_batch(
    conn: Connection, writer: Writer, opened: Sequence[Opened], now: datetime
) -> PushResult:
    last = _lock_profile(conn, writer.profile_id)
    fresh = [item for item in opened if item.mutation_seq > last]
    _refuse_gap(fresh, last)
    stored = _stored_results(conn, writer.profile_id, [o.mutation_seq for o in opened])
    batch_rows = rows.BatchRows()
    batch_rows.lock_and_load(conn, _lock_targets(fresh))
    writer.prefetch(conn, (o.mutation.case_id for o in fresh if o.mutation is not None))
    applied = [_apply_one(conn, writer, item, batch_rows, now) for item in fresh]
    rows.flush(conn)  # the batch's row writes, before the seq lock
    if applied:
        _commit_log(conn, writer.profile_id, applied, now)
        last = applied[-1].mutation_seq
        conn.execute(
            update(profile).where(profile.c.id == writer.profile_id).values(last_mutation_seq=last)
        )
    by_seq = {a.mutation_seq: a.result for a in applied}
    results = [
        by_seq.get(o.mutation_seq) or stored.get(o.mutation_seq) or _erased(o.mutation_seq)
        for o in opened
    ]
    return PushResult(server_epoch=server_epoch(conn), results=results, last_mutation_seq=last)


def _lock_targets(fresh: Sequence[Opened]) -> Iterator[tuple[str, str]]:
    """Every row the batch's mutations will lock: their own, the person a new link points
    at, the conflict a resolution closes (`rows.BatchRows` locks them in one order)."""
    for item in fresh:
        mutation = item.mutation
        if mutation is None or mutation.entity not in ENTITIES:
            continue
        yield mutation.entity, mutation.entity_id
        person = mutation.changes.get("person_id")
        if mutation.entity == rows.LINK and person is not None and isinstance(person.new, str):
            yield rows.PERSON, person.new
        if mutation.conflict_id is not None:
            yield rows.CONFLICT, mutation.conflict_id


def _lock_profile(conn: Connection, profile_id: str) -> int:
    query = select(profile.c.last_mutation_seq).where(profile.c.id == profile_id)
    return int(conn.execute(query.with_for_update()).scalar_one())


def _refuse_gap(fresh: Sequence[Opened], last: int) -> None:
    for expected, item in enumerate(fresh, start=last + 1):
        if item.mutation_seq != expected:
            # Nothing of the batch is applied: the laptop pushes again from `last + 1`.
            raise ServerError(
                ServerErrorCode.MUTATION_GAP,
                f"missing {expected}",
                extra={"expected_mutation_seq": last + 1, "last_mutation_seq": last},
            )


def _stored_results(
    conn: Connection, profile_id: str, seqs: Sequence[int]
) -> dict[int, MutationResult]:
    """Stored results of duplicates, marked `duplicate` (the rest of the result is as stored)."""
    query = select(mutation_log.c.mutation_seq, mutation_log.c.result).where(
        mutation_log.c.profile_id == profile_id, mutation_log.c.mutation_seq.in_(seqs)
    )
    return {
        int(seq): stored_result(result).model_copy(update={"status": MutationStatus.DUPLICATE})
        for seq, result in conn.execute(query)
    }


def _erased(mutation_seq: int) -> MutationResult:
    """A duplicate whose stored result went with the erasure of its case (retention): the
    case is gone, so the mutation is answered as refused, never applied again."""
    return MutationResult(
        mutation_seq=mutation_seq,
        status=MutationStatus.DUPLICATE,
        outcome=MergeOutcome.REJECTED,
        rejection_code=RejectionCode.FORBIDDEN,
    )


def stored_result(result: dict[str, object]) -> MutationResult:
    """A result back from its stored JSON."""
    return MutationResult.model_validate(result, strict=False)


def _apply_one(
    conn: Connection, writer: Writer, item: Opened, batch_rows: rows.BatchRows, now: datetime
) -> Applied:
    if item.mutation is None:
        return unreadable(conn, writer, item.mutation_seq, now=now)
    blobs_access.require_blob(conn, writer, item.mutation)  # bytes before their row (F36)
    return apply_mutation(conn, writer, item.mutation, batch_rows=batch_rows, now=now)


def _commit_log(
    conn: Connection, profile_id: str, applied: Sequence[Applied], now: datetime
) -> None:
    merge_audit.append(conn, [row for a in applied for row in a.audit])
    ranges = append_groups(conn, [(a.commit_group, a.changes) for a in applied], now=now)
    allocated = [r for r in ranges if r]
    # A mutation that changed nothing is acked at the high-water mark before this batch's
    # seqs: any pull that far has everything it could depend on.
    floor = allocated[0].start - 1 if allocated else sequenced_upto(conn)
    rows = [
        {
            "profile_id": profile_id,
            "mutation_seq": a.mutation_seq,
            "kind": a.kind,
            "commit_group": a.commit_group,
            "result": a.result.model_dump(mode="json"),
            "received_at": now,
            "status": a.result.status.value,
            "case_id": a.case_id,
            "commit_seq": r[-1] if r else floor,
        }
        for a, r in zip(applied, ranges, strict=True)
    ]
    conn.execute(insert(mutation_log), rows)
