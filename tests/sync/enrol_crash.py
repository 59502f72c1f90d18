"""An enrolment cut short by SIGKILL: a real child process, killed at a chosen stage.

Run as ``python -m tests.sync.enrol_crash <data_dir> <service_url> <login> <stage>``; the
passphrase, the one-time code and the password come on stdin. The child creates the profile
like the enrolment wizard does (with the "enrolment pending" mark), then goes as far as
`stage` and prints it, and the parent kills it there with SIGKILL:

* ``created``: the profile exists, the service was never asked;
* ``stored``: the service said yes and the identity is committed in the store, but the
  transport state (`sync.json`) is not written yet;
* ``recorded``: the enrolment is complete, only the mark's removal has not happened.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

from storage.keys import generate_recovery_keypair
from storage.profiles import ProfileInfo, Workspace
from storage.unlocked import unlock_profile
from sync.client import enrol as enrol_module
from sync.client import layout
from sync.client.transport import RetryPolicy, Transport

ROOT = Path(__file__).resolve().parents[2]
STAGES = ("created", "stored", "recorded")


def _halt(stage: str) -> None:
    print(stage, flush=True)
    threading.Event().wait()  # until the SIGKILL


def main(argv: list[str]) -> None:
    """Create, then enrol up to `stage`, then wait to be killed."""
    root, url, login, stage = argv
    passphrase, code, password = (sys.stdin.readline().strip() for _ in range(3))
    workspace = Workspace(Path(root), unlock_seconds=0)
    info = workspace.create_profile(
        login=login,
        display_name=login.title(),
        passphrase=passphrase,
        recovery_public_key=generate_recovery_keypair()[1],
        enrolment_url=url,
    )
    profile = unlock_profile(workspace, info.profile_id, passphrase)
    if stage == "created":
        _halt(stage)
    if stage == "stored":  # the store has committed; `sync.json` would be written next
        layout.ProfileFiles.ensure = lambda _self: _halt(stage)  # type: ignore[method-assign]
    if stage == "recorded":
        enrol_module.clear_enrolment_mark = lambda _folder: _halt(stage)  # type: ignore[assignment]
    transport = Transport(url, retry=RetryPolicy(attempts=2, base_delay=0.01), timeout=(2, 10))
    enrol_module.enrol(
        workspace,
        profile,
        service_url=url,
        code=code,
        login=login,
        password=password,
        device_name="crash-test",
        transport=transport,
    )
    print("finished", flush=True)  # the stage was never reached: the parent fails


def crash_enrolment(
    workspace: Workspace, url: str, login: str, stage: str, *secrets: str
) -> ProfileInfo:
    """Run the child until `stage`, SIGKILL it, and return the profile it left behind.

    `secrets` are the passphrase, the one-time code and the password (stdin of the child).
    """
    assert stage in STAGES
    before = {p.profile_id for p in workspace.list_profiles()}
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.sync.enrol_crash", str(workspace.root), url, login, stage],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert child.stdin is not None and child.stdout is not None
    child.stdin.write("".join(f"{s}\n" for s in secrets))
    child.stdin.flush()
    try:
        reached = child.stdout.readline().strip()
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=60)
        _close(child)
    assert reached == stage, f"the child stopped at {reached!r}"
    assert child.returncode == -signal.SIGKILL
    (info,) = [p for p in workspace.list_profiles() if p.profile_id not in before]
    return info


def _close(child: subprocess.Popen[Any]) -> None:
    for stream in (child.stdin, child.stdout):
        if stream is not None:
            stream.close()


if __name__ == "__main__":
    main(sys.argv[1:])
