"""Hybrid logical clock: causal order, monotonic under clock jumps, sortable as text (F07)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from storage.hlc import MAX_COUNTER, Hlc, HybridClock, is_hlc, receive, skew_ms, tick

NODE = "0190d8a0-1c2b-7000-8000-00000000d001"

# One millisecond short of the end of the range, so a receive can always move past it.
hlcs = st.builds(
    Hlc,
    st.integers(0, 10**13 - 2),
    st.integers(0, MAX_COUNTER),
    st.from_regex(r"[A-Za-z0-9_-]{1,8}", fullmatch=True),
)


class FakeWallClock:
    """A wall clock the test sets by hand (the logic never reads the real one)."""

    def __init__(self, now_ms: int) -> None:
        self.now_ms = now_ms
        self.reads = 0

    def __call__(self) -> int:
        self.reads += 1
        return self.now_ms


def test_string_form_is_fixed_width_and_parses_back() -> None:
    stamp = Hlc(1732704000123, 4, "dev7")

    assert str(stamp) == "1732704000123:0004:dev7"
    assert Hlc.parse(str(stamp)) == stamp


@given(hlcs, hlcs)
def test_string_order_is_the_causal_order(left: Hlc, right: Hlc) -> None:
    assert (str(left) < str(right)) == (left < right)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "1732704000123:4:dev7",
        "173270400012:0004:dev7",
        "1732704000123:0004:",
        "1732704000123:0004:dev:7",
        "1732704000123:0004:dev 7",
        "1732704000123:00a4:dev7",
        "١٧٣٢٧٠٤٠٠٠١٢٣:0004:dev7",
        "1732704000123:0004:dev7\n",
    ],
)
def test_malformed_strings_are_refused(text: str) -> None:
    assert not is_hlc(text)
    with pytest.raises(ValueError, match="hlc"):
        Hlc.parse(text)


@pytest.mark.parametrize(
    ("wall", "counter", "node"),
    [(-1, 0, "a"), (10**13, 0, "a"), (0, -1, "a"), (0, 10_000, "a"), (0, 0, "a" * 65)],
)
def test_out_of_range_parts_are_refused(wall: int, counter: int, node: str) -> None:
    with pytest.raises(ValueError, match="hlc"):
        Hlc(wall, counter, node)


def test_tick_follows_the_wall_clock_when_it_moves_ahead() -> None:
    assert tick(Hlc(1000, 7, NODE), 2000) == Hlc(2000, 0, NODE)


def test_tick_stays_ahead_when_the_wall_clock_goes_back_by_hours() -> None:
    last = Hlc(1732704000000, 2, NODE)
    assert tick(last, 1732704000000 - 3 * 3_600_000) == Hlc(1732704000000, 3, NODE)


def test_counter_overflow_borrows_a_millisecond_and_keeps_the_order() -> None:
    last = Hlc(5000, MAX_COUNTER, NODE)
    after = tick(last, 4000)

    assert after == Hlc(5001, 0, NODE)
    assert str(after) > str(last)


def test_receive_moves_past_a_remote_stamp_from_the_future_and_keeps_the_local_node() -> None:
    local = Hlc(1000, 0, "laptop-a")
    remote = Hlc(9000, 5, "laptop-b")

    assert receive(local, remote, now_ms=2000) == Hlc(9000, 6, "laptop-a")


@given(hlcs, hlcs, st.integers(0, 10**13 - 2))
def test_receive_is_after_both_the_local_and_the_remote_stamp(
    local: Hlc, remote: Hlc, now_ms: int
) -> None:
    merged = receive(local, remote, now_ms)

    assert (merged.wall_ms, merged.counter) > (local.wall_ms, local.counter)
    assert (merged.wall_ms, merged.counter) > (remote.wall_ms, remote.counter)
    assert merged.node == local.node


@given(st.lists(st.tuples(st.booleans(), st.integers(0, 10**6), hlcs), max_size=50))
def test_a_clock_never_issues_the_same_or_an_earlier_stamp(
    events: list[tuple[bool, int, Hlc]],
) -> None:
    wall = FakeWallClock(0)
    clock = HybridClock("laptop-a", wall)
    issued = [str(clock.last)]
    for is_receive, now_ms, remote in events:
        wall.now_ms = now_ms  # jumps back and forth, as laptops' clocks do
        issued.append(str(clock.receive(remote) if is_receive else clock.tick()))

    assert issued == sorted(issued)
    assert len(set(issued)) == len(issued)


def test_the_clock_reads_time_only_through_the_injected_wall_clock() -> None:
    wall = FakeWallClock(1732704000000)
    clock = HybridClock(NODE, wall)

    assert clock.tick() == Hlc(1732704000000, 0, NODE)
    assert clock.receive("1732704000000:0009:service") == Hlc(1732704000000, 10, NODE)
    assert wall.reads == 2


def test_a_restarted_clock_continues_after_its_persisted_stamp() -> None:
    persisted = Hlc(1732704000000, 3, NODE)
    clock = HybridClock(NODE, FakeWallClock(1732700000000), last=persisted)

    assert clock.tick() > persisted


def test_a_persisted_stamp_of_another_node_is_refused() -> None:
    with pytest.raises(ValueError, match="another node"):
        HybridClock(NODE, FakeWallClock(0), last=Hlc(1, 0, "someone-else"))


def test_a_forged_stamp_at_the_end_of_time_is_refused_not_absorbed() -> None:
    forged = Hlc(10**13 - 1, MAX_COUNTER, "forger")
    with pytest.raises(ValueError, match="hlc"):
        receive(Hlc(1000, 0, NODE), forged, now_ms=1000)


def test_skew_is_how_far_a_remote_stamp_is_ahead_of_the_local_wall_clock() -> None:
    assert skew_ms(Hlc(1_000_600_000, 0, "a"), now_ms=1_000_000_000) == 600_000
    assert skew_ms(Hlc(1_000_000_000, 0, "a"), now_ms=1_000_600_000) == -600_000
