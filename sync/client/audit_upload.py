"""The laptop's audit chain goes to the service, and the service's log is checked (issue 7).

Two halves, like the outbox (DESIGN §5.0, §5.5):

* `seal_audit` runs with the profile unlocked, from `sync.client.sealer.seal_outbox`: every
  chained audit entry the service does not hold yet is sealed for the service and signed by
  the profile into ``audit/<seq>.json``, with the signed chain head and the pinned service
  keys beside it (`sync.client.audit_upload_files`). Entries the service holds are marked
  `synced` in the store.
* `AuditRun` runs inside every courier run, locked or not, with no passphrase. Before the
  push it checks the service's signed tree head against the last one verified (a refused head
  ends the run before anything moves); after the pull it uploads the sealed entries in order
  and checks the head again. If that second check fails, what the run staged is moved to
  ``inbox-held/`` and the transport state is put back to where the run started, so nothing
  of the run is applied (`sync.client.audit_upload_head`).

A rotated service key is learned through the service's key transitions
(`sync.client.audit_upload_keys`); a refusal IT has investigated is cleared with
`dossier-sync audit-accept-head` (`sync.client.audit_upload_accept`).
"""

from __future__ import annotations

import base64
from contextlib import suppress
from dataclasses import replace
from typing import Any, Protocol

from sqlalchemy import Connection, exists, select, update

from storage.audit_chain import AuditEvent, ChainEntry
from storage.clock import utc_iso
from storage.tables import audit_event
from storage.unlocked import OpenProfile
from sync.client.audit_upload_accept import audit_acceptances
from sync.client.audit_upload_files import AuditFiles
from sync.client.audit_upload_grant import ensure_grant, write_grant_file
from sync.client.audit_upload_head import HeadCheck, HeadRefused
from sync.client.audit_upload_keys import adopt_service_keys, trusted_keys
from sync.client.identity import NotEnrolled, SyncIdentity, load_identity
from sync.client.layout import ProfileFiles, TransportState
from sync.client.transport import Auth, Transport, WipeOrdered
from sync.protocol.audit import (
    MAX_AUDIT_BATCH,
    AuditUpload,
    AuditUploadResult,
    ChainKeyGrant,
    SealedAuditEntry,
)
from sync.protocol.audit_sealed import seal_audit_entry, sign_chain_head
from sync.protocol.versions import PROTOCOL_VERSION

MAX_UPLOAD_BYTES = 1024 * 1024


# --- sealing (unlocked) --------------------------------------------------------------------


def seal_audit(profile: OpenProfile) -> int:
    """Seal the audit entries the service does not hold yet; returns how many were written."""
    files = AuditFiles(profile.info)
    # Both become audit events, so they come first and are sealed in this same pass.
    adopt_service_keys(profile)
    audit_acceptances(profile)
    floor = files.state().uploaded_upto
    existing = set(files.seqs())
    with profile.store.read() as conn:
        try:
            ident = load_identity(profile.store, conn)
        except NotEnrolled:
            return 0
        files.ensure()
        files.save_service_keys(_b64_keys(ident))
    # The grant first: making it is an audit event, sealed below with the others.
    write_grant_file(profile, files, ident, ensure_grant(profile, ident))
    with profile.store.read() as conn:
        written = _seal_missing(conn, files, ident, floor, existing)
        unmarked = _has_unmarked(conn, floor)
    if unmarked:
        with profile.store.write() as conn:
            conn.execute(
                update(audit_event)
                .where(audit_event.c.seq <= floor, audit_event.c.synced.is_(False))
                .values(synced=True)
            )
    return written


