"""Real profiles on disk, created once per session and copied per test.

Argon2id is slow on purpose, so each test pays for one unlock, not for a creation too.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from storage.keys import generate_recovery_keypair
from storage.profiles import Workspace
from storage.unlocked import OpenProfile, unlock_profile

PASSPHRASE = "Sonnenblume Zugfahrt Bergsee Kaffeetasse Laterne"


@pytest.fixture(scope="session")
def recovery_keys() -> tuple[bytearray, bytes]:
    return generate_recovery_keypair()


@pytest.fixture(scope="session")
def template_root(
    tmp_path_factory: pytest.TempPathFactory, recovery_keys: tuple[bytearray, bytes]
) -> Path:
    root = tmp_path_factory.mktemp("template")
    Workspace(root, unlock_seconds=0).create_profile(
        login="a.keller",
        display_name="A. Keller",
        passphrase=PASSPHRASE,
        recovery_public_key=recovery_keys[1],
    )
    return root


@pytest.fixture
def workspace(tmp_path: Path, template_root: Path) -> Workspace:
    root = tmp_path / "data"
    shutil.copytree(template_root, root)
    return Workspace(root, unlock_seconds=0)


@pytest.fixture
def profile(workspace: Workspace) -> Iterator[OpenProfile]:
    (info,) = workspace.list_profiles()
    opened = unlock_profile(workspace, info.profile_id, PASSPHRASE)
    yield opened
    opened.lock()
