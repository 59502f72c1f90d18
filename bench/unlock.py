"""Unlock: `unlock_profile` end to end vs the Argon2id derivation alone (the floor).

Unlock is bounded by the KDF on purpose (Argon2id at the floor m=64 MiB, t=3, p=4, read from
the profile's own envelope): the rest (unwrap, opening and checking the store, migrations
check, the audit entry) is our overhead. Ours and the floor alternate, round by round.
"""

from __future__ import annotations

import cProfile
import secrets
import time
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from bench.report import Line, median
from bench.workspace import PASSPHRASE, stopwatch
from storage.keys import SALT_BYTES, KdfParams, inspect_envelope, read_envelope
from storage.profiles import ProfileInfo, Workspace
from storage.unlocked import OpenProfile, unlock_profile

GOAL_S = (0.3, 1.5)


@dataclass
class UnlockResult:
    label: str
    kdf: KdfParams
    ours_s: list[float] = field(default_factory=list)
    floor_s: list[float] = field(default_factory=list)


def derive_floor(kdf: KdfParams) -> float:
    """Seconds for one Argon2id derivation with the envelope's parameters and a fresh salt."""
    secret = unicodedata.normalize("NFC", PASSPHRASE).encode()
    argon = Argon2id(
        salt=secrets.token_bytes(SALT_BYTES),
        length=32,
        iterations=kdf.iterations,
        lanes=kdf.lanes,
        memory_cost=kdf.memory_kib,
    )
    start = time.perf_counter()
    argon.derive(secret)
    return time.perf_counter() - start


def run_unlock(
    workspace: Workspace,
    info: ProfileInfo,
    *,
    label: str,
    rounds: int = 5,
    after: Callable[[OpenProfile], None] | None = None,
    profiler: cProfile.Profile | None = None,
) -> UnlockResult:
    """Unlock and lock `rounds` times; `after` runs on each unlocked profile, untimed."""
    kdf = inspect_envelope(read_envelope(info.envelope_path)).kdf
    result = UnlockResult(label, kdf)
    for round_ in range(rounds):
        if round_ % 2:
            result.floor_s.append(derive_floor(kdf))
        with stopwatch(profiler) as elapsed:
            profile = unlock_profile(workspace, info.profile_id, PASSPHRASE)
        result.ours_s.append(elapsed.seconds)
        try:
            if after is not None:
                after(profile)
        finally:
            profile.lock()
        if not round_ % 2:
            result.floor_s.append(derive_floor(kdf))
    return result


def unlock_line(result: UnlockResult) -> Line:
    ours = median(result.ours_s)
    return Line(
        f"unlock ({result.label}), median of {len(result.ours_s)}",
        ours,
        median(result.floor_s),
        "s",
        goal=f"{GOAL_S[0]}-{GOAL_S[1]} s",
        passed=GOAL_S[0] <= ours <= GOAL_S[1],
    )


def unlock_details(result: UnlockResult) -> dict[str, Any]:
    return {
        "label": result.label,
        "kdf": {
            "memory_kib": result.kdf.memory_kib,
            "iterations": result.kdf.iterations,
            "lanes": result.kdf.lanes,
        },
        "ours_s": result.ours_s,
        "floor_argon2id_s": result.floor_s,
        "ours_median_s": median(result.ours_s),
        "floor_median_s": median(result.floor_s),
    }