def _seal_missing(
    conn: Connection, files: AuditFiles, ident: SyncIdentity, floor: int, existing: set[int]
) -> int:
    heads = conn.execute(
        select(audit_event.c.seq, audit_event.c.hash)
        .where(audit_event.c.seq > floor)
        .order_by(audit_event.c.seq)
    ).all()
    missing = [int(seq) for seq, _ in heads if int(seq) not in existing]
    for seq in missing:
        row = conn.execute(select(audit_event).where(audit_event.c.seq == seq)).one()
        item = seal_audit_entry(
            _entry(row._mapping),
            profile_id=ident.server_profile_id,
            service_seal_public=ident.service_seal_public,
            profile_sign_private=ident.sign_private,
            service_key_id=ident.service_key_id,
        )
        files.write_entry(item)
    if heads:
        seq, head_hash = heads[-1]
        head = files.head()
        if head is None or head.seq != int(seq):
            files.write_head(sign_chain_head(ident.sign_private, int(seq), bytes(head_hash)))
    return len(missing)


def _has_unmarked(conn: Connection, floor: int) -> bool:
    query = select(exists().where(audit_event.c.seq <= floor, audit_event.c.synced.is_(False)))
    return bool(conn.execute(query).scalar())


def _entry(row: Any) -> ChainEntry:
    event = AuditEvent(
        seq=int(row["seq"]),
        event_id=row["event_id"],
        actor=row["actor"],
        profile_id=row["profile_id"],
        device_id=row["device_id"],
        action=row["action"],
        object_type=row["object_type"],
        object_id=row["object_id"],
        occurred_at=row["occurred_at"],
        recipient=row["recipient"],
        detail=row["detail"] or {},
    )
    return ChainEntry(event, bytes(row["hash"]), bytes(row["mac"]))


def _b64_keys(ident: SyncIdentity) -> dict[str, str]:
    return {k: base64.b64encode(v).decode() for k, v in ident.service_sign_publics.items()}


# --- the courier's part (no passphrase) ----------------------------------------------------


class CourierLike(Protocol):
    """What `AuditRun` uses of `sync.client.courier.Courier`."""

    files: ProfileFiles
    transport: Transport
    auth: Auth

    def cancelled(self) -> bool: ...


