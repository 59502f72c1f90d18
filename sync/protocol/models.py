"""Wire models of the sync protocol (pydantic v2, strict, closed, bounded).

Strict: no coercion (``"1"`` is not an int, ``true`` is not ``1``). Closed: unknown members are
refused, so a typo or a newer peer's field is noticed instead of silently dropped; the service
therefore answers each client in the protocol version it negotiated. Bounded: every string and
list has a maximum (`sync.protocol.fields`). Parse wire input with ``model_validate_json``; in
Python, enums are passed as enum members.

Shapes follow DESIGN §5.1–§5.4 and sync-designs §2.3–§2.6. Semantic checks that depend on the
schema or the server's state (known entity and fields, values, transitions, gaps) are *not*
done here: they produce a per-mutation rejection, so one bad mutation never blocks a batch.
"""

from __future__ import annotations

from enum import StrEnum
from itertools import pairwise
from typing import Annotated, Any, Self

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    SerializerFunctionWrapHandler,
    model_serializer,
    model_validator,
)

from storage.schema import MergeClass
from sync.protocol.errors import ErrorCode, RejectionCode
from sync.protocol.fields import (
    INT64_MAX,
    Bucket,
    Checksum,
    Cursor,
    EntityVersion,
    Epoch,
    HlcStr,
    Kind,
    MutationSeq,
    Name,
    Note,
    PublicKey,
    SealedB64,
    Sha256Hex,
    UtcTimestamp,
    UuidStr,
    VersionNumber,
    WireValue,
)
from sync.protocol.outcomes import (
    ConflictKind,
    ConflictStatus,
    MergeOutcome,
    MutationStatus,
    Side,
)

MAX_BATCH = 250
"""Mutations per push request (Anki's chunk size; sync-designs §2.4)."""
MAX_FIELDS = 64
MAX_PAGE_ROWS = 5_000
MAX_BUCKETS = 20_000
"""Buckets per device. A caseworker holds a few hundred cases, but a team lead's scope or an
office's return-counselling desk holds thousands, and every pull carries a cursor per bucket:
20,000 cursors are about 1.1 MB, inside the 4 MiB body limit. (PowerSync stops at 1,000; with
1,000 here a laptop holding more cases could not sync at all.)"""
PROBLEM_JSON = "application/problem+json"


class WireModel(BaseModel):
    """Base of every wire model: strict, closed and immutable."""

    model_config = ConfigDict(strict=True, extra="forbid", frozen=True)


class ChangedField(WireModel):
    """One field of a mutation: what the client saw and what it wrote."""

    old: WireValue
    new: WireValue


class Mutation(WireModel):
    """One offline edit, as written to the outbox in the same transaction as the change.

    Identified by ``(profile_id, mutation_seq)``; the service applies it exactly once.
    `case_id` is the case the edit was made in (the bucket and the authorization scope; for a
    case itself, its own id; for a person, the case it was opened from). For
    ``conflict.resolve.v1``, `entity`/`entity_id` name the row the conflict is about,
    `conflict_id` the conflict, and `changes` holds one field: ``old`` = the server value the
    conflict showed, ``new`` = the chosen value.
    """

    profile_id: UuidStr
    mutation_seq: MutationSeq
    kind: Kind
    entity: Name
    entity_id: UuidStr
    case_id: UuidStr
    base_version: EntityVersion
    changes: Annotated[dict[Name, ChangedField], Field(max_length=MAX_FIELDS)]
    client_hlc: HlcStr
    conflict_id: UuidStr | None = None
    justification: Note | None = None


class PushBatch(WireModel):
    """A batch of one profile's mutations, in outbox order."""

    protocol_version: VersionNumber
    schema_version: VersionNumber
    profile_id: UuidStr
    mutations: Annotated[list[Mutation], Field(min_length=1, max_length=MAX_BATCH)]

    @model_validator(mode="after")
    def _one_profile_in_order(self) -> Self:
        # A batch mixing profiles or out of order is a client bug, not a per-mutation problem:
        # refusing the request is safe because the outbox is rebuilt in order on retry.
        if any(m.profile_id != self.profile_id for m in self.mutations):
            raise ValueError("every mutation must belong to the batch's profile")
        seqs = [m.mutation_seq for m in self.mutations]
        if any(later <= earlier for earlier, later in pairwise(seqs)):
            raise ValueError("mutation_seq must increase strictly within a batch")
        return self


class MutationResult(WireModel):
    """The service's stored answer for one mutation (returned again for duplicates)."""

    mutation_seq: MutationSeq
    status: MutationStatus
    outcome: MergeOutcome
    field_outcomes: Annotated[dict[Name, MergeOutcome], Field(max_length=MAX_FIELDS + 1)] = {}
    entity_version: EntityVersion | None = None
    conflict_ids: Annotated[list[UuidStr], Field(max_length=MAX_FIELDS + 1)] = []
    rejection_code: RejectionCode | None = None
    rejection_fields: Annotated[
        dict[Name, Annotated[str, Field(max_length=40)]], Field(max_length=MAX_FIELDS)
    ] = {}

    @model_validator(mode="after")
    def _consistent(self) -> Self:
        if self.status is MutationStatus.REJECTED and self.rejection_code is None:
            raise ValueError("a rejected mutation needs a rejection_code")
        if self.rejection_code is not None and self.status not in _MAY_CARRY_REJECTION:
            raise ValueError("only rejected (or duplicate) results carry a rejection_code")
        if self.status is MutationStatus.CONFLICT and not self.conflict_ids:
            raise ValueError("a conflict result needs conflict_ids")
        return self


_MAY_CARRY_REJECTION = frozenset({MutationStatus.REJECTED, MutationStatus.DUPLICATE})


class PushResult(WireModel):
    """The answer to a push: one result per mutation, in order."""

    server_epoch: Epoch
    results: Annotated[list[MutationResult], Field(max_length=MAX_BATCH)]
    last_mutation_seq: Annotated[int, Field(ge=0)]
    """Highest mutation_seq the service has recorded for the profile."""


class PullRequest(WireModel):
    """Which buckets the laptop holds and up to where (its cursors).

    A cursor of 0 means "nothing of this bucket yet": the service answers with a snapshot.
    A laptop that resets (new server epoch) sends its buckets with 0 and no epoch.
    """

    protocol_version: VersionNumber
    schema_version: VersionNumber
    profile_id: UuidStr
    server_epoch: Epoch | None = None  # None before the first pull
    buckets: Annotated[dict[Bucket, Cursor], Field(max_length=MAX_BUCKETS)]
    max_rows: Annotated[int, Field(ge=1, le=MAX_PAGE_ROWS)] = 1_000
    results_after: Cursor | None = None
    """Ask for the stored results of this profile's mutations after this mutation_seq."""
    continuation: SealedB64 | None = None
    """Instead of `buckets`/`results_after`: the opaque `continuation` of the previous sealed
    page (or one the app sealed for the service), so a locked laptop can page on without
    reading its cursors (`sync.protocol.sealed.seal_cursors`)."""

    @model_validator(mode="after")
    def _cursors_once(self) -> Self:
        if self.continuation is not None and (self.buckets or self.results_after is not None):
            raise ValueError("send either a continuation or buckets, not both")
        return self


class RowImage(WireModel):
    """The full image of one entity row after a change (what the laptop stores)."""

    entity: Name
    entity_id: UuidStr
    case_id: UuidStr | None = None  # None for rows that are not case-scoped (case, person)
    version: Annotated[int, Field(ge=1)]
    archived: bool
    values: Annotated[dict[Name, WireValue], Field(max_length=MAX_FIELDS)]
    field_hlcs: Annotated[dict[Name, HlcStr], Field(max_length=MAX_FIELDS + 1)] = {}


class ChangeOp(StrEnum):
    """A change-log operation."""

    PUT = "put"
    TOMBSTONE = "tombstone"  # the row left the bucket (never a hard delete of data)


class Change(WireModel):
    """One change-log row of a bucket, in commit order (`seq`)."""

    seq: Annotated[int, Field(ge=1)]
    bucket: Bucket
    op: ChangeOp
    entity: Name
    entity_id: UuidStr
    entity_version: EntityVersion
    row: RowImage | None = None

    @model_validator(mode="after")
    def _row_matches_op(self) -> Self:
        if (self.row is None) == (self.op is ChangeOp.PUT):
            raise ValueError("a put carries a row image, a tombstone none")
        return self


class BucketSnapshot(WireModel):
    """The rows of a bucket that became visible, as of `cursor` (one checkpoint)."""

    bucket: Bucket
    cursor: Cursor
    rows: Annotated[list[RowImage], Field(max_length=MAX_PAGE_ROWS)]
    complete: bool = True  # False: more rows of this snapshot follow on the next page


class Ack(WireModel):
    """A mutation the service has applied, and the change-log `seq` it was committed at."""

    mutation_seq: MutationSeq
    seq: Cursor


class ConflictRecord(WireModel):
    """A conflict as stored by the service and synced to every laptop holding the case."""

    conflict_id: UuidStr
    case_id: UuidStr
    entity: Name
    entity_id: UuidStr
    field: Name
    kind: ConflictKind
    policy: MergeClass
    status: ConflictStatus
    base: WireValue
    server: WireValue
    client: WireValue
    suggested: Side | None = None
    client_hlc: HlcStr
    server_hlc: HlcStr | None = None
    opened_by_profile: UuidStr
    opened_at: UtcTimestamp
    mutation_seq: MutationSeq | None = None
    supersedes: UuidStr | None = None
    resolved_value: WireValue = None
    resolved_by_profile: UuidStr | None = None
    resolved_at: UtcTimestamp | None = None
    version: Annotated[int, Field(ge=1)] = 1
    """Bumped on every change of the record (opened 1, then resolved or superseded); a laptop
    keeps the highest it has seen, so a replayed page never reopens a closed conflict."""
    server_writer_profile: UuidStr | None = None
    """The profile whose mutation wrote `server` (None: unknown, or written by the service,
    e.g. an import). With `opened_by_profile`, the profile that wrote `client`, each laptop
    tells its own value from the other one's. Sent from protocol version 2 on; left out of
    the JSON when None, so a page for an older laptop (closed models) is what it was."""

    @model_serializer(mode="wrap")
    def _omit_unknown_writer(self, handler: SerializerFunctionWrapHandler) -> Any:
        data = handler(self)
        if isinstance(data, dict) and data.get("server_writer_profile") is None:
            data.pop("server_writer_profile", None)
        return data


class PullPage(WireModel):
    """One page of a pull, read from one server snapshot.

    The laptop stages pages and applies them, with `cursors`, in one local transaction once
    `has_more` is false.
    """

    server_epoch: Epoch
    changes: Annotated[list[Change], Field(max_length=MAX_PAGE_ROWS)] = []
    snapshots: Annotated[list[BucketSnapshot], Field(max_length=MAX_BUCKETS)] = []
    evict: Annotated[list[Bucket], Field(max_length=MAX_BUCKETS)] = []
    conflicts: Annotated[list[ConflictRecord], Field(max_length=MAX_PAGE_ROWS)] = []
    checksums: Annotated[dict[Bucket, Checksum], Field(max_length=MAX_BUCKETS)] = {}
    acks: Annotated[list[Ack], Field(max_length=MAX_PAGE_ROWS)] = []
    cursors: Annotated[dict[Bucket, Cursor], Field(max_length=MAX_BUCKETS)] = {}
    has_more: bool = False
    last_mutation_seq: Annotated[int, Field(ge=0)] | None = None
    """Highest mutation_seq the service has recorded for the profile."""
    results: Annotated[list[MutationResult], Field(max_length=MAX_BATCH)] = []
    """Stored results of the mutations after the request's `results_after`, in order (a
    laptop that lost a push answer learns them here as well as by pushing again)."""
    expired: Annotated[list[Bucket], Field(max_length=MAX_BUCKETS)] = []
    """Buckets whose cursor was below the compaction horizon (`cursor_expired`, F26): they
    come again as whole snapshots (on this page or a later one) that replace the laptop's
    copy. Sent from protocol version 2 on and left out of the JSON when empty, so a page for
    an older laptop (closed models) is what it was."""

    @model_serializer(mode="wrap")
    def _omit_no_expired(self, handler: SerializerFunctionWrapHandler) -> Any:
        data = handler(self)
        if isinstance(data, dict) and not data.get("expired"):
            data.pop("expired", None)
        return data

    @model_validator(mode="after")
    def _evicted_buckets_carry_nothing(self) -> Self:
        # An evicted bucket with data in the same page would be removed and re-filled in one
        # apply; refusing the page is safer than guessing which one the server meant.
        evicted = set(self.evict)
        delivered = {c.bucket for c in self.changes} | {s.bucket for s in self.snapshots}
        if evicted & delivered:
            raise ValueError("a bucket cannot be evicted and delivered in one page")
        return self


class ErrorBody(WireModel):
    """An RFC 9457 problem+json body with a stable `code` (no user-facing text)."""

    type: Annotated[str, Field(max_length=200)] = "about:blank"
    title: Annotated[str, Field(max_length=200)]
    status: Annotated[int, Field(ge=400, le=599)]
    code: ErrorCode
    detail: Note | None = None
    instance: Annotated[str, Field(max_length=500)] | None = None
    expected_mutation_seq: MutationSeq | None = None  # with mutation_gap
    retry_after_s: Annotated[int, Field(ge=0, le=86_400)] | None = None
    supported_protocol_versions: Annotated[list[VersionNumber], Field(max_length=100)] | None = None

    @classmethod
    def for_code(cls, code: ErrorCode, status: int, detail: str | None = None) -> ErrorBody:
        """A body whose title is the code itself (the app translates codes, not titles)."""
        return cls(title=code.value, status=status, code=code, detail=detail)


class ServerInfo(WireModel):
    """What the service speaks; fetched before enrolment and after an upgrade."""

    protocol_versions: Annotated[list[VersionNumber], Field(min_length=1, max_length=100)]
    schema_versions: Annotated[list[VersionNumber], Field(min_length=1, max_length=100)]
    mutation_kinds: Annotated[list[Kind], Field(max_length=1_000)]
    server_epoch: Epoch


class EnrolRequest(WireModel):
    """Enrol one caseworker profile on a laptop with a one-time code from IT (DESIGN §5.7).

    `device_id` is None on the laptop's first enrolment (the answer then carries the device
    credential). How the caseworker's login is proven is the auth layer's concern.
    """

    protocol_version: VersionNumber
    schema_version: VersionNumber
    enrolment_code: Annotated[str, Field(pattern=r"^[A-Z0-9-]{8,64}$", max_length=64)]
    username: Annotated[str, Field(min_length=1, max_length=80)]
    device_id: UuidStr | None = None
    device_name: Annotated[str, Field(max_length=120)] | None = None
    profile_signing_key: PublicKey
    profile_sealing_key: PublicKey
    app_version: Annotated[str, Field(pattern=r"^[0-9A-Za-z.+-]{1,40}$", max_length=40)]


class EnrolResponse(WireModel):
    """The service's side of an enrolment: ids, its pinned keys and the server epoch."""

    profile_id: UuidStr
    device_id: UuidStr
    device_credential: Annotated[str, Field(min_length=32, max_length=512)] | None = None
    service_sealing_key: PublicKey
    service_signing_key: PublicKey
    server_epoch: Epoch
    protocol_version: VersionNumber


class BlobStatus(WireModel):
    """How much of a content-addressed attachment blob the service holds (resumable upload).

    While `available` is false, `size` is the length of the caller's upload (its sealed
    stream, `sync.protocol.blob_stream`) and `offset` how much of it the service holds: the
    next chunk goes there. Once available, both are the blob's plaintext size.
    """

    sha256: Sha256Hex
    size: Annotated[int, Field(ge=0, le=INT64_MAX)]
    offset: Annotated[int, Field(ge=0, le=INT64_MAX)]
    available: bool  # uploaded completely and its hash verified


class BlobUploadRequest(WireModel):
    """Start or resume the upload of one blob for one case (`POST /v1/blobs/<sha256>`)."""

    case_id: UuidStr  # the caller must be allowed to write it
    size: Annotated[int, Field(ge=0, le=INT64_MAX)]  # plaintext bytes
    upload_size: Annotated[int, Field(ge=0, le=INT64_MAX)]  # bytes of the sealed stream
