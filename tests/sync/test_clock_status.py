"""The laptop learns that its clock is wrong: measured against the real service on 127.0.0.1,
kept in the transport state and shown by `dossier-sync status` (F07). Both backends.

The service keeps its test clock; the laptop's wrong clock is injected into its transport.
"""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from typing import Any

from fastapi import FastAPI

from sync.cli import OK, main
from sync.client.engine import sync_locked
from sync.client.layout import ProfileFiles
from sync.client.transport import Transport
from sync.server.services.clocks import epoch_ms
from tests.reliability.faultproxy import Fault, FaultProxy, when
from tests.server.conftest import FakeClock
from tests.server.laptops import seed_case
from tests.sync.laptop import FAST_RETRY, Laptop

HOUR_MS = 3_600_000


class LaptopClock:
    """The laptop's wall clock: the service's, off by `offset_ms`."""

    def __init__(self, service: FakeClock, offset_ms: int) -> None:
        self.service = service
        self.offset_ms = offset_ms

    def __call__(self) -> int:
        return epoch_ms(self.service()) + self.offset_ms


def _transport(url: str, clock: LaptopClock) -> Transport:
    return Transport(url, retry=FAST_RETRY, timeout=(2.0, 10.0), wall_clock_ms=clock)


def _status(laptop: Laptop, *flags: str) -> tuple[int, str]:
    out = io.StringIO()
    code = main(["status", "--data-dir", str(laptop.workspace.root), *flags], out)
    return code, out.getvalue()


def _status_json(laptop: Laptop) -> dict[str, Any]:
    code, text = _status(laptop, "--json")
    assert code == OK
    body: dict[str, Any] = json.loads(text)
    return body


def test_a_laptop_two_hours_ahead_records_its_skew_and_status_warns(
    app: FastAPI, make_laptop: Callable[[str], Laptop], clock: FakeClock, service_url: str
) -> None:
    anna = make_laptop("anna")
    seed_case(app, "CLK-1", "anna")
    ahead = LaptopClock(clock, 2 * HOUR_MS)

    assert anna.sync(transport=_transport(service_url, ahead)).error is None

    state = ProfileFiles(anna.info).state()
    assert state.clock_skew_ms == 2 * HOUR_MS  # laptop minus service: the laptop is ahead
    assert state.clock_checked_at == "2026-03-02T11:00:00.000Z"  # on the laptop's clock
    body = _status_json(anna)
    (row,) = body["profiles"]
    assert (row["clock_skew_ms"], row["clock_checked_at"]) == (
        2 * HOUR_MS,
        "2026-03-02T11:00:00.000Z",
    )
    assert body["warnings"] == [
        {
            "code": "clock_off",
            "profile_id": anna.info.profile_id,
            "clock_skew_ms": 2 * HOUR_MS,
            "clock_checked_at": "2026-03-02T11:00:00.000Z",
            "limit_ms": 300_000,
        }
    ]
    code, text = _status(anna)
    lines = text.splitlines()
    assert code == OK and len(lines) == 2
    assert f"clock_skew_ms={2 * HOUR_MS}" in lines[0]
    assert lines[1].startswith("warning code=clock_off ")


def test_a_clock_within_the_limit_is_shown_without_a_warning_and_a_later_sync_replaces_it(
    make_laptop: Callable[[str], Laptop], clock: FakeClock, service_url: str
) -> None:
    anna = make_laptop("anna")
    laptop_clock = LaptopClock(clock, -4 * 60_000)  # four minutes behind: tolerated
    assert anna.sync(transport=_transport(service_url, laptop_clock)).error is None
    body = _status_json(anna)
    assert body["profiles"][0]["clock_skew_ms"] == -240_000 and body["warnings"] == []
    assert "warning" not in _status(anna)[1]

    # A day later, on a locked laptop whose clock has drifted to six minutes behind.
    anna.lock()
    clock.advance(days=1)
    laptop_clock.offset_ms = -6 * 60_000
    outcome = sync_locked(anna.workspace, anna.info, _transport(service_url, laptop_clock))
    assert outcome.error is None
    body = _status_json(anna)
    assert body["profiles"][0]["clock_skew_ms"] == -360_000
    assert body["profiles"][0]["clock_checked_at"] == "2026-03-03T08:54:00.000Z"
    assert [w["clock_skew_ms"] for w in body["warnings"]] == [-360_000]


def test_answers_without_the_service_clock_leave_the_last_reading_and_break_nothing(
    make_laptop: Callable[[str], Laptop], clock: FakeClock, service_url: str
) -> None:
    anna = make_laptop("anna")
    ahead = LaptopClock(clock, HOUR_MS)
    assert anna.sync(transport=_transport(service_url, ahead)).error is None
    clock.advance(hours=1)

    # A gateway in front of the service answers every request itself, with no clock header.
    gateway = when(Fault.respond(503), times=None)
    with FaultProxy(service_url, gateway) as proxy:
        transport = _transport(proxy.url, ahead)
        outcome = anna.sync(transport=transport)
    assert transport.clock_reading is None
    assert outcome.error == "http_503"
    state = ProfileFiles(anna.info).state()
    assert (state.clock_skew_ms, state.clock_checked_at) == (HOUR_MS, "2026-03-02T10:00:00.000Z")
    assert state.last_error == "http_503"
