"""Attachment bytes on their way up: sealed once while unlocked, uploaded resumably by anyone.

Decision (DESIGN §5.0, §5.6): when the sealer seals an `attachment` insert it first writes the
blob, streamed from the vault, as a stream only the service can open
(`sync.protocol.blob_stream`), beside the outbox::

    profiles/<id>/blobs/<seq>.blob   the sealed stream of the attachment that mutation <seq> adds
    profiles/<id>/blobs/<seq>.json   {sha256, case_id, size, upload_size}: what the courier asks

Then the courier, with the profile's token or only the device credential, uploads the file
before the push that carries the row: it asks the service's offset, sends the rest in
chunks, and follows the service's offset when a chunk was lost after it committed (F36). The
file never changes once written (temp file, fsync, rename), so resuming at the service's
offset resumes the same bytes. No plaintext touches the disk and no file is held in memory.
The manifest names the plaintext hash in clear: it only confirms a guess of the exact
document, the same exposure as the hash in the upload's URL. Both files go once the
service's result for <seq> is staged.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

from sqlalchemy import Connection, select

from storage.attachments import AttachmentVault
from storage.case_keys import wrapping_key
from storage.fsutil import atomic_write_bytes, fsync_dir
from storage.profiles import ProfileInfo
from storage.tables import attachment_file
from sync.client.blobs_http import BlobClient
from sync.client.transport import SyncFailure
from sync.protocol.blob_stream import iter_reader, seal_blob, sealed_size
from sync.protocol.errors import ErrorCode
from sync.protocol.models import BlobUploadRequest, Mutation

BLOB_DIR = "blobs"
UPLOAD_CHUNK = 1024 * 1024
MIN_UPLOAD_CHUNK = 64 * 1024
_NAME = re.compile(r"^(\d{20})\.json$")
_MAX_STEPS_OUT_OF_STEP = 20  # offset corrections in a row before giving up for this run


@dataclass(frozen=True, slots=True)
class BlobManifest:
    """What the courier needs to upload one sealed blob (no case content)."""

    sha256: str
    case_id: str
    size: int
    upload_size: int


class BlobFiles:
    """The sealed blobs of one profile waiting to go up, by mutation seq."""

    def __init__(self, info: ProfileInfo) -> None:
        self.root = info.path / BLOB_DIR

    def blob_path(self, seq: int) -> Path:
        """The sealed stream of mutation `seq`'s attachment."""
        return self.root / f"{seq:020d}.blob"

    def manifest_path(self, seq: int) -> Path:
        """The manifest of mutation `seq`'s blob (written last: its presence means complete)."""
        return self.root / f"{seq:020d}.json"

    def manifest(self, seq: int) -> BlobManifest | None:
        """The manifest of mutation `seq`'s blob, None when it has none."""
        path = self.manifest_path(seq)
        if not path.is_file() or not self.blob_path(seq).is_file():
            return None
        return BlobManifest(**json.loads(path.read_text("utf-8")))

    def seqs(self) -> list[int]:
        """Seqs that have a complete sealed blob."""
        if not self.root.is_dir():
            return []
        found = (_NAME.match(p.name) for p in self.root.iterdir())
        return sorted(int(m.group(1)) for m in found if m)

    def drop(self, seq: int) -> None:
        """Remove mutation `seq`'s blob files (manifest first: never a manifest without bytes)."""
        self.manifest_path(seq).unlink(missing_ok=True)
        self.blob_path(seq).unlink(missing_ok=True)

    def drop_upto(self, seq: int) -> None:
        """Remove the blobs of every mutation the service has answered."""
        for found in self.seqs():
            if found <= seq:
                self.drop(found)
        for path in self.root.glob(".partial-*") if self.root.is_dir() else ():
            path.unlink(missing_ok=True)  # a sealing that crashed; sealed again if needed

    def write(self, seq: int, manifest: BlobManifest, fill: Callable[[int], None]) -> None:
        """Write the sealed stream with `fill(fd)`, atomically, then its manifest."""
        self.root.mkdir(mode=0o700, exist_ok=True)
        fd, temp = tempfile.mkstemp(prefix=".partial-", dir=self.root)
        try:
            try:
                fill(fd)
                os.fsync(fd)
            finally:
                os.close(fd)
            os.replace(temp, self.blob_path(seq))
        except BaseException:
            Path(temp).unlink(missing_ok=True)
            raise
        fsync_dir(self.root)
        atomic_write_bytes(self.manifest_path(seq), json.dumps(asdict(manifest)).encode())


