"""MEM-2: a process that will hold keys can't dump core and can't be read by a debugger."""

from __future__ import annotations

import subprocess
import sys

CHECK = (
    "from storage.hardening import harden_process, is_hardened\n"
    "before = is_hardened()\n"
    "harden_process()\n"
    "print(before, is_hardened())\n"
)


def test_hardening_switches_off_core_dumps_and_dumpability() -> None:
    out = subprocess.run(
        [sys.executable, "-c", CHECK], capture_output=True, text=True, check=True
    ).stdout.split()
    assert out == ["False", "True"]
