"""A throw-away profile with fictional demo cases (smoke test, screenshots, benchmarks).

The recovery private key is discarded at once: such a profile can never be recovered, which
is right for data that must never matter.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from storage.clock import WallClock, system_clock
from storage.demo_data import generate_cases, insert_demo_case
from storage.keys import generate_recovery_keypair, wipe
from storage.profiles import DEFAULT_UNLOCK_SECONDS, ProfileInfo, Workspace
from storage.unlocked import unlock_profile

DEMO_PASSPHRASE = "Sonnenblume Zugfahrt Bergsee Kaffeetasse Laterne"  # noqa: S105 - fiction
DEMO_TODAY = date(2026, 11, 27)


def create_demo_profile(
    root: Path,
    *,
    cases: int,
    today: date = DEMO_TODAY,
    login: str = "a.keller",
    display_name: str = "A. Keller",
    unlock_seconds: float = DEFAULT_UNLOCK_SECONDS,
    clock: WallClock = system_clock,
) -> ProfileInfo:
    """Create a profile under `root` holding `cases` generated cases; returns its info."""
    private, public = generate_recovery_keypair()
    wipe(private)
    workspace = Workspace(root, unlock_seconds=unlock_seconds, clock=clock)
    info = workspace.create_profile(
        login=login,
        display_name=display_name,
        passphrase=DEMO_PASSPHRASE,
        recovery_public_key=public,
    )
    if cases:
        profile = unlock_profile(workspace, info.profile_id, DEMO_PASSPHRASE)
        try:
            for demo in generate_cases(cases, today=today, assigned_to=login):
                with profile.store.write():  # one transaction per case: much faster
                    insert_demo_case(profile.records, demo)
        finally:
            profile.lock()
    return info
