"""Hold the service's audit log to the last head this laptop verified (AUD-3, SYNC-3).

At every sync the laptop fetches the service's signed tree head and, when the log grew, the
consistency proof from the size it last saw. It accepts the head only if the service key
pinned at enrolment signed it, it names the same log, it is not older than the last one, and
the proof shows the new tree extends the old one (`sync.transparency.HeadWitness`). Refusals:

* ``service_rollback`` — a smaller tree, an older head, or a proof to a size the log no
  longer has: the service (or a restored backup of it) shows an older state;
* ``audit_log_inconsistent`` — a forged or unverifiable signature, another log, the same
  size with another root, or a proof that does not hold: the log was rewritten.

A head signed by a key the laptop has not pinned is checked against the service's key
transitions first (`sync.client.audit_upload_keys`): a key announced by a trusted one is
learned, any other stays ``unknown_key``.

A refused head is never stored: the laptop keeps holding the service to the last good one,
so every later sync is refused too until IT has looked into it and accepted the head
(`sync.client.audit_upload_accept`).
"""

from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass, field
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from sync.client.audit_upload_keys import fetch_transitions, trusted_keys
from sync.client.transport import Auth, SyncFailure, Transport
from sync.protocol.audit import ConsistencyProof, SignedTreeHeadView
from sync.transparency import (
    HeadFailure,
    HeadWitness,
    SignedTreeHead,
    TreeHead,
    verify_tree_head,
)

SERVICE_ROLLBACK = "service_rollback"
AUDIT_LOG_INCONSISTENT = "audit_log_inconsistent"
HEAD_REFUSALS = frozenset({SERVICE_ROLLBACK, AUDIT_LOG_INCONSISTENT})
TREE_SIZE_UNKNOWN = "audit_tree_size_unknown"  # the service's answer for a size it lacks
UNKNOWN_KEY = "unknown_key"  # detail: signed by no key this laptop pinned
MALFORMED = "malformed_head"  # detail: fields that cannot be a head
OLDER_HEAD = "older_head"  # detail: same or larger tree, but older than the last head
_ROLLBACK = frozenset({HeadFailure.REWOUND.value, OLDER_HEAD, TREE_SIZE_UNKNOWN})


class HeadRefused(SyncFailure):
    """The service's tree head was refused; `detail` names the precise reason."""

    def __init__(self, code: str, detail: str, seen: dict[str, Any] | None) -> None:
        super().__init__(code)
        self.detail = detail
        self.seen = seen


@dataclass(slots=True)
class HeadCheck:
    """Everything one head check needs: the transport, trusted keys and the last head.

    `service_keys` are the pinned keys plus those learned through `transitions`; when a
    head names another key, the service's transitions are fetched and both grow if one
    chains to it (the caller keeps `transitions`).
    """

    transport: Transport
    auth: Auth
    service_keys: dict[str, str]  # key_id → Ed25519 public, base64
    last: dict[str, Any] | None  # the last verified head (SignedTreeHeadView JSON)
    transitions: list[dict[str, Any]] = field(default_factory=list)  # verified statements

    def run(self) -> dict[str, Any]:
        """The new verified head (JSON) or HeadRefused."""
        view = self.transport.call("GET", "/v1/audit/head", SignedTreeHeadView, auth=self.auth)
        seen = view.model_dump()
        new = _signed(view, seen)
        last = None if self.last is None else _signed(SignedTreeHeadView(**self.last), None)
        witness = HeadWitness(self._key(view, seen), _log_id(last, new), last)
        refused = _early_refusal(witness, new)
        if refused is not None:
            raise HeadRefused(_code(refused), refused, seen)
        verdict = witness.check(new, self._proof(last, new, seen))
        if verdict.failure is not None:
            raise HeadRefused(_code(verdict.failure), verdict.failure.value, seen)
        return seen

    def _key(self, view: SignedTreeHeadView, seen: dict[str, Any]) -> Ed25519PublicKey:
        if view.key_id not in self.service_keys:
            self._learn()
        try:
            raw = base64.b64decode(self.service_keys[view.key_id], validate=True)
            return Ed25519PublicKey.from_public_bytes(raw)
        except (KeyError, ValueError, binascii.Error):
            raise HeadRefused(AUDIT_LOG_INCONSISTENT, UNKNOWN_KEY, seen) from None

    def _learn(self) -> None:
        announced = fetch_transitions(self.transport, self.auth)
        self.service_keys, learned = trusted_keys(self.service_keys, announced)
        self.transitions = self.transitions + learned

    def _proof(
        self, last: SignedTreeHead | None, new: SignedTreeHead, seen: dict[str, Any]
    ) -> list[bytes]:
        old_size = 0 if last is None else last.head.tree_size
        if old_size in {0, new.head.tree_size}:
            return []  # every tree extends the empty one; equal sizes compare roots
        try:
            answer = self.transport.call(
                "GET",
                f"/v1/audit/consistency?from={old_size}&to={new.head.tree_size}",
                ConsistencyProof,
                auth=self.auth,
            )
        except SyncFailure as failure:
            if failure.code == TREE_SIZE_UNKNOWN:
                # The head claims a size the log does not have (any more).
                raise HeadRefused(SERVICE_ROLLBACK, TREE_SIZE_UNKNOWN, seen) from None
            raise
        if (answer.from_size, answer.to_size) != (old_size, new.head.tree_size):
            raise HeadRefused(AUDIT_LOG_INCONSISTENT, HeadFailure.PROOF_MALFORMED.value, seen)
        return _hashes(answer.proof, seen)


