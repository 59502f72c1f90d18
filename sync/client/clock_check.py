"""How far off the laptop's clock is, as measured against the service's (F07).

The laptop's HLCs break last-writer-wins ties (sync-designs §2.5), so a wrong laptop clock
quietly decides merges; the service notices (`mutation.clock_ahead`, `admin devices
clock-skew`) but the laptop did not. Every answer of the service carries its clock
(`Dossier-Server-Time`, `sync.protocol.clocks`); the transport compares it with the midpoint
of the request on the laptop's clock::

    clock_skew_ms = (sent + received) / 2 - server_time

Positive: the laptop is **ahead** of the service; negative: it is behind — the same sign as
the service's own figure (`Dossier-Client-Time` minus its clock, `admin devices
clock-skew`). Taking the midpoint cancels a symmetric network delay; what is left is at most
half the round trip, far below the limit. The last reading of a run is kept in the
transport state (`TransportState` `clock_skew_ms`, `clock_checked_at` — on the laptop's
clock, like every stamp there), and a reading beyond `MAX_HLC_AHEAD` either way is shown
as a warning by `dossier-sync status` and the app. No header, or one that is not a plain
millisecond count: no reading, never a failure.
"""

from __future__ import annotations

from dataclasses import dataclass

from storage.clock import utc_iso
from sync.client.layout import ProfileFiles
from sync.protocol.clocks import beyond_hlc_limit, parse_epoch_ms


@dataclass(frozen=True, slots=True)
class ClockReading:
    """One comparison of the laptop's clock with the service's."""

    skew_ms: int  # laptop minus service: positive when the laptop is ahead
    checked_at: str  # ISO UTC, on the laptop's clock (when the answer arrived)

    @property
    def off(self) -> bool:
        """Whether the laptop's clock is off by more than the service tolerates."""
        return clock_is_off(self.skew_ms)


def read_clock(header: str | None, *, sent_ms: int, received_ms: int) -> ClockReading | None:
    """The reading from a response's `Dossier-Server-Time`, or None when it has none."""
    server_ms = parse_epoch_ms(header)
    if server_ms is None:
        return None
    midpoint = (sent_ms + received_ms) // 2
    return ClockReading(midpoint - server_ms, utc_iso(lambda: received_ms / 1000))


def clock_is_off(skew_ms: int | None) -> bool:
    """Whether a stored skew is beyond `MAX_HLC_AHEAD` (either direction); None never is."""
    return beyond_hlc_limit(skew_ms)


def record_clock(files: ProfileFiles, reading: ClockReading | None) -> None:
    """Keep the run's last reading in the transport state (nothing to keep: unchanged)."""
    if reading is None:
        return
    state = files.state()
    state.clock_skew_ms = reading.skew_ms
    state.clock_checked_at = reading.checked_at
    files.save_state(state)
