"""Encrypted attachment files: streaming AEAD per file, random names, no plaintext on disk.

Implements ATT-1/2/3, KEY-5/6 and MEM-1 of the security baseline: a directory of files, each
named by its random file id and placed only once complete. What a file holds and how its
content key is wrapped is specified in `storage.attachment_format`. Erasure is crypto-shredding
(KEY-6): unlinking leaves bytes on SSDs and in journals; destroying the wrapped CEK (or the
per-case key) is what makes them noise.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Generator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from storage.attachment_format import (
    CHUNK_SIZE,
    FILE_ID_RE,
    FILE_ID_SIZE,
    FORMAT_VERSION,
    HEADER_SIZE,
    KEY_SIZE,
    TAG_SIZE,
    cek_cipher,
    decrypt_stream,
    encode_key_id,
    encrypt_stream,
    new_cek,
    pack_header,
    raw_file_id,
    rewrap_cek,
    wrap_key_id_of,
)
from storage.errors import ErrorCode, StoreError
from storage.fsutil import fsync_dir

# What moved to `storage.attachment_format` with the file format stays importable here.
__all__ = [
    "CHUNK_SIZE",
    "FORMAT_VERSION",
    "HEADER_SIZE",
    "KEY_SIZE",
    "TAG_SIZE",
    "AttachmentVault",
    "StoredAttachment",
    "rewrap_cek",
    "wrap_key_id_of",
]

# Temp files share the vault directory so the final rename is atomic; the prefix keeps them out of
# `file_ids()` and lets `discard_partial_writes()` find the remains of a crash.
_PARTIAL_PREFIX = ".partial-"
_DISK_FULL_ERRNOS = frozenset({errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)})


@dataclass(frozen=True, slots=True)
class StoredAttachment:
    """What the caller records in the encrypted database for a file it has just stored."""

    file_id: str
    wrapped_cek: bytes
    sha256: str  # hex digest of the plaintext, for content addressing and end-to-end checks
    size: int  # plaintext bytes


class AttachmentVault:
    """A directory of encrypted attachment files, each named by a random file id."""

    def __init__(self, root: Path) -> None:
        self._root = root

    def put(
        self,
        source: BinaryIO | Path,
        *,
        wrapping_key: bytes | bytearray,
        wrap_key_id: str,
    ) -> StoredAttachment:
        """Encrypt `source` (to its end, two chunks in memory at most) into a new file.

        The fresh CEK is wrapped by `wrapping_key`, named `wrap_key_id` inside the wrap. The file
        gets its name only once complete and fsynced; on failure nothing is left behind and
        `StoreError(DISK_FULL)` (no space or quota) or `StoreError(IO_ERROR)` is raised.
        """
        key_id = encode_key_id(wrap_key_id)
        if not isinstance(source, Path):
            return self._put_stream(source, wrapping_key, key_id)
        try:
            stream = source.open("rb")
        except OSError as exc:
            raise _store_error(exc) from None
        with stream:
            return self._put_stream(stream, wrapping_key, key_id)

    def read_bytes(
        self,
        file_id: str,
        wrapped_cek: bytes,
        *,
        wrapping_key: bytes | bytearray,
        expected_sha256: str | None = None,
    ) -> bytes:
        """The whole plaintext, decrypted in memory for viewing; never written to disk (ATT-2).

        `StoreError(ATTACHMENT_MISSING)` if there is no such file, `ATTACHMENT_TAMPERED` if file,
        wrapped CEK and key do not match or the plaintext's SHA-256 is not `expected_sha256`.
        """
        chunks = self.iter_plaintext(
            file_id, wrapped_cek, wrapping_key=wrapping_key, expected_sha256=expected_sha256
        )
        return b"".join(chunks)

    def iter_plaintext(
        self,
        file_id: str,
        wrapped_cek: bytes,
        *,
        wrapping_key: bytes | bytearray,
        expected_sha256: str | None = None,
    ) -> Generator[bytes, None, None]:
        """The plaintext chunk by chunk, for upload or export without holding the whole file.

        The CEK is unwrapped and the file looked for now; the file is read while iterating and
        closed at the end or on `close()`. Each chunk is authentic in its position, but
        truncation, appended bytes and a wrong SHA-256 show only at the end: what a consumer got
        is void unless the iteration ends without `StoreError` (abort the upload, delete the
        export).
        """
        raw_id = raw_file_id(file_id)
        cipher = cek_cipher(wrapped_cek, raw_id, wrapping_key)
        path = self._root / file_id
        if not path.is_file():
            raise StoreError(ErrorCode.ATTACHMENT_MISSING)
        return _decrypt_file(path, raw_id, cipher, expected_sha256)

    def delete(self, file_id: str) -> None:
        """Unlink the file; no error if it is already gone.

        This does not erase: bytes survive on SSDs and in journals. Erasure is destroying the
        wrapped CEK, or the per-case key that wraps it, in the encrypted database (KEY-6).
        """
        try:
            (self._root / raw_file_id(file_id).hex()).unlink(missing_ok=True)
        except OSError as exc:
            raise _store_error(exc) from None

    def exists(self, file_id: str) -> bool:
        """True if a file with this id is in the vault (False for a malformed id)."""
        return FILE_ID_RE.fullmatch(file_id) is not None and (self._root / file_id).is_file()

    def file_ids(self) -> list[str]:
        """Ids of all stored files, sorted, for eviction and orphan sweeps (no temp files)."""
        return sorted(name for name in self._names() if FILE_ID_RE.fullmatch(name))

    def discard_partial_writes(self) -> int:
        """Remove temp files left by a crash during `put`; returns how many were removed.

        Only call this while no `put` is running (e.g. at unlock): it would delete a running
        write's temp file. The remains hold ciphertext only, never plaintext.
        """
        removed = 0
        for name in self._names():
            if name.startswith(_PARTIAL_PREFIX):
                try:
                    (self._root / name).unlink(missing_ok=True)
                except OSError as exc:
                    raise _store_error(exc) from None
                removed += 1
        return removed

    def _names(self) -> list[str]:
        try:
            return os.listdir(self._root)
        except FileNotFoundError:
            return []
        except OSError as exc:
            raise _store_error(exc) from None

    def _put_stream(
        self, source: BinaryIO, wrapping_key: bytes | bytearray, key_id: bytes
    ) -> StoredAttachment:
        file_id = os.urandom(FILE_ID_SIZE)
        wrapped, cipher = new_cek(file_id, key_id, wrapping_key)
        header = pack_header(file_id)
        sha256, size = self._write_atomically(source, header, file_id.hex(), cipher)
        return StoredAttachment(file_id.hex(), wrapped, sha256, size)

    def _write_atomically(
        self, source: BinaryIO, header: bytes, file_id: str, cipher: AESGCM
    ) -> tuple[str, int]:
        try:
            self._root.mkdir(mode=0o700, parents=True, exist_ok=True)
            # mkstemp creates the file 0600 before any byte is written.
            fd, temp_name = tempfile.mkstemp(prefix=_PARTIAL_PREFIX, dir=self._root)
        except OSError as exc:
            raise _store_error(exc) from None
        final = self._root / file_id
        placed = False
        try:
            try:
                result = encrypt_stream(source, fd, header, cipher)
                os.fsync(fd)
            finally:
                os.close(fd)
            os.replace(temp_name, final)
            placed = True
            fsync_dir(self._root)  # raises StoreError(IO_ERROR) itself
        except BaseException as exc:
            # The caller never gets the CEK of a placed file whose dir fsync failed: remove it too.
            _remove_quietly(Path(temp_name))
            if placed:
                _remove_quietly(final)
            if isinstance(exc, OSError):
                raise _store_error(exc) from None
            raise
        return result


def _decrypt_file(
    path: Path, file_id: bytes, cipher: AESGCM, expected_sha256: str | None
) -> Generator[bytes, None, None]:
    try:
        with path.open("rb") as stream:
            yield from decrypt_stream(stream, file_id, cipher, expected_sha256)
    except FileNotFoundError:
        raise StoreError(ErrorCode.ATTACHMENT_MISSING) from None
    except OSError as exc:
        raise _store_error(exc) from None


def _remove_quietly(path: Path) -> None:
    # The original error matters more; discard_partial_writes() catches what is left.
    with contextlib.suppress(OSError):
        path.unlink(missing_ok=True)


def _store_error(exc: OSError) -> StoreError:
    # Only the errno name goes into the detail, and callers raise it `from None`: str(exc) carries
    # the path, which for a source may be an original file name (personal data), never for logs.
    code = ErrorCode.DISK_FULL if exc.errno in _DISK_FULL_ERRNOS else ErrorCode.IO_ERROR
    name = errno.errorcode.get(exc.errno or 0, "unknown")
    return StoreError(code, f"attachment file operation failed: {name}")
