"""Value types of the three-way merge (`sync.merge`): inputs, per-field outcomes, results.

Plain frozen dataclasses with no I/O, shared by the service (applying a pushed mutation) and the
client (rebasing pending mutations on a new server image). Mappings are copied into read-only
views on construction so a result cannot be changed after the fact.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import TypeAlias, TypeVar

from storage.schema import MergeClass
from sync.protocol.errors import RejectionCode
from sync.protocol.outcomes import ConflictKind, MergeOutcome, Side
from sync.protocol.versions import MutationOp

JsonValue: TypeAlias = "bool | int | float | str | list[JsonValue] | dict[str, JsonValue] | None"
"""A field value as it travels on the wire and sits in a row image."""


_V = TypeVar("_V")


def _frozen_map(mapping: Mapping[str, _V]) -> Mapping[str, _V]:
    return MappingProxyType(dict(mapping))


@dataclass(frozen=True, slots=True)
class FieldChange:
    """One field of a mutation: the value the client saw (`old`) and the one it wrote (`new`)."""

    old: JsonValue
    new: JsonValue


@dataclass(frozen=True, slots=True)
class ServerRow:
    """The service's current image of one entity row (or the client's copy of it).

    `field_hlcs` holds, per field, the HLC of the mutation that last wrote it; the merge keeps
    it for every field it writes and reads it for last-writer-wins (low-risk) fields and for
    the "newest" suggestion of contact conflicts. A field missing from it counts as older than
    any client edit (e.g. rows imported by the service).

    `archive_version` is the entity version at which `archived` last changed (0 = never). It
    lets a link removal tell a concurrent re-add (observed-remove keeps the add) from a
    concurrent edit (a conflict).
    """

    values: Mapping[str, JsonValue]
    version: int
    archived: bool = False
    field_hlcs: Mapping[str, str] = field(default_factory=dict)
    archive_version: int = 0

    def __post_init__(self) -> None:
        object.__setattr__(self, "values", _frozen_map(self.values))
        object.__setattr__(self, "field_hlcs", _frozen_map(self.field_hlcs))


@dataclass(frozen=True, slots=True)
class PriorResolution:
    """The conflict a resolution names was already resolved, e.g. by another laptop, to
    `value`. The service knows this; a resolution that disagrees with it must not win
    silently even when the field's value did not move ("take theirs")."""

    value: JsonValue


@dataclass(frozen=True, slots=True)
class ClientEdit:
    """A client mutation in the merge's terms, independent of the wire kind version.

    `changes` maps field name to `FieldChange`. Archive and unarchive carry no changes. A
    resolution (`MutationOp.RESOLVE`) carries exactly one change — `old` is the server value
    the conflict showed, `new` the chosen value — and the `conflict_id` it resolves.
    """

    entity: str
    entity_id: str
    op: MutationOp
    base_version: int
    changes: Mapping[str, FieldChange]
    client_hlc: str
    conflict_id: str | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "changes", _frozen_map(self.changes))


@dataclass(frozen=True, slots=True)
class FieldOutcome:
    """What happened to one field; one append-only merge-audit row (sync-designs §2.6).

    `policy` is the merge class that decided (``archive`` for the archived flag), None for a
    field the schema does not declare (rejected as unknown).
    """

    field: str
    outcome: MergeOutcome
    base: JsonValue
    client: JsonValue
    server_before: JsonValue
    result: JsonValue
    policy: MergeClass | None


@dataclass(frozen=True, slots=True)
class ConflictDraft:
    """A conflict to open; the service gives it an id, a case and a timestamp.

    Both values are always kept: `server` is what the row holds, `client` what the client wrote
    (for text fields, the competing revision). `suggested` names the side the dialog should
    preselect (contact fields: the newer by HLC), or None when a human must choose unaided.
    `supersedes` is the conflict a differing resolution replaces.
    """

    entity: str
    entity_id: str
    field: str
    kind: ConflictKind
    policy: MergeClass
    base: JsonValue
    server: JsonValue
    client: JsonValue
    client_hlc: str
    server_hlc: str | None = None
    suggested: Side | None = None
    supersedes: str | None = None


@dataclass(frozen=True, slots=True)
class MergeResult:
    """The outcome of merging one client mutation into one server row.

    `row` is the row after the merge: a new `ServerRow` when something changed, the input row
    when nothing did, None when there is no row (a rejected create). `rejection` is set exactly
    when `outcome` is ``rejected``; `rejection_fields` carries per-field validation codes.
    """

    outcome: MergeOutcome
    row: ServerRow | None
    fields: tuple[FieldOutcome, ...] = ()
    conflicts: tuple[ConflictDraft, ...] = ()
    rejection: RejectionCode | None = None
    rejection_fields: Mapping[str, str] = field(default_factory=dict)
    resolved_conflict_id: str | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "rejection_fields", _frozen_map(self.rejection_fields))
        if (self.rejection is None) == (self.outcome is MergeOutcome.REJECTED):
            raise ValueError("rejection code must be set exactly for rejected outcomes")

    def changed_from(self, before: ServerRow | None) -> bool:
        """True when the row differs from `before` (the service then writes a change-log row)."""
        return self.row is not None and self.row != before
