"""Child process of the sync kill test: write, seal, push, pull, apply — until killed.

Run as ``python -m tests.sync.kill_child <data_dir> <service_url> <case_id> <tag>``; the
passphrase comes on stdin. After each committed note it prints ``ACK <body>`` and flushes,
so the parent knows which writes were acknowledged before its SIGKILL lands (which may be in
the middle of a push, a pull or an apply).
"""

from __future__ import annotations

import sys
from pathlib import Path

from storage.profiles import Workspace
from storage.unlocked import unlock_profile
from sync.client.engine import sync_unlocked
from sync.client.sealer import seal_outbox
from sync.client.transport import RetryPolicy, Transport


def main(argv: list[str]) -> None:
    """Loop forever: one note, then one full sync."""
    root, url, case_id, tag = argv
    workspace = Workspace(Path(root), unlock_seconds=0)
    (info,) = workspace.list_profiles()
    profile = unlock_profile(workspace, info.profile_id, sys.stdin.readline().strip())
    transport = Transport(url, retry=RetryPolicy(attempts=2, base_delay=0.01), timeout=(2, 10))
    n = 0
    while True:
        n += 1
        body = f"{tag}-{n}"
        profile.records.create("note", {"body": body}, case_id=case_id)
        print(f"ACK {body}", flush=True)
        seal_outbox(profile)
        sync_unlocked(workspace, profile, transport)


if __name__ == "__main__":
    main(sys.argv[1:])
