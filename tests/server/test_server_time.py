"""Every answer of the service carries its clock (`Dossier-Server-Time`), errors included, so a
laptop can tell how far off its own clock is (F07). Both backends."""

from __future__ import annotations

import httpx
from fastapi.testclient import TestClient

from sync.protocol.clocks import SERVER_TIME_HEADER, parse_epoch_ms
from sync.server.services.clocks import epoch_ms
from tests.server.conftest import FakeClock


def _server_time(response: httpx.Response) -> int | None:
    assert len(response.headers.get_list(SERVER_TIME_HEADER)) == 1  # never twice
    return parse_epoch_ms(response.headers.get(SERVER_TIME_HEADER))


def test_an_answer_carries_the_service_clock_in_epoch_milliseconds(
    client: TestClient, clock: FakeClock
) -> None:
    clock.advance(milliseconds=1234)
    first = client.get("/healthz")
    clock.advance(minutes=3)
    later = client.get("/healthz")
    assert first.status_code == later.status_code == 200
    assert first.headers[SERVER_TIME_HEADER] == str(epoch_ms(clock()) - 180_000)
    assert _server_time(first) == 1_772_442_001_234  # 2026-03-02 09:00:01.234 UTC
    assert _server_time(later) == epoch_ms(clock())


def test_refusals_and_errors_carry_the_service_clock_too(
    client: TestClient, clock: FakeClock
) -> None:
    now = epoch_ms(clock())
    unauthenticated = client.get("/v1/me")
    unknown = client.get("/v1/no-such-route")
    too_large = client.post(
        "/v1/token/refresh", content=b"x" * (65 * 1024), headers={"Content-Type": "text/plain"}
    )
    assert (unauthenticated.status_code, unknown.status_code, too_large.status_code) == (
        401,
        404,
        413,
    )
    assert [_server_time(r) for r in (unauthenticated, unknown, too_large)] == [now, now, now]
