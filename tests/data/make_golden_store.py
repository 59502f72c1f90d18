"""Write a golden store: a real profile at the current local schema, with fictional data.

Run once per released schema (``python -m tests.data.make_golden_store v1``) and commit the
folder; the upgrade test opens every golden store with the current code. The passphrase and
the recovery key below belong to this fictional test store only: they protect nothing.
"""

from __future__ import annotations

import io
import shutil
import sys
from pathlib import Path

from storage.demo_data import generate_cases, insert_demo_case
from storage.migrate import head_revision
from storage.profiles import Workspace
from storage.unlocked import unlock_profile

PASSPHRASE = "Vergoldet Testspeicher Mondschein Rheinfall Brienz"
# Raw X25519 recovery key pair of the golden stores (test fixture, not a secret).
RECOVERY_PRIVATE = bytes.fromhex("c8a1f0f3b0a3c85e4c3e5b7a4b2c1d0e9f8a7b6c5d4e3f2a1b0c9d8e7f6a5b4c")
CASES = 20
HERE = Path(__file__).parent / "golden"


def make(version: str) -> Path:
    from storage.profiles import recovery_public_key_of

    target = HERE / version
    shutil.rmtree(target, ignore_errors=True)
    workspace = Workspace(target, unlock_seconds=0)
    info = workspace.create_profile(
        login="fixture.v1",
        display_name="Fixture Store",
        passphrase=PASSPHRASE,
        recovery_public_key=recovery_public_key_of(RECOVERY_PRIVATE),
    )
    profile = unlock_profile(workspace, info.profile_id, PASSPHRASE)
    for demo in generate_cases(CASES, seed=2026):
        with profile.store.write():
            insert_demo_case(profile.records, demo)
    case = profile.records.list("case")[0]
    profile.attachments.add(
        case.id,
        io.BytesIO(b"%PDF-1.4 golden " * 500),
        filename="scan.pdf",
        media_type="application/pdf",
    )
    profile.lock()
    (target / "REVISION").write_text(head_revision() + "\n")
    return target


if __name__ == "__main__":
    print(make(sys.argv[1] if len(sys.argv) > 1 else "v1"))
