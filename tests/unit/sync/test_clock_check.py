"""Reading the service clock from an answer, the limit of a wrong laptop clock, and transport
state files from before the reading existed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from storage.profiles import ProfileInfo
from sync.client.clock_check import ClockReading, clock_is_off, read_clock, record_clock
from sync.client.layout import ProfileFiles
from sync.protocol.clocks import MAX_HLC_AHEAD, parse_epoch_ms

SERVER_MS = 1_772_442_000_000  # 2026-03-02 09:00:00 UTC


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("1772442000000", 1_772_442_000_000),
        ("0", 0),
        (None, None),
        ("", None),
        ("-5", None),
        ("1.5e12", None),
        ("1772442000000.5", None),
        (" 1772442000000", None),
        ("１２３", None),  # full-width digits are digits to str.isdigit, not on the wire
        ("9" * 14, None),  # longer than an HLC wall time
    ],
)
def test_a_clock_header_is_plain_epoch_milliseconds_or_nothing(
    raw: str | None, expected: int | None
) -> None:
    assert parse_epoch_ms(raw) == expected


def test_the_skew_is_the_midpoint_of_the_request_minus_the_service_clock() -> None:
    # Sent at laptop time S, answered at S + 4 s; the service stamped its answer half-way.
    sent = SERVER_MS + 7_200_000  # the laptop is two hours ahead
    reading = read_clock(str(SERVER_MS), sent_ms=sent, received_ms=sent + 4_000)
    assert reading == ClockReading(skew_ms=7_202_000, checked_at="2026-03-02T11:00:04.000Z")
    assert reading.off
    behind = read_clock(str(SERVER_MS), sent_ms=SERVER_MS - 61_000, received_ms=SERVER_MS - 59_000)
    assert behind is not None and behind.skew_ms == -60_000 and not behind.off


@pytest.mark.parametrize("header", [None, "", "soon", "-1", "1e3"])
def test_an_answer_without_a_readable_service_clock_gives_no_reading(header: str | None) -> None:
    assert read_clock(header, sent_ms=SERVER_MS, received_ms=SERVER_MS) is None


def test_the_warning_limit_is_the_services_hlc_limit_either_way() -> None:
    limit = int(MAX_HLC_AHEAD.total_seconds() * 1000)
    assert limit == 300_000
    assert [clock_is_off(s) for s in (None, 0, limit, -limit)] == [False] * 4
    assert [clock_is_off(s) for s in (limit + 1, -limit - 1)] == [True, True]


def _files(tmp_path: Path) -> ProfileFiles:
    info = ProfileInfo("p-1", "anna", "Anna", "2026-01-01T00:00:00.000Z", tmp_path)
    return ProfileFiles(info)


def test_a_state_file_from_before_the_clock_reading_still_loads(tmp_path: Path) -> None:
    files = _files(tmp_path)
    old = {"server_profile_id": "srv-1", "last_success": "2026-03-01T08:00:00.000Z"}
    files.state_path.write_text(json.dumps(old), "utf-8")
    state = files.state()
    assert (state.server_profile_id, state.clock_skew_ms, state.clock_checked_at) == (
        "srv-1",
        None,
        None,
    )
    record_clock(files, None)  # nothing measured: the file is left as it was
    assert json.loads(files.state_path.read_text("utf-8")) == old
    record_clock(files, ClockReading(-7_200_000, "2026-03-02T11:00:00.000Z"))
    state = files.state()
    assert (state.server_profile_id, state.clock_skew_ms, state.clock_checked_at) == (
        "srv-1",
        -7_200_000,
        "2026-03-02T11:00:00.000Z",
    )
