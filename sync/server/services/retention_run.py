"""One retention run (`dossier-server admin retention run`) and the blob clean-up beside it.

`run_retention` erases every case past its service figure (`erasure`), one short transaction
per case, then makes the engine forget the deleted bytes (`erasure.scrub`). A dry run lists
what would go and changes nothing. Runs are meant for a daily scheduler; two at once are
harmless (each case is re-checked under its row lock, a case already gone is skipped).

`cleanup_blobs` removes uploads abandoned for longer than a grace period, and complete blobs
that no attachment row refers to and that are older than the same period (a blob is uploaded
before its row, so a young one may still be waiting for it; a laptop that comes later is
told `blob_missing` and uploads again).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import Connection, delete, exists, func, select, tuple_

from sync.server.db.blob_tables import blob, blob_chunk, blob_upload, blob_upload_part
from sync.server.db.database import Database
from sync.server.db.tables import ENTITY_TABLES
from sync.server.services import audit, erasure
from sync.server.services.push import run_transaction
from sync.server.services.retention import CLOSED, RetentionPolicy

DEFAULT_BLOB_GRACE = timedelta(days=14)
CASE = ENTITY_TABLES["case"]


@dataclass(slots=True)
class RetentionReport:
    """What a run erased (or, with `dry_run`, would erase); ids and counts only."""

    today: date
    dry_run: bool
    off_laptops: int = 0  # closed cases laptops no longer see
    closed_without_date: int = 0  # closed, no `closed_on`: never due until it is set
    erased: list[erasure.CaseErasure] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # no longer due when its turn came
    scrub: str | None = None

    def as_dict(self) -> dict[str, Any]:
        """The report for the admin CLI's JSON output."""
        return {
            "today": self.today.isoformat(),
            "dry_run": self.dry_run,
            "off_laptops": self.off_laptops,
            "closed_without_date": self.closed_without_date,
            "erased": [{"case_id": e.case_id, **e.counts()} for e in self.erased],
            "skipped": self.skipped,
            "scrub": self.scrub,
        }


def run_retention(
    db: Database, *, policy: RetentionPolicy, today: date, now: datetime, dry_run: bool = False
) -> RetentionReport:
    """Erase every case due on `today` (`dry_run`: only say which, with their counts)."""
    report = RetentionReport(today=today, dry_run=dry_run)
    with db.read() as conn:
        report.off_laptops = _count(conn, policy.off_laptops(today))
        report.closed_without_date = _count(
            conn, (CASE.c.status == CLOSED) & CASE.c.closed_on.is_(None)
        )
        due = erasure.due_case_ids(conn, policy, today)
        if dry_run:
            report.erased = [erasure.plan_case(conn, case_id) for case_id in due]
            return report
    for case_id in due:

        def work(conn: Connection, case_id: str = case_id) -> erasure.CaseErasure | None:
            return erasure.erase_case(conn, case_id, policy=policy, today=today, now=now)

        done = run_transaction(db, work)
        if done is None:
            report.skipped.append(case_id)
        else:
            report.erased.append(done)
    if report.erased:
        report.scrub = erasure.scrub(db, erasure.touched_tables(report.erased))
    return report


def _count(conn: Connection, where: Any) -> int:
    return int(conn.execute(select(func.count()).select_from(CASE).where(where)).scalar_one())


@dataclass(frozen=True, slots=True)
class BlobCleanupReport:
    """Abandoned uploads and unreferenced blobs removed (or, with `dry_run`, found)."""

    cutoff: datetime
    uploads: int
    blobs: int
    dry_run: bool
    scrub: str | None = None

    def as_dict(self) -> dict[str, Any]:
        """The report for the admin CLI's JSON output."""
        return {
            "cutoff": self.cutoff.isoformat(),
            "uploads": self.uploads,
            "blobs": self.blobs,
            "dry_run": self.dry_run,
            "scrub": self.scrub,
        }


def cleanup_blobs(
    db: Database, *, now: datetime, grace: timedelta = DEFAULT_BLOB_GRACE, dry_run: bool = False
) -> BlobCleanupReport:
    """Remove uploads untouched since `now - grace`, and blobs that old no row refers to."""
    if grace <= timedelta(0):
        raise ValueError("grace must be positive")
    cutoff = now - grace
    attachments = ENTITY_TABLES["attachment"]
    referenced = exists().where(attachments.c.sha256 == blob.c.sha256)

    def work(conn: Connection) -> tuple[int, int]:
        uploads = [
            (str(r.sha256), str(r.profile_id))
            for r in conn.execute(
                select(blob_upload.c.sha256, blob_upload.c.profile_id).where(
                    blob_upload.c.updated_at < cutoff
                )
            )
        ]
        orphans = list(
            conn.execute(
                select(blob.c.sha256).where(blob.c.created_at < cutoff, ~referenced)
            ).scalars()
        )
        if dry_run or not (uploads or orphans):
            return len(uploads), len(orphans)
        for start in range(0, len(uploads), 500):
            keys = uploads[start : start + 500]
            conn.execute(
                delete(blob_upload_part).where(
                    tuple_(blob_upload_part.c.sha256, blob_upload_part.c.profile_id).in_(keys)
                )
            )
            conn.execute(
                delete(blob_upload).where(
                    tuple_(blob_upload.c.sha256, blob_upload.c.profile_id).in_(keys)
                )
            )
        for start in range(0, len(orphans), 500):
            shas = orphans[start : start + 500]
            conn.execute(delete(blob_chunk).where(blob_chunk.c.sha256.in_(shas)))
            conn.execute(delete(blob).where(blob.c.sha256.in_(shas)))
        audit.record(
            conn,
            now=now,
            actor_kind=audit.SERVICE,
            actor_id=None,
            action="blobs.cleaned",
            object_type="blob",
            detail={"uploads": len(uploads), "blobs": len(orphans)},
        )
        return len(uploads), len(orphans)

    uploads, blobs = run_transaction(db, work)
    scrubbed = None
    if not dry_run and (uploads or blobs):
        tables = ["blob_upload", "blob_upload_part", "blob", "blob_chunk"]
        scrubbed = erasure.scrub(db, tables)
    return BlobCleanupReport(cutoff, uploads, blobs, dry_run, scrubbed)
