"""Laptop clocks as the service sees them: the skew at each contact, and HLCs from the future.

Laptops work offline for days and their clocks drift, or are set wrong on purpose
(sync-designs §2.5, F07). Two different things follow from that:

* **Skew.** Every request of the sync client carries the laptop's wall clock
  (`Dossier-Client-Time`, milliseconds since the epoch). The service subtracts its own clock at
  receipt: positive means the laptop is ahead. Network delay adds milliseconds, far below the
  limit. The figure is kept per device with the contact bookkeeping (`sessions.touch`, at
  most once a minute) and a device beyond `Settings.clock_skew_limit` (5 minutes by default)
  is flagged in `dossier-server admin devices clock-skew`, logged and counted in `/metrics`.
  Pushes are still accepted: an edit is never lost for a wrong clock, and old HLCs from days
  offline are normal, not skew. Every response carries the service clock in turn
  (`Dossier-Server-Time`, `sync.protocol.clocks`): the laptop shows its own skew.
* **HLCs from the future.** An HLC ahead of the service clock wins every last-writer-wins tie
  for as long as it is ahead, so a laptop whose clock runs two days fast would win every tie
  for two days. The service therefore **clamps** (`clamp_future`): a mutation whose HLC wall
  time is beyond ``now + MAX_HLC_AHEAD`` (service clock at receipt) is merged and stored with

      Hlc(now + MAX_HLC_AHEAD, mutation_seq % 10000, <the writer's service profile id>)

  and everything after the clamp sees only that stored HLC: the three-way merge, the row's
  `field_clocks` and `updated_hlc`, the merge audit and the conflicts it opens. The laptop's
  claim is kept in the server audit log (`mutation.clock_ahead`: profile, seq, how far
  ahead, the claimed and the stored HLC; no content) and logged. Why each part:

  - the wall time bounds what a wrong clock can win to `MAX_HLC_AHEAD` past its push, the
    tolerance the service grants every clock anyway (the skew limit; CockroachDB likewise
    bounds how far ahead a node's clock may be, `--max-offset`); an honest edit made more
    than that after the push wins its tie again;
  - the counter is the mutation sequence: one batch shares `now`, so its mutations keep the
    order their laptop gave them;
  - the node is the service profile id, unique and authenticated, not the laptop's node (its
    local profile id, which a copied or restored profile shares): the service names the writer of a
    conflict's server value by its HLC (`conflicts.with_writers`), so two writers must never
    get the same stamp. The first attempt kept the laptop's node; under a frozen service clock
    two laptops copied from one template got identical HLCs and their conflicts named
    different writers on different laptops — that, not the clamp itself, was the divergence.

  A duplicate push returns the stored result and is not merged again, so the clamp is applied
  exactly once per mutation and every replica sees the same stamp.

  **The laptop converges on the stored HLC** without a new wire field (`MutationResult` is
  ``extra="forbid"`` on laptops of every version, so a new field would break old ones): a
  laptop keeps the field clocks of the images it pulls, never its own (`sync.client.page_rows`),
  and a mutation that changed the row produces a new image carrying the stored HLC. The one
  gap is a clamped HLC that *loses* a tie: the row is unchanged, no image follows, yet the
  laptop's provisional rebase (`sync.merge.rebase`, with its unclamped HLC) showed its own
  value and would keep showing it for ever. `reissue_if_discarded` closes it: the service
  writes that row again under a new version (same values, same clocks), so every laptop
  holding it pulls the service's image. It happens when the service clock is lower than at
  an earlier clamp (a worker with a slower clock, a clock stepped back) or against a stamp
  stored before clamping existed.

  **The laptop's own clock is never dragged forward**: the sync client never merges received
  HLCs into its hybrid clock (`HybridClock.receive` has no caller there; a pulled row is
  stamped with the laptop's own reading), because the order of causally related edits comes
  from the three-way merge (`old` against the current value), not from HLCs. A far-future
  stamp the laptop pulls (one stored before clamping) therefore moves nothing but that field.

  Limits: the clamp bounds the stamp at receipt, not at the edit: a fast laptop's edit pushed
  hours after it was made is stamped push + 5 min and still beats an honest edit made in
  between (nobody can tell when an edit on a wrong clock was really made). A service clock
  behind real time clamps every laptop: ties then follow arrival order at the service —
  deterministic and convergent, and every device is flagged as skewed. Rows stored before
  clamping keep their stamps until real time passes them.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from datetime import datetime, timedelta

from sqlalchemy import Connection

from storage.hlc import MAX_COUNTER, MAX_WALL_MS, Hlc
from sync.merge_types import MergeResult, ServerRow
from sync.protocol.clocks import MAX_HLC_AHEAD, parse_epoch_ms
from sync.protocol.models import Mutation
from sync.protocol.outcomes import MergeOutcome
from sync.server.services import audit

DEFAULT_SKEW_LIMIT = timedelta(minutes=5)
"""Skew beyond which a device is flagged (Anki refuses at 300 s; we report and accept)."""
log = logging.getLogger("dossier.server.clocks")


def parse_client_time(raw: str | None) -> int | None:
    """The header's milliseconds, or None when absent or not a plain non-negative integer."""
    return parse_epoch_ms(raw)


