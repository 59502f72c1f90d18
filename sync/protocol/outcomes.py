"""Stable outcome codes of a merge and of a pushed mutation.

These strings are written to the append-only merge audit (sync-designs §2.6) and sent to the
laptops, so they never change meaning; new ones may be added.
"""

from __future__ import annotations

from enum import StrEnum


class MergeOutcome(StrEnum):
    """What the three-way merge did with one field (or, overall, with one mutation)."""

    APPLIED = "applied"  # server value was the client's old value: client value written
    AUTO_MERGED_DISJOINT = "auto_merged_disjoint"  # applied although other fields moved
    CONVERGED = "converged"  # server value already equals the client's new value
    CONFLICT_OPENED = "conflict_opened"  # server kept, client value kept in a conflict
    REJECTED = "rejected"  # permanent error, recorded with the client's values
    CONFLICT_RESOLVED = "conflict_resolved"  # a conflict.resolve mutation took effect
    LWW_APPLIED = "lww_applied"  # low-risk field: client was the later writer
    LWW_DISCARDED = "lww_discarded"  # low-risk field: server was the later writer (audited)


OVERALL_PRECEDENCE: tuple[MergeOutcome, ...] = (
    MergeOutcome.REJECTED,
    MergeOutcome.CONFLICT_OPENED,
    MergeOutcome.CONFLICT_RESOLVED,
    MergeOutcome.AUTO_MERGED_DISJOINT,
    MergeOutcome.APPLIED,
    MergeOutcome.LWW_APPLIED,
    MergeOutcome.LWW_DISCARDED,
    MergeOutcome.CONVERGED,
)
"""The overall outcome of a mutation is the first of these found among its field outcomes:
the one a caseworker most needs to hear about."""


class MutationStatus(StrEnum):
    """The per-mutation answer of a push."""

    APPLIED = "applied"  # accepted (including converged and lww_discarded fields)
    DUPLICATE = "duplicate"  # seen before: the stored result is returned again
    REJECTED = "rejected"  # permanently invalid: recorded, and the queue moves on
    CONFLICT = "conflict"  # accepted, at least one conflict opened


class ConflictKind(StrEnum):
    """Why a conflict was opened; decides how the resolution dialog presents it."""

    SAME_FIELD = "same_field"  # legal/contact/link field edited on both sides
    COMPETING_REVISION = "competing_revision"  # free text: both revisions kept, diff offered
    ARCHIVE_VS_EDIT = "archive_vs_edit"  # client archived a row the server edited since
    EDIT_VS_ARCHIVE = "edit_vs_archive"  # client edited a row the server archived
    RESOLUTION = "resolution"  # a resolution met a value that moved (e.g. another resolution)


class Side(StrEnum):
    """Which side of a conflict a value (or a suggestion) comes from."""

    SERVER = "server"
    CLIENT = "client"


class ConflictStatus(StrEnum):
    """Lifecycle of a conflict record."""

    OPEN = "open"
    RESOLVED = "resolved"
    SUPERSEDED = "superseded"  # a newer conflict replaced it (two different resolutions)
