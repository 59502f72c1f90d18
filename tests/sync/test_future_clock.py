"""A laptop whose clock runs two days fast no longer wins every last-writer-wins tie (F07).

Real laptops against the real service (both backends). The service clock starts at the real
time and is moved by the test; each laptop reads the same time, one of them two days ahead.
The service clamps HLCs from the future (`sync.server.services.clocks`): an honest edit made
after the fast one in real time wins its tie, every replica ends on the service's values
and stamps, and the audit log keeps the claimed and the stored HLC.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from fastapi import FastAPI
from sqlalchemy import select

from storage.hlc import Hlc
from storage.tables import ENTITY_TABLES as LOCAL_TABLES
from storage.tables import outbox
from sync.client.layout import ProfileFiles
from sync.protocol.clocks import MAX_HLC_AHEAD
from sync.server.db.tables import ENTITY_TABLES as SERVER_TABLES
from sync.server.db.tables import server_audit
from sync.server.services.clocks import epoch_ms
from tests.server.conftest import FakeClock
from tests.server.laptops import seed_case
from tests.sync.laptop import Laptop
from tests.sync.replicas import laptop_case, server_case

TWO_DAYS = timedelta(days=2)


@pytest.fixture
def clock() -> Iterator[FakeClock]:
    """The service clock, starting at the real time (laptops enrol on the real clock)."""
    service = FakeClock()
    service.now = datetime.now(UTC).replace(microsecond=0)
    yield service


def _laptop(
    make: Callable[[str], Laptop], login: str, clock: FakeClock, ahead: timedelta
) -> Laptop:
    laptop = make(login)

    def reading() -> float:  # the test's time, read at every call
        return (clock() + ahead).timestamp()

    # From its next unlock on, the laptop reads the test's time, `ahead` of the service.
    laptop.workspace.clock = reading
    laptop.lock()
    return laptop


def _team(
    make: Callable[[str], Laptop], app: FastAPI, clock: FakeClock
) -> tuple[Laptop, Laptop, str, str]:
    """The fast and the normal laptop, a case both hold, and a task in it both have."""
    clock.advance(minutes=1)  # past the enrolments, stamped on the real clock
    fast = _laptop(make, "fast", clock, TWO_DAYS)
    normal = _laptop(make, "normal", clock, timedelta(0))
    case_id = seed_case(app, "F07-1", "fast", "normal")
    assert normal.sync().error is None
    task = normal.unlock().records.create(
        "task", {"title": "Call", "kind": "task"}, case_id=case_id
    )
    for laptop in (normal, fast):
        assert laptop.sync().error is None
    return fast, normal, case_id, task.id


def _field_clocks(app: FastAPI, laptops: tuple[Laptop, ...], task: str) -> list[dict[str, Any]]:
    """The task's field clocks on the service, then on each laptop."""
    server, local = SERVER_TABLES["task"], LOCAL_TABLES["task"]
    with app.state.context.db.read() as conn:
        found = [conn.execute(select(server.c.field_clocks).where(server.c.id == task)).scalar()]
    for laptop in laptops:
        with laptop.unlock().store.read() as conn:
            query = select(local.c.field_clocks).where(local.c.id == task)
            found.append(conn.execute(query).scalar())
    return found


def _pending_hlc(laptop: Laptop) -> tuple[int, str]:
    with laptop.unlock().store.read() as conn:
        (seq, hlc), *_ = conn.execute(select(outbox.c.mutation_seq, outbox.c.client_hlc))
    return int(seq), str(hlc)


def _title(app: FastAPI, case_id: str, task: str) -> Any:
    return dict(server_case(app, case_id)[f"task:{task}"][2])["title"]


def _assert_converged(app: FastAPI, case_id: str, task: str, *laptops: Laptop) -> None:
    for laptop in laptops:
        assert laptop.sync().error is None
    expected = server_case(app, case_id)
    for laptop in laptops:
        assert laptop_case(laptop, case_id) == expected, laptop.login
    first, *rest = _field_clocks(app, laptops, task)
    assert rest == [first] * len(laptops)


