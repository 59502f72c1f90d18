"""What every service of an unlocked profile needs, passed explicitly (no globals)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from sqlalchemy import Connection

from storage.clock import WallClock, utc_iso, wall_ms
from storage.database import Store
from storage.hlc import Hlc, HybridClock

if TYPE_CHECKING:
    from storage.services.records import Record


class AuditSink(Protocol):
    def record(
        self,
        conn: Connection,
        action: str,
        object_type: str,
        object_id: str | None,
        *,
        recipient: str | None = None,
        detail: Mapping[str, object] | None = None,
    ) -> object: ...


class SearchSink(Protocol):
    def index(self, conn: Connection, record: Record, *, new: bool = False) -> None: ...

    def remove(self, conn: Connection, entity: str, entity_id: str) -> None: ...


@dataclass(frozen=True, slots=True)
class Stamp:
    """Who wrote, when (UTC) and at which HLC reading; the same for a whole write."""

    actor: str
    time: str
    hlc: str


META_MUTATION_SEQ = "mutation_seq"
META_HLC = "hlc_last"


@dataclass
class ProfileContext:
    store: Store
    profile_id: str
    device_id: str
    actor: str  # the caseworker's login, as known to the service
    clock: WallClock
    hlc: HybridClock
    audit: AuditSink
    search: SearchSink

    def now(self) -> str:
        return utc_iso(self.clock)

    def stamp(self, conn: Connection) -> Stamp:
        """A new HLC reading, persisted in the same transaction so it never repeats (once,
        at the end of a `Store.write()`, however many readings it took)."""
        reading = self.hlc.tick()
        self.store.defer_meta(conn, META_HLC, str(reading))
        return Stamp(actor=self.actor, time=self.now(), hlc=str(reading))

    def next_mutation_seq(self, conn: Connection) -> int:
        """The next per-profile mutation sequence number, gap-free (DESIGN §5.1); counted in
        memory within a `Store.write()` and written with it."""
        return self.store.next_in_sequence(conn, META_MUTATION_SEQ)


def restore_hlc(store: Store, node: str, clock: WallClock) -> HybridClock:
    """The profile's HLC, continuing from the last persisted reading."""
    with store.read() as conn:
        last = store.get_meta(conn, META_HLC)
    return HybridClock(node, wall_ms(clock), Hlc.parse(last) if isinstance(last, str) else None)
