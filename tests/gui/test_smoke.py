"""`dossier --smoke-test`: what CI runs against a build — unlock a temporary profile, show it."""

from __future__ import annotations

import os
import subprocess
import sys


def test_the_smoke_test_unlocks_a_temporary_profile_and_exits_0() -> None:
    env = os.environ | {"QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "--smoke-test"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "smoke test passed" in result.stderr
