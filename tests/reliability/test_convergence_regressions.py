"""Examples the long convergence run found, replayed step by step (fast, in every CI run).

Each is the shrunk failing example Hypothesis printed, driven through the same state machine
(`test_convergence.Convergence`), so it checks every invariant after every `sync_all`.
"""

from __future__ import annotations

from collections.abc import Callable

from fastapi import FastAPI

from sync.client.resolve import Choice
from tests.reliability.test_convergence import Convergence, World
from tests.sync.conftest import (  # noqa: F401 - fixtures
    Laptop,
    app,
    backend,
    clock,
    database_url,
    laptop_template,
    make_laptop,
    service_url,
)

STATUS = ("case", "status", ("in_progress", "waiting", "open"))


def test_a_resolution_the_service_refuses_does_not_leave_the_laptop_diverged(
    app: FastAPI,  # noqa: F811
    make_laptop: Callable[[str], Laptop],  # noqa: F811
) -> None:
    # A laptop resolved a conflict whose service value had changed meanwhile: the service
    # kept its value and opened a new conflict without a new row version, so no newer image
    # ever came and the laptop showed its own value for good (same version, other value).
    s = Convergence(World(app, make_laptop))
    s.skew_clock(seconds=-3600.0, who=0)
    s.edit(edit=STATUS, pick=2, which=1, who=2)
    s.resolve(choice=Choice.MINE, pick=2, who=2)
    s.resolve(choice=Choice.THEIRS, pick=7, who=0)
    s.skew_clock(seconds=-90.0, who=2)
    s.skew_clock(seconds=120.0, who=1)
    s.resolve(choice=Choice.MINE, pick=5, who=0)
    s.sync(who=1)
    s.skew_clock(seconds=-90.0, who=2)
    s.archive_task(archived=True, which=1, who=2)
    s.skew_clock(seconds=7200.0, who=0)
    s.resolve(choice=Choice.MINE, pick=7, who=1)
    s.archive_task(archived=False, which=1, who=0)
    s.same_field(edit=("person", "phone", ("+41 1", "+41 2")), first=2, pick=0, second=1, which=1)
    s.archive_task(archived=False, which=1, who=0)
    s.resolve(choice=Choice.THEIRS, pick=7, who=0)
    s.sync_all()
    s.archive_task(archived=True, which=0, who=0)
    s.skew_clock(seconds=1.5, who=1)
    s.sync_all()
    s.skew_clock(seconds=-3600.0, who=1)
    s.sync_all()
    s.skew_clock(seconds=1.5, who=0)
    s.sync_all()
    s.archive_task(archived=False, which=0, who=0)
    s.resolve(choice=Choice.THEIRS, pick=3, who=0)
    s.sync_all()
    s.teardown()
