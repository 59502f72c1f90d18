"""Apply the staged inbox to an unlocked store, all in ONE transaction (DESIGN §5.2).

Push results remove acknowledged outbox rows and record rejections; pull pages bring server
images (rebasing pending edits), conflicts, evictions and checksums; the new cursors and epoch
are written in the same transaction as the data they describe, never before. Pages of a pull
that is still incomplete (the last staged page says `has_more`) wait for the next run. After
the commit the applied files are removed and a new continuation is sealed for the service,
so a later locked sync pages on from exactly here.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import ValidationError
from sqlalchemy import Connection, delete, insert, select, update

from storage.attachments import AttachmentVault
from storage.duplicates_store import DuplicateFinder
from storage.tables import conflict, outbox, sync_bucket, sync_report
from storage.unlocked import OpenProfile
from sync.client.audit_upload_keys import adopt_service_keys
from sync.client.held_files import release_held_files
from sync.client.identity import META_SERVER_EPOCH, SyncIdentity, load_identity
from sync.client.layout import RESET_PAGE, RESULT, ProfileFiles
from sync.client.local_rows import IN_CHUNK, LocalRows
from sync.client.reset_state import record_bucket_reset
from sync.protocol.buckets import case_bucket, case_of_bucket
from sync.protocol.envelopes import PullCursors, SealedPullPage, SealedPushResult
from sync.protocol.models import (
    ChangeOp,
    ConflictRecord,
    MutationResult,
    PullPage,
    PushResult,
    RowImage,
)
from sync.protocol.outcomes import ConflictStatus, MutationStatus
from sync.protocol.sealed import SealedWireError, open_page, open_push_result, seal_cursors


@dataclass(slots=True)
class ApplyReport:
    """What one apply did (stored as a `sync_report` row)."""

    received: int = 0
    merged: int = 0
    conflicts: int = 0
    rejected: int = 0
    evicted: int = 0
    reset: bool = False
    checksum_mismatch: list[str] = field(default_factory=list)
    expired: list[str] = field(default_factory=list)
    """Buckets replaced by a snapshot because their cursor fell below the horizon (F26)."""
    applied_files: int = 0
    cases: set[str] = field(default_factory=set)
    """Cases whose rows, conflicts or sync state this apply changed (open views reload them)."""


@dataclass(slots=True)
class _Item:
    kind: str
    path: Path
    result: PushResult | None = None
    page: PullPage | None = None


def apply_inbox(profile: OpenProfile, *, sent: int = 0, error: str | None = None) -> ApplyReport:
    """Open and apply every staged envelope that can be applied now."""
    files = ProfileFiles(profile.info)
    report = ApplyReport()
    adopt_service_keys(profile)  # a rotated service key signs what came down (issue 7)
    with profile.store.read() as conn:
        ident = load_identity(profile.store, conn)
    items, damaged = _ready(files, ident)
    with profile.store.write() as conn:
        conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
        stamp = profile.context.stamp(conn)
        rows = LocalRows(profile, conn, stamp.hlc, stamp.time)
        _Applier(profile, rows, report).run(items)
        conn.execute(
            insert(sync_report),
            {
                "finished_at": stamp.time,
                "sent": sent,
                "received": report.received,
                "merged": report.merged,
                "conflicts": report.conflicts,
                "rejected": report.rejected,
                "evicted": report.evicted,
                "reset": report.reset,
                "error": error or (",".join(report.checksum_mismatch) and "checksum_mismatch"),
            },
        )
    vault = AttachmentVault(profile.info.attachments_path)
    for file_id in rows.doomed_files:
        vault.delete(file_id)
    files.discard([item.path for item in items] + damaged)
    report.applied_files = len(items)
    if report.evicted:
        # An evicted case's pages (zeroed by secure_delete) must not live on in the WAL (DB-7).
        profile.store.checkpoint()
    release_held_files(profile)  # an evicted case's scans the service has answered now
    _reseal_continuation(profile, files, ident)
    # Persons that arrived may duplicate ones held here (F21): propose them, never merge.
    DuplicateFinder(profile.store, profile.context.clock).refresh()
    return report


def _ready(files: ProfileFiles, ident: SyncIdentity) -> tuple[list[_Item], list[Path]]:
    """The staged items to apply now, and damaged files to drop (with all staged after them).

    Everything up to the last page that ends a pull; a pull still in progress waits. A file
    that does not open (damaged on the way or on disk: bad signature, bad seal, bad JSON) is
    never applied and must not block the inbox forever: it and everything staged after it
    are dropped, and the continuation is rebuilt from the applied cursors, so the next pull
    fetches the same data again (results come back through the pull's `results`).
    """
    staged = files.staged()
    items: list[_Item] = []
    damaged: list[Path] = []
    for index, (_, kind, path) in enumerate(staged):
        try:
            items.append(_open(kind, path, ident))
        except (SealedWireError, ValidationError, ValueError):
            damaged = [p for _, _, p in staged[index:]]
            break
    ends = [i for i, item in enumerate(items) if item.kind != RESULT]
    complete = [i for i in ends if _ends_pull(items[i])]
    if ends and (not complete or complete[-1] != ends[-1]):
        cut = complete[-1] + 1 if complete else min(ends)
        if damaged:
            damaged = [item.path for item in items[cut:]] + damaged
        return items[:cut], damaged
    return items, damaged


def _open(kind: str, path: Path, ident: SyncIdentity) -> _Item:
    if kind == RESULT:
        envelope = SealedPushResult.model_validate_json(path.read_bytes())
        result = open_push_result(
            envelope,
            profile_seal_private=ident.seal_private,
            service_sign_publics=ident.service_sign_publics,
        )
        return _Item(kind, path, result=result)
    sealed = SealedPullPage.model_validate_json(path.read_bytes())
    page = open_page(
        sealed,
        profile_seal_private=ident.seal_private,
        service_sign_publics=ident.service_sign_publics,
    )
    return _Item(kind, path, page=page)


def _ends_pull(item: _Item) -> bool:
    return item.page is not None and not item.page.has_more


class _Applier:
    def __init__(self, profile: OpenProfile, rows: LocalRows, report: ApplyReport) -> None:
        self.profile = profile
        self.rows = rows
        self.conn: Connection = rows.conn
        self.report = report
        self.cursors: dict[str, int] = {}
        self.checksums: dict[str, int] = {}
        self.epoch: str | None = None
        self.reset_delivered: set[str] | None = None
        self.stale: set[str] = set()
        """Buckets where the service kept its own value against ours (a conflict or a rejection):
        the row here still shows ours, and no newer image may ever come, so the bucket is
        downloaded again at the next pull (its snapshot brings the service's image; the
        conflict inbox keeps ours)."""

    def run(self, items: list[_Item]) -> None:
        for item in items:
            if item.result is not None:
                self.results(item.result.results)
            elif item.page is not None:
                if item.kind == RESET_PAGE:
                    self.report.reset = True
                    self.reset_delivered = set()
                self.page(item.page)
        if self.reset_delivered is not None:
            self.forget_undelivered(self.reset_delivered)
        self.finish()

    # --- push results --------------------------------------------------------------------

    def results(self, results: list[MutationResult]) -> None:
        for result in results:
            found = self.conn.execute(
                select(outbox).where(outbox.c.mutation_seq == result.mutation_seq)
            ).first()
            if found is None:
                continue  # already applied (a result arrives by push and again by pull)
            row = dict(found._mapping)
            if row["case_id"]:
                self.report.cases.add(str(row["case_id"]))
            self.conn.execute(delete(outbox).where(outbox.c.mutation_seq == result.mutation_seq))
            if result.rejection_code is not None:
                self.reject(row, result)
                state = "conflict"
            elif result.status is MutationStatus.CONFLICT:
                self.report.conflicts += 1
                state = "conflict"
            else:
                self.report.merged += 1
                state = "synced"
            if state == "conflict" and row["case_id"]:
                self.stale.add(case_bucket(str(row["case_id"])))
            self.rows.mark_synced(row["entity"], row["entity_id"], state)

    def reject(self, row: dict[str, object], result: MutationResult) -> None:
        # Kept with the client's values for the conflict inbox: nothing is dropped (§5.1).
        self.report.rejected += 1
        conflict_id = str(uuid.uuid5(uuid.NAMESPACE_URL, f"{row['mutation_id']}"))
        exists = self.conn.execute(
            select(conflict.c.conflict_id).where(conflict.c.conflict_id == conflict_id)
        ).first()
        if exists is not None:
            return
        self.conn.execute(
            insert(conflict),
            {
                "conflict_id": conflict_id,
                "case_id": row["case_id"],
                "entity": row["entity"],
                "entity_id": row["entity_id"],
                "field": None,
                "kind": "rejection",
                "policy": "rejection",
                "client_value": row["changes"],
                "reason": str(result.rejection_code),
                "status": "open",
                "opened_at": self.rows.now,
                "mutation_seq": result.mutation_seq,
            },
        )

    # --- pull pages ----------------------------------------------------------------------

    def page(self, page: PullPage) -> None:
        self.epoch = page.server_epoch
        self.results(page.results)
        for bucket in page.evict:
            self.evict(bucket)
        for bucket in page.expired:
            self.expired(bucket)
        complete = [s.bucket for s in page.snapshots if s.complete]
        held = self.rows.bucket_rows_of(c for b in complete if (c := case_of_bucket(b)))
        for snapshot in page.snapshots:
            case_id = case_of_bucket(snapshot.bucket)
            before = held.get(case_id, []) if case_id is not None else []
            self.snapshot(snapshot.bucket, snapshot.rows, held=before, complete=snapshot.complete)
        for change in page.changes:
            case_id = case_of_bucket(change.bucket)
            changed = False
            if change.op is ChangeOp.PUT and change.row is not None:
                changed = self.rows.put(change.row, case_id, only_newer=True)
                self.report.received += changed
            elif change.op is ChangeOp.TOMBSTONE:
                changed = self.rows.remove(change.entity, change.entity_id)
            if changed and case_id is not None:
                self.report.cases.add(case_id)
        for record in page.conflicts:
            self.conflict(record)
        self.close_settled_conflicts(page)
        self.checksums.update(page.checksums)
        self.cursors.update(page.cursors)

    def snapshot(
        self, bucket: str, images: list[RowImage], *, held: list[tuple[str, str]], complete: bool
    ) -> None:
        """Apply one bucket's snapshot; `held` is the bucket's rows before this page."""
        case_id = case_of_bucket(bucket)
        if case_id is None:
            return
        if self.reset_delivered is not None:
            self.reset_delivered.add(bucket)
        self.report.cases.add(case_id)
        for image in images:
            self.report.received += self.rows.put(image, case_id, only_newer=False)
        if complete:
            # A snapshot is the whole bucket at its cursor: what it lacks left the bucket.
            delivered = {image.entity_id for image in images}
            for entity, entity_id in held:
                # Read before the page: a row an earlier snapshot moved to its case stays.
                if entity_id not in delivered and self.rows.in_bucket(case_id, entity, entity_id):
                    self.rows.remove(entity, entity_id)

    def expired(self, bucket: str) -> None:
        # The bucket's snapshot (on this page or a later one of the same pull) replaces the
        # local copy through `snapshot`, which rebases pending edits and drops what it lacks.
        case_id = case_of_bucket(bucket)
        if case_id is None or bucket in self.report.expired:
            return
        self.report.expired.append(bucket)
        self.report.cases.add(case_id)
        record_bucket_reset(self.profile, self.conn, case_id)

    def close_settled_conflicts(self, page: PullPage) -> None:
        # A whole-bucket snapshot comes with every conflict of the case still open on the
        # service: one open here but not there was settled while this laptop was not
        # following the bucket's changes (a reset bucket never replays them).
        for snapshot in page.snapshots:
            case_id = case_of_bucket(snapshot.bucket)
            if not snapshot.complete or case_id is None:
                continue
            still_open = [r.conflict_id for r in page.conflicts if r.case_id == case_id]
            self.conn.execute(
                update(conflict)
                .where(
                    conflict.c.case_id == case_id,
                    conflict.c.kind != "rejection",
                    conflict.c.status == ConflictStatus.OPEN.value,
                    conflict.c.conflict_id.not_in(still_open),
                )
                .values(status=ConflictStatus.RESOLVED.value)
            )

    def evict(self, bucket: str) -> None:
        case_id = case_of_bucket(bucket)
        if case_id is None:
            return
        quarantined = self.rows.case_has_pending(case_id)
        self.report.cases.add(case_id)
        self.rows.evict(case_id)
        self.conn.execute(delete(sync_bucket).where(sync_bucket.c.bucket == bucket))
        self.cursors.pop(bucket, None)
        self.checksums.pop(bucket, None)
        self.report.evicted += 1
        self.profile.context.audit.record(
            self.conn, "evict", "case", case_id, detail={"quarantined": str(quarantined)}
        )

    def forget_undelivered(self, delivered: set[str]) -> None:
        # After a server reset, buckets the service no longer sends are no longer visible.
        held = {str(b) for (b,) in self.conn.execute(select(sync_bucket.c.bucket))}
        for bucket in sorted(held - delivered):
            self.evict(bucket)

    def conflict(self, record: ConflictRecord) -> None:
        held = self.conn.execute(
            select(conflict.c.version).where(conflict.c.conflict_id == record.conflict_id)
        ).first()
        if held is not None and (held[0] or 0) >= record.version:
            return
        values = {
            "case_id": record.case_id,
            "entity": record.entity,
            "entity_id": record.entity_id,
            "field": record.field,
            "kind": record.kind.value,
            "policy": record.policy.value,
            "base_value": record.base,
            "server_value": record.server,
            "client_value": record.client,
            # Who wrote each side, beside the suggestion (`conflict_sides`).
            "suggested": stored_sides(record),
            "status": record.status.value,
            "opened_at": record.opened_at,
            "resolved_at": record.resolved_at,
            "version": record.version,
            "mutation_seq": record.mutation_seq,
        }
        self.report.cases.add(record.case_id)
        if held is None:
            self.conn.execute(insert(conflict), values | {"conflict_id": record.conflict_id})
        else:
            where = conflict.c.conflict_id == record.conflict_id
            self.conn.execute(update(conflict).where(where).values(**values))

    # --- cursors, checksums, epoch -------------------------------------------------------

    def finish(self) -> None:
        held = {
            str(bucket): (int(cursor), bool(refetched))
            for bucket, cursor, refetched in self.conn.execute(
                select(sync_bucket.c.bucket, sync_bucket.c.cursor, sync_bucket.c.refetched)
            )
        }
        refetch = self.verify_checksums(held)
        # Only the buckets whose cursor or refetch flag changed are written again.
        changed = {
            bucket: state
            for bucket, cursor in self.cursors.items()
            if held.get(bucket) != (state := (0, True) if bucket in refetch else (cursor, False))
        }
        for bucket in self.stale - refetch:
            if bucket in self.cursors or bucket in held:  # still held: download it again
                changed[bucket] = (0, held.get(bucket, (0, False))[1])
        buckets = sorted(changed)
        for start in range(0, len(buckets), IN_CHUNK):
            chunk = buckets[start : start + IN_CHUNK]
            self.conn.execute(delete(sync_bucket).where(sync_bucket.c.bucket.in_(chunk)))
        if buckets:
            self.conn.execute(
                insert(sync_bucket),
                [
                    {"bucket": b, "cursor": changed[b][0], "refetched": changed[b][1]}
                    for b in buckets
                ],
            )
        if self.epoch is not None:
            self.profile.store.set_meta(self.conn, META_SERVER_EPOCH, self.epoch)

    def verify_checksums(self, held: dict[str, tuple[int, bool]]) -> set[str]:
        """Buckets to download again (once) because the local copy diverged (F34).

        Every bucket whose checksum a page carried (the service sends it when the bucket's new
        cursor is its high-water mark) is checked, also one this apply left alone: a local
        copy can diverge without any sync (test_recovery). All of them are recomputed at
        once, a few set-based queries in all (`LocalRows.checksums`).
        """
        candidates = {
            bucket: case_id
            for bucket in self.checksums
            if (case_id := case_of_bucket(bucket)) is not None
        }
        if not candidates:
            return set()
        pending = self.rows.cases_with_pending()  # pending edits make the copy differ on purpose
        to_check = {b: c for b, c in candidates.items() if c not in pending}
        local = self.rows.checksums(to_check.values())
        refetch: set[str] = set()
        for bucket, case_id in sorted(to_check.items()):
            if local[case_id] == self.checksums[bucket]:
                continue
            if held.get(bucket, (0, False))[1]:
                self.report.checksum_mismatch.append(bucket)  # refetched once already
            else:
                refetch.add(bucket)
        return refetch


def _reseal_continuation(profile: OpenProfile, files: ProfileFiles, ident: SyncIdentity) -> None:
    # Only when nothing is left staged: a staged page's continuation is further ahead.
    if any(kind != RESULT for _, kind, _ in files.staged()):
        return
    with profile.store.read() as conn:
        query = select(sync_bucket.c.bucket, sync_bucket.c.cursor)
        cursors = {str(b): int(c) for b, c in conn.execute(query)}
        epoch = profile.store.get_meta(conn, META_SERVER_EPOCH)
        last = conn.execute(select(outbox.c.mutation_seq).order_by(outbox.c.mutation_seq)).first()
    state = files.state()
    results_after = (int(last[0]) - 1) if last else max(state.acked_upto, 0)
    sealed = seal_cursors(
        PullCursors(buckets=cursors, results_after=results_after),
        profile_id=ident.server_profile_id,
        service_seal_public=ident.service_seal_public,
    )
    state.continuation = sealed
    state.server_epoch = epoch if isinstance(epoch, str) else state.server_epoch
    state.counters = {}
    files.save_state(state)
