"""The calls a sync transport implements, as a typing.Protocol (no implementation here).

Implementations: the HTTP transport of the client (`sync.client`), the in-process service used
by tests and the demo, and fault-injecting wrappers of both. One contract suite runs against
every implementation (STYLE.md, after Kinto), so the behaviour below is the contract:

* Every call either returns its model or raises `SyncApiError` carrying an `ErrorBody`; the
  error's `code` says whether to retry (`ErrorCode.is_transient`). Transport failures with no
  body (connection reset, timeout, truncated response) are raised as `SyncApiError` with code
  ``service_unavailable`` so callers have one error path.
* `push` is idempotent per ``(profile_id, mutation_seq)``: re-sending a batch returns the stored
  results. A gap raises ``mutation_gap`` with ``expected_mutation_seq`` and applies nothing.
* `pull` never skips a change; a server epoch that differs from the request's raises
  ``server_epoch_changed`` (the laptop resets those buckets and rebases pending edits).

The models are the plaintext payloads; sealing (DESIGN §5.0) wraps them below this interface.
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from sync.protocol.models import (
    BlobStatus,
    BlobUploadRequest,
    EnrolRequest,
    EnrolResponse,
    ErrorBody,
    PullPage,
    PullRequest,
    PushBatch,
    PushResult,
    ServerInfo,
)


class SyncApiError(Exception):
    """A call failed; `body.code` is the stable reason, `body.status` the HTTP-style status."""

    def __init__(self, body: ErrorBody) -> None:
        super().__init__(body.code.value)
        self.body = body

    @property
    def transient(self) -> bool:
        """True when the same call may succeed later (retry with backoff)."""
        return self.body.code.is_transient


@runtime_checkable
class SyncApi(Protocol):
    """What the sync engine needs from the central service, whatever carries the bytes."""

    def server_info(self) -> ServerInfo:
        """Versions and mutation kinds the service accepts, and its epoch."""
        ...

    def enrol(self, request: EnrolRequest) -> EnrolResponse:
        """Register a profile (and, the first time, the laptop) with a one-time code."""
        ...

    def push(self, batch: PushBatch) -> PushResult:
        """Apply a batch of mutations exactly once each; results in batch order."""
        ...

    def pull(self, request: PullRequest) -> PullPage:
        """The next page of changes, snapshots, evictions and acks for the given cursors."""
        ...

    def blob_status(self, sha256: str, request: BlobUploadRequest) -> BlobStatus:
        """Start or resume an upload: how many bytes of it the service holds (resume point)."""
        ...

    def upload_blob(self, sha256: str, offset: int, chunk: bytes) -> BlobStatus:
        """Append `chunk` at `offset` (which must equal the service's offset)."""
        ...

    def download_blob(self, sha256: str, offset: int, length: int) -> bytes:
        """Up to `length` bytes of an available blob from `offset`."""
        ...
