"""One sync run per profile: seal → push → pull → apply (the stages of issue 4).

`sync_locked` needs no passphrase: it moves the sealed files with the device credential and
leaves pages staged. `sync_unlocked` seals the outbox first, uses the profile's access token
(refreshed mid-sync when it expires), applies right after the transport, then downloads the
bytes of attachments that arrived without them (`sync.client.blobs_download`). A `wipe` answer
crypto-erases the profile (or, for a device, every profile) and ends the run. The laptop's
clock skew the transport measured is kept in the transport state (`sync.client.clock_check`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from storage.clock import utc_iso
from storage.duplicates_store import DuplicateFinder
from storage.profiles import ProfileInfo, Workspace
from storage.unlocked import OpenProfile
from sync.client import identity
from sync.client.apply import ApplyReport, apply_inbox
from sync.client.blobs_download import FetchReport, fetch_attachments
from sync.client.blobs_http import BlobClient
from sync.client.clock_check import record_clock
from sync.client.courier import Courier, Moved, Progress
from sync.client.layout import DeviceCredential, ProfileFiles, read_device
from sync.client.sealer import seal_outbox
from sync.client.transport import (
    Auth,
    DeviceAuth,
    SyncFailure,
    TokenAuth,
    Transport,
    WipeOrdered,
)
from sync.client.wipe import erase_device, erase_profile

DEVICE_WIDE = frozenset({"device_revoked", "device_retired"})


@dataclass(slots=True)
class RunOutcome:
    """What happened to one profile in one run."""

    profile_id: str
    moved: Moved = field(default_factory=Moved)
    applied: ApplyReport | None = None
    error: str | None = None
    attachments: FetchReport | None = None  # bytes fetched after the apply (unlocked only)
    wiped: bool = False
    device_wiped: bool = False


def transport_for(device: DeviceCredential) -> Transport:
    """A transport to the laptop's service, with its configured CA bundle."""
    return Transport(device.service_url, ca_bundle=device.ca_bundle)


def sync_locked(
    workspace: Workspace,
    info: ProfileInfo,
    transport: Transport,
    *,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] = lambda: False,
) -> RunOutcome:
    """Move one profile's sealed files with the device credential (no passphrase)."""
    device = read_device(workspace.root)
    files = ProfileFiles(info)
    state = files.state()
    if device is None or state.server_profile_id is None:
        return RunOutcome(info.profile_id, error="not_enrolled")
    auth = DeviceAuth(device.credential, device.device_id, state.server_profile_id)
    return _move(
        workspace,
        info,
        files,
        Courier(files, transport, auth, progress=progress, cancelled=cancelled),
    )


def sync_unlocked(
    workspace: Workspace,
    profile: OpenProfile,
    transport: Transport,
    *,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] = lambda: False,
) -> RunOutcome:
    """Seal, move and apply for an unlocked profile."""
    seal_outbox(profile)
    files = ProfileFiles(profile.info)
    auth = _auth(workspace, profile, files)
    if auth is None:
        return RunOutcome(profile.profile_id, error="not_enrolled")
    courier = Courier(files, transport, auth, progress=progress, cancelled=cancelled)
    outcome = _move(workspace, profile.info, files, courier, profile=profile)
    if outcome.wiped:
        return outcome
    outcome.applied = apply_inbox(profile, sent=outcome.moved.sent, error=outcome.error)
    # Persons that arrived may duplicate ones held here (F21): propose them, never merge.
    # After the apply has committed, in chunks of short transactions (the app instead runs
    # it in the background on its DB lane, `desktop.duplicates.background`).
    DuplicateFinder(profile.store, profile.context.clock).refresh()
    if outcome.error is None:
        outcome.attachments = fetch_attachments(profile, BlobClient(transport, auth))
    seal_outbox(profile)  # a gap the service reported is sealed again for the next run
    return outcome


def _auth(workspace: Workspace, profile: OpenProfile, files: ProfileFiles) -> Auth | None:
    with profile.store.read() as conn:
        pair = identity.tokens(conn)
    if pair is not None:

        def keep(access: str, refresh: str) -> None:
            with profile.store.write() as conn:
                identity.save_tokens(conn, access, refresh)

        return TokenAuth(pair[0], pair[1], keep)
    device = read_device(workspace.root)
    state = files.state()
    if device is None or state.server_profile_id is None:
        return None
    return DeviceAuth(device.credential, device.device_id, state.server_profile_id)


def _move(
    workspace: Workspace,
    info: ProfileInfo,
    files: ProfileFiles,
    courier: Courier,
    *,
    profile: OpenProfile | None = None,
) -> RunOutcome:
    outcome = RunOutcome(info.profile_id)
    state = files.state()
    state.last_attempt = utc_iso()
    files.save_state(state)
    try:
        outcome.moved = courier.run()
    except WipeOrdered as order:
        outcome.moved = courier.moved  # a retired device's final push went up before this
        if profile is not None:
            profile.lock()
        outcome.wiped = True
        if order.code in DEVICE_WIDE:
            outcome.device_wiped = True
            erase_device(workspace)
        else:
            erase_profile(info)
        return outcome
    except SyncFailure as failure:
        outcome.moved = courier.moved
        outcome.error = failure.code
        state = files.state()
        state.last_error = failure.code
        state.last_error_detail = failure.detail
        files.save_state(state)
    # A refused run measured the clock as well: the answer carried the service's.
    record_clock(files, courier.transport.clock_reading)
    return outcome
