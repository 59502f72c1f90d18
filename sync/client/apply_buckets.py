"""The end of an apply: bucket cursors, refetch flags, checksums and the epoch (DESIGN §5.2).

Written in the apply's own transaction, after every page's rows, so a cursor never runs
ahead of the data it describes. A bucket whose local copy no longer matches the service's
checksum is downloaded again once (F34); a bucket where the service kept its own value
against ours (a conflict or a rejection, `stale`) is downloaded again at the next pull.
"""

from __future__ import annotations

from collections.abc import Mapping

from sqlalchemy import delete, insert, select

from storage.tables import sync_bucket
from storage.unlocked import OpenProfile
from sync.client.identity import META_SERVER_EPOCH
from sync.client.local_rows import IN_CHUNK, LocalRows
from sync.protocol.buckets import case_of_bucket


def finish_buckets(
    profile: OpenProfile,
    rows: LocalRows,
    *,
    cursors: Mapping[str, int],
    checksums: Mapping[str, int],
    stale: set[str],
    epoch: str | None,
    mismatch: list[str],
) -> None:
    """Write the new cursors and refetch flags and the service's epoch.

    `mismatch` receives the buckets whose checksum still differs after a refetch.
    """
    conn = rows.conn
    held = {
        str(bucket): (int(cursor), bool(refetched))
        for bucket, cursor, refetched in conn.execute(
            select(sync_bucket.c.bucket, sync_bucket.c.cursor, sync_bucket.c.refetched)
        )
    }
    refetch = verify_checksums(rows, checksums, held, mismatch)
    # Only the buckets whose cursor or refetch flag changed are written again.
    changed = {
        bucket: state
        for bucket, cursor in cursors.items()
        if held.get(bucket) != (state := (0, True) if bucket in refetch else (cursor, False))
    }
    for bucket in stale - refetch:
        if bucket in cursors or bucket in held:  # still held: download it again
            changed[bucket] = (0, held.get(bucket, (0, False))[1])
    buckets = sorted(changed)
    for start in range(0, len(buckets), IN_CHUNK):
        chunk = buckets[start : start + IN_CHUNK]
        conn.execute(delete(sync_bucket).where(sync_bucket.c.bucket.in_(chunk)))
    if buckets:
        conn.execute(
            insert(sync_bucket),
            [{"bucket": b, "cursor": changed[b][0], "refetched": changed[b][1]} for b in buckets],
        )
    if epoch is not None:
        profile.store.set_meta(conn, META_SERVER_EPOCH, epoch)


def verify_checksums(
    rows: LocalRows,
    checksums: Mapping[str, int],
    held: dict[str, tuple[int, bool]],
    mismatch: list[str],
) -> set[str]:
    """Buckets to download again (once) because the local copy diverged (F34).

    Every bucket whose checksum a page carried (the service sends it when the bucket's new
    cursor is its high-water mark) is checked, also one this apply left alone: a local
    copy can diverge without any sync (test_recovery). All of them are recomputed at
    once, a few set-based queries in all (`LocalRows.checksums`). A bucket refetched once
    already that still differs goes to `mismatch` instead.
    """
    candidates = {
        bucket: case_id for bucket in checksums if (case_id := case_of_bucket(bucket)) is not None
    }
    if not candidates:
        return set()
    pending = rows.cases_with_pending()  # pending edits make the copy differ on purpose
    to_check = {b: c for b, c in candidates.items() if c not in pending}
    local = rows.checksums(to_check.values())
    refetch: set[str] = set()
    for bucket, case_id in sorted(to_check.items()):
        if local[case_id] == checksums[bucket]:
            continue
        if held.get(bucket, (0, False))[1]:
            mismatch.append(bucket)  # refetched once already
        else:
            refetch.add(bucket)
    return refetch