def test_an_edit_made_later_in_real_time_beats_the_fast_laptops_and_everyone_converges(
    app: FastAPI, make_laptop: Callable[[str], Laptop], clock: FakeClock
) -> None:
    fast, normal, case_id, task = _team(make_laptop, app, clock)
    fast.unlock().records.update("task", task, {"title": "Fast's"})
    seq, claimed = _pending_hlc(fast)
    pushed_at = clock()
    assert fast.sync().error is None
    # An hour later (real time) the other caseworker, who has not seen it, renames the task.
    clock.advance(hours=1)
    normal.unlock().records.update("task", task, {"title": "Normal's"})
    assert normal.sync().error is None
    assert _title(app, case_id, task) == "Normal's"  # the two-days-ahead stamp did not win
    _assert_converged(app, case_id, task, fast, normal, fast)

    fast_profile = ProfileFiles(fast.info).state().server_profile_id
    stored = f"{epoch_ms(pushed_at + MAX_HLC_AHEAD):013d}:{seq:04d}:{fast_profile}"
    with app.state.context.db.read() as conn:
        query = select(server_audit.c.detail).where(server_audit.c.action == "mutation.clock_ahead")
        claims = {(d["profile_id"], d["mutation_seq"]): d for d in conn.execute(query).scalars()}
    assert Hlc.parse(claimed).wall_ms >= epoch_ms(pushed_at + TWO_DAYS)
    claim = claims[(fast_profile, seq)]
    assert (claim["claimed_hlc"], claim["stored_hlc"]) == (claimed, stored)
    assert claim["ahead_ms"] >= TWO_DAYS // timedelta(milliseconds=1)
    # The honest laptop's stamps were never clamped.
    assert {profile for profile, _ in claims} == {fast_profile}


def test_a_fast_edit_shown_over_a_newer_one_is_replaced_by_the_services_choice(
    app: FastAPI, make_laptop: Callable[[str], Laptop], clock: FakeClock
) -> None:
    fast, normal, case_id, task = _team(make_laptop, app, clock)
    normal.unlock().records.update("task", task, {"title": "Normal's"})
    assert normal.sync().error is None
    # The fast laptop fetches that edit while its own (older, stamped two days ahead) is
    # still pending: rebased here, its stamp wins, so it shows its own title for now.
    fast.lock()
    assert fast.sync_locked().error is None
    fast.unlock().records.update("task", task, {"title": "Fast's"})
    fast.apply()
    assert dict(laptop_case(fast, case_id)[f"task:{task}"][2])["title"] == "Fast's"
    # Its push reaches a worker whose clock is ten minutes slow: clamped below the honest
    # stamp, it loses the tie, and the service sends its own row out again.
    clock.advance(minutes=-10)
    assert fast.sync().error is None
    assert _title(app, case_id, task) == "Normal's"
    _assert_converged(app, case_id, task, fast, normal)


def test_a_far_future_stamp_a_laptop_pulls_does_not_move_its_own_clock(
    app: FastAPI, make_laptop: Callable[[str], Laptop], clock: FakeClock
) -> None:
    fast, normal, _, task = _team(make_laptop, app, clock)
    # While the service clock itself ran three days fast, the fast laptop's edit was stamped
    # (clamped) three days ahead of the real time; then the service clock was put right.
    clock.advance(days=3)
    fast.unlock().records.update("task", task, {"title": "Fast's"})
    assert fast.sync().error is None
    clock.advance(days=-3)
    assert normal.sync().error is None
    server, held = _field_clocks(app, (normal,), task)
    assert held["title"] == server["title"]
    assert Hlc.parse(held["title"]).wall_ms >= epoch_ms(clock() + timedelta(days=3))
    normal.unlock().records.update("task", task, {"done": True})
    _, own = _pending_hlc(normal)
    assert epoch_ms(clock()) <= Hlc.parse(own).wall_ms < epoch_ms(clock() + MAX_HLC_AHEAD)
