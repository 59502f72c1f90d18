"""Attachment bytes on their way down: fetched by hash, verified, re-encrypted (F37, F38).

Runs in an unlocked sync, after the apply: every attachment row of this laptop that has no
local file yet (`attachment_file`) is downloaded in ranges straight into the vault's
encryption (never plaintext on disk, never the whole file in memory), and its SHA-256 and
size are checked against the row. Only a verified file gets its `attachment_file` row, in one
transaction, so the app shows a document either complete or as "not yet downloaded", never
truncated or altered bytes. A failed attempt leaves nothing behind (the vault removes its
partial file) and is tried again, here up to `ATTEMPTS` times, then at the next sync.

A locked sync does not download: the vault's key is inside the store. The row arrives with
the locked sync's pages; the bytes follow at the next unlocked sync.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from sqlalchemy import insert, select

from storage.attachments import AttachmentVault
from storage.bootstrap import ATTACHMENT_KEK
from storage.errors import StoreError
from storage.tables import ENTITY_TABLES, attachment_file, secret
from storage.unlocked import OpenProfile
from sync.client.blobs_http import BlobClient
from sync.client.transport import BAD_RESPONSE, TLS_FAILED, UNREACHABLE, SyncFailure
from sync.protocol.blob_stream import iter_reader

ATTEMPTS = 3
RANGE = 1024 * 1024
VERIFY_FAILED = "blob_verify_failed"
# Answers another attempt in this run cannot change (the transport already retried the rest).
_FINAL = frozenset({"forbidden", "not_found", "unauthenticated", UNREACHABLE, TLS_FAILED})


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
    for item in missing_attachments(profile):
        if _fetch_with_retries(profile, client, item, report):
            report.fetched += 1
        else:
            report.pending += 1
    return report


def _fetch_with_retries(
    profile: OpenProfile, client: BlobClient, item: Missing, report: FetchReport
) -> bool:
    for _ in range(ATTEMPTS):
        try:
            _fetch_one(profile, client, item)
        except SyncFailure as failure:
            report.retried += 1
            report.error = failure.code
            if failure.code in _FINAL:
                return False
        except StoreError as failure:
            report.retried += 1
            report.error = failure.code.value
        else:
            return True
    return False


def _fetch_one(profile: OpenProfile, client: BlobClient, item: Missing) -> None:
    vault = AttachmentVault(profile.info.attachments_path)
    with profile.store.read() as conn:
        kek = bytearray(
            conn.execute(
                select(secret.c.material).where(secret.c.name == ATTACHMENT_KEK)
            ).scalar_one()
        )
    try:
        stored = vault.put(
            iter_reader(_ranges(client, item)), wrapping_key=kek, wrap_key_id=ATTACHMENT_KEK
        )
    finally:
        kek[:] = bytes(len(kek))
    if stored.sha256 != item.sha256 or stored.size != item.size:
        vault.delete(stored.file_id)
        raise SyncFailure(VERIFY_FAILED)
    try:
        with profile.store.write() as conn:
            conn.execute(
                insert(attachment_file).values(
                    attachment_id=item.attachment_id,
                    file_id=stored.file_id,
                    wrapped_cek=stored.wrapped_cek,
                    wrap_key_id=ATTACHMENT_KEK,
                )
            )
    except BaseException:
        vault.delete(stored.file_id)
        raise


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
