"""Back-off after failed unlocks (DEV-3): pure, so the policy is tested without a clock.

It only slows guessing at the screen — offline guessing is bounded by Argon2id — but it
stops a passer-by from trying a list of passphrases on an unattended laptop.
"""

from __future__ import annotations

FREE_ATTEMPTS = 3
FIRST_DELAY_S = 5.0
MAX_DELAY_S = 300.0


def retry_delay(failures: int) -> float:
    """Seconds to wait after `failures` consecutive wrong passphrases."""
    if failures < FREE_ATTEMPTS:
        return 0.0
    return min(FIRST_DELAY_S * 2 ** (failures - FREE_ATTEMPTS), MAX_DELAY_S)


def seconds_until_retry(failures: int, last_failure: float, now: float) -> int:
    """Whole seconds left before the next attempt is allowed (0: allowed now)."""
    delay = retry_delay(failures)
    # Capped at the delay: a clock set back must not lock someone out for hours.
    remaining = min(last_failure + delay - now, delay)
    return max(0, int(remaining + 0.999))
