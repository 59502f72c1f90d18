"""The audit endpoints: the log's signed head, consistency proofs, and device audit upload.

Authenticated like push and pull. A laptop keeps the last head it verified in a
`sync.transparency.HeadWitness`; at every sync it fetches the new head and the proof from the
old size to the new one, and accepts the head only if the proof holds (AUD-3).
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from sync.protocol import audit as models
from sync.protocol.fields import INT64_MAX
from sync.protocol.sealed import b64
from sync.server.api.deps import Context, CurrentPrincipal, FinalPushPrincipal
from sync.server.api.problems import PROBLEM_RESPONSES
from sync.server.errors import ServerError, ServerErrorCode
from sync.server.services import audit_log, device_audit

router = APIRouter(responses=PROBLEM_RESPONSES, tags=["audit"])
TreeSize = Annotated[int, Query(ge=0, le=INT64_MAX)]


@router.get("/v1/audit/head")
def audit_head(principal: CurrentPrincipal, context: Context) -> models.SignedTreeHeadView:
    """The newest signed tree head, covering every audit record the service holds."""
    stored = audit_log.current_head(context.db, context.head_signer)
    head = stored.signed.head
    return models.SignedTreeHeadView(
        log_id=head.log_id,
        tree_size=head.tree_size,
        root_hash=b64(head.root_hash),
        timestamp_ms=head.timestamp_ms,
        key_id=stored.key_id,
        signature=b64(stored.signed.signature),
    )


@router.get("/v1/audit/key-transitions")
def audit_key_transitions(principal: CurrentPrincipal, context: Context) -> models.KeyTransitions:
    """Every rotation of the service's keys, each signed by the generation before it.

    A laptop that meets a head signed by a key it has not pinned follows these statements
    from its pinned key (`sync.protocol.audit.follow_key_transitions`) before trusting it.
    """
    return models.KeyTransitions(
        transitions=[
            models.KeyTransition(
                from_key_id=from_key_id,
                key_id=pair.key_id,
                seal_public_key=b64(pair.seal_public),
                sign_public_key=b64(pair.sign_public),
                created_at=pair.created_at.isoformat(),
                signature=b64(signature),
            )
            for pair, from_key_id, signature in context.keyring.transitions()
        ]
    )


@router.get("/v1/audit/consistency")
def audit_consistency(
    principal: CurrentPrincipal,
    context: Context,
    from_size: Annotated[int, Query(alias="from", ge=0, le=INT64_MAX)],
    to_size: Annotated[int, Query(alias="to", ge=0, le=INT64_MAX)],
) -> models.ConsistencyProof:
    """Proof that the log at `to` leaves extends the log at `from` leaves (RFC 9162).

    409 `audit_tree_size_unknown` when `to` exceeds the log: a laptop that saw a larger head
    than the log now has holds evidence of a rewound log.
    """
    if from_size > to_size:
        raise ServerError(ServerErrorCode.MALFORMED_REQUEST, "from > to")
    with context.db.read() as conn:
        proof = audit_log.consistency(conn, from_size, to_size)
    return models.ConsistencyProof(
        from_size=from_size, to_size=to_size, proof=[b64(p) for p in proof]
    )


@router.post("/v1/audit/events")
def audit_events(
    body: models.AuditUpload, principal: FinalPushPrincipal, context: Context
) -> models.AuditUploadResult:
    """Store a profile's chained audit entries after checking the chain continues.

    A retired device may still upload (its final sync). Breaks are answered in `flags` with a
    stable code (gap, fork, rewind, hash_mismatch, mac_mismatch once the profile granted its
    chain key in `chain_key`, ...), kept for the auditor, and logged;
    entries after a break are not stored. A forged signature (403 `signature_invalid`) or a
    box that does not open (400 `seal_invalid`) refuses the whole upload.
    """
    result = device_audit.upload(context.db, context.keyring, principal, body, now=context.clock())
    context.metrics.count_audit_upload(
        stored=result.stored,
        duplicates=result.duplicates,
        flags=[flag.code for flag in result.flags],
    )
    return result
