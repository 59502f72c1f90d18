"""Change-log compaction with a tombstone horizon per bucket (sync-designs §2.8, F26).

The change log would otherwise grow forever. A compaction run removes, bucket by bucket:

* **superseded entries** — every entry of a row (bucket, entity, id) but its latest one. Row
  images are whole rows, so a puller whose cursor is below a removed entry still receives the
  later one, which carries everything the removed one did: no cursor is harmed and no horizon
  is needed.
* **expired tombstones** — a row's latest entry when it says the row is gone (a `tombstone`,
  or the image of an archived row) and is older than the retention (default 90 days, the
  longest a laptop may stay offline). A laptop that has not pulled that far would never
  learn of the removal from the log any more, so the bucket's **horizon** is raised to the
  removed seq in the same transaction. A pull whose cursor for the bucket is below the
  horizon gets the bucket again as a whole snapshot, marked `cursor_expired`; the laptop
  replaces its copy with it (rows the snapshot lacks go, archived rows arrive archived) and
  rebases its pending edits on it, as after a server reset.

Concurrency (several workers on PostgreSQL, pushes committing, pulls in flight):

* Seqs are handed out under the `sync_meta` row lock, held to the writer's commit
  (`sync.server.db.changes`), so every entry at or below `sequenced_upto` is committed. A run
  reads that mark first and looks at nothing above it: entries that commit meanwhile are
  newer, and can only supersede more; they are never removed by this run.
* The horizon is raised *before* the deletes, in the *same* transaction; a pull reads the
  horizons and the change log in one REPEATABLE READ snapshot (`Database.snapshot`). So a
  pull sees either the old log and the old horizon, or the compacted log and the raised
  horizon — never a log with a tombstone gone and a horizon that does not say so. A pull
  paging through a bucket while a run commits finds its continuation cursor below the new
  horizon and gets the snapshot instead of the rest of the range.
* Runs are serialised: a PostgreSQL advisory transaction lock (SQLite: the one-writer
  `BEGIN IMMEDIATE`), so two schedulers never race on the same horizon row. Each batch of
  buckets is its own short transaction; the compaction never takes the `sync_meta` row
  lock, so pushes are not held up behind it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Connection, delete, insert, select, text, update

from sync.server.db.changes import sequenced_upto
from sync.server.db.database import Database
from sync.server.db.horizon_tables import bucket_horizon
from sync.server.db.tables import change_log
from sync.server.services import audit
from sync.server.services.push import run_transaction

DEFAULT_RETENTION = timedelta(days=90)
"""How long a tombstone stays in the log: at least the longest a laptop may stay offline."""
BUCKETS_PER_TRANSACTION = 50
_IN_CHUNK = 500  # ids per IN (...) list
_ADVISORY_KEY = 0x0D055_1E7  # any constant: one compaction run at a time across workers

_Key = tuple[str, str, str]  # (bucket, entity_type, entity_id)


@dataclass(frozen=True, slots=True)
class CompactionReport:
    """What one run removed (or, with `dry_run`, would remove)."""

    upto: int  # entries above this seq were not looked at (committed after the run began)
    cutoff: datetime  # tombstones older than this were removed
    buckets: int
    superseded: int
    tombstones: int
    horizons_raised: int
    dry_run: bool = False

    def as_dict(self) -> dict[str, Any]:
        """The report for the admin CLI's JSON output."""
        return {
            "upto": self.upto,
            "cutoff": self.cutoff.isoformat(),
            "buckets": self.buckets,
            "superseded": self.superseded,
            "tombstones": self.tombstones,
            "horizons_raised": self.horizons_raised,
            "dry_run": self.dry_run,
        }


@dataclass(slots=True)
class _Plan:
    superseded: list[int]
    tombstones: dict[str, int]  # bucket -> highest removed tombstone seq
    tombstone_seqs: list[int]


def compact(
    db: Database,
    *,
    now: datetime,
    retention: timedelta = DEFAULT_RETENTION,
    dry_run: bool = False,
    actor_kind: str = audit.OPERATOR,
) -> CompactionReport:
    """Remove superseded entries and expired tombstones; raise the horizons that must rise."""
    if retention <= timedelta(0):
        raise ValueError("retention must be positive")
    cutoff = now - retention
    with db.read() as conn:
        upto = sequenced_upto(conn)
        buckets = list(
            conn.execute(
                select(change_log.c.bucket)
                .where(change_log.c.seq <= upto)
                .distinct()
                .order_by(change_log.c.bucket)
            ).scalars()
        )
    superseded = tombstones = raised = 0
    for chunk in _chunks(buckets, BUCKETS_PER_TRANSACTION):

        def work(conn: Connection, chunk: Sequence[str] = chunk) -> tuple[int, int, int]:
            _serialise(conn)
            plan = _plan(conn, chunk, upto, cutoff)
            if dry_run:
                return len(plan.superseded), len(plan.tombstone_seqs), len(plan.tombstones)
            return _carry_out(conn, plan, now)

        counts = run_transaction(db, work)
        superseded, tombstones, raised = (
            superseded + counts[0],
            tombstones + counts[1],
            raised + counts[2],
        )
    report = CompactionReport(upto, cutoff, len(buckets), superseded, tombstones, raised, dry_run)
    if not dry_run:
        with db.write() as conn:
            audit.record(
                conn,
                now=now,
                actor_kind=actor_kind,
                actor_id=None,
                action="changelog.compacted",
                object_type="change_log",
                detail=report.as_dict(),
            )
    return report


