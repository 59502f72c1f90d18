"""A writer killed with SIGKILL at random moments never loses an acknowledged write and its
store always reopens intact. CI runs a few kills; `make reliability` runs >= 1,000."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from storage.audit import verify_store_chain
from storage.profiles import Workspace
from storage.services.records import pending_mutations
from storage.tables import ENTITY_TABLES
from storage.unlocked import unlock_profile

from ..integration.storage.conftest import PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]
LONG_ROUNDS = int(os.environ.get("DOSSIER_KILL_ROUNDS", "1000"))


def _run_and_kill(
    data: Path, profile_id: str, mode: str, passphrase: str, rng: random.Random
) -> list[str]:
    """Start the writer, let it commit for a random while, SIGKILL it; return its ACKs."""
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.reliability.crash_writer", str(data), profile_id, mode],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert child.stdin and child.stdout
    child.stdin.write(passphrase + "\n")
    child.stdin.flush()
    acks: list[str] = []
    assert child.stdout.readline().strip() == "READY"

    def read() -> None:
        for line in child.stdout:  # type: ignore[union-attr]
            if line.startswith("ACK "):
                acks.append(line[4:].strip())

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    time.sleep(rng.uniform(0.4, 1.6))  # unlock takes ~0.3 s: kills land in all phases
    child.send_signal(signal.SIGKILL)
    child.wait()
    reader.join(timeout=5)
    child.stdin.close()
    child.stdout.close()
    return acks


def _check_store(
    workspace: Workspace, profile_id: str, acked: list[str], seen: set[str] | None = None
) -> None:
    """Everything acknowledged is there and the store is sound; attachments already
    decrypted in an earlier round (`seen`) are not decrypted again, so long runs stay
    linear."""
    profile = unlock_profile(workspace, profile_id, PASSPHRASE)
    try:
        assert profile.store.integrity_problems() == []
        notes = ENTITY_TABLES["note"]
        with profile.store.read() as conn:
            bodies = set(conn.execute(select(notes.c.body)).scalars())
            seqs = [m.mutation_seq for m in pending_mutations(conn)]
            count = conn.execute(select(func.count()).select_from(notes)).scalar_one()
        missing = [t for t in acked if f"Krash-Notiz {t}" not in bodies]
        assert missing == [], f"acknowledged writes lost: {len(missing)}"
        assert seqs == list(range(1, len(seqs) + 1))  # outbox gap-free
        assert count >= len(acked)
        assert verify_store_chain(profile.store, profile_id).ok
        seen = set() if seen is None else seen
        for attachment in profile.records.list("attachment"):
            if attachment.id not in seen:
                assert len(profile.attachments.read(attachment.id)) == attachment.values["size"]
                seen.add(attachment.id)
    finally:
        profile.lock()


def _kill_rounds(workspace: Workspace, rounds: int, seed: int) -> None:
    rng = random.Random(seed)
    (info,) = workspace.list_profiles()
    setup = unlock_profile(workspace, info.profile_id, PASSPHRASE)
    setup.records.create(
        "case", {"case_number": "ZH-2026-000001", "case_type": "hardship", "status": "open"}
    )
    setup.lock()
    acked: list[str] = []
    seen: set[str] = set()
    for _ in range(rounds):
        acked += _run_and_kill(workspace.root, info.profile_id, "cases", PASSPHRASE, rng)
        _check_store(workspace, info.profile_id, acked, seen)  # raises on any loss
    assert acked, "the writer never got to commit: the kill test tested nothing"
    print(
        f"\ncrash report: kills={rounds} acknowledged_writes={len(acked)} "
        "acknowledged_writes_lost=0 stores_failing_to_open=0"
    )


def _flip_rounds(workspace: Workspace, rounds: int, seed: int) -> None:
    rng = random.Random(seed)
    (info,) = workspace.list_profiles()
    current = PASSPHRASE
    for _ in range(rounds):
        acks = _run_and_kill(workspace.root, info.profile_id, "flip", current, rng)
        candidates = [acks[-1]] if acks else [current]
        candidates.append(PASSPHRASE + " Wechsel" if candidates[0] == PASSPHRASE else PASSPHRASE)
        opened = None
        for candidate in candidates:  # the last acknowledged one, or the one in flight
            try:
                opened = unlock_profile(workspace, info.profile_id, candidate)
                current = candidate
                break
            except Exception:
                continue
        assert opened is not None, "envelope unreadable after a kill"
        opened.lock()
        if current != PASSPHRASE:  # keep the fixture's passphrase for the next test
            workspace.change_passphrase(info.profile_id, current, PASSPHRASE)
            current = PASSPHRASE


def test_killed_writer_never_loses_an_acknowledged_write(workspace: Workspace) -> None:
    _kill_rounds(workspace, rounds=4, seed=1)


def test_killed_passphrase_change_always_leaves_an_openable_envelope(workspace: Workspace) -> None:
    _flip_rounds(workspace, rounds=3, seed=2)


@pytest.mark.slow
@pytest.mark.timeout(4 * 3600)  # ~2 s per kill round; the count is set by the caller
def test_long_run_of_random_kills(workspace: Workspace) -> None:
    _kill_rounds(workspace, rounds=LONG_ROUNDS, seed=int(time.time()))
