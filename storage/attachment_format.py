"""The attachment file format and the wrapped content key (CEK) that opens a file (ATT-1, KEY-5).

A file is named by its random 128-bit file id (32 lower-case hex characters) and holds nothing
but:

    header  = magic(8) ‖ format version(1) ‖ file id(16) ‖ chunk size(4, big-endian)
    chunk_i = AES-256-GCM(CEK, nonce = i(11, big-endian) ‖ last(1), chunk plaintext, aad = header)

Only the last chunk (shorter or full; empty only for an empty file) is flagged last. Counter and
flag in the nonce (the STREAM construction, as in age) make reordered, duplicated or dropped
chunks, truncation and appended bytes fail authentication; the header as AAD catches header
edits. Each file has its own fresh random CEK, so counter nonces never repeat under a key.

The CEK is wrapped (AES-256-GCM) by the caller's wrapping key: the attachment KEK or a per-case
key, never the database key. The caller keeps the *wrapped* CEK in the encrypted database:

    wrapped_cek = wrap version(1) ‖ len(key id)(1) ‖ key id ‖ nonce(12) ‖ sealed CEK(32 + 16)
    aad         = WRAP_LABEL ‖ wrap version ‖ len(key id) ‖ key id ‖ file id

The wrap-key id is bound in the wrap, not in the file header: the header is the AAD of every
chunk, so a key id there would force re-encrypting every file on KEK rotation or a move under a
per-case key (KEY-5: rotation re-wraps keys only), and would tell whoever finds the laptop which
files belong to one case (ATT-3).
"""

from __future__ import annotations

import hashlib
import os
import re
import struct
from collections.abc import Callable, Iterator
from typing import BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from storage.errors import ErrorCode, StoreError

CHUNK_SIZE = 64 * 1024  # plaintext bytes per chunk (ATT-1)
TAG_SIZE = 16  # GCM tag after each chunk's ciphertext
KEY_SIZE = 32  # a CEK and a wrapping key (AES-256)
FORMAT_VERSION = 1

# CR LF and SUB catch a file mangled by a text-mode copy, as in the PNG signature.
_MAGIC = b"DSATT\r\n\x1a"
_HEADER = struct.Struct(">8sB16sI")
HEADER_SIZE = _HEADER.size  # 29
_SEGMENT = CHUNK_SIZE + TAG_SIZE
FILE_ID_SIZE = 16
FILE_ID_RE = re.compile(r"[0-9a-f]{32}")

_WRAP_VERSION = 1
_WRAP_LABEL = b"dossier/attachment-cek"  # domain separation from every other AES-GCM use
_WRAP_NONCE_SIZE = 12
_MAX_KEY_ID = 255


def pack_header(file_id: bytes) -> bytes:
    """The header of a new file with this raw file id."""
    return _HEADER.pack(_MAGIC, FORMAT_VERSION, file_id, CHUNK_SIZE)


def raw_file_id(file_id: str) -> bytes:
    """The 16 bytes of a file id; ATTACHMENT_MISSING for anything but 32 lower-case hex."""
    # The id becomes a path: anything but our own hex ids (say "../x") must not get that far.
    if FILE_ID_RE.fullmatch(file_id) is None:
        raise StoreError(ErrorCode.ATTACHMENT_MISSING, "malformed file id")
    return bytes.fromhex(file_id)


def encode_key_id(key_id: str) -> bytes:
    """A wrap-key id as it is stored in the wrap; ValueError if not 1 to 255 UTF-8 bytes."""
    encoded = key_id.encode("utf-8")
    if not 1 <= len(encoded) <= _MAX_KEY_ID:
        raise ValueError(f"a wrap key id has 1 to {_MAX_KEY_ID} UTF-8 bytes")
    return encoded


# --- the file ---------------------------------------------------------------------------------


def encrypt_stream(source: BinaryIO, fd: int, header: bytes, cipher: AESGCM) -> tuple[str, int]:
    """Write header and sealed chunks to `fd`; returns the plaintext's SHA-256 hex and size."""
    digest = hashlib.sha256()
    size = 0
    _write_all(fd, header)
    for counter, chunk, last in _with_last_flag(lambda: _read_full(source, CHUNK_SIZE), CHUNK_SIZE):
        digest.update(chunk)
        size += len(chunk)
        _write_all(fd, cipher.encrypt(_nonce(counter, last), chunk, header))
    return digest.hexdigest(), size


