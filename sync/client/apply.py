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
from sqlalchemy import Connection, delete, insert, select

from storage.attachments import AttachmentVault
from storage.tables import conflict, outbox, sync_bucket, sync_report
from storage.unlocked import OpenProfile
from sync.client.apply_buckets import finish_buckets
from sync.client.apply_conflicts import close_settled_conflicts, keep_conflict
from sync.client.audit_upload_keys import adopt_service_keys
from sync.client.held_files import release_held_files
from sync.client.identity import META_SERVER_EPOCH, SyncIdentity, load_identity
from sync.client.layout import RESET_PAGE, RESULT, ProfileFiles
from sync.client.local_rows import LocalRows
from sync.client.page_rows import Key, PageRows
from sync.client.reset_state import record_bucket_reset
from sync.protocol.buckets import case_bucket, case_of_bucket
from sync.protocol.envelopes import PullCursors, SealedPullPage, SealedPushResult
from sync.protocol.models import (
    BucketSnapshot,
    ChangeOp,
    ConflictRecord,
    MutationResult,
    PullPage,
    PushResult,
)
from sync.protocol.outcomes import MutationStatus
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
    if report.evicted:
        # An evicted case's pages (zeroed by secure_delete) must not live on in the WAL (DB-7).
        profile.store.checkpoint()
    release_held_files(profile)  # an evicted case's scans the service has answered now
    files.discard([item.path for item in items] + damaged)
    report.applied_files = len(items)
    _reseal_continuation(profile, files, ident)
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
        # Set-based: the acknowledged outbox rows are read, deleted and their entities'
        # sync state set with a few statements per page, not three per result.
        held = self.rows.outbox_rows(r.mutation_seq for r in results)
        states: dict[tuple[str, str], str] = {}
        for result in results:
            row = held.pop(result.mutation_seq, None)
            if row is None:
                continue  # already applied (a result arrives by push and again by pull)
            if row["case_id"]:
                self.report.cases.add(str(row["case_id"]))
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
            # The last result of an entity sets its state (once none of it is pending).
            states[(str(row["entity"]), str(row["entity_id"]))] = state
        self.rows.drop_outbox(r.mutation_seq for r in results)
        self.rows.mark_synced(states)

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
        work = PageRows(self.rows)
        work.load(
            [(image.entity, image.entity_id) for s in page.snapshots for image in s.rows]
            + [key for keys in held.values() for key in keys]
            + [(change.entity, change.entity_id) for change in page.changes]
        )
        for snapshot in page.snapshots:
            case_id = case_of_bucket(snapshot.bucket)
            before = held.get(case_id, []) if case_id is not None else []
            self.snapshot(work, snapshot, held=before)
        for change in page.changes:
            case_id = case_of_bucket(change.bucket)
            changed = False
            if change.op is ChangeOp.PUT and change.row is not None:
                changed = work.put(change.row, case_id, only_newer=True)
                self.report.received += changed
            elif change.op is ChangeOp.TOMBSTONE:
                changed = work.remove(change.entity, change.entity_id)
            if changed and case_id is not None:
                self.report.cases.add(case_id)
        work.flush()
        for record in page.conflicts:
            self.conflict(record)
        close_settled_conflicts(self.conn, page)
        self.checksums.update(page.checksums)
        self.cursors.update(page.cursors)

    def snapshot(self, work: PageRows, snapshot: BucketSnapshot, *, held: list[Key]) -> None:
        """Apply one bucket's snapshot; `held` is the bucket's rows before this page."""
        case_id = case_of_bucket(snapshot.bucket)
        if case_id is None:
            return
        if self.reset_delivered is not None:
            self.reset_delivered.add(snapshot.bucket)
        self.report.cases.add(case_id)
        for image in snapshot.rows:
            self.report.received += work.put(image, case_id, only_newer=False)
        if snapshot.complete:
            # A snapshot is the whole bucket at its cursor: what it lacks left the bucket.
            delivered = {image.entity_id for image in snapshot.rows}
            for entity, entity_id in held:
                # Read before the page: a row an earlier snapshot moved to its case stays.
                if entity_id not in delivered and work.in_bucket(case_id, entity, entity_id):
                    work.remove(entity, entity_id)

    def expired(self, bucket: str) -> None:
        # The bucket's snapshot (on this page or a later one of the same pull) replaces the
        # local copy through `snapshot`, which rebases pending edits and drops what it lacks.
        case_id = case_of_bucket(bucket)
        if case_id is None or bucket in self.report.expired:
            return
        self.report.expired.append(bucket)
        self.report.cases.add(case_id)
        record_bucket_reset(self.profile, self.conn, case_id)

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
        if keep_conflict(self.conn, record):
            self.report.cases.add(record.case_id)

    # --- cursors, checksums, epoch -------------------------------------------------------

    def finish(self) -> None:
        finish_buckets(
            self.profile,
            self.rows,
            cursors=self.cursors,
            checksums=self.checksums,
            stale=self.stale,
            epoch=self.epoch,
            mismatch=self.report.checksum_mismatch,
        )


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
