"""Move sealed outboxes up and sealed inboxes down, without any passphrase (DESIGN §5.0).

Push runs before pull. The sealed blob of each attachment a batch adds is uploaded before
that batch (`sync.client.blobs`), so the service never refuses it for missing bytes. Each
push answer is staged in the inbox *before* the state records it and the sealed files it
covers are removed, so a crash anywhere leaves at worst a mutation the service answers again
as a duplicate (it is idempotent on (profile, mutation_seq)). Each pull page is staged before
its continuation is saved: the data is on disk before the cursor.

Answered mutations are not deleted but kept in the `sent_journal` for a while: a service
restored from a backup (it reports a `mutation_gap` below what it had acknowledged, or a new
server epoch) gets them pushed again before the pull starts over (T19).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from storage.clock import utc_iso
from sync.client.audit_upload import AuditRun
from sync.client.blobs import BlobFiles, upload_blob
from sync.client.blobs_http import BlobClient
from sync.client.layout import PAGE, RESET_PAGE, RESULT, ProfileFiles, TransportState
from sync.client.reset_state import clear_upgrade_required, record_upgrade_required
from sync.client.sent_journal import SentJournal
from sync.client.transport import Auth, SyncFailure, Transport
from sync.protocol.envelopes import (
    SealedMutation,
    SealedPullPage,
    SealedPushBatch,
    SealedPushResult,
)
from sync.protocol.errors import ErrorCode
from sync.protocol.models import MAX_BATCH, PullRequest
from sync.protocol.versions import PROTOCOL_VERSION, WIRE_SCHEMA_VERSION

MAX_BATCH_BYTES = 1024 * 1024
MAX_PAGES_PER_RUN = 200
Progress = Callable[[str, int], None]
"""Called with a stage name (``push``, ``pull``) and a running count."""


@dataclass(slots=True)
class Moved:
    """What one transport run moved for a profile."""

    sent: int = 0
    results: int = 0
    pages: int = 0
    reset: bool = False
    blobs: int = 0  # attachment blobs uploaded (or found complete on the service)
    replayed: int = 0  # answered mutations pushed again to a restored service (T19)


class Courier:
    """The transport of one profile."""

    def __init__(
        self,
        files: ProfileFiles,
        transport: Transport,
        auth: Auth,
        *,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] = lambda: False,
    ) -> None:
        self.files = files
        self.transport = transport
        self.auth = auth
        self.progress = progress or (lambda stage, count: None)
        self.cancelled = cancelled
        self.moved = Moved()
        self.blob_files = BlobFiles(files.info)
        self.blob_client = BlobClient(transport, auth)
        self.sent = SentJournal(files.info)

    def run(self) -> Moved:
        """Push every sealed mutation, then pull until the service has nothing more."""
        self.files.ensure()
        state = self.files.state()
        if state.server_profile_id is None:
            raise SyncFailure("not_enrolled")
        audit = AuditRun(self).begin()  # the service's audit log is checked first (issue 7)
        self.push(state)
        self.pull(state)
        # The laptop's audit chain goes up, the log is checked again.
        audit.finish(service_restarted=self.moved.reset)
        return self.moved

    # --- push ----------------------------------------------------------------------------

    def push(self, state: TransportState) -> None:
        """Push the sealed outbox in order, in batches of at most MAX_BATCH."""
        self.sent.keep_upto(state.acked_upto if state.gap_from is None else 0, now=time.time())
        self.blob_files.drop_upto(0)  # only what a crashed sealing left half written
        while not self.cancelled():
            batch = self._next_batch(state)
            if not batch:
                return
            self._upload_blobs(batch)
            try:
                answer = self._push_batch(state, batch)
            except SyncFailure as failure:
                if failure.code != ErrorCode.MUTATION_GAP.value or failure.problem is None:
                    raise
                self._on_gap(state, failure)
                continue
            self.files.stage(state, RESULT, answer.model_dump_json().encode())
            state.acked_upto = max(state.acked_upto, answer.last_mutation_seq)
            if state.gap_from is not None and state.acked_upto >= state.gap_from:
                state.gap_from = None
            self._count(state, "sent", len(batch))
            self.files.save_state(state)
            self.sent.keep_upto(state.acked_upto, now=time.time())
            self.sent.prune(now=time.time())
            self.moved.sent += len(batch)
            self.moved.results += 1
            self.progress("push", self.moved.sent)

    def _upload_blobs(self, batch: list[SealedMutation]) -> None:
        """Upload the bytes of every attachment the batch adds, resumably (F36)."""
        for item in batch:
            if self.cancelled():
                raise SyncFailure("cancelled")
            if upload_blob(self.blob_client, self.blob_files, item.mutation_seq):
                self.moved.blobs += 1
                self.progress("upload", self.moved.blobs)

    def _next_batch(self, state: TransportState) -> list[SealedMutation]:
        low = state.gap_from if state.gap_from is not None else state.acked_upto + 1
        batch: list[SealedMutation] = []
        size = 0
        for seq in self.files.outbox_seqs():
            if seq < low:
                continue
            if batch and seq != batch[-1].mutation_seq + 1:
                break  # a hole: send what is contiguous, the service would refuse a gap
            body = self.files.outbox_path(seq).read_bytes()
            if batch and (len(batch) >= MAX_BATCH or size + len(body) > MAX_BATCH_BYTES):
                break
            batch.append(SealedMutation.model_validate_json(body))
            size += len(body)
        return batch

    def _push_batch(self, state: TransportState, batch: list[SealedMutation]) -> SealedPushResult:
        assert state.server_profile_id is not None
        body = SealedPushBatch(
            protocol_version=PROTOCOL_VERSION,
            schema_version=WIRE_SCHEMA_VERSION,
            profile_id=state.server_profile_id,
            items=batch,
        )
        return self.transport.call(
            "POST",
            "/v1/push",
            SealedPushResult,
            body=body.model_dump_json().encode(),
            auth=self.auth,
        )

    def _on_gap(self, state: TransportState, failure: SyncFailure) -> None:
        assert failure.problem is not None
        expected = failure.problem.expected_mutation_seq
        if expected is None or state.gap_from == expected:
            raise failure  # the files from `expected` are gone: the app must seal them again
        # Below what the service acknowledged: it was restored from a backup (T19).
        self.moved.replayed += len(self.sent.requeue_from(expected))
        state.gap_from = expected
        state.acked_upto = min(state.acked_upto, expected - 1)
        self.files.save_state(state)
        if expected not in self.files.outbox_seqs():
            raise failure

    # --- pull ----------------------------------------------------------------------------

    def pull(self, state: TransportState) -> None:
        """Stage pages until `has_more` is false; a new server epoch restarts from scratch."""
        restarted = False
        pages = 0
        while not self.cancelled() and pages < MAX_PAGES_PER_RUN:
            try:
                envelope = self._pull_once(state)
            except SyncFailure as failure:
                if failure.code == ErrorCode.UPGRADE_REQUIRED.value:
                    record_upgrade_required(self.files)  # the push above went up (F39)
                if failure.code != ErrorCode.SERVER_EPOCH_CHANGED.value or restarted:
                    raise
                restarted = True
                state.reset_pending, state.continuation, state.server_epoch = True, None, None
                self.files.save_state(state)
                self._replay_after_restore(state)
                continue
            kind = RESET_PAGE if state.reset_pending else PAGE
            self.files.stage(state, kind, envelope.model_dump_json().encode())
            self.moved.reset = self.moved.reset or state.reset_pending
            state.reset_pending = False
            state.continuation = envelope.continuation
            state.server_epoch = envelope.server_epoch
            self._count(state, "pages", 1)
            self.files.save_state(state)
            pages += 1
            self.moved.pages += 1
            self.progress("pull", pages)
            if not envelope.has_more:
                break
        state.last_success = utc_iso()
        state.last_error = None
        state.last_error_detail = None
        self.files.save_state(state)
        clear_upgrade_required(self.files)

    def _replay_after_restore(self, state: TransportState) -> None:
        """A new server epoch may mean a restored service: push the newest answered mutation
        again before the pull starts over. A service that still has it answers `duplicate`;
        one that lost it applies it or asks for the older ones (`_on_gap`), so the snapshot
        that follows already holds this laptop's work again."""
        kept = self.sent.seqs()
        if not kept or state.gap_from is not None:
            return  # nothing answered is kept, or a resend is already under way
        newest = kept[-1]
        self.moved.replayed += len(self.sent.requeue_from(newest))
        state.gap_from = newest
        state.acked_upto = min(state.acked_upto, newest - 1)
        self.files.save_state(state)
        self.push(state)

    def _pull_once(self, state: TransportState) -> SealedPullPage:
        assert state.server_profile_id is not None
        request = PullRequest(
            protocol_version=PROTOCOL_VERSION,
            schema_version=WIRE_SCHEMA_VERSION,
            profile_id=state.server_profile_id,
            server_epoch=state.server_epoch,
            buckets={},
            continuation=state.continuation,
        )
        body = request.model_dump_json(exclude_none=True).encode()
        return self.transport.call("POST", "/v1/pull", SealedPullPage, body=body, auth=self.auth)

    @staticmethod
    def _count(state: TransportState, name: str, amount: int) -> None:
        state.counters[name] = state.counters.get(name, 0) + amount
