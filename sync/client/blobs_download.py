"""Attachment bytes on their way down: fetched by hash, verified, re-encrypted (F37, F38).

Runs in an unlocked sync, after the apply: every attachment row of this laptop that has no
local file yet (`attachment_file`) is downloaded in ranges straight into the vault's
encryption (never plaintext on disk, never the whole file in memory), and its SHA-256 and
size are checked against the row. Only a verified file gets its `attachment_file` row, in one
transaction, so the app shows a document either complete or as "not yet downloaded", never
truncated or altered bytes. A failed attempt leaves nothing behind (the vault removes its
partial file) and is tried again, here up to `ATTEMPTS` times, then at the next sync.

The work is split so that only the store steps need the store: `missing_attachments` and
`record_downloads` (the app's DB lane) and `download_missing` (network and vault files, the
I/O lane). The downloading side wraps each file's key under a one-pass transit key; recording
rewraps it under the store's attachment key, so that key never leaves the store's side.

A locked sync does not download: the vault's key is inside the store. The row arrives with
the locked sync's pages; the bytes follow at the next unlocked sync.
"""

from __future__ import annotations

import contextlib
import secrets
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from sqlalchemy import insert, select

from storage.attachments import KEY_SIZE, AttachmentVault, StoredAttachment, rewrap_cek
from storage.case_keys import key_for_attachment
from storage.errors import StoreError
from storage.tables import ENTITY_TABLES, attachment_file
from storage.unlocked import OpenProfile
from sync.client.blobs_http import BlobClient
from sync.client.transport import BAD_RESPONSE, TLS_FAILED, UNREACHABLE, SyncFailure
from sync.protocol.blob_stream import iter_reader

ATTEMPTS = 3
RANGE = 1024 * 1024
VERIFY_FAILED = "blob_verify_failed"
# Answers another attempt in this run cannot change (the transport already retried the rest).
_FINAL = frozenset({"forbidden", "not_found", "unauthenticated", UNREACHABLE, TLS_FAILED})
_TRANSIT = "download_transit"  # the key id of a file's key while it waits for its row


@dataclass(slots=True)
class FetchReport:
    """What one pass over the missing attachments did."""

    fetched: int = 0
    pending: int = 0  # still without bytes (unreachable, refused, or failing verification)
    retried: int = 0  # attempts that failed verification or broke off
    error: str | None = None  # the last failure's code


@dataclass(frozen=True, slots=True)
class Missing:
    """An attachment row whose bytes are not on this laptop."""

    attachment_id: str
    sha256: str
    size: int


@dataclass(frozen=True, slots=True)
class Downloaded:
    """A verified file in the vault whose key is still wrapped under the transit key."""

    item: Missing
    stored: StoredAttachment


def missing_attachments(profile: OpenProfile) -> list[Missing]:
    """Attachment rows with no local file, oldest first."""
    rows = ENTITY_TABLES["attachment"]
    query = (
        select(rows.c.id, rows.c.sha256, rows.c.size)
        .where(
            rows.c.id.not_in(select(attachment_file.c.attachment_id)),
            rows.c.archived.is_(False),
        )
        .order_by(rows.c.id)
    )
    with profile.store.read() as conn:
        return [Missing(r.id, r.sha256, int(r.size or 0)) for r in conn.execute(query)]


def fetch_attachments(profile: OpenProfile, client: BlobClient) -> FetchReport:
    """Download, verify and store every missing attachment; never raises for one of them."""
    report = FetchReport()
    items = missing_attachments(profile)
    if not items:
        return report
    transit = new_transit_key()
    downloaded = download_missing(
        AttachmentVault(profile.info.attachments_path), client, items, transit, report
    )
    record_downloads(profile, downloaded, transit, report)
    return report


def new_transit_key() -> bytearray:
    """A key for one download pass only: it wraps the fresh files' keys until they are recorded.

    The downloading thread never needs the store's attachment key (and so never the store):
    `record_downloads` rewraps each file's key under it and wipes this one.
    """
    return bytearray(secrets.token_bytes(KEY_SIZE))


