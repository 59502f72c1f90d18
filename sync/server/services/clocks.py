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
  for as long as it is ahead, and every laptop that pulls the row carries it on. A mutation
  whose HLC is more than `MAX_HLC_AHEAD` ahead of the service clock at receipt is recorded in
  the server audit log (`mutation.clock_ahead`: profile, seq and how far ahead, no content)
  and logged. It is applied as sent: `clamp_future` computes the clamped HLC (service time +
  `MAX_HLC_AHEAD`, the node kept, the seq as counter), but applying it made replicas
  diverge when the service clock itself was behind every laptop (all edits clamped to one
  millisecond), so clamping waits for a design that keeps the order across laptops.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from sqlalchemy import Connection

from storage.hlc import MAX_COUNTER, MAX_WALL_MS, Hlc
from sync.protocol.clocks import MAX_HLC_AHEAD, parse_epoch_ms
from sync.protocol.models import Mutation
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


def clamp_future(mutation: Mutation, now: datetime) -> tuple[Mutation, int]:
    """The mutation with its HLC clamped to `now + MAX_HLC_AHEAD`, and how far ahead it was
    (0: not too far ahead, or not an HLC at all — the merge rejects that one)."""
    try:
        claimed = Hlc.parse(mutation.client_hlc)
    except ValueError:
        return mutation, 0
    cap = min(epoch_ms(now + MAX_HLC_AHEAD), MAX_WALL_MS)
    if claimed.wall_ms <= cap:
        return mutation, 0
    clamped = Hlc(cap, mutation.mutation_seq % (MAX_COUNTER + 1), claimed.node)
    update = {"client_hlc": str(clamped)}
    return mutation.model_copy(update=update), claimed.wall_ms - epoch_ms(now)


def record_clamp(
    conn: Connection, *, user_id: str, mutation: Mutation, ahead_ms: int, now: datetime
) -> None:
    """Keep the laptop's claim on record (server audit log; no case content) and log it."""
    detail = {
        "profile_id": mutation.profile_id,
        "mutation_seq": mutation.mutation_seq,
        "ahead_ms": ahead_ms,
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
