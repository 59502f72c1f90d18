"""The two clocks of a sync request on the wire, and how far apart they may be (F07).

Laptops work offline for days and their clocks drift, yet the laptop's HLC breaks
last-writer-wins ties (sync-designs §2.5). Both sides therefore show each other their clock:

* ``Dossier-Client-Time`` (request): the laptop's wall clock when it sent the request. The
  service records the skew per device (`sync.server.services.clocks`).
* ``Dossier-Server-Time`` (every response, errors included): the service's clock when it
  started the answer. The laptop estimates its own skew from it (`sync.client.clock_check`)
  and shows it, so the caseworker and IT learn of a wrong clock from the laptop itself.

Both carry whole **milliseconds since the Unix epoch** as a plain decimal integer (no sign,
no exponent): the unit of the HLC wall time, cheap to parse, with no time zone or calendar to
get wrong. Anything else — absent, empty, negative, fractional, longer than an HLC wall time —
reads as "no reading", never as an error: a clock is advice, not a reason to refuse a sync.
"""

from __future__ import annotations

from datetime import timedelta

from storage.hlc import MAX_WALL_MS

CLIENT_TIME_HEADER = "Dossier-Client-Time"
"""Request header: the laptop's wall clock in milliseconds since the Unix epoch."""
SERVER_TIME_HEADER = "Dossier-Server-Time"
"""Response header: the service's clock in milliseconds since the Unix epoch."""
MAX_HLC_AHEAD = timedelta(minutes=5)
"""How far ahead of the service clock a mutation's HLC may be before the service clamps it to
that bound and records the claim (`mutation.clock_ahead`); the laptop warns about a measured
skew beyond the same limit."""
_MAX_DIGITS = len(str(MAX_WALL_MS))


def parse_epoch_ms(raw: str | None) -> int | None:
    """A clock header's milliseconds, or None when absent or not a plain non-negative integer."""
    if raw is None or not raw.isascii() or not raw.isdigit() or len(raw) > _MAX_DIGITS:
        return None
    return int(raw)


def beyond_hlc_limit(skew_ms: int | None) -> bool:
    """Whether a laptop clock this far off (either direction) is beyond `MAX_HLC_AHEAD`."""
    return skew_ms is not None and abs(skew_ms) > MAX_HLC_AHEAD / timedelta(milliseconds=1)