def _early_refusal(witness: HeadWitness, new: SignedTreeHead) -> str | None:
    """What needs no proof: the signature first (an unsigned claim says nothing), then history."""
    if not verify_tree_head(witness.public_key, new):
        return HeadFailure.BAD_SIGNATURE.value
    if new.head.log_id != witness.log_id:
        return HeadFailure.WRONG_LOG.value
    return None if witness.last is None else _history_refusal(witness.last.head, new.head)


def _history_refusal(last: TreeHead, new: TreeHead) -> str | None:
    if new.tree_size < last.tree_size:
        return HeadFailure.REWOUND.value
    if new.tree_size == last.tree_size and new.root_hash != last.root_hash:
        return HeadFailure.FORK.value  # a rewrite, whatever time it claims
    if new.timestamp_ms < last.timestamp_ms:
        return OLDER_HEAD  # the service never signs a head older than its previous one
    return None


def _code(failure: str) -> str:
    return SERVICE_ROLLBACK if failure in _ROLLBACK else AUDIT_LOG_INCONSISTENT


def _log_id(last: SignedTreeHead | None, new: SignedTreeHead) -> str:
    # The first head is trusted on first use (still signed by the pinned key); after that
    # the log is the one this laptop has always seen.
    return new.head.log_id if last is None else last.head.log_id


def _signed(view: SignedTreeHeadView, seen: dict[str, Any] | None) -> SignedTreeHead:
    try:
        head = TreeHead(view.tree_size, _b64(view.root_hash), view.timestamp_ms, view.log_id)
        return SignedTreeHead(head, _b64(view.signature))
    except ValueError:
        raise HeadRefused(AUDIT_LOG_INCONSISTENT, MALFORMED, seen) from None


def _hashes(proof: list[str], seen: dict[str, Any]) -> list[bytes]:
    try:
        return [_b64(item) for item in proof]
    except ValueError:
        raise HeadRefused(AUDIT_LOG_INCONSISTENT, HeadFailure.PROOF_MALFORMED.value, seen) from None


def _b64(text: str) -> bytes:
    try:
        return base64.b64decode(text, validate=True)
    except binascii.Error as error:
        raise ValueError("not base64") from error


def signed_by_trusted(seen: dict[str, Any], service_keys: dict[str, str]) -> bool:
    """Whether a head (SignedTreeHeadView JSON) carries a valid signature by a trusted key."""
    try:
        view = SignedTreeHeadView.model_validate(seen)
        raw = base64.b64decode(service_keys[view.key_id], validate=True)
        return verify_tree_head(Ed25519PublicKey.from_public_bytes(raw), _signed(view, None))
    except (HeadRefused, KeyError, ValueError, binascii.Error):
        return False
