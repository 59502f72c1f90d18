"""Archive (soft delete) in the three-way merge: archive vs edit, observed-remove for links.

Internal to `sync.merge`. The rule throughout: the archived flag never changes silently because
of a concurrent peer, and an edit is never dropped because its row was archived (DESIGN §5.4;
sync-designs §2.5 — "deletes always win" is what we deliberately do not copy).
"""

from __future__ import annotations

from storage.schema import Entity, EntityKind, MergeClass
from storage.validation import is_finalised
from sync.merge_decisions import (
    ARCHIVED,
    Decision,
    Rejected,
    decide,
    open_conflict,
    same_value,
)
from sync.merge_types import ClientEdit, FieldChange, ServerRow
from sync.protocol.errors import RejectionCode
from sync.protocol.outcomes import ConflictKind, MergeOutcome
from sync.protocol.versions import MutationOp

_POLICY = MergeClass.ARCHIVE


def decide_archive(declaration: Entity, edit: ClientEdit, server: ServerRow) -> Decision:
    """Archive or unarchive `server` for `edit` (an ARCHIVE or UNARCHIVE mutation)."""
    target = edit.op is MutationOp.ARCHIVE
    change = FieldChange(old=not target, new=target)
    if server.archived == target:
        return decide(MergeOutcome.CONVERGED, ARCHIVED, change, server, policy=_POLICY)
    if target and is_finalised(edit.entity, server.values):
        # A finalised interview is a legal record; hiding it is as much a change as editing it.
        raise Rejected(RejectionCode.RECORD_FINALISED)
    if not target or server.version <= edit.base_version:
        # Unarchiving hides nothing, so it needs no concurrency check.
        return decide(MergeOutcome.APPLIED, ARCHIVED, change, server, policy=_POLICY)
    if declaration.kind is EntityKind.LINK and server.archive_version > edit.base_version:
        # Observed-remove: the link was removed and added again after the remover looked, so
        # this removal never saw that add and must not undo it. Audited, never silent.
        outcome = MergeOutcome.LWW_DISCARDED
        return decide(outcome, ARCHIVED, change, server, policy=MergeClass.LINK)
    # The row was edited after the client looked: archiving it now would bury that edit.
    return open_conflict(ConflictKind.ARCHIVE_VS_EDIT, edit, ARCHIVED, server, policy=_POLICY)


def edit_meets_archive(edit: ClientEdit, server: ServerRow) -> Decision:
    """The extra decision when an edit lands on a row archived concurrently.

    The edit's fields are merged into the (still archived) row as usual, so nothing of it is
    lost; this conflict asks whether the row should come back.
    """
    return open_conflict(ConflictKind.EDIT_VS_ARCHIVE, edit, ARCHIVED, server, policy=_POLICY)


def resolve_archive(edit: ClientEdit, server: ServerRow, change: FieldChange) -> Decision:
    """A resolution of an archive conflict: archive or keep the row, as chosen."""
    if server.archived == change.new:
        return decide(MergeOutcome.CONVERGED, ARCHIVED, change, server, policy=_POLICY)
    if change.new is True and is_finalised(edit.entity, server.values):
        raise Rejected(RejectionCode.RECORD_FINALISED)
    if not same_value(server.archived, change.old):
        return open_conflict(ConflictKind.RESOLUTION, edit, ARCHIVED, server, policy=_POLICY)
    return decide(MergeOutcome.CONFLICT_RESOLVED, ARCHIVED, change, server, policy=_POLICY)
