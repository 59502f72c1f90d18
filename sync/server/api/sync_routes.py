"""The sync endpoints: `POST /v1/push` and `POST /v1/pull` (sealed envelopes, DESIGN §5.0).

Authentication is the usual one (an access token, or the device credential plus the
`Dossier-Profile-Id` header), and the body must name the same profile. Push accepts a retired
device or profile (its final push, DESIGN §5.7); pull does not. A revoked one hears `wipe`.
"""

from __future__ import annotations

from fastapi import APIRouter

from sync.protocol.envelopes import SealedPullPage, SealedPushBatch, SealedPushResult
from sync.protocol.models import PullRequest
from sync.server.api.deps import Context, CurrentPrincipal, FinalPushPrincipal
from sync.server.api.problems import PROBLEM_RESPONSES
from sync.server.services import pull as pull_service
from sync.server.services import push as push_service

router = APIRouter(responses=PROBLEM_RESPONSES, tags=["sync"])


@router.post("/v1/push")
def push(
    body: SealedPushBatch, principal: FinalPushPrincipal, context: Context
) -> SealedPushResult:
    """Apply a batch of sealed, signed mutations exactly once each, in order.

    Duplicates get their stored result again; a gap answers 409 `mutation_gap` with
    `expected_mutation_seq` and applies nothing; a forged signature (403
    `signature_invalid`) or a box that does not open (400 `seal_invalid`) refuses the batch.
    """
    return push_service.push(
        context.db,
        context.keyring,
        principal,
        body,
        now=context.clock(),
        observe=context.metrics.count_mutations,
        retention=context.settings.retention,
        retired=context.settings.retired_kinds,
    )


@router.post("/v1/pull")
def pull(body: PullRequest, principal: CurrentPrincipal, context: Context) -> SealedPullPage:
    """The next page of changes, snapshots, evictions, checksums and acks, sealed.

    A `server_epoch` that is not the service's answers 409 `server_epoch_changed`: the laptop
    resets its buckets (cursors 0, no epoch) and rebases its pending work. A laptop below
    the service's minimum protocol for pulls hears 426 `upgrade_required` (its pushes are
    still accepted).
    """
    page = pull_service.pull(
        context.db,
        context.keyring,
        principal,
        body,
        min_protocol=context.settings.min_pull_protocol,
        retention=context.settings.retention,
        today=context.clock().date(),
    )
    context.metrics.count_pull_page()
    return page
