"""Protocol and schema versions, and the named, versioned mutation kinds (DESIGN §5.8).

Every request carries `protocol_version` and `schema_version`. Mutation kinds are named
``<entity>.<op>.v<n>``; a payload change means a new ``n`` and the old kind stays accepted for
as long as laptops may still hold it offline, so work is never stranded by an upgrade.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cache
from types import MappingProxyType

from storage.schema import ENTITIES, SCHEMA_VERSION, EntityKind, mutation_kind

PROTOCOL_VERSION = 2
"""The protocol version this code speaks (2: conflict records name the server side's writer,
`ConflictRecord.server_writer_profile`; a version-1 laptop gets pages without it)."""
MIN_PROTOCOL_VERSION = 1
"""The oldest protocol version the service still answers. A service may ask more of pulls
(`dossier-server`'s `DOSSIER_MIN_PULL_PROTOCOL`): a laptop below that hears
`upgrade_required` on pull, while its pushes — old mutation kinds included — are still
accepted and translated (`current_kind`), so nothing typed offline is stranded (F39/F40)."""
EXPIRED_SINCE_PROTOCOL = 2
"""Pull pages name the buckets whose cursor fell below the compaction horizon (`expired`)."""
SUPPORTED_PROTOCOL_VERSIONS: tuple[int, ...] = tuple(
    range(MIN_PROTOCOL_VERSION, PROTOCOL_VERSION + 1)
)
WIRE_SCHEMA_VERSION = SCHEMA_VERSION
"""Version of the domain declaration (`storage.schema`) the row images follow."""
SUPPORTED_SCHEMA_VERSIONS: tuple[int, ...] = (SCHEMA_VERSION,)

RESOLVE_KIND = "conflict.resolve.v1"
"""The mutation that resolves a conflict (chosen value + the server value it was chosen against)."""

KIND_PATTERN = r"[a-z][a-z_]{0,62}\.[a-z]{1,16}\.v[1-9][0-9]{0,2}"
"""Shape of a mutation kind on the wire; whether it is *supported* is checked separately."""
_KIND_RE = re.compile(KIND_PATTERN, re.ASCII)


class MutationOp(StrEnum):
    """What a mutation does to its entity row."""

    CREATE = "create"
    UPDATE = "update"
    ARCHIVE = "archive"  # soft delete; hard delete is never a sync operation
    UNARCHIVE = "unarchive"
    RESOLVE = "resolve"  # conflict.resolve: sets one field to the chosen value


_ENTITY_OPS = (MutationOp.CREATE, MutationOp.UPDATE, MutationOp.ARCHIVE, MutationOp.UNARCHIVE)


@dataclass(frozen=True, slots=True)
class MutationKind:
    """A parsed mutation kind: ``person.update.v1`` → ``("person", UPDATE, 1)``.

    For ``conflict.resolve.v1`` the entity is ``"conflict"``; the entity the resolution writes
    to is named by the mutation's `entity` field.
    """

    entity: str
    op: MutationOp
    version: int


def _ops_for(kind: EntityKind) -> tuple[MutationOp, ...]:
    # An insert-only entity (note, attachment) is never updated, so `note.update.v1` is not a
    # kind at all: a client that sends it gets `unsupported_kind` rather than a silent no-op.
    if kind is EntityKind.INSERT_ONLY:
        return tuple(op for op in _ENTITY_OPS if op is not MutationOp.UPDATE)
    return _ENTITY_OPS


@cache
def supported_mutation_kinds() -> frozenset[str]:
    """Every mutation kind this code accepts, derived from `storage.schema`."""
    kinds = {
        mutation_kind(name, op.value)
        for name, declaration in ENTITIES.items()
        for op in _ops_for(declaration.kind)
    }
    kinds.add(RESOLVE_KIND)
    return frozenset(kinds)


def parse_mutation_kind(kind: str) -> MutationKind | None:
    """Parse a supported kind; None when it is malformed or not supported."""
    if kind not in supported_mutation_kinds() or not _KIND_RE.fullmatch(kind):
        return None
    entity, op, version = kind.split(".")
    return MutationKind(entity, MutationOp(op), int(version[1:]))


def negotiate_protocol(client_versions: tuple[int, ...] | list[int]) -> int | None:
    """The highest protocol version both sides speak, or None when there is none."""
    common = set(client_versions) & set(SUPPORTED_PROTOCOL_VERSIONS)
    return max(common) if common else None


@dataclass(frozen=True, slots=True)
class KindTranslation:
    """How a retired mutation kind maps onto its successor.

    When a payload changes shape, the old kind stays accepted (DESIGN §5.8): the service
    translates each old mutation into the new kind before it is merged, so everything past
    the push sees current kinds only. A field renamed in the new kind is listed in
    `renamed_fields` (old name → new name); fields not listed keep their names.
    """

    successor: str
    renamed_fields: Mapping[str, str] = field(default_factory=dict)


RETIRED_KINDS: Mapping[str, KindTranslation] = MappingProxyType({})
"""Every retired kind and its translation, e.g. ``"person.update.v1":
KindTranslation("person.update.v2", {"phone": "phone_numbers"})``. Empty while every kind
is at v1; a kind that changes shape adds its predecessor here and keeps it for as long as
laptops may hold it offline."""
_MAX_TRANSLATIONS = 16  # a chain v1 → v2 → … longer than this is a declaration error


def accepted_kind(kind: str, retired: Mapping[str, KindTranslation] = RETIRED_KINDS) -> bool:
    """Whether the service takes a mutation of this kind (current, or retired and translated)."""
    return kind in supported_mutation_kinds() or kind in retired


def current_kind(
    kind: str,
    changes: Mapping[str, object],
    retired: Mapping[str, KindTranslation] = RETIRED_KINDS,
) -> tuple[str, dict[str, object]]:
    """The current kind and field changes for a mutation written as `kind` (maybe retired).

    Follows the translation chain to a kind that is not retired; a kind that is neither
    retired nor current comes back unchanged (the merge then rejects it as unsupported).
    """
    fields = dict(changes)
    for _ in range(_MAX_TRANSLATIONS):
        step = retired.get(kind)
        if step is None:
            return kind, fields
        kind = step.successor
        fields = {step.renamed_fields.get(name, name): value for name, value in fields.items()}
    raise ValueError(f"translation chain of {kind} does not end")
