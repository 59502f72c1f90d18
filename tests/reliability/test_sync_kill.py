"""Process kill during push, pull and apply (issue 4/8, F15, F04, F10).

A child process writes a note and syncs in a loop; the parent SIGKILLs it after a random
delay (seeded), so the kill lands anywhere: in a write, while sealing, mid-push (before or
after the service commits), mid-pull, or inside the apply transaction. A second laptop keeps
editing the same case so pulls carry data. After the rounds the parent unlocks, syncs, and
asserts: every acknowledged note is on the service exactly once, no mutation_seq is missing
or repeated, the outbox is empty and both replicas equal the service.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from fastapi import FastAPI

from tests.sync.conftest import (  # noqa: F401 - fixtures; first: it quiets starlette's import
    PASSPHRASE,
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
from tests.sync.replicas import laptop_case, lost_and_duplicated, outbox_left, server_case

ROOT = Path(__file__).resolve().parents[2]
SEED = int(os.environ.get("DOSSIER_KILL_SEED", "4242"))


def _kill_round(laptop: Laptop, url: str, case_id: str, tag: str, delay: float) -> list[str]:
    laptop.lock()  # the child owns the profile now
    child = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "tests.sync.kill_child",
            str(laptop.workspace.root),
            url,
            case_id,
            tag,
        ],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdin is not None and child.stdout is not None
    child.stdin.write(PASSPHRASE + "\n")
    child.stdin.flush()
    first = child.stdout.readline()  # wait until it is unlocked and writing
    time.sleep(delay)
    child.send_signal(signal.SIGKILL)
    rest, _ = child.communicate(timeout=10)
    acked = [
        line.split(" ", 1)[1] for line in (first + rest).splitlines() if line.startswith("ACK ")
    ]
    return acked


def test_killed_syncs_lose_and_duplicate_nothing(
    app: FastAPI,  # noqa: F811
    make_laptop: Callable[[str], Laptop],  # noqa: F811
    service_url: str,  # noqa: F811
) -> None:
    anna, ben = make_laptop("anna"), make_laptop("ben")
    case_id = seed_case(app, "KILL-1", "anna", "ben")
    anna.sync()
    ben.sync()
    rng = random.Random(SEED)
    acked: list[str] = []
    rounds = int(os.environ.get("DOSSIER_KILL_ROUNDS", "6"))
    for n in range(rounds):
        ben.unlock().records.update("case", case_id, {"accommodation": f"ben {n}"})
        ben.sync()
        acked += _kill_round(anna, service_url, case_id, f"anna{n}", rng.uniform(0.05, 0.8))
    assert anna.sync().error is None
    assert anna.sync().error is None
    assert ben.sync().error is None
    notes = Counter(
        dict(v[2])["body"] for k, v in server_case(app, case_id).items() if k.startswith("note:")
    )
    lost = [body for body in acked if notes[body] == 0]
    duplicated = [body for body, count in notes.items() if count > 1]
    print(
        f"\nsync kills seed={SEED} rounds={rounds} acked={len(acked)} "
        f"on_service={sum(notes.values())} lost={len(lost)} duplicated={len(duplicated)}"
    )
    assert (lost, duplicated) == ([], [])
    assert lost_and_duplicated(app, anna) == ([], [])
    assert outbox_left(anna) == 0
    for laptop in (anna, ben):
        assert laptop_case(laptop, case_id) == server_case(app, case_id)