def is_attachment_insert(mutation: Mutation) -> bool:
    """True for the mutation that adds an attachment row (its bytes must go up first)."""
    return mutation.entity == "attachment" and mutation.kind.startswith("attachment.create.")


def seal_attachment_blob(
    conn: Connection,
    info: ProfileInfo,
    mutation: Mutation,
    *,
    service_seal_public: bytes,
) -> bool:
    """Write mutation's sealed blob unless it is there; False when its bytes are not here."""
    files = BlobFiles(info)
    seq = mutation.mutation_seq
    if files.manifest(seq) is not None:
        return True
    sha256 = mutation.changes["sha256"].new
    size = mutation.changes["size"].new
    found = conn.execute(
        select(attachment_file).where(attachment_file.c.attachment_id == mutation.entity_id)
    ).first()
    if found is None or not isinstance(sha256, str) or not isinstance(size, int):
        return False
    key = wrapping_key(conn, found.wrap_key_id)  # the case's key, or the KEK of an old file
    try:
        plaintext = AttachmentVault(info.attachments_path).iter_plaintext(
            found.file_id, found.wrapped_cek, wrapping_key=key, expected_sha256=sha256
        )
    finally:
        key[:] = bytes(len(key))
    manifest = BlobManifest(sha256, mutation.case_id, size, sealed_size(size))
    files.write(
        seq,
        manifest,
        lambda fd: seal_blob(
            iter_reader(plaintext),
            fd,
            sha256=sha256,
            size=size,
            service_seal_public=service_seal_public,
        ),
    )
    return True


def upload_blob(client: BlobClient, files: BlobFiles, seq: int) -> bool:
    """Upload mutation `seq`'s sealed blob from where the service stands; False: none needed.

    A stream the service could not verify is sent once more from the start; a second refusal
    removes the blob (and its outbox file, so the sealer seals both again at the next unlock)
    and raises SyncFailure(`blob_hash_mismatch`).
    """
    manifest = files.manifest(seq)
    if manifest is None:
        return False
    request = BlobUploadRequest(
        case_id=manifest.case_id, size=manifest.size, upload_size=manifest.upload_size
    )
    try:
        _send(client, files.blob_path(seq), manifest, request)
    except SyncFailure as failure:
        if failure.code != ErrorCode.BLOB_HASH_MISMATCH.value:
            raise
        try:
            _send(client, files.blob_path(seq), manifest, request)
        except SyncFailure as again:
            if again.code == ErrorCode.BLOB_HASH_MISMATCH.value:
                files.drop(seq)
                (files.root.parent / "outbox" / f"{seq:020d}.json").unlink(missing_ok=True)
            raise
    return True


def _send(
    client: BlobClient, path: Path, manifest: BlobManifest, request: BlobUploadRequest
) -> None:
    status = client.start(manifest.sha256, request)
    chunk_size = UPLOAD_CHUNK
    corrections = 0
    with path.open("rb") as stream:
        offset = status.offset
        while not status.available:
            stream.seek(offset)
            chunk = stream.read(chunk_size)
            try:
                status = client.append(manifest.sha256, offset, chunk)
            except SyncFailure as failure:
                problem = failure.problem
                if failure.code == ErrorCode.BLOB_OFFSET_MISMATCH.value and problem is not None:
                    corrections += 1
                    if problem.upload_offset is None or corrections > _MAX_STEPS_OUT_OF_STEP:
                        raise
                    offset = problem.upload_offset  # a lost answer: the service had it
                    continue
                if failure.status == 413 and chunk_size > MIN_UPLOAD_CHUNK:
                    chunk_size //= 2  # a proxy with a smaller body limit than ours
                    continue
                raise
            corrections = 0
            offset = status.offset
