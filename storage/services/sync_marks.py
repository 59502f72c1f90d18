"""Per-case sync marks: unsent changes, open conflicts and rejected changes of some cases.

Derived from the outbox and the conflict table (rejections are conflict rows of kind
``rejection``), two grouped counts over the cases asked for — the list asks for the rows it
shows, so the cost follows the screen, not the number of cases on the laptop. Counts only:
no case content.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import case, func, select

from storage.database import Store
from storage.tables import conflict, outbox

MAX_CASES = 500
"""Cases per statement (SQLite's bound-parameter limit is far above, the list shows ~40)."""

SYNCED, PENDING, CONFLICT, REJECTED = "synced", "pending", "conflict", "rejected"


@dataclass(frozen=True, slots=True)
class CaseSyncMarks:
    """What of one case still needs the service or the caseworker."""

    pending: int = 0  # changes in the outbox, not yet acknowledged by the service
    conflicts: int = 0  # open conflicts
    rejections: int = 0  # rejected changes not dismissed or re-applied

    @property
    def state(self) -> str:
        """The one mark to show: what needs attention most (rejected, conflict, pending)."""
        if self.rejections:
            return REJECTED
        if self.conflicts:
            return CONFLICT
        return PENDING if self.pending else SYNCED


def case_sync_marks(store: Store, case_ids: Iterable[str]) -> dict[str, CaseSyncMarks]:
    """The marks of each case in `case_ids` (every one is in the answer, synced or not)."""
    wanted = sorted(set(case_ids))
    pending: dict[str, int] = {}
    opened: dict[str, tuple[int, int]] = {}
    is_rejection = case((conflict.c.kind == "rejection", 1), else_=0)
    with store.read() as conn:
        for start in range(0, len(wanted), MAX_CASES):
            chunk = wanted[start : start + MAX_CASES]
            queued = (
                select(outbox.c.case_id, func.count())
                .where(outbox.c.case_id.in_(chunk))
                .group_by(outbox.c.case_id)
            )
            pending.update({str(c): int(n) for c, n in conn.execute(queued)})
            held = (
                select(
                    conflict.c.case_id,
                    func.count() - func.sum(is_rejection),
                    func.sum(is_rejection),
                )
                .where(conflict.c.case_id.in_(chunk), conflict.c.status == "open")
                .group_by(conflict.c.case_id)
            )
            opened.update({str(c): (int(n), int(r)) for c, n, r in conn.execute(held)})
    return {
        case_id: CaseSyncMarks(pending.get(case_id, 0), *opened.get(case_id, (0, 0)))
        for case_id in wanted
    }