def download_missing(
    vault: AttachmentVault,
    client: BlobClient,
    items: Sequence[Missing],
    transit_key: bytearray,
    report: FetchReport,
) -> list[Downloaded]:
    """Network and vault files only, no store: the verified files, their keys under `transit_key`.

    Items that fail every attempt are counted as pending in `report`; nothing of them is left
    in the vault.
    """
    done: list[Downloaded] = []
    for item in items:
        stored = _download_with_retries(vault, client, item, transit_key, report)
        if stored is None:
            report.pending += 1
        else:
            done.append(Downloaded(item, stored))
    return done


def record_downloads(
    profile: OpenProfile,
    downloaded: Sequence[Downloaded],
    transit_key: bytearray,
    report: FetchReport,
) -> list[str]:
    """Give each downloaded file its `attachment_file` row (store work: the DB lane).

    One short transaction per file; a file whose row cannot be written (the store was locked
    meanwhile, the row was archived) is deleted from the vault and counted as pending. Wipes
    `transit_key` in every case. Returns the ids of the attachments that now have their file.
    """
    vault = AttachmentVault(profile.info.attachments_path)
    recorded: list[str] = []
    try:
        for entry in downloaded:
            try:
                _record_one(profile, entry, transit_key)
            except StoreError as failure:
                _delete_quietly(vault, entry.stored.file_id)
                report.retried += 1
                report.pending += 1
                report.error = failure.code.value
            except BaseException:
                _delete_quietly(vault, entry.stored.file_id)
                raise
            else:
                report.fetched += 1
                recorded.append(entry.item.attachment_id)
    finally:
        transit_key[:] = bytes(len(transit_key))
    return recorded


def discard_downloads(vault: AttachmentVault, downloaded: Sequence[Downloaded]) -> None:
    """Remove files that will never be recorded (the app shut down before their turn)."""
    for entry in downloaded:
        _delete_quietly(vault, entry.stored.file_id)


def _download_with_retries(
    vault: AttachmentVault,
    client: BlobClient,
    item: Missing,
    transit_key: bytearray,
    report: FetchReport,
) -> StoredAttachment | None:
    for _ in range(ATTEMPTS):
        try:
            return _download_one(vault, client, item, transit_key)
        except SyncFailure as failure:
            report.retried += 1
            report.error = failure.code
            if failure.code in _FINAL:
                return None
        except StoreError as failure:  # the vault's disk: full, or an I/O error
            report.retried += 1
            report.error = failure.code.value
    return None


def _download_one(
    vault: AttachmentVault, client: BlobClient, item: Missing, transit_key: bytearray
) -> StoredAttachment:
    stored = vault.put(
        iter_reader(_ranges(client, item)), wrapping_key=transit_key, wrap_key_id=_TRANSIT
    )
    if stored.sha256 != item.sha256 or stored.size != item.size:
        vault.delete(stored.file_id)
        raise SyncFailure(VERIFY_FAILED)
    return stored


def _record_one(profile: OpenProfile, entry: Downloaded, transit_key: bytearray) -> None:
    with profile.store.write() as conn:
        # Under the key of the row's case (KEY-6): erasing the case erases this file too.
        key_id, key = key_for_attachment(conn, entry.item.attachment_id)
        try:
            wrapped = rewrap_cek(
                entry.stored.file_id,
                entry.stored.wrapped_cek,
                old_key=transit_key,
                new_key=key,
                new_key_id=key_id,
            )
        finally:
            key[:] = bytes(len(key))
        conn.execute(
            insert(attachment_file).values(
                attachment_id=entry.item.attachment_id,
                file_id=entry.stored.file_id,
                wrapped_cek=wrapped,
                wrap_key_id=key_id,
            )
        )


def _delete_quietly(vault: AttachmentVault, file_id: str) -> None:
    # An unreferenced file: its key is gone with the transit key, so it is noise.
    with contextlib.suppress(StoreError):
        vault.delete(file_id)


def _ranges(client: BlobClient, item: Missing) -> Iterator[bytes]:
    """The blob's bytes in order, one range at a time; each starts where the last ended."""
    if item.size == 0:
        return  # nothing to fetch: the vault stores (and hashes) the empty file
    offset = 0
    while True:
        data, size = client.download(item.sha256, offset, RANGE)
        if size != item.size:
            raise SyncFailure(VERIFY_FAILED)
        if not data and offset < size:
            raise SyncFailure(BAD_RESPONSE)
        offset += len(data)
        yield data
        if offset >= size:
            return
