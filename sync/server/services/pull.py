"""Pull: one page of changes, snapshots, evictions and acks, read from one snapshot (§5.2).

Everything on a page is read in one REPEATABLE READ transaction: the high-water mark H (the
highest seq handed out — every change at or below it is committed, `db.changes`), the
buckets the profile's user may see, their change-log rows and snapshots. So membership and
data always belong to the same checkpoint (sync-designs §2.3; the Electric #4004 trap).

For each bucket the laptop lists: not visible any more → `evict`; cursor 0 or beyond H (it has
nothing, or a history this server does not have) → snapshot; otherwise the change-log rows in
(cursor, H], paged by seq. Buckets it does not list but may see → snapshot at H. A bucket's
checksum is sent only when its new cursor is H, the state the checksum describes.

A cursor below the bucket's compaction horizon (`compaction`, F26) is expired: the bucket
comes again as a snapshot, and the page names it in `expired` (protocol 2 on) so the laptop
knows its copy was replaced, not updated. A laptop below the service's minimum protocol for
pulls gets `upgrade_required` (its pushes are still accepted, `push`).
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Connection, and_, or_, select

from sync.protocol.buckets import case_bucket, case_of_bucket
from sync.protocol.envelopes import PullCursors, SealedPullPage
from sync.protocol.models import (
    MAX_BATCH,
    MAX_BUCKETS,
    Ack,
    BucketSnapshot,
    Change,
    ChangeOp,
    ConflictRecord,
    MutationResult,
    PullPage,
    PullRequest,
)
from sync.protocol.sealed import SealedWireError, open_cursors, seal_cursors, seal_page
from sync.protocol.versions import EXPIRED_SINCE_PROTOCOL, MIN_PROTOCOL_VERSION
from sync.server.db.changes import sequenced_upto, server_epoch
from sync.server.db.database import Database
from sync.server.db.tables import change_log, mutation_log, profile
from sync.server.errors import ServerError, ServerErrorCode
from sync.server.keys import ServiceKeyring
from sync.server.services import aggregate, compaction, conflicts
from sync.server.services.assignments import visible_case_ids
from sync.server.services.principals import Principal
from sync.server.services.push import check_versions, profile_keys, seal_privates, stored_result
from sync.server.services.retention import OnLaptops, RetentionPolicy, shipped_policy

SNAPSHOT_CHUNK = 32
"""Cases whose rows are read together when building snapshots."""
log = logging.getLogger("dossier.server.sync")


@dataclass(slots=True)
class _Page:
    """A page under construction."""

    budget: int
    changes: list[Change] = field(default_factory=list)
    conflicts: list[ConflictRecord] = field(default_factory=list)
    snapshots: list[BucketSnapshot] = field(default_factory=list)
    cursors: dict[str, int] = field(default_factory=dict)
    has_more: bool = False

    @property
    def used(self) -> int:
        """Rows on the page so far (changes, conflicts and snapshot rows)."""
        return len(self.changes) + len(self.conflicts) + sum(len(s.rows) for s in self.snapshots)


def pull(
    db: Database,
    keyring: ServiceKeyring,
    principal: Principal,
    request: PullRequest,
    *,
    min_protocol: int = MIN_PROTOCOL_VERSION,
    retention: RetentionPolicy | None = None,
    today: date | None = None,
) -> SealedPullPage:
    """Build the next page for `request` and return it sealed for the profile and signed.

    A laptop speaking a protocol below `min_protocol` gets `upgrade_required` (F39/F40).
    A case past the retention's laptop figure on `today` is evicted (`retention`).
    """
    check_versions(request.protocol_version, request.schema_version)
    if request.protocol_version < min_protocol:
        raise ServerError(
            ServerErrorCode.UPGRADE_REQUIRED,
            f"protocol {request.protocol_version}",
            extra={"min_protocol_version": min_protocol},
        )
    cursors = _requested(request, keyring)
    with db.snapshot() as conn:
        keys = profile_keys(conn, principal, request.profile_id)
        on_laptops = OnLaptops(retention or shipped_policy(), today or datetime.now(UTC).date())
        page = _build(conn, principal, request, cursors, on_laptops)
    counts = {
        "changes": len(page.changes),
        "snapshots": len(page.snapshots),
        "evicted": len(page.evict),
        "conflicts": len(page.conflicts),
    }
    log.info("pull", extra=counts)
    current = keyring.current
    continuation = seal_cursors(
        PullCursors(buckets=page.cursors, results_after=_results_after(page, cursors)),
        profile_id=request.profile_id,
        service_seal_public=current.seal_public,
    )
    return seal_page(
        page,
        profile_id=request.profile_id,
        profile_seal_public=keys.seal_public,
        service_sign_private=current.sign_private.private_bytes_raw(),
        service_key_id=current.key_id,
        continuation=continuation,
    )


def _requested(request: PullRequest, keyring: ServiceKeyring) -> PullCursors:
    if request.continuation is None:
        return PullCursors(buckets=request.buckets, results_after=request.results_after)
    try:
        return open_cursors(
            request.continuation,
            profile_id=request.profile_id,
            service_seal_privates=seal_privates(keyring),
        )
    except SealedWireError:
        raise ServerError(ServerErrorCode.SEAL_INVALID, "continuation") from None


def _results_after(page: PullPage, cursors: PullCursors) -> int | None:
    if page.results:
        return page.results[-1].mutation_seq
    return cursors.results_after


def _build(
    conn: Connection,
    principal: Principal,
    request: PullRequest,
    requested: PullCursors,
    on_laptops: OnLaptops,
) -> PullPage:
    epoch, high = server_epoch(conn), sequenced_upto(conn)
    if request.server_epoch is not None and request.server_epoch != epoch:
        raise ServerError(ServerErrorCode.SERVER_EPOCH_CHANGED)
    if any(cursor > high for cursor in requested.buckets.values()):
        # A cursor this database never handed out: it was restored from a backup and IT has
        # not yet run `admin restored` (T19). The laptop starts over and pushes its answered
        # mutations again, as after a new epoch.
        raise ServerError(ServerErrorCode.SERVER_EPOCH_CHANGED, "cursor_ahead")
    visible = set(
        visible_case_ids(
            conn,
            user_id=principal.user_id,
            role=principal.role,
            team=principal.team,
            on_laptops=on_laptops,
        )
    )
    refuse_oversized_scope(len(visible))
    known: dict[str, int] = {}
    evict: list[str] = []
    for bucket, cursor in requested.buckets.items():
        case_id = case_of_bucket(bucket)
        if case_id is not None and case_id not in visible:
            evict.append(bucket)
        elif case_id is not None and 0 < cursor <= high:
            known[bucket] = cursor
    expired = compaction.expired_buckets(conn, known)  # same snapshot as the log (F26)
    for bucket in expired:
        del known[bucket]
    fresh = sorted(c for c in visible if case_bucket(c) not in known)
    page = _Page(budget=request.max_rows)
    _add_changes(conn, page, known, high)
    _add_snapshots(conn, page, fresh, high)
    settled = [case_of_bucket(b) or "" for b, cursor in page.cursors.items() if cursor == high]
    results, acks, last, more_results = _acks(conn, request.profile_id, requested.results_after)
    if request.protocol_version >= conflicts.WRITERS_SINCE_PROTOCOL:
        page.conflicts = conflicts.with_writers(conn, page.conflicts)
    return PullPage(
        server_epoch=epoch,
        changes=page.changes,
        snapshots=page.snapshots,
        evict=sorted(evict),
        conflicts=page.conflicts,
        checksums=aggregate.checksums(conn, sorted(settled)),
        acks=acks,
        cursors=page.cursors,
        has_more=page.has_more or more_results,
        last_mutation_seq=last,
        results=results,
        expired=sorted(expired) if request.protocol_version >= EXPIRED_SINCE_PROTOCOL else [],
    )


def refuse_oversized_scope(visible_cases: int) -> None:
    """Refuse a pull whose scope has more cases than a laptop may hold (`MAX_BUCKETS`): the
    cursors of every bucket travel in each request and continuation, which the wire caps."""
    if visible_cases > MAX_BUCKETS:
        raise ServerError(
            ServerErrorCode.SCOPE_TOO_LARGE,
            f"{visible_cases} cases",
            extra={"visible_cases": visible_cases, "max_buckets": MAX_BUCKETS},
        )


def _add_changes(conn: Connection, page: _Page, known: Mapping[str, int], high: int) -> None:
    """The change-log rows after each known bucket's cursor, up to H and the page budget."""
    if not known:
        return
    by_cursor: dict[int, list[str]] = defaultdict(list)
    for bucket, cursor in known.items():
        by_cursor[cursor].append(bucket)
    # Laptops apply all buckets up to one H, so their cursors are nearly always equal: one
    # range condition per distinct cursor keeps the query small.
    after_cursor = or_(
        *(
            and_(change_log.c.bucket.in_(buckets), change_log.c.seq > cursor)
            for cursor, buckets in by_cursor.items()
        )
    )
    query = (
        select(change_log)
        .where(after_cursor, change_log.c.seq <= high)
        .order_by(change_log.c.seq)
        .limit(page.budget + 1)
    )
    rows = list(conn.execute(query).mappings())
    page.has_more = len(rows) > page.budget
    rows = rows[: page.budget]
    for row in rows:
        _add_change(page, row)
    # Paged by seq, which is unique per row: every row of every known bucket up to the last
    # one delivered is on this page, so each cursor can move there (and to H when complete).
    reached = rows[-1]["seq"] if page.has_more else high
    page.cursors.update({b: max(cursor, reached) for b, cursor in known.items()})


