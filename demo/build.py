"""Building the demo once, and making sure a conflict waits on laptop A every time it opens."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from demo.laptops import (
    Laptop,
    add_case_work,
    create_laptop,
    open_conflicts,
    opened,
    stage_conflict,
    sync,
)
from demo.service import build_service, enrolment_code
from demo.state import CASEWORKER_A, CASEWORKER_B, DemoError, DemoPaths, DemoState
from storage.demo_data import DemoCase, generate_cases
from storage.demo_showcase import showcase

MIN_CASES = 3  # A's share, B's share and at least one case both work on
Say = Callable[[str], None]


@dataclass(frozen=True, slots=True)
class CaseSplit:
    """Who works on which cases: A the first two thirds, B the last two, both the middle."""

    cases: list[DemoCase]

    @property
    def a(self) -> list[DemoCase]:
        return self.cases[: 2 * len(self.cases) // 3]

    @property
    def b(self) -> list[DemoCase]:
        return self.cases[len(self.cases) // 3 :]

    @property
    def b_only(self) -> list[DemoCase]:
        return self.cases[2 * len(self.cases) // 3 :]

    @property
    def shared(self) -> DemoCase:
        return self.cases[len(self.cases) // 3]


def demo_cases(count: int, today: date) -> CaseSplit:
    """The generated fictional cases (storage.demo_data), each assigned to its caseworker."""
    if count < MIN_CASES:
        raise DemoError("too_few_cases", f"at least {MIN_CASES}")
    split = CaseSplit(generate_cases(count, today=today, assigned_to=CASEWORKER_A.login))
    showcase(split.a, today)  # a return in progress, a protocol ready to export (A's cases)
    for demo in split.b_only:
        demo.case["assigned_to"] = CASEWORKER_B.login
    return split


def build_service_side(paths: DemoPaths, split: CaseSplit, say: Say) -> None:
    """The service's data, offline: keys, recovery key, users, the import, assignments."""
    say(f"Setting up the demo service in {paths.service} ({len(split.cases)} fictional cases) …")
    numbers = {
        CASEWORKER_A.login: [d.case["case_number"] for d in split.a],
        CASEWORKER_B.login: [d.case["case_number"] for d in split.b],
    }
    build_service(paths, split.cases, numbers)


def build_laptops(paths: DemoPaths, split: CaseSplit, state: DemoState, url: str, say: Say) -> int:
    """Enrol both laptops with one-time codes, fetch their cases, add each one's case work,
    then stage the first conflict. Returns the open conflicts on A."""
    for worker, root, device in (
        (CASEWORKER_A, paths.laptop_a, "LAPTOP-A (demo)"),
        (CASEWORKER_B, paths.laptop_b, "LAPTOP-B (demo)"),
    ):
        say(f"Enrolling {worker.name}'s laptop in {root} …")
        code = enrolment_code(paths, worker.login)
        create_laptop(root, worker, url=url, code=code, device=device)
    say("Both laptops sync their cases and add notes, tasks and interviews …")
    with opened(paths.laptop_a) as a, opened(paths.laptop_b) as b:
        sync(a)
        sync(b)
        add_case_work(a, split.a)
        add_case_work(b, split.b_only)
        sync(a)
        sync(b)  # B receives A's work on the cases they share; both are now current
        return _stage(a, b, state, say, catch_up=False)


def _stage(a: Laptop, b: Laptop, state: DemoState, say: Say, *, catch_up: bool) -> int:
    case = state.conflict_case
    if case is None:
        raise DemoError("state_unreadable", "no conflict case")
    say(f"Both caseworkers edit case {case} offline; B syncs first, then A …")
    state.conflict_round += 1
    stage_conflict(a, b, case, state.conflict_round, catch_up=catch_up)
    waiting = open_conflicts(a)
    if not waiting:
        raise DemoError("no_conflict", case)
    return waiting


def ensure_conflict(paths: DemoPaths, state: DemoState, say: Say) -> int:
    """Sync A (fresh data, and its offline check stays happy); when no conflict is open any
    more (somebody resolved it), stage a new one. Returns the open conflicts on A."""
    with opened(paths.laptop_a) as a:
        sync(a)
        waiting = open_conflicts(a)
        if waiting:
            return waiting
        with opened(paths.laptop_b) as b:
            return _stage(a, b, state, say, catch_up=True)
