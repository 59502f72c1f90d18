"""Throw-away caseworker profiles for the benchmarks, made the way the tests make them."""

from __future__ import annotations

import cProfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from storage.keys import generate_recovery_keypair
from storage.profiles import ProfileInfo, Workspace
from storage.unlocked import OpenProfile, unlock_profile

PASSPHRASE = "Sonnenblume Zugfahrt Bergsee Kaffeetasse Laterne"


def new_profile(root: Path, login: str) -> tuple[Workspace, ProfileInfo]:
    """A fresh profile (Argon2id at the floor: 64 MiB, t=3, p=4) in its own data dir."""
    workspace = Workspace(root / login)
    _, public = generate_recovery_keypair()
    info = workspace.create_profile(
        login=login,
        display_name=f"Bench {login}",
        passphrase=PASSPHRASE,
        recovery_public_key=public,
    )
    return workspace, info


@contextmanager
def unlocked(workspace: Workspace, profile_id: str) -> Iterator[OpenProfile]:
    """The profile unlocked for the duration of the block, locked afterwards."""
    profile = unlock_profile(workspace, profile_id, PASSPHRASE)
    try:
        yield profile
    finally:
        profile.lock()


@dataclass(slots=True)
class Elapsed:
    seconds: float = 0.0


@contextmanager
def stopwatch(profiler: cProfile.Profile | None = None) -> Iterator[Elapsed]:
    """Time the block; with a profiler, profile exactly this block (ours, never the floor)."""
    elapsed = Elapsed()
    if profiler is not None:
        profiler.enable()
    start = time.perf_counter()
    try:
        yield elapsed
    finally:
        elapsed.seconds = time.perf_counter() - start
        if profiler is not None:
            profiler.disable()
