"""Child process for the crash tests: writes to a real profile and reports each commit.

Run as ``python -m tests.reliability.crash_writer <data_dir> <profile_id> <mode>``; the
passphrase comes on stdin. After every committed write it prints ``ACK <token>`` and flushes,
so the parent knows exactly which writes were acknowledged before it kills us.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

from storage.profiles import Workspace
from storage.unlocked import unlock_profile


def _write_cases(workspace: Workspace, profile_id: str, passphrase: str) -> None:
    profile = unlock_profile(workspace, profile_id, passphrase)
    case_id = profile.records.list("case")[0].id
    n = 0
    while True:
        n += 1
        token = f"R{n:06d}-{profile.context.clock():.6f}"
        with profile.store.write():  # a case-sized transaction: note + task + attachment row
            profile.records.create("note", {"body": f"Krash-Notiz {token}"}, case_id=case_id)
            profile.records.create(
                "task", {"title": f"Aufgabe {token}", "kind": "task"}, case_id=case_id
            )
        if n % 5 == 0:
            profile.attachments.add(
                case_id,
                io.BytesIO(token.encode() * 2000),
                filename=f"scan-{n}.png",
                media_type="image/png",
            )
        print(f"ACK {token}", flush=True)


def _flip_passphrase(workspace: Workspace, profile_id: str, passphrase: str) -> None:
    other = passphrase + " Wechsel"
    current, following = passphrase, other
    while True:
        workspace.change_passphrase(profile_id, current, following)
        print(f"ACK {following}", flush=True)
        current, following = following, current


def main() -> None:
    data_dir, profile_id, mode = sys.argv[1:4]
    passphrase = sys.stdin.readline().rstrip("\n")
    workspace = Workspace(Path(data_dir), unlock_seconds=0)  # the floor: fast flips
    print("READY", flush=True)
    if mode == "cases":
        _write_cases(workspace, profile_id, passphrase)
    else:
        _flip_passphrase(workspace, profile_id, passphrase)


if __name__ == "__main__":
    main()
