"""Attachment bytes come down in steps the app runs on different lanes: what is missing
(store), the download into the vault (network and files, no store), the row (store). A lock
between the download and the row leaves no file behind; the next sync fetches it again."""

from __future__ import annotations

from collections.abc import Callable

from fastapi import FastAPI

from storage.attachments import AttachmentVault
from sync.client.blobs_download import (
    FetchReport,
    download_missing,
    missing_attachments,
    new_transit_key,
    record_downloads,
)
from sync.client.blobs_http import BlobClient
from sync.client.layout import ProfileFiles, read_device
from sync.client.transport import DeviceAuth
from tests.server.laptops import seed_case
from tests.sync.conftest import Laptop
from tests.sync.test_attachment_sync import attach, scan


def _client(laptop: Laptop) -> BlobClient:
    device = read_device(laptop.workspace.root)
    server_profile_id = ProfileFiles(laptop.info).state().server_profile_id
    assert device is not None and server_profile_id is not None
    auth = DeviceAuth(device.credential, device.device_id, server_profile_id)
    return BlobClient(laptop.transport(), auth)


def _row_without_bytes(app: FastAPI, make_laptop: Callable[[str], Laptop]) -> tuple[Laptop, str]:
    anna, ben = make_laptop("anna"), make_laptop("ben")
    case_id = seed_case(app, "K-60", "anna", "ben")
    assert anna.sync().error is None and ben.sync().error is None
    attachment_id = attach(anna, case_id, scan(150_000, seed=60))
    assert anna.sync().error is None
    ben.lock()
    assert ben.sync_locked().error is None  # the row, staged without its bytes
    ben.apply()
    return ben, attachment_id


def test_a_lock_between_download_and_row_leaves_no_file_and_the_next_sync_fetches_it(
    app: FastAPI, make_laptop: Callable[[str], Laptop]
) -> None:
    ben, attachment_id = _row_without_bytes(app, make_laptop)
    profile = ben.unlock()
    vault = AttachmentVault(profile.info.attachments_path)
    before = set(vault.file_ids())
    items = missing_attachments(profile)
    assert [m.attachment_id for m in items] == [attachment_id]

    report, transit = FetchReport(), new_transit_key()
    done = download_missing(vault, _client(ben), items, transit, report)
    assert len(done) == 1 and set(vault.file_ids()) - before  # in the vault, no row yet
    ben.lock()  # the caseworker locks while the file was on its way
    assert record_downloads(profile, done, transit, report) == []
    assert report.fetched == 0 and report.pending == 1 and report.error == "store_locked"
    assert set(vault.file_ids()) == before  # nothing left behind
    assert transit == bytearray(len(transit))  # the transit key is wiped

    outcome = ben.sync()
    assert outcome.attachments is not None and outcome.attachments.fetched == 1
    assert ben.unlock().attachments.read(attachment_id) == scan(150_000, seed=60)


def test_the_steps_in_order_give_the_row_its_file(
    app: FastAPI, make_laptop: Callable[[str], Laptop]
) -> None:
    ben, attachment_id = _row_without_bytes(app, make_laptop)
    profile = ben.unlock()
    vault = AttachmentVault(profile.info.attachments_path)
    report, transit = FetchReport(), new_transit_key()
    done = download_missing(vault, _client(ben), missing_attachments(profile), transit, report)
    assert record_downloads(profile, done, transit, report) == [attachment_id]
    assert report.fetched == 1 and report.pending == 0
    assert missing_attachments(profile) == []
    assert profile.attachments.read(attachment_id) == scan(150_000, seed=60)
