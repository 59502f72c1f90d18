"""Tables of attachment blobs (DESIGN §5.6, sync-designs §2.9), in the service's one `metadata`.

* `blob`, `blob_chunk`: complete, hash-verified blobs, content-addressed by the SHA-256 of
  their plaintext, cut into chunks of `STORED_CHUNK` bytes (the last one shorter).
* `blob_upload`, `blob_upload_part`: resumable uploads in progress, one per (hash, profile).
  An upload carries the laptop's *sealed* stream (`sync.protocol.blob_stream`), which differs
  per uploader, so two laptops uploading the same scan each resume their own stream.

The bytes live in the database rather than in the data dir: several stateless workers on one
PostgreSQL see the same offset under the same row lock, a chunk and the offset that counts it
commit together (no file ahead of or behind its offset after a crash), and a database backup
holds the blobs that its attachment rows point to.

Imported at the end of `sync.server.db.tables`, so whoever sees `metadata` sees these too.
"""

from __future__ import annotations

from sqlalchemy import BigInteger, Column, ForeignKey, Integer, LargeBinary, String, Table

from sync.server.db.tables import _HASH, _id, metadata
from sync.server.db.types import UtcDateTime

STORED_CHUNK = 256 * 1024
"""Plaintext bytes per `blob_chunk` row: a ranged download reads a few rows, never the blob."""

blob = Table(
    "blob",
    metadata,
    Column("sha256", String(_HASH), primary_key=True),  # hex of the plaintext's SHA-256
    Column("size", BigInteger, nullable=False),  # plaintext bytes
    Column("chunks", Integer, nullable=False),
    Column("created_at", UtcDateTime, nullable=False),
    _id("created_by_profile", nullable=True),
)

blob_chunk = Table(
    "blob_chunk",
    metadata,
    Column("sha256", String(_HASH), ForeignKey("blob.sha256"), primary_key=True),
    Column("chunk_index", Integer, primary_key=True, autoincrement=False),
    Column("data", LargeBinary, nullable=False),
)

blob_upload = Table(
    "blob_upload",
    metadata,
    # Locked FOR UPDATE by every append: the offset check and the append are one step, on
    # however many workers.
    Column("sha256", String(_HASH), primary_key=True),
    _id("profile_id", ForeignKey("profile.id"), primary_key=True),
    _id("case_id", nullable=False),  # the case the upload is for (write scope, F41)
    Column("size", BigInteger, nullable=False),  # declared plaintext bytes
    Column("upload_size", BigInteger, nullable=False),  # bytes of the sealed stream
    Column("received", BigInteger, nullable=False),  # the resume offset
    Column("created_at", UtcDateTime, nullable=False),
    Column("updated_at", UtcDateTime, nullable=False),
)

blob_upload_part = Table(
    "blob_upload_part",
    metadata,
    Column("sha256", String(_HASH), primary_key=True),
    _id("profile_id", primary_key=True),
    Column("byte_offset", BigInteger, primary_key=True, autoincrement=False),
    Column("data", LargeBinary, nullable=False),
)