def epoch_ms(moment: datetime) -> int:
    """An aware datetime as milliseconds since the Unix epoch."""
    return int(moment.timestamp() * 1000)


def skew_ms(client_ms: int, now: datetime) -> int:
    """Laptop clock minus service clock, in milliseconds (positive: the laptop is ahead)."""
    return client_ms - epoch_ms(now)


def is_skewed(skew: int | None, limit: timedelta) -> bool:
    """Whether a measured skew is beyond the limit (either direction)."""
    return skew is not None and abs(skew) > limit / timedelta(milliseconds=1)


def clamp_future(mutation: Mutation, now: datetime, *, writer: str) -> tuple[Mutation, int]:
    """The mutation as the service merges and stores it, and how far ahead its HLC was.

    An HLC more than `MAX_HLC_AHEAD` ahead of `now` becomes ``now + MAX_HLC_AHEAD``, counter
    ``mutation_seq % 10000``, node `writer` (the service profile id); anything else comes back
    unchanged with 0 (a malformed HLC too: the merge rejects that one).
    """
    try:
        claimed = Hlc.parse(mutation.client_hlc)
    except ValueError:
        return mutation, 0
    cap = min(epoch_ms(now + MAX_HLC_AHEAD), MAX_WALL_MS)
    if claimed.wall_ms <= cap:
        return mutation, 0
    clamped = Hlc(cap, mutation.mutation_seq % (MAX_COUNTER + 1), writer)
    update = {"client_hlc": str(clamped)}
    return mutation.model_copy(update=update), claimed.wall_ms - epoch_ms(now)


def reissue_if_discarded(merged: MergeResult, before: ServerRow | None) -> MergeResult:
    """`merged` with the unchanged row under a new version when a clamped HLC lost a tie.

    Call it for clamped mutations only. The laptop's provisional rebase may have let its
    unclamped HLC win; a new version sends every laptop the service's image (same values and
    clocks), so none keeps showing a value the service discarded.
    """
    row = merged.row
    if before is None or row is None or merged.changed_from(before):
        return merged
    if not any(f.outcome is MergeOutcome.LWW_DISCARDED for f in merged.fields):
        return merged
    return replace(merged, row=replace(row, version=row.version + 1))


def record_clamp(
    conn: Connection,
    *,
    user_id: str,
    claimed: Mutation,
    stored_hlc: str,
    ahead_ms: int,
    now: datetime,
) -> None:
    """Keep the laptop's claim and the stamp stored instead on record (server audit log; no
    case content) and log it."""
    detail = {
        "profile_id": claimed.profile_id,
        "mutation_seq": claimed.mutation_seq,
        "ahead_ms": ahead_ms,
        "claimed_hlc": claimed.client_hlc,
        "stored_hlc": stored_hlc,
    }
    audit.record(
        conn,
        now=now,
        actor_kind=audit.USER,
        actor_id=user_id,
        action="mutation.clock_ahead",
        object_type="mutation",
        object_id=None,
        detail=detail,
    )
    log.warning("hlc from the future", extra={"ahead_ms": ahead_ms})