def decrypt_stream(
    stream: BinaryIO, file_id: bytes, cipher: AESGCM, expected_sha256: str | None
) -> Iterator[bytes]:
    """The plaintext of the file read from `stream`, chunk by chunk; ATTACHMENT_TAMPERED for a
    header, chunk or length that does not authenticate, or a plaintext SHA-256 that differs."""
    header = stream.read(HEADER_SIZE)
    _check_header(header, file_id)
    digest = hashlib.sha256()
    for counter, segment, last in _with_last_flag(lambda: stream.read(_SEGMENT), _SEGMENT):
        chunk = _open_chunk(cipher, counter, last, segment, header)
        digest.update(chunk)
        yield chunk
    if expected_sha256 is not None and digest.hexdigest() != expected_sha256.lower():
        raise StoreError(ErrorCode.ATTACHMENT_TAMPERED, "plaintext sha256 differs")


def _with_last_flag(read: Callable[[], bytes], full: int) -> Iterator[tuple[int, bytes, bool]]:
    """(counter, piece, is_last) over `read()`, one read ahead; a short piece is always last."""
    counter, current = 0, read()
    while True:
        following = read() if len(current) == full else b""
        yield counter, current, not following
        if not following:
            return
        counter, current = counter + 1, following


def _check_header(header: bytes, file_id: bytes) -> None:
    if len(header) != HEADER_SIZE:
        raise StoreError(ErrorCode.ATTACHMENT_TAMPERED, "header truncated")
    magic, version, header_id, chunk_size = _HEADER.unpack(header)
    if magic != _MAGIC or version != FORMAT_VERSION or chunk_size != CHUNK_SIZE:
        raise StoreError(ErrorCode.ATTACHMENT_TAMPERED, "header not recognised")
    if header_id != file_id:  # a file copied or renamed over another id
        raise StoreError(ErrorCode.ATTACHMENT_TAMPERED, "file id differs from name")


def _open_chunk(cipher: AESGCM, counter: int, last: bool, segment: bytes, header: bytes) -> bytes:
    if len(segment) < TAG_SIZE:
        raise StoreError(ErrorCode.ATTACHMENT_TAMPERED, "chunk truncated")
    try:
        return cipher.decrypt(_nonce(counter, last), segment, header)
    except InvalidTag:
        raise StoreError(ErrorCode.ATTACHMENT_TAMPERED, f"chunk {counter} not authentic") from None


def _nonce(counter: int, last: bool) -> bytes:
    # 11 bytes of counter cover 2**88 chunks; to_bytes raises OverflowError long before reuse.
    return counter.to_bytes(11, "big") + (b"\x01" if last else b"\x00")


def _read_full(source: BinaryIO, size: int) -> bytes:
    """Up to `size` bytes, fewer only at the end: chunk boundaries must not follow short reads."""
    parts: list[bytes] = []
    remaining = size
    while remaining:
        part = source.read(remaining)
        if not part:
            break
        parts.append(part)
        remaining -= len(part)
    return b"".join(parts)


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]


# --- the content key ---------------------------------------------------------------------------


def new_cek(file_id: bytes, key_id: bytes, wrapping_key: bytes | bytearray) -> tuple[bytes, AESGCM]:
    """A fresh CEK for one file: the CEK wrapped by `wrapping_key`, and a cipher under it."""
    # os.urandom can only return bytes; copying at once into a wipeable buffer is the best
    # Python allows (MEM-1). AESGCM keeps its own copy of the key, so ours goes right away.
    cek = bytearray(os.urandom(KEY_SIZE))
    try:
        wrapped = _wrap_cek(cek, file_id, key_id, wrapping_key)
        cipher = AESGCM(cek)
    finally:
        _wipe(cek)
    return wrapped, cipher


def cek_cipher(wrapped_cek: bytes, file_id: bytes, wrapping_key: bytes | bytearray) -> AESGCM:
    """A cipher under the CEK that `wrapping_key` unwraps; ATTACHMENT_TAMPERED on any mismatch."""
    cek = _unwrap_cek(wrapped_cek, file_id, wrapping_key)
    try:
        return AESGCM(cek)  # keeps its own copy of the key, so ours is wiped at once
    finally:
        _wipe(cek)