def _add_change(page: _Page, row: Mapping[Any, Any]) -> None:
    image = row["row_image"]
    assert isinstance(image, dict)
    entity = str(row["entity_type"])
    if entity == conflicts.ENTITY:
        page.conflicts.append(conflicts.record_from_image(image))
        return
    op = ChangeOp(str(row["op"]))
    page.changes.append(
        Change.model_construct(
            seq=row["seq"],
            bucket=row["bucket"],
            op=op,
            entity=entity,
            entity_id=row["entity_id"],
            entity_version=row["entity_version"],
            row=aggregate.row_image(entity, image) if op is ChangeOp.PUT else None,
        )
    )


def _add_snapshots(conn: Connection, page: _Page, fresh: list[str], high: int) -> None:
    """Whole-bucket snapshots at H while the budget lasts (at least one per page, so a case
    larger than the budget still arrives); the rest wait for the next page."""
    for start in range(0, len(fresh), SNAPSHOT_CHUNK):
        chunk = fresh[start : start + SNAPSHOT_CHUNK]
        rows, open_conflicts = (
            aggregate.load_rows(conn, chunk),
            aggregate.open_conflicts(conn, chunk),
        )
        for case_id in chunk:
            size = len(rows[case_id]) + len(open_conflicts[case_id])
            if page.used + size > page.budget and page.used > 0:
                page.has_more = True
                return
            bucket = case_bucket(case_id)
            page.snapshots.append(BucketSnapshot(bucket=bucket, cursor=high, rows=rows[case_id]))
            page.conflicts += open_conflicts[case_id]
            page.cursors[bucket] = high


def _acks(
    conn: Connection, profile_id: str, results_after: int | None
) -> tuple[list[MutationResult], list[Ack], int, bool]:
    """Stored results after `results_after`, their acks, the last seq, and whether more wait."""
    last = int(
        conn.execute(
            select(profile.c.last_mutation_seq).where(profile.c.id == profile_id)
        ).scalar_one()
    )
    if results_after is None:
        return [], [], last, False
    query = (
        select(mutation_log.c.mutation_seq, mutation_log.c.commit_seq, mutation_log.c.result)
        .where(mutation_log.c.profile_id == profile_id, mutation_log.c.mutation_seq > results_after)
        .order_by(mutation_log.c.mutation_seq)
        .limit(MAX_BATCH + 1)
    )
    found = list(conn.execute(query))
    more, found = len(found) > MAX_BATCH, found[:MAX_BATCH]
    results = [stored_result(row.result) for row in found]
    acks = [Ack(mutation_seq=row.mutation_seq, seq=row.commit_seq) for row in found]
    return results, acks, last, more
