"""The sealed stream an attachment blob is uploaded as (DESIGN §5.0, §5.6). Pure: no clock.

A locked laptop must be able to upload a scan without the passphrase, and no plaintext may
ever touch its disk; so while the profile is unlocked the sealer writes the blob, once, as a
stream only the service can open, and the courier later sends that file's bytes as they are.
The file is fixed once written, so an interrupted upload resumes at the service's offset.

Byte layout (64 KiB plaintext chunks, the STREAM construction of `storage.attachment_format`)::

    header  = MAGIC(8) ‖ version(1) ‖ sha256 of the plaintext(32) ‖ plaintext size(8, BE)
              ‖ len(box)(2, BE) ‖ box
    box     = storage.sealing.seal(service X25519 public, content key(32),
                                   context = b"dossier/blob/v1" ‖ sha256 ‖ size)
    chunk_i = AES-256-GCM(content key, nonce = i(11, BE) ‖ last(1), plaintext_i, aad = header)

The hash and size are bound by the box's context and by every chunk's AAD, so a stream can
neither be relabelled as another blob nor cut short or extended. The service still hashes the
plaintext it opens: the laptop's claim is checked, not trusted (F36).
"""

from __future__ import annotations

import hashlib
import struct
from collections.abc import Iterable, Iterator, Mapping
from typing import BinaryIO, cast

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from storage.attachment_format import CHUNK_SIZE, TAG_SIZE, encrypt_stream
from storage.sealing import SealError, open_sealed, seal

MAGIC = b"DSBLOB\r\n"
VERSION = 1
CONTEXT = b"dossier/blob/v1"
_FIXED = struct.Struct(">8sB32sQH")
BOX_SIZE = 1 + 32 + 12 + 32 + 16  # storage.sealing box of a 32-byte key
HEADER_SIZE = _FIXED.size + BOX_SIZE
_SEGMENT = CHUNK_SIZE + TAG_SIZE


class BlobStreamError(ValueError):
    """A sealed blob stream that does not open, or whose plaintext is not what it claims."""


def sealed_size(size: int) -> int:
    """Bytes of the sealed stream of a `size`-byte plaintext (an empty one has one chunk)."""
    chunks = max(1, -(-size // CHUNK_SIZE))
    return HEADER_SIZE + size + chunks * TAG_SIZE


def _box_context(sha256: bytes, size: int) -> bytes:
    return CONTEXT + sha256 + size.to_bytes(8, "big")


def seal_blob(
    source: BinaryIO, fd: int, *, sha256: str, size: int, service_seal_public: bytes
) -> None:
    """Write the sealed stream of `source` (read to its end) to `fd`.

    BlobStreamError when what was read is not `size` bytes hashing to `sha256`: the caller
    must then discard what was written.
    """
    raw = bytes.fromhex(sha256)
    key = AESGCM.generate_key(bit_length=256)
    box = seal(service_seal_public, key, context=_box_context(raw, size))
    header = _FIXED.pack(MAGIC, VERSION, raw, size, len(box)) + box
    digest, written = encrypt_stream(source, fd, header, AESGCM(key))
    if digest != sha256 or written != size:
        raise BlobStreamError("plaintext differs from its record")


def open_blob(
    parts: Iterable[bytes], *, service_seal_privates: Mapping[str, bytes]
) -> tuple[str, int, Iterator[bytes]]:
    """(sha256, size, plaintext chunks) of a sealed stream given as consecutive byte parts.

    The chunks are authentic in their position; a wrong hash, size, truncation or trailing
    bytes raise BlobStreamError only when the iteration ends, so a consumer must treat what
    it received as void unless the iterator is exhausted without an error.
    """
    reader = _Parts(iter(parts))
    header = reader.read(HEADER_SIZE)
    if len(header) != HEADER_SIZE:
        raise BlobStreamError("header truncated")
    magic, version, raw, size, box_len = _FIXED.unpack(header[: _FIXED.size])
    if magic != MAGIC or version != VERSION or box_len != BOX_SIZE:
        raise BlobStreamError("header not recognised")
    key = _open_key(header[_FIXED.size :], _box_context(raw, size), service_seal_privates)
    return raw.hex(), size, _plaintext(reader, AESGCM(key), header, raw.hex(), size)


def _open_key(box: bytes, context: bytes, privates: Mapping[str, bytes]) -> bytes:
    for private in reversed(list(privates.values())):  # newest first: most uploads use it
        try:
            return open_sealed(private, box, context=context)
        except SealError:
            continue
    raise BlobStreamError("content key does not open")


def _plaintext(
    reader: _Parts, cipher: AESGCM, header: bytes, sha256: str, size: int
) -> Iterator[bytes]:
    digest = hashlib.sha256()
    total = 0
    counter = 0
    segment = reader.read(_SEGMENT)
    while True:
        following = reader.read(_SEGMENT) if len(segment) == _SEGMENT else b""
        last = not following
        if len(segment) < TAG_SIZE:
            raise BlobStreamError("chunk truncated")
        nonce = counter.to_bytes(11, "big") + (b"\x01" if last else b"\x00")
        try:
            chunk = cipher.decrypt(nonce, segment, header)
        except InvalidTag:
            raise BlobStreamError(f"chunk {counter} not authentic") from None
        digest.update(chunk)
        total += len(chunk)
        yield chunk
        if last:
            break
        counter, segment = counter + 1, following
    if total != size or digest.hexdigest() != sha256:
        raise BlobStreamError("plaintext hash or size differs")


class _Parts:
    """Exact-size reads over an iterator of byte strings of any length."""

    def __init__(self, parts: Iterator[bytes]) -> None:
        self._parts = parts
        self._buffer = bytearray()

    def read(self, size: int) -> bytes:
        while len(self._buffer) < size:
            part = next(self._parts, None)
            if part is None:
                break
            self._buffer += part
        taken = bytes(self._buffer[:size])
        del self._buffer[:size]
        return taken


class _IterReader:
    """A read-only binary file over an iterator of byte strings (streams without a temp file)."""

    def __init__(self, chunks: Iterable[bytes]) -> None:
        self._reader = _Parts(iter(chunks))

    def read(self, size: int = -1) -> bytes:
        """Up to `size` bytes (all that is left for a negative size)."""
        return self._reader.read(size if size >= 0 else 1 << 62)

    def readable(self) -> bool:
        """Always True."""
        return True


def iter_reader(chunks: Iterable[bytes]) -> BinaryIO:
    """`chunks` as a readable binary file (only `read` is supported)."""
    return cast(BinaryIO, _IterReader(chunks))
