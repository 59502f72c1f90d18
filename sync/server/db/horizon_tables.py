"""Tables of change-log retention and assignment history, in the service's one `metadata`.

* `bucket_horizon`: per bucket, the highest change-log seq that compaction removed a
  tombstone (or an archived row's last image) at (`sync.server.services.compaction`). A pull
  whose cursor for the bucket is below it gets that bucket again as a snapshot, marked
  `cursor_expired` (sync-designs §2.8, F26).
* `assignment_history`: assignments that ended (a reassignment or an unassignment), so a
  laptop's edit made offline while the case was still assigned can be told from one made
  after (F31, sync-designs §2.7).

Imported at the end of `sync.server.db.tables`, so whoever sees `metadata` sees these too.
"""

from __future__ import annotations

from sqlalchemy import BigInteger, Column, ForeignKey, Index, Table, Text

from sync.server.db.tables import _id, metadata
from sync.server.db.types import UtcDateTime

bucket_horizon = Table(
    "bucket_horizon",
    metadata,
    Column("bucket", Text, primary_key=True),  # "case:<uuid>"
    Column("horizon_seq", BigInteger, nullable=False),  # cursors below it are expired
    Column("compacted_at", UtcDateTime, nullable=False),
)

assignment_history = Table(
    "assignment_history",
    metadata,
    # Append-only: one row per assignment that ended. The current ones stay in `assignment`.
    _id("case_id", ForeignKey("case.id"), nullable=False),
    _id("user_id", ForeignKey("user_account.id"), nullable=False),
    Column("assigned_at", UtcDateTime, nullable=False),
    Column("unassigned_at", UtcDateTime, nullable=False),
)
Index(
    "ix_assignment_history_case_id_user_id",
    assignment_history.c.case_id,
    assignment_history.c.user_id,
)
