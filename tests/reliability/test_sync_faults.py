"""Network faults end to end: three laptops sync through a seeded fault proxy (issue 8).

Every round each laptop writes (a note, or its own field of a shared case) and syncs through
`FaultProxy` with a `RandomSchedule`: drops and resets before and after the service commits,
truncated and corrupted answers, answers slower than the client's read timeout, black holes,
5xx/429 with Retry-After. Afterwards the proxy heals, every laptop syncs until clean, and:

* lost = 0        every mutation_seq a profile handed out is in the service's mutation log
* duplicated = 0  no seq logged twice or never written, no note body stored twice
* converged       every laptop's rows equal the service's for each case it holds
* unrecovered = 0 every laptop syncs without error once the network is healthy again

The CI run injects ~100 faults; `-m slow` runs `DOSSIER_FAULT_ROUNDS` rounds (default 200,
≥ 500 faults). A one-line report is printed; replay a failure from its seed.
"""

from __future__ import annotations

import os
import random
import time
from collections import Counter
from collections.abc import Callable

import pytest
from fastapi import FastAPI

from sync.client.engine import sync_unlocked
from sync.client.transport import RetryPolicy, Transport
from tests.reliability.faultproxy import FaultKind, FaultProxy, RandomSchedule
from tests.sync.conftest import (  # noqa: F401 - fixtures; first: it quiets starlette's import
    Laptop,
    app,
    backend,
    clock,
    database_url,
    laptop_template,
    make_laptop,
    service_url,
)

# isort: split
# (after the conftest import above, which quiets starlette's import-time warning)
from tests.server.laptops import seed_case
from tests.sync.replicas import (
    laptop_case,
    lost_and_duplicated,
    outbox_left,
    server_case,
    server_statuses,
)

SEED = int(os.environ.get("DOSSIER_FAULT_SEED", "20261127"))
RATES = {
    FaultKind.DROP: 0.08,
    FaultKind.RESET: 0.08,
    FaultKind.TRUNCATE: 0.08,
    FaultKind.RESPOND: 0.09,
    FaultKind.DELAY: 0.07,
    FaultKind.BLACKHOLE: 0.02,
    FaultKind.CORRUPT: 0.03,
}
READ_TIMEOUT = 0.25
# Retry-After 0 is retried in the run; Retry-After 1 exceeds max_retry_after, so the run
# reports the failure and the next cycle recovers (a scheduler's retry, compressed).
RETRY = RetryPolicy(attempts=3, base_delay=0.005, max_delay=0.02, max_retry_after=0.2)


def _transport(url: str) -> Transport:
    return Transport(url, retry=RETRY, timeout=(1.0, READ_TIMEOUT))


def _write(laptop: Laptop, rng: random.Random, cases: list[str], written: Counter[str]) -> None:
    case_id = rng.choice(cases)
    profile = laptop.unlock()
    if rng.random() < 0.6:
        body = f"{laptop.login} note {sum(written.values())}"
        profile.records.create("note", {"body": body}, case_id=case_id)
        written[body] += 1
    else:
        # Each laptop owns one field, so faults (not conflicts) are what this run exercises.
        field = {"anna": "summary", "ben": "accommodation", "cleo": "vulnerability_note"}
        value = f"{laptop.login} {rng.random():.6f}"
        profile.records.update("case", case_id, {field[laptop.login]: value})


def _run(api: FastAPI, make: Callable[[str], Laptop], url: str, rounds: int) -> str:
    laptops = [make(login) for login in ("anna", "ben", "cleo")]
    cases = [seed_case(api, f"F-{n}", "anna", "ben", "cleo", persons=1) for n in range(2)]
    for laptop in laptops:
        assert laptop.sync().error is None
    rng = random.Random(SEED)
    written: Counter[str] = Counter()
    failed_syncs = 0
    started = time.monotonic()
    schedule = RandomSchedule(seed=SEED, rates=RATES, max_delay=0.5, retry_after=(None, 0, 1))
    with FaultProxy(url, schedule, idle_timeout=2.0, timeout=10.0) as proxy:
        for _ in range(rounds):
            for laptop in rng.sample(laptops, len(laptops)):
                _write(laptop, rng, cases, written)
                failed_syncs += laptop_sync(laptop, proxy.url) is not None
        faults = Counter(f.kind.value for e in proxy.faults() for f in e.faults)
        ambiguous = sum(e.ambiguous for e in proxy.faults())  # the service may have committed
        assert proxy.errors == []
        proxy.rule = None  # the network heals
        unrecovered = sum(_heal(laptop, proxy.url) for laptop in laptops)
        for laptop in laptops:  # pick up what the others pushed while this one healed
            unrecovered += laptop_sync(laptop, proxy.url) is not None
    lost: list[int] = []
    duplicated: list[int] = []
    for laptop in laptops:
        lost_here, dup_here = lost_and_duplicated(api, laptop)
        lost += lost_here
        duplicated += dup_here
        assert outbox_left(laptop) == 0, laptop.login
    notes = Counter(
        values[0][1]
        for case_id in cases
        for key, (_, _, values) in server_case(api, case_id).items()
        if key.startswith("note:")
    )
    duplicated += [1 for body, n in notes.items() if n > 1]
    lost += [1 for body in written if notes[body] == 0]
    for laptop in laptops:
        for case_id in cases:
            assert laptop_case(laptop, case_id) == server_case(api, case_id), laptop.login
    report = (
        f"sync faults seed={SEED} rounds={rounds} faults={sum(faults.values())} "
        f"by_kind={dict(sorted(faults.items()))} after_commit={ambiguous} "
        f"mutations={_mutations(api)} notes={len(written)} "
        f"failed_syncs={failed_syncs} lost={len(lost)} duplicated={len(duplicated)} "
        f"unrecovered={unrecovered} seconds={time.monotonic() - started:.1f}"
    )
    print("\n" + report)
    assert (lost, duplicated, unrecovered) == ([], [], 0), report
    return report


def laptop_sync(laptop: Laptop, url: str) -> str | None:
    """One unlocked sync cycle through `url`; the error code, or None."""
    transport = _transport(url)
    try:
        return sync_unlocked(laptop.workspace, laptop.unlock(), transport).error
    finally:
        transport.close()


def _heal(laptop: Laptop, url: str) -> int:
    # A healthy network must bring every laptop back within a few cycles.
    for _ in range(3):
        if laptop_sync(laptop, url) is None and outbox_left(laptop) == 0:
            return 0
    return 1


def _mutations(api: FastAPI) -> int:
    return sum(server_statuses(api).values())


def test_three_laptops_through_random_faults_lose_and_duplicate_nothing(
    app: FastAPI,  # noqa: F811
    make_laptop: Callable[[str], Laptop],  # noqa: F811
    service_url: str,  # noqa: F811
) -> None:
    _run(app, make_laptop, service_url, rounds=int(os.environ.get("DOSSIER_FAULT_CI_ROUNDS", "30")))


@pytest.mark.slow
def test_long_fault_run(
    app: FastAPI,  # noqa: F811
    make_laptop: Callable[[str], Laptop],  # noqa: F811
    service_url: str,  # noqa: F811
) -> None:
    _run(app, make_laptop, service_url, rounds=int(os.environ.get("DOSSIER_FAULT_ROUNDS", "200")))
