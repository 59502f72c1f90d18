"""Building blocks of the three-way merge: value equality, per-field decisions, the new row.

Internal to `sync.merge` and `sync.merge_archive`; import the public API from `sync.merge`.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from storage.schema import ARCHIVED_FIELD, Entity, MergeClass
from sync.merge_types import (
    ClientEdit,
    ConflictDraft,
    FieldChange,
    FieldOutcome,
    JsonValue,
    ServerRow,
)
from sync.protocol.errors import FieldErrorCode, RejectionCode
from sync.protocol.outcomes import ConflictKind, MergeOutcome, Side
from sync.protocol.versions import MutationOp

ARCHIVED = ARCHIVED_FIELD.name


def same_value(left: JsonValue, right: JsonValue) -> bool:
    """Equality as the wire sees it: ``True`` is not ``1``, ``1`` is not ``1.0``.

    Python's ``==`` says ``True == 1 == 1.0``; comparing the canonical JSON text instead keeps
    a boolean edit of an integer field from "converging", and ignores dict key order.
    """
    if type(left) is type(right) and isinstance(left, str | bool | int | type(None)):
        return left == right
    return _canonical(left) == _canonical(right)


def _canonical(value: JsonValue) -> str:
    # allow_nan: `old` values are not validated, and NaN must still compare without raising.
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


class Rejected(Exception):
    """Stops a merge with a permanent rejection; `sync.merge.merge` turns it into a result."""

    def __init__(self, code: RejectionCode, fields: Mapping[str, str] | None = None) -> None:
        super().__init__(code.value)
        self.code = code
        self.fields = dict(fields or {})


def reject_field(code: RejectionCode, name: str, field_code: FieldErrorCode) -> Rejected:
    """A rejection caused by one field, named with its code in the per-field codes."""
    return Rejected(code, {name: field_code.value})


@dataclass(frozen=True, slots=True)
class Decision:
    """What the merge decided for one field, before the new row is assembled.

    `writes`: the field takes `outcome.result`. `stamps`: the client's HLC is recorded for the
    field (also when it converged: the value is then confirmed by a newer writer, which
    matters to later last-writer-wins comparisons).
    """

    outcome: FieldOutcome
    conflict: ConflictDraft | None = None
    writes: bool = False
    stamps: bool = False


_WRITING = frozenset(
    {
        MergeOutcome.APPLIED,
        MergeOutcome.AUTO_MERGED_DISJOINT,
        MergeOutcome.LWW_APPLIED,
        MergeOutcome.CONFLICT_RESOLVED,
    }
)


def value_in(server: ServerRow | None, name: str) -> JsonValue:
    """The server's current value of a field (or of the archived flag); None without a row."""
    if server is None:
        return None
    return server.archived if name == ARCHIVED else server.values.get(name)


def decide(
    outcome: MergeOutcome,
    name: str,
    change: FieldChange,
    server: ServerRow | None,
    *,
    policy: MergeClass | None,
    conflict: ConflictDraft | None = None,
) -> Decision:
    """Record one field's outcome; the result value follows from the outcome."""
    before = value_in(server, name)
    writes = outcome in _WRITING
    result = change.new if writes else before
    record = FieldOutcome(name, outcome, change.old, change.new, before, result, policy)
    stamps = writes or outcome is MergeOutcome.CONVERGED
    return Decision(record, conflict, writes=writes, stamps=stamps)


def policy_of(declaration: Entity, name: str) -> MergeClass | None:
    """The merge class of a field; ``archive`` for the archived flag; None when undeclared."""
    if name == ARCHIVED:
        return MergeClass.ARCHIVE
    return declaration.field(name).merge if name in declaration.field_names else None


def open_conflict(
    kind: ConflictKind,
    edit: ClientEdit,
    name: str,
    server: ServerRow,
    *,
    policy: MergeClass,
) -> Decision:
    """Keep the server's value and open a conflict that keeps the client's value too."""
    change = edit.changes.get(name) or _archive_change(edit)
    server_hlc = server.field_hlcs.get(name)
    suggested = None
    if policy is MergeClass.CONTACT and kind is ConflictKind.SAME_FIELD:
        # Contact data goes stale, so the newer of the two is usually right; still a human
        # confirms it, because a wrong address loses a letter with a legal deadline.
        suggested = Side.CLIENT if edit.client_hlc > (server_hlc or "") else Side.SERVER
    draft = ConflictDraft(
        entity=edit.entity,
        entity_id=edit.entity_id,
        field=name,
        kind=kind,
        policy=policy,
        base=change.old,
        server=value_in(server, name),
        client=change.new,
        client_hlc=edit.client_hlc,
        server_hlc=server_hlc,
        suggested=suggested,
        supersedes=edit.conflict_id if kind is ConflictKind.RESOLUTION else None,
    )
    outcome = MergeOutcome.CONFLICT_OPENED
    return decide(outcome, name, change, server, policy=policy, conflict=draft)


def _archive_change(edit: ClientEdit) -> FieldChange:
    # Archive conflicts are about the archived flag, which an archive/unarchive or an edit
    # carries implicitly: archive = False → True; unarchive = True → False; an edit was made
    # on a row the client saw live (False → False).
    if edit.op is MutationOp.ARCHIVE:
        return FieldChange(old=False, new=True)
    if edit.op is MutationOp.UNARCHIVE:
        return FieldChange(old=True, new=False)
    return FieldChange(old=False, new=False)


def build_row(
    edit: ClientEdit,
    server: ServerRow | None,
    decisions: Sequence[Decision],
    declaration: Entity,
) -> ServerRow:
    """The row after the decisions: `server` itself when nothing changed, else version + 1."""
    if server is None:
        server = ServerRow({decl.name: None for decl in declaration.fields}, version=0)
    values, hlcs, archived = dict(server.values), dict(server.field_hlcs), server.archived
    for decision in decisions:
        name = decision.outcome.field
        if decision.writes and name == ARCHIVED:
            archived = decision.outcome.result is True
        elif decision.writes:
            values[name] = decision.outcome.result
        if decision.stamps:
            # Max, not overwrite: an HLC only ever moves forward, so replays and reorderings of
            # the same writes end on the same stamps.
            hlcs[name] = max(hlcs.get(name, ""), edit.client_hlc)
    unchanged = same_value(values, dict(server.values)) and hlcs == server.field_hlcs
    if unchanged and archived == server.archived:
        return server
    version = server.version + 1
    archive_version = version if archived != server.archived else server.archive_version
    return ServerRow(values, version, archived, hlcs, archive_version)