def wrap_key_id_of(wrapped_cek: bytes) -> str:
    """The id of the key that wrapped this CEK, so the caller can fetch that key.

    The id is authenticated only when the CEK is unwrapped; use it to choose a key, not to trust.
    """
    return _parse_wrapped(wrapped_cek)[0].decode("utf-8", errors="replace")


def rewrap_cek(
    file_id: str,
    wrapped_cek: bytes,
    *,
    old_key: bytes | bytearray,
    new_key: bytes | bytearray,
    new_key_id: str,
) -> bytes:
    """The same CEK wrapped under `new_key` (named `new_key_id`), for key rotation or KEY-6.

    The file itself is untouched. After the caller replaces the stored wrapped CEK with the
    result, `old_key` no longer opens the file. Raises `StoreError(ATTACHMENT_TAMPERED)` if
    `old_key` does not unwrap `wrapped_cek` for this file id.
    """
    key_id = encode_key_id(new_key_id)
    raw_id = raw_file_id(file_id)
    cek = _unwrap_cek(wrapped_cek, raw_id, old_key)
    try:
        return _wrap_cek(cek, raw_id, key_id, new_key)
    finally:
        _wipe(cek)


def _wrap_prefix(key_id: bytes) -> bytes:
    return bytes((_WRAP_VERSION, len(key_id))) + key_id


def _wrap_cek(
    cek: bytearray, file_id: bytes, key_id: bytes, wrapping_key: bytes | bytearray
) -> bytes:
    # A random nonce is safe here: each wrapping key seals far fewer than 2**32 CEKs.
    _check_key(wrapping_key)
    nonce = os.urandom(_WRAP_NONCE_SIZE)
    prefix = _wrap_prefix(key_id)
    sealed = AESGCM(wrapping_key).encrypt(nonce, cek, _WRAP_LABEL + prefix + file_id)
    return prefix + nonce + sealed


def _parse_wrapped(wrapped_cek: bytes) -> tuple[bytes, bytes, bytes]:
    """(key id, nonce, sealed CEK) of a wrapped CEK, or ATTACHMENT_TAMPERED if malformed."""
    if len(wrapped_cek) < 2 or wrapped_cek[0] != _WRAP_VERSION:
        raise StoreError(ErrorCode.ATTACHMENT_TAMPERED, "wrapped key not recognised")
    id_end = 2 + wrapped_cek[1]
    nonce_end = id_end + _WRAP_NONCE_SIZE
    if len(wrapped_cek) != nonce_end + KEY_SIZE + TAG_SIZE:
        raise StoreError(ErrorCode.ATTACHMENT_TAMPERED, "wrapped key has the wrong length")
    return wrapped_cek[2:id_end], wrapped_cek[id_end:nonce_end], wrapped_cek[nonce_end:]


def _unwrap_cek(wrapped_cek: bytes, file_id: bytes, wrapping_key: bytes | bytearray) -> bytearray:
    """The CEK in a buffer the caller must wipe; ATTACHMENT_TAMPERED on any mismatch."""
    _check_key(wrapping_key)
    key_id, nonce, sealed = _parse_wrapped(wrapped_cek)
    cek = bytearray(KEY_SIZE)
    try:
        # decrypt_into (cryptography >= 47) never lets the CEK exist as immutable bytes (MEM-1).
        AESGCM(wrapping_key).decrypt_into(
            nonce, sealed, _WRAP_LABEL + _wrap_prefix(key_id) + file_id, cek
        )
    except InvalidTag:
        _wipe(cek)
        # A wrong key and an altered wrapped key look the same to an AEAD.
        raise StoreError(ErrorCode.ATTACHMENT_TAMPERED, "content key did not unwrap") from None
    return cek


def _check_key(key: bytes | bytearray) -> None:
    # AESGCM would also take 128- and 192-bit keys; the baseline wants AES-256 throughout.
    if len(key) != KEY_SIZE:
        raise ValueError(f"a wrapping key has {KEY_SIZE} bytes")


def _wipe(buffer: bytearray) -> None:
    buffer[:] = bytes(len(buffer))  # same length, so overwritten in place, not reallocated
