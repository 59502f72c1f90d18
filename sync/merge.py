"""Field-level three-way merge of one client mutation into one server row (DESIGN §5.4).

Pure functions, no I/O, no clock: the service calls `merge` when it applies a pushed mutation,
the client calls `rebase` when it replays pending mutations on a new server image. For every
changed field the server's current value is compared with the client's `old`:

* equal to the client's `new` → ``converged`` (nothing to do);
* equal to `old` → ``applied`` (``auto_merged_disjoint`` when other fields moved meanwhile);
* otherwise the field's merge class decides: legal/contact/link → manual conflict, text →
  competing revision, low-risk → last writer by HLC (``lww_applied`` / ``lww_discarded``),
  immutable → rejection. Archive against a concurrent edit is a conflict (`sync.merge_archive`).

A mutation is all-or-nothing: one permanent error (validation, illegal transition, immutable
field, …) rejects all of it, so a caseworker never sees half an edit. Whatever happens, the
client's value survives somewhere: in the row, in a conflict, in an audited ``lww_discarded``
or in the recorded rejection.

Public API: `merge`, `merge_mutation`, `rebase`, `edit_from_mutation`, and the value types
re-exported from `sync.merge_types`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from storage.hlc import is_hlc
from storage.schema import ENTITIES, Entity, EntityKind, MergeClass
from storage.validation import check_values, is_finalised, missing_required, transition_allowed
from sync.merge_archive import decide_archive, edit_meets_archive, resolve_archive
from sync.merge_decisions import (
    ARCHIVED,
    Decision,
    Rejected,
    build_row,
    decide,
    open_conflict,
    policy_of,
    reject_field,
    same_value,
    value_in,
)
from sync.merge_types import (
    ClientEdit,
    ConflictDraft,
    FieldChange,
    FieldOutcome,
    JsonValue,
    MergeResult,
    PriorResolution,
    ServerRow,
)
from sync.protocol.errors import FieldErrorCode, RejectionCode
from sync.protocol.models import Mutation
from sync.protocol.outcomes import OVERALL_PRECEDENCE, ConflictKind, MergeOutcome
from sync.protocol.versions import MutationOp, parse_mutation_kind

__all__ = [
    "ClientEdit",
    "ConflictDraft",
    "FieldChange",
    "FieldOutcome",
    "JsonValue",
    "MergeResult",
    "PriorResolution",
    "ServerRow",
    "edit_from_mutation",
    "merge",
    "merge_mutation",
    "rebase",
    "same_value",
]

_CONFLICT_KINDS: Mapping[MergeClass, ConflictKind] = {
    MergeClass.LEGAL: ConflictKind.SAME_FIELD,
    MergeClass.CONTACT: ConflictKind.SAME_FIELD,
    # `case_person.role` is a LINK-class field: the row follows observed-remove, but two
    # different roles for the same link are a legal question, so a human decides.
    MergeClass.LINK: ConflictKind.SAME_FIELD,
    MergeClass.ARCHIVE: ConflictKind.SAME_FIELD,
    MergeClass.TEXT: ConflictKind.COMPETING_REVISION,
}
# Fields of these classes never change after creation: any edit is a rejection.
_FROZEN_CLASSES = frozenset({MergeClass.IMMUTABLE, MergeClass.INSERT_ONLY})


def merge(
    edit: ClientEdit,
    server: ServerRow | None,
    *,
    entities: Mapping[str, Entity] = ENTITIES,
    prior: PriorResolution | None = None,
) -> MergeResult:
    """Merge the client mutation `edit` into `server` (None when no row has that id).

    `entities` is the schema to merge against (`storage.schema.ENTITIES` by default). Never
    raises for bad input: unknown entities or fields, invalid values and forbidden edits come
    back as a ``rejected`` result with a `RejectionCode`. `prior` is how the conflict a
    resolution names was already resolved, if it was.
    """
    declaration = entities.get(edit.entity)
    try:
        if declaration is None:
            raise Rejected(RejectionCode.UNKNOWN_ENTITY)
        _check_shape(declaration, edit)
        decisions = _decide(declaration, edit, server, prior)
    except Rejected as rejection:
        return _rejected(declaration, edit, server, rejection)
    return _assemble(declaration, edit, server, decisions)


def edit_from_mutation(mutation: Mutation) -> ClientEdit | RejectionCode:
    """Translate a wire mutation into the merge's terms, or say why its kind is not accepted.

    This is where an old kind (``person.update.v1`` once v2 exists) is mapped onto the current
    edit model, so offline work from a laptop that was not upgraded is never stranded.
    """
    kind = parse_mutation_kind(mutation.kind)
    if kind is None:
        return RejectionCode.UNSUPPORTED_KIND
    if kind.op is not MutationOp.RESOLVE and kind.entity != mutation.entity:
        return RejectionCode.UNSUPPORTED_KIND
    return ClientEdit(
        entity=mutation.entity,
        entity_id=mutation.entity_id,
        op=kind.op,
        base_version=mutation.base_version,
        changes={n: FieldChange(c.old, c.new) for n, c in mutation.changes.items()},
        client_hlc=mutation.client_hlc,
        conflict_id=mutation.conflict_id,
    )


def merge_mutation(
    mutation: Mutation,
    server: ServerRow | None,
    *,
    entities: Mapping[str, Entity] = ENTITIES,
    prior: PriorResolution | None = None,
) -> MergeResult:
    """`merge` for a wire mutation; an unsupported kind is a rejection, not an exception."""
    edit = edit_from_mutation(mutation)
    if isinstance(edit, RejectionCode):
        fallback = ClientEdit(
            entity=mutation.entity,
            entity_id=mutation.entity_id,
            op=MutationOp.UPDATE,
            base_version=mutation.base_version,
            changes={n: FieldChange(c.old, c.new) for n, c in mutation.changes.items()},
            client_hlc=mutation.client_hlc,
        )
        return _rejected(entities.get(mutation.entity), fallback, server, Rejected(edit))
    return merge(edit, server, entities=entities, prior=prior)


def rebase(
    image: ServerRow | None,
    pending: Sequence[ClientEdit],
    *,
    entities: Mapping[str, Entity] = ENTITIES,
) -> tuple[ServerRow | None, tuple[MergeResult, ...]]:
    """Replay a row's pending mutations, oldest first, on a new server image.

    Returns the row to show locally and each mutation's provisional result. The service's
    answer stays authoritative; this only keeps local edits visible until they are acked.
    """
    row, results = image, []
    for edit in pending:
        result = merge(edit, row, entities=entities)
        results.append(result)
        row = result.row
    return row, tuple(results)


# --- checks that need no server row ---------------------------------------------------------


def _check_shape(declaration: Entity, edit: ClientEdit) -> None:
    if not is_hlc(edit.client_hlc):
        raise Rejected(RejectionCode.INVALID_HLC)
    _check_op_shape(edit)
    unknown = [name for name in edit.changes if not _is_known(declaration, edit, name)]
    if unknown:
        raise Rejected(
            RejectionCode.UNKNOWN_FIELD, dict.fromkeys(unknown, FieldErrorCode.UNKNOWN_FIELD)
        )
    errors = check_values(
        declaration,
        {n: c.new for n, c in edit.changes.items() if n in declaration.field_names},
        partial=True,
    )
    if ARCHIVED in edit.changes and type(edit.changes[ARCHIVED].new) is not bool:
        errors[ARCHIVED] = FieldErrorCode.BAD_TYPE.value
    if edit.op is MutationOp.CREATE:
        errors = missing_required(declaration, edit.changes) | errors
    if errors:
        raise Rejected(RejectionCode.VALIDATION_FAILED, errors)


def _check_op_shape(edit: ClientEdit) -> None:
    if edit.op is MutationOp.RESOLVE:
        if len(edit.changes) != 1 or not edit.conflict_id:
            raise Rejected(RejectionCode.INVALID_RESOLUTION)
    elif edit.op in (MutationOp.ARCHIVE, MutationOp.UNARCHIVE):
        if edit.changes:
            raise Rejected(RejectionCode.INVALID_CHANGES)
    elif edit.op is MutationOp.UPDATE and not edit.changes:
        raise Rejected(RejectionCode.INVALID_CHANGES)


def _is_known(declaration: Entity, edit: ClientEdit, name: str) -> bool:
    # `archived` is not a field of any entity: it moves through archive/unarchive, and through
    # the resolution of an archive conflict.
    if name == ARCHIVED:
        return edit.op is MutationOp.RESOLVE
    return name in declaration.field_names


# --- per-operation decisions ------------------------------------------------------------------


def _decide(
    declaration: Entity,
    edit: ClientEdit,
    server: ServerRow | None,
    prior: PriorResolution | None = None,
) -> list[Decision]:
    if edit.op is MutationOp.CREATE:
        return _decide_create(declaration, edit, server)
    if server is None:
        raise Rejected(RejectionCode.ENTITY_NOT_FOUND)
    if edit.op in (MutationOp.ARCHIVE, MutationOp.UNARCHIVE):
        return [decide_archive(declaration, edit, server)]
    if declaration.kind is EntityKind.INSERT_ONLY and ARCHIVED not in edit.changes:
        raise Rejected(RejectionCode.INSERT_ONLY_ENTITY)
    if edit.op is MutationOp.RESOLVE:
        return [_decide_resolution(declaration, edit, server, prior)]
    return _decide_update(declaration, edit, server)


def _decide_create(
    declaration: Entity, edit: ClientEdit, server: ServerRow | None
) -> list[Decision]:
    outcome = MergeOutcome.APPLIED
    if server is not None:
        # A create of an existing id is a replay (e.g. after a client reset): identical content
        # converges, anything else is a different record under the same id and is refused.
        content = {decl.name: None for decl in declaration.fields} | {
            name: change.new for name, change in edit.changes.items()
        }
        if not all(same_value(server.values.get(n), value) for n, value in content.items()):
            raise Rejected(RejectionCode.ENTITY_EXISTS)
        outcome = MergeOutcome.CONVERGED
    return [
        decide(outcome, name, change, server, policy=policy_of(declaration, name))
        for name, change in edit.changes.items()
    ]


def _decide_update(declaration: Entity, edit: ClientEdit, server: ServerRow) -> list[Decision]:
    decisions = [
        _decide_field(declaration, edit, server, name, change)
        for name, change in edit.changes.items()
    ]
    moving = any(d.outcome.outcome is not MergeOutcome.CONVERGED for d in decisions)
    if moving and is_finalised(edit.entity, server.values):
        raise Rejected(RejectionCode.RECORD_FINALISED)
    if moving and _archived_concurrently(server, edit.base_version):
        decisions.append(edit_meets_archive(edit, server))
    return decisions


def _archived_concurrently(server: ServerRow, base_version: int) -> bool:
    # archive_version 0 on an archived row means "not tracked": assume concurrent, because a
    # needless conflict costs a click and a silently buried edit costs a case file.
    if not server.archived:
        return False
    return server.archive_version == 0 or server.archive_version > base_version


def _decide_field(
    declaration: Entity, edit: ClientEdit, server: ServerRow, name: str, change: FieldChange
) -> Decision:
    policy = declaration.field(name).merge
    current = server.values.get(name)
    if same_value(current, change.new):
        return decide(MergeOutcome.CONVERGED, name, change, server, policy=policy)
    if policy in _FROZEN_CLASSES:
        raise reject_field(RejectionCode.IMMUTABLE_FIELD, name, FieldErrorCode.IMMUTABLE)
    if not transition_allowed(edit.entity, name, change.old, change.new):
        raise reject_field(
            RejectionCode.ILLEGAL_TRANSITION, name, FieldErrorCode.ILLEGAL_TRANSITION
        )
    if same_value(current, change.old):
        moved = server.version != edit.base_version
        outcome = MergeOutcome.AUTO_MERGED_DISJOINT if moved else MergeOutcome.APPLIED
        return decide(outcome, name, change, server, policy=policy)
    if policy is MergeClass.LOW_RISK:
        # Low-risk, high-churn fields: the later writer by HLC wins; the loser is audited.
        later = edit.client_hlc > server.field_hlcs.get(name, "")
        outcome = MergeOutcome.LWW_APPLIED if later else MergeOutcome.LWW_DISCARDED
        return decide(outcome, name, change, server, policy=policy)
    return open_conflict(_CONFLICT_KINDS[policy], edit, name, server, policy=policy)


def _decide_resolution(
    declaration: Entity, edit: ClientEdit, server: ServerRow, prior: PriorResolution | None
) -> Decision:
    ((name, change),) = edit.changes.items()
    if name == ARCHIVED:
        return resolve_archive(edit, server, change)
    policy = declaration.field(name).merge
    current = server.values.get(name)
    if prior is not None and not same_value(prior.value, change.new):
        # Someone already decided this conflict differently; "take theirs" leaves the value
        # where it was, so only the conflict's own state shows the disagreement.
        return open_conflict(ConflictKind.RESOLUTION, edit, name, server, policy=policy)
    if same_value(current, change.new):
        # The same resolution arrived twice, or two people chose the same value: converged.
        return decide(MergeOutcome.CONVERGED, name, change, server, policy=policy)
    if policy in _FROZEN_CLASSES:
        raise reject_field(RejectionCode.IMMUTABLE_FIELD, name, FieldErrorCode.IMMUTABLE)
    if is_finalised(edit.entity, server.values):
        raise Rejected(RejectionCode.RECORD_FINALISED)
    if not same_value(current, change.old):
        # The value moved after the conflict was shown (typically a different resolution from
        # another laptop): the two decisions disagree, so a human decides again.
        return open_conflict(ConflictKind.RESOLUTION, edit, name, server, policy=policy)
    if not transition_allowed(edit.entity, name, current, change.new):
        raise reject_field(
            RejectionCode.ILLEGAL_TRANSITION, name, FieldErrorCode.ILLEGAL_TRANSITION
        )
    return decide(MergeOutcome.CONFLICT_RESOLVED, name, change, server, policy=policy)


# --- results ----------------------------------------------------------------------------------


def _overall(outcomes: Iterable[MergeOutcome]) -> MergeOutcome:
    present = set(outcomes)
    for candidate in OVERALL_PRECEDENCE:
        if candidate in present:
            return candidate
    return MergeOutcome.APPLIED


def _assemble(
    declaration: Entity, edit: ClientEdit, server: ServerRow | None, decisions: list[Decision]
) -> MergeResult:
    outcome = _overall(d.outcome.outcome for d in decisions)
    resolved = None
    if edit.op is MutationOp.RESOLVE and outcome is not MergeOutcome.CONFLICT_OPENED:
        resolved = edit.conflict_id
    return MergeResult(
        outcome=outcome,
        row=build_row(edit, server, decisions, declaration),
        fields=tuple(d.outcome for d in decisions),
        conflicts=tuple(d.conflict for d in decisions if d.conflict is not None),
        resolved_conflict_id=resolved,
    )


def _rejected(
    declaration: Entity | None, edit: ClientEdit, server: ServerRow | None, rejection: Rejected
) -> MergeResult:
    # The rejection keeps every client value in its field outcomes, so the audit (and the
    # caseworker's list of rejected edits) shows exactly what was refused.
    changes = dict(edit.changes)
    if edit.op in (MutationOp.ARCHIVE, MutationOp.UNARCHIVE) and not changes:
        target = edit.op is MutationOp.ARCHIVE
        changes[ARCHIVED] = FieldChange(old=not target, new=target)
    fields = tuple(
        _rejected_field(declaration, server, name, change) for name, change in changes.items()
    )
    return MergeResult(
        outcome=MergeOutcome.REJECTED,
        row=server,
        fields=fields,
        rejection=rejection.code,
        rejection_fields=rejection.fields,
    )


def _rejected_field(
    declaration: Entity | None, server: ServerRow | None, name: str, change: FieldChange
) -> FieldOutcome:
    before = value_in(server, name)
    policy = policy_of(declaration, name) if declaration is not None else None
    return FieldOutcome(name, MergeOutcome.REJECTED, change.old, change.new, before, before, policy)