def expired_buckets(conn: Connection, cursors: Mapping[str, int]) -> set[str]:
    """The buckets whose cursor is below their horizon (read in the pull's snapshot)."""
    expired: set[str] = set()
    for chunk in _chunks(sorted(cursors), _IN_CHUNK):
        query = select(bucket_horizon.c.bucket, bucket_horizon.c.horizon_seq).where(
            bucket_horizon.c.bucket.in_(chunk)
        )
        expired |= {str(b) for b, h in conn.execute(query) if cursors[str(b)] < int(h)}
    return expired


def horizons(conn: Connection) -> dict[str, int]:
    """Every recorded horizon, by bucket."""
    query = select(bucket_horizon.c.bucket, bucket_horizon.c.horizon_seq)
    return {str(b): int(h) for b, h in conn.execute(query)}


def _serialise(conn: Connection) -> None:
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _ADVISORY_KEY})


def _plan(conn: Connection, buckets: Sequence[str], upto: int, cutoff: datetime) -> _Plan:
    entries = conn.execute(
        select(
            change_log.c.seq,
            change_log.c.bucket,
            change_log.c.entity_type,
            change_log.c.entity_id,
            change_log.c.op,
            change_log.c.created_at,
        )
        .where(change_log.c.bucket.in_(buckets), change_log.c.seq <= upto)
        .order_by(change_log.c.seq)
    ).all()
    latest: dict[_Key, Any] = {}
    superseded: list[int] = []
    for entry in entries:  # in seq order: a later entry of the same row replaces the earlier
        key = (str(entry.bucket), str(entry.entity_type), str(entry.entity_id))
        if key in latest:
            superseded.append(int(latest[key].seq))
        latest[key] = entry
    old = [entry for entry in latest.values() if entry.created_at < cutoff]
    gone = [int(e.seq) for e in old if e.op == "tombstone"]
    gone += _archived(conn, [int(e.seq) for e in old if e.op == "put"])
    tombstones: dict[str, int] = {}
    bucket_of = {int(e.seq): str(e.bucket) for e in old}
    for seq in gone:
        bucket = bucket_of[seq]
        tombstones[bucket] = max(tombstones.get(bucket, 0), seq)
    return _Plan(superseded, tombstones, sorted(gone))


def _archived(conn: Connection, seqs: Sequence[int]) -> list[int]:
    """The seqs among `seqs` whose image is of an archived row (a soft delete)."""
    found: list[int] = []
    for chunk in _chunks(seqs, _IN_CHUNK):
        query = select(change_log.c.seq, change_log.c.row_image).where(change_log.c.seq.in_(chunk))
        found += [int(seq) for seq, image in conn.execute(query) if _is_archived(image)]
    return found


def _is_archived(image: object) -> bool:
    return isinstance(image, dict) and image.get("archived") is True


def _carry_out(conn: Connection, plan: _Plan, now: datetime) -> tuple[int, int, int]:
    # The horizon first: the same transaction, but the order states the rule — nothing a
    # puller needs leaves the log unless its bucket's horizon already says so.
    raised = _raise_horizons(conn, plan.tombstones, now)
    for chunk in _chunks(plan.superseded + plan.tombstone_seqs, _IN_CHUNK):
        conn.execute(delete(change_log).where(change_log.c.seq.in_(chunk)))
    return len(plan.superseded), len(plan.tombstone_seqs), raised


def _raise_horizons(conn: Connection, wanted: Mapping[str, int], now: datetime) -> int:
    if not wanted:
        return 0
    held = {
        str(b): int(h)
        for b, h in conn.execute(
            select(bucket_horizon.c.bucket, bucket_horizon.c.horizon_seq).where(
                bucket_horizon.c.bucket.in_(list(wanted))
            )
        )
    }
    raised = 0
    for bucket, seq in sorted(wanted.items()):
        if bucket not in held:
            conn.execute(
                insert(bucket_horizon),
                {"bucket": bucket, "horizon_seq": seq, "compacted_at": now},
            )
        elif held[bucket] < seq:
            conn.execute(
                update(bucket_horizon)
                .where(bucket_horizon.c.bucket == bucket)
                .values(horizon_seq=seq, compacted_at=now)
            )
        else:
            continue
        raised += 1
    return raised


def _chunks(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    batch: list[Any] = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch
