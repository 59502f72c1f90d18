"""Sealed envelopes: what actually travels on `POST /v1/push` and `POST /v1/pull` (DESIGN §5.0).

The plaintext models (`Mutation`, `PushResult`, `PullPage`) never cross the wire in clear:

* each mutation is sealed for the service's X25519 key and signed by the profile's Ed25519
  key, so a locked laptop's outbox can be moved by `dossier-sync` without being readable;
* push results and pull pages are sealed for the profile's X25519 key and signed by the
  service's Ed25519 key, so a stolen device credential reads nothing and a forged page is
  noticed.

Only what the transport needs to do its job stays in clear: ids, sequence numbers, the server
epoch, `has_more` and an opaque `continuation`. Build and open envelopes with
`sync.protocol.sealed`; the byte layouts are documented there.
"""

from __future__ import annotations

from itertools import pairwise
from typing import Annotated, Self

from pydantic import Field, model_validator

from sync.protocol.fields import (
    Bucket,
    Cursor,
    Epoch,
    KeyId,
    MutationSeq,
    SealedB64,
    SignatureB64,
    UuidStr,
    VersionNumber,
)
from sync.protocol.models import MAX_BATCH, MAX_BUCKETS, WireModel


class SealedMutation(WireModel):
    """One outbox mutation as pushed: sealed for the service, signed by the profile."""

    mutation_seq: MutationSeq
    sealed: SealedB64
    """`seal(service_x25519_public, canonical JSON of the Mutation, context=MUTATION_CONTEXT
    + profile_id)`, base64."""
    signature: SignatureB64
    """Ed25519 by the profile over `mutation_signing_message(profile_id, seq, sealed)`."""
    service_key_id: KeyId | None = None
    """Which service key generation it was sealed for (a hint; every generation is tried)."""


class SealedPushBatch(WireModel):
    """`POST /v1/push`: a batch of one profile's sealed mutations, in outbox order."""

    protocol_version: VersionNumber
    schema_version: VersionNumber
    profile_id: UuidStr
    items: Annotated[list[SealedMutation], Field(min_length=1, max_length=MAX_BATCH)]

    @model_validator(mode="after")
    def _in_order(self) -> Self:
        # Out of order is a client bug; refusing the request is safe because the outbox is
        # read in order again on retry.
        seqs = [item.mutation_seq for item in self.items]
        if any(later <= earlier for earlier, later in pairwise(seqs)):
            raise ValueError("mutation_seq must increase strictly within a batch")
        return self


class SealedPushResult(WireModel):
    """Answer to `POST /v1/push`: the `PushResult`, sealed for the profile and signed.

    `last_mutation_seq` is in clear so a locked laptop can drop the outbox rows it covers once
    it has stored this envelope (the result itself is applied at the next unlock).
    """

    profile_id: UuidStr
    server_epoch: Epoch
    last_mutation_seq: Annotated[int, Field(ge=0)]
    service_key_id: KeyId
    sealed: SealedB64
    signature: SignatureB64


class SealedPullPage(WireModel):
    """Answer to `POST /v1/pull`: one `PullPage`, sealed for the profile and signed.

    `continuation` is sealed for the *service*: it carries the cursors after this page, so the
    next request can send it back unread (`PullRequest.continuation`). `has_more` says whether
    to ask again before applying the staged pages.
    """

    profile_id: UuidStr
    server_epoch: Epoch
    has_more: bool
    service_key_id: KeyId
    sealed: SealedB64
    signature: SignatureB64
    continuation: SealedB64


class PullCursors(WireModel):
    """The plaintext of a continuation: cursors per bucket and the results already known."""

    buckets: Annotated[dict[Bucket, Cursor], Field(max_length=MAX_BUCKETS)]
    results_after: Cursor | None = None