class AuditRun:
    """The audit steps of one courier run: head check, (push, pull), upload, head check."""

    def __init__(self, courier: CourierLike) -> None:
        self.courier = courier
        self.files = AuditFiles(courier.files.info)
        self.start: TransportState = courier.files.state()
        self.active = bool(self.files.service_keys())  # nothing sealed yet: nothing to check

    def begin(self) -> AuditRun:
        """Check the head before anything moves; HeadRefused ends the run here."""
        if not self.active:
            return self
        try:
            self._check_head()
        except WipeOrdered:
            # A retired device still delivers its last work before the wipe: its audit
            # entries now (the pull will order the wipe), its mutations in the push.
            self.active = False
            with suppress(WipeOrdered):
                self._upload()
        return self

    def finish(self, *, service_restarted: bool = False) -> None:
        """Upload the sealed entries, then check the head; on refusal hold what was staged.

        `service_restarted`: the pull started over on a new server epoch. A service restored
        from a backup holds less of the chain than it confirmed before, so first ask where
        its copy ends (an upload of no entries) and start again from there (T19).
        """
        if not self.active or self.courier.cancelled():
            return
        if not (service_restarted and self._rewound()):
            self._upload()
        try:
            self._check_head()
        except HeadRefused:
            self._hold_run()
            raise

    def _check_head(self) -> None:
        state = self.files.state()
        keys, kept = trusted_keys(self.files.service_keys(), state.transitions)
        check = HeadCheck(self.courier.transport, self.courier.auth, keys, state.head, kept)
        try:
            head = check.run()
        except HeadRefused as refused:
            failure = {"code": refused.code, "detail": refused.detail, "seen": refused.seen}
            state = replace(state, transitions=check.transitions)
            self.files.save_state(replace(state, failure=failure | {"at": utc_iso()}))
            raise
        state = replace(state, head=head, failure=None, transitions=check.transitions)
        self.files.save_state(replace(state, checked_at=utc_iso()))

    def _upload(self) -> None:
        while not self.courier.cancelled():
            state = self.files.state()
            self.files.drop_upto(state.uploaded_upto)
            batch = self._next_batch(state.uploaded_upto)
            if not batch:
                return
            grant = None if state.chain_key_delivered else self.files.chain_key()
            answer = self._send(batch, grant)
            if self._rewound(answer):
                return
            upto = max(state.uploaded_upto, answer.checkpoint_seq)
            flags = [flag.model_dump() for flag in answer.flags]
            delivered = state.chain_key_delivered or (grant is not None and answer.macs_checked)
            self.files.save_state(
                replace(state, uploaded_upto=upto, flags=flags, chain_key_delivered=delivered)
            )
            self.files.drop_upto(upto)
            if delivered:
                self.files.drop_chain_key()
            if upto < batch[-1].seq:
                return  # the service stopped at a break it flagged: no use sending more

    def _rewound(self, answer: AuditUploadResult | None = None) -> bool:
        """True when the service holds less of the chain than it confirmed (a restore): the
        laptop's mark goes back to the service's checkpoint and this run uploads nothing
        more. The entries after it are sealed again from the store at the next unlock (it
        keeps every entry), so they go up in order, not past a hole flagged as a gap."""
        state = self.files.state()
        if answer is None:
            if state.uploaded_upto == 0:
                return False
            answer = self._send([], None)
        if answer.checkpoint_seq >= state.uploaded_upto:
            return False
        self.files.save_state(replace(state, uploaded_upto=answer.checkpoint_seq))
        return True

    def _next_batch(self, uploaded_upto: int) -> list[SealedAuditEntry]:
        # In seq order from the service's checkpoint. The sealer writes every entry in order,
        # so a hole means a deleted store row or file: it is sent past, and the service flags
        # the gap. A damaged file is removed so that the next unlock seals it again.
        batch: list[SealedAuditEntry] = []
        size = 0
        for seq in self.files.seqs():
            if seq <= uploaded_upto:
                continue
            found = self.files.read_entry(seq)
            if found is None:
                self.files.path(seq).unlink(missing_ok=True)
                continue
            if len(batch) >= MAX_AUDIT_BATCH or (batch and size + found[1] > MAX_UPLOAD_BYTES):
                break
            batch.append(found[0])
            size += found[1]
        return batch

    def _send(
        self, batch: list[SealedAuditEntry], grant: ChainKeyGrant | None
    ) -> AuditUploadResult:
        profile_id = self.start.server_profile_id
        assert profile_id is not None
        body = AuditUpload(
            protocol_version=PROTOCOL_VERSION,
            profile_id=profile_id,
            entries=batch,
            head=self.files.head(),
            chain_key=grant,
        )
        return self.courier.transport.call(
            "POST",
            "/v1/audit/events",
            AuditUploadResult,
            body=body.model_dump_json().encode(),
            auth=self.courier.auth,
        )

    def _hold_run(self) -> None:
        """Keep what this run staged away from the apply, and rewind the transport state."""
        transport = self.courier.files
        now = transport.state()
        staged = [path for number, _, path in transport.staged() if number >= self.start.next_inbox]
        self.files.hold(staged)
        transport.save_state(replace(self.start, next_inbox=now.next_inbox))


def audit_status(files: ProfileFiles) -> dict[str, Any]:
    """What `dossier-sync status` shows of the audit trail (codes and numbers only)."""
    audit = AuditFiles(files.info)
    state = audit.state()
    head = state.head or {}
    return {
        "uploaded_upto": state.uploaded_upto,
        "pending": len(audit.seqs()),
        "log_size": head.get("tree_size"),
        "head_checked_at": state.checked_at,
        "refused": state.failure and {k: state.failure.get(k) for k in ("code", "detail", "at")},
        "held": audit.held_count(),
        "accepted_pending": len(audit.acceptances()),  # audited at the next unlock
        "learned_keys": [item.get("key_id") for item in state.transitions],
        "flags": state.flags,
        "chain_key_delivered": state.chain_key_delivered,  # the service checks the MACs
    }
