"""Process hygiene for anything that holds an unlocked store (MEM-2).

A core dump or a debugger attached to the process would show keys and decrypted case data
in plain memory, so the app and the headless sync switch both off before unlocking.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import resource
import sys

_PR_SET_DUMPABLE = 4
_PR_GET_DUMPABLE = 3


def _libc() -> ctypes.CDLL | None:
    name = ctypes.util.find_library("c")
    return ctypes.CDLL(name, use_errno=True) if name else None


def harden_process() -> None:
    """No core dumps (RLIMIT_CORE = 0) and, on Linux, not dumpable / not ptrace-attachable
    by other processes of the same user (PR_SET_DUMPABLE = 0)."""
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    if sys.platform.startswith("linux"):
        libc = _libc()
        if libc is not None:
            libc.prctl(_PR_SET_DUMPABLE, 0, 0, 0, 0)


def is_hardened() -> bool:
    """True when core dumps are off and (on Linux) the process is not dumpable."""
    not_dumpable = True
    if sys.platform.startswith("linux"):
        libc = _libc()
        not_dumpable = libc is not None and libc.prctl(_PR_GET_DUMPABLE, 0, 0, 0, 0) == 0
    return not_dumpable and resource.getrlimit(resource.RLIMIT_CORE) == (0, 0)
