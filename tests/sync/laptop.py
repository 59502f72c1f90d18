"""A laptop with one real, enrolled caseworker profile (shared by the sync tests and bench/).

Each laptop is its own data directory holding one profile, copied from a template created
once with the KDF at its floor (`unlock_seconds=0`), then enrolled with the service through
`sync.client.enrol` like the app does. It syncs with the real engine (`sync_unlocked`,
`sync_locked`) over a real `Transport`.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

from storage.keys import generate_recovery_keypair
from storage.profiles import ProfileInfo, Workspace
from storage.unlocked import OpenProfile, unlock_profile
from sync.client.apply import apply_inbox
from sync.client.engine import RunOutcome, sync_locked, sync_unlocked
from sync.client.enrol import enrol
from sync.client.sealer import seal_outbox
from sync.client.transport import RetryPolicy, Transport

PASSPHRASE = "Sonnenblume Zugfahrt Bergsee Kaffeetasse Laterne"
FAST_RETRY = RetryPolicy(attempts=4, base_delay=0.01, max_delay=0.05, max_retry_after=0.2)
FAST_TIMEOUT = (2.0, 10.0)


def create_laptop_template(root: Path) -> Path:
    """A data directory with one fresh profile (KDF at its floor), to copy for each laptop."""
    Workspace(root, unlock_seconds=0).create_profile(
        login="caseworker",
        display_name="Caseworker",
        passphrase=PASSPHRASE,
        recovery_public_key=generate_recovery_keypair()[1],
    )
    return root


@dataclass
class Laptop:
    """A laptop with one profile, enrolled as `login`, talking to `url`."""

    workspace: Workspace
    info: ProfileInfo
    login: str
    url: str
    profile: OpenProfile | None = None
    retry: RetryPolicy = FAST_RETRY
    timeout: tuple[float, float] = FAST_TIMEOUT

    def transport(self, url: str | None = None) -> Transport:
        """A fresh transport to the service or to a proxy in front of it."""
        return Transport(url or self.url, retry=self.retry, timeout=self.timeout)

    def unlock(self) -> OpenProfile:
        """Unlock the profile (idempotent)."""
        if self.profile is None:
            self.profile = unlock_profile(self.workspace, self.info.profile_id, PASSPHRASE)
        return self.profile

    def lock(self) -> None:
        """Seal the outbox (as the app does after each write and at lock), then lock."""
        if self.profile is not None:
            seal_outbox(self.profile)
            self.profile.lock()
            self.profile = None

    def sync(self, url: str | None = None, transport: Transport | None = None) -> RunOutcome:
        """A full unlocked sync (seal, push, pull, apply)."""
        return sync_unlocked(self.workspace, self.unlock(), transport or self.transport(url))

    def sync_locked(self, url: str | None = None) -> RunOutcome:
        """Transport only, no passphrase."""
        assert self.profile is None, "lock the laptop first"
        return sync_locked(self.workspace, self.info, self.transport(url))

    def apply(self) -> None:
        """Apply what a locked sync staged."""
        apply_inbox(self.unlock())


def enrol_laptop(
    template: Path,
    root: Path,
    *,
    login: str,
    url: str,
    code: str,
    password: str,
    device_name: str = "LAPTOP-TEST",
    retry: RetryPolicy = FAST_RETRY,
    timeout: tuple[float, float] = FAST_TIMEOUT,
) -> Laptop:
    """Copy the template to `root` and enrol its profile as `login` with a one-time code."""
    shutil.copytree(template, root)
    workspace = Workspace(root, unlock_seconds=0)
    (info,) = workspace.list_profiles()
    laptop = Laptop(workspace, info, login, url, retry=retry, timeout=timeout)
    enrol(
        workspace,
        laptop.unlock(),
        service_url=url,
        code=code,
        login=login,
        password=password,
        device_name=device_name,
        transport=laptop.transport(),
    )
    return laptop
