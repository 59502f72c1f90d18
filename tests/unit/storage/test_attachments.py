"""Encrypted attachment files (ATT-1/2/3, KEY-5/6): round trips, leaks, tampering, failures."""

from __future__ import annotations

import errno
import hashlib
import io
import os
import random
import stat
import traceback
import uuid
from collections.abc import Callable
from functools import partial
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from storage.attachments import (
    CHUNK_SIZE,
    HEADER_SIZE,
    TAG_SIZE,
    AttachmentVault,
    StoredAttachment,
    rewrap_cek,
    wrap_key_id_of,
)
from storage.errors import ErrorCode, StoreError

SEGMENT = CHUNK_SIZE + TAG_SIZE
MIB = 1024 * 1024


@pytest.fixture
def root(tmp_path: Path) -> Path:
    return tmp_path / "attachments"


@pytest.fixture
def vault(root: Path) -> AttachmentVault:
    return AttachmentVault(root)


@pytest.fixture
def kek() -> bytearray:
    return bytearray(os.urandom(32))


def put_bytes(
    vault: AttachmentVault, data: bytes, key: bytearray, key_id: str = "kek-1"
) -> StoredAttachment:
    return vault.put(io.BytesIO(data), wrapping_key=key, wrap_key_id=key_id)


def read(vault: AttachmentVault, stored: StoredAttachment, key: bytearray) -> bytes:
    return vault.read_bytes(stored.file_id, stored.wrapped_cek, wrapping_key=key)


def path_of(root: Path, stored: StoredAttachment) -> Path:
    return root / stored.file_id


def assert_code(code: ErrorCode, action: Callable[[], object]) -> StoreError:
    with pytest.raises(StoreError) as caught:
        action()
    assert caught.value.code is code
    return caught.value


# --- round trips ------------------------------------------------------------------------------


@pytest.mark.parametrize("size", [0, 1, CHUNK_SIZE - 1, CHUNK_SIZE, CHUNK_SIZE + 1, 3 * MIB + 123])
def test_content_of_any_size_comes_back_identical_with_its_sha256_and_size(
    vault: AttachmentVault, kek: bytearray, size: int
) -> None:
    data = os.urandom(size)
    stored = put_bytes(vault, data, kek)
    assert read(vault, stored, kek) == data
    assert stored.sha256 == hashlib.sha256(data).hexdigest()
    assert stored.size == size


def test_file_holds_only_header_and_one_sealed_chunk_per_64_kib(
    vault: AttachmentVault, root: Path, kek: bytearray
) -> None:
    for size, chunks in [(0, 1), (CHUNK_SIZE, 1), (2 * CHUNK_SIZE + 5, 3)]:
        stored = put_bytes(vault, os.urandom(size), kek)
        assert path_of(root, stored).stat().st_size == HEADER_SIZE + size + chunks * TAG_SIZE


def test_streamed_plaintext_arrives_in_64_kib_chunks(
    vault: AttachmentVault, kek: bytearray
) -> None:
    data = os.urandom(2 * CHUNK_SIZE + 7)
    stored = put_bytes(vault, data, kek)
    chunks = list(vault.iter_plaintext(stored.file_id, stored.wrapped_cek, wrapping_key=kek))
    assert [len(c) for c in chunks] == [CHUNK_SIZE, CHUNK_SIZE, 7]
    assert b"".join(chunks) == data


def test_a_source_path_is_read_to_its_end(
    vault: AttachmentVault, kek: bytearray, tmp_path: Path
) -> None:
    source = tmp_path / "scan.pdf"
    source.write_bytes(b"%PDF-1.7 " * 20_000)
    stored = vault.put(source, wrapping_key=kek, wrap_key_id="kek-1")
    assert read(vault, stored, kek) == source.read_bytes()


class Dribble(io.BytesIO):
    """A source that returns at most 1000 bytes per read, like a pipe or a socket."""

    def read(self, size: int | None = -1, /) -> bytes:
        return super().read(1000 if size is None or size < 0 else min(size, 1000))


def test_short_reads_from_the_source_still_give_full_chunks(
    vault: AttachmentVault, root: Path, kek: bytearray
) -> None:
    data = os.urandom(2 * CHUNK_SIZE + 3)
    stored = vault.put(Dribble(data), wrapping_key=kek, wrap_key_id="kek-1")
    assert path_of(root, stored).stat().st_size == HEADER_SIZE + len(data) + 3 * TAG_SIZE
    assert read(vault, stored, kek) == data


def test_abandoning_a_stream_half_way_closes_the_file(
    vault: AttachmentVault, kek: bytearray
) -> None:
    stored = put_bytes(vault, os.urandom(3 * CHUNK_SIZE), kek)
    chunks = vault.iter_plaintext(stored.file_id, stored.wrapped_cek, wrapping_key=kek)
    assert len(next(chunks)) == CHUNK_SIZE
    chunks.close()  # an unclosed file would surface as a ResourceWarning, an error here


# --- nothing readable on disk (ATT-3, T2) -----------------------------------------------------


def test_plaintext_canary_and_original_name_never_reach_the_vault_directory(
    vault: AttachmentVault, root: Path, kek: bytearray, tmp_path: Path
) -> None:
    canary = f"CANARY-{uuid.uuid4().hex}".encode()
    source = tmp_path / f"Passport_{uuid.uuid4().hex}.pdf"
    source.write_bytes(canary * 30_000)  # ~1.2 MiB, many chunks
    stored = vault.put(source, wrapping_key=kek, wrap_key_id="kek-1")

    names = [p.name for p in root.rglob("*")]
    assert names == [stored.file_id]
    on_disk = b"".join(p.read_bytes() for p in root.rglob("*") if p.is_file())
    for secret in (canary, source.name.encode(), source.stem.encode(), stored.sha256.encode()):
        assert secret not in on_disk
    assert kek not in on_disk


def test_file_names_are_random_and_unrelated_to_content(
    vault: AttachmentVault, root: Path, kek: bytearray
) -> None:
    data = b"the same scan, stored twice"
    first, second = put_bytes(vault, data, kek), put_bytes(vault, data, kek)
    assert first.file_id != second.file_id
    for stored in (first, second):
        assert len(stored.file_id) == 32
        assert int(stored.file_id, 16) >= 0
        assert stored.file_id not in stored.sha256
    assert path_of(root, first).read_bytes() != path_of(root, second).read_bytes()
    assert first.wrapped_cek != second.wrapped_cek


@pytest.mark.skipif(os.name == "nt", reason="POSIX permission bits")
def test_vault_and_files_are_private_to_the_os_account(
    vault: AttachmentVault, root: Path, kek: bytearray
) -> None:
    stored = put_bytes(vault, b"x", kek)
    assert stat.S_IMODE(path_of(root, stored).stat().st_mode) == 0o600
    assert stat.S_IMODE(path_of(root, stored).parent.stat().st_mode) & 0o077 == 0


# --- tampering (ATT-1, T8) --------------------------------------------------------------------


def segments(data: bytes) -> tuple[bytes, list[bytes]]:
    body = data[HEADER_SIZE:]
    return data[:HEADER_SIZE], [body[i : i + SEGMENT] for i in range(0, len(body), SEGMENT)]


def flip(offset: int) -> Callable[[bytes], bytes]:
    def mutate(data: bytes) -> bytes:
        position = offset % len(data)
        return data[:position] + bytes([data[position] ^ 0x01]) + data[position + 1 :]

    return mutate


def reorder(order: list[int]) -> Callable[[bytes], bytes]:
    def mutate(data: bytes) -> bytes:
        header, segs = segments(data)
        return header + b"".join(segs[i] for i in order)

    return mutate


THREE_CHUNKS = 2 * CHUNK_SIZE + 100  # last chunk short
TWO_FULL_CHUNKS = 2 * CHUNK_SIZE  # last chunk full: nothing but the flag marks it last
TAMPERS: dict[str, tuple[int, Callable[[bytes], bytes]]] = {
    "truncate at first chunk boundary": (THREE_CHUNKS, lambda d: d[: HEADER_SIZE + SEGMENT]),
    "drop short last chunk": (THREE_CHUNKS, lambda d: d[: HEADER_SIZE + 2 * SEGMENT]),
    "drop full last chunk": (TWO_FULL_CHUNKS, lambda d: d[: HEADER_SIZE + SEGMENT]),
    "truncate inside a chunk": (THREE_CHUNKS, lambda d: d[: HEADER_SIZE + SEGMENT + 10]),
    "truncate one byte": (THREE_CHUNKS, lambda d: d[:-1]),
    "truncate to the header": (THREE_CHUNKS, lambda d: d[:HEADER_SIZE]),
    "truncate inside the header": (THREE_CHUNKS, lambda d: d[:10]),
    "empty the file": (THREE_CHUNKS, lambda d: b""),
    "empty file loses its only chunk": (0, lambda d: d[:HEADER_SIZE]),
    "swap two chunks": (THREE_CHUNKS, reorder([1, 0, 2])),
    "swap two full chunks": (TWO_FULL_CHUNKS, reorder([1, 0])),
    "duplicate a chunk": (THREE_CHUNKS, reorder([0, 0, 1, 2])),
    "repeat the last chunk": (THREE_CHUNKS, reorder([0, 1, 2, 2])),
    "remove a middle chunk": (THREE_CHUNKS, reorder([0, 2])),
    "flip a magic byte": (THREE_CHUNKS, flip(0)),
    "flip the version": (THREE_CHUNKS, flip(8)),
    "flip a file id byte": (THREE_CHUNKS, flip(12)),
    "flip the chunk size": (THREE_CHUNKS, flip(HEADER_SIZE - 1)),
    "flip a body byte": (THREE_CHUNKS, flip(HEADER_SIZE + 100)),
    "flip a tag byte": (THREE_CHUNKS, flip(HEADER_SIZE + SEGMENT - 1)),
    "flip the final tag": (THREE_CHUNKS, flip(-1)),
    "flip the tag of an empty file": (0, flip(-1)),
    "append one byte": (THREE_CHUNKS, lambda d: d + b"\x00"),
    "append a whole segment": (TWO_FULL_CHUNKS, lambda d: d + bytes(SEGMENT)),
    "append to an empty file": (0, lambda d: d + bytes(TAG_SIZE)),
}


@pytest.mark.parametrize("kind", list(TAMPERS))
def test_tampered_file_is_refused(
    vault: AttachmentVault, root: Path, kek: bytearray, kind: str
) -> None:
    size, mutate = TAMPERS[kind]
    stored = put_bytes(vault, os.urandom(size), kek)
    path = path_of(root, stored)
    path.write_bytes(mutate(path.read_bytes()))

    assert_code(ErrorCode.ATTACHMENT_TAMPERED, lambda: read(vault, stored, kek))
    stream = vault.iter_plaintext(stored.file_id, stored.wrapped_cek, wrapping_key=kek)
    assert_code(ErrorCode.ATTACHMENT_TAMPERED, lambda: list(stream))


def test_file_copied_over_another_id_is_refused(
    vault: AttachmentVault, root: Path, kek: bytearray
) -> None:
    first, second = put_bytes(vault, b"first", kek), put_bytes(vault, b"second", kek)
    path_of(root, second).write_bytes(path_of(root, first).read_bytes())
    assert_code(ErrorCode.ATTACHMENT_TAMPERED, lambda: read(vault, second, kek))


def test_wrapped_key_of_another_file_does_not_open_a_file(
    vault: AttachmentVault, kek: bytearray
) -> None:
    first, second = put_bytes(vault, b"first", kek), put_bytes(vault, b"second", kek)
    assert_code(
        ErrorCode.ATTACHMENT_TAMPERED,
        lambda: vault.read_bytes(first.file_id, second.wrapped_cek, wrapping_key=kek),
    )


def test_wrong_wrapping_key_is_refused_before_any_byte_is_read(
    vault: AttachmentVault, kek: bytearray
) -> None:
    stored = put_bytes(vault, b"scan", kek)
    other = bytearray(os.urandom(32))
    assert_code(ErrorCode.ATTACHMENT_TAMPERED, lambda: read(vault, stored, other))
    assert_code(
        ErrorCode.ATTACHMENT_TAMPERED,
        lambda: vault.iter_plaintext(stored.file_id, stored.wrapped_cek, wrapping_key=other),
    )


def test_every_altered_byte_of_a_wrapped_key_is_refused(
    vault: AttachmentVault, kek: bytearray
) -> None:
    stored = put_bytes(vault, b"scan", kek)
    blob = stored.wrapped_cek
    for i in range(len(blob)):
        altered = blob[:i] + bytes([blob[i] ^ 0x80]) + blob[i + 1 :]
        opening = partial(vault.read_bytes, stored.file_id, altered, wrapping_key=kek)
        assert_code(ErrorCode.ATTACHMENT_TAMPERED, opening)
    for cut in (b"", blob[:1], blob[:-1], blob + b"\x00"):
        opening = partial(vault.read_bytes, stored.file_id, cut, wrapping_key=kek)
        assert_code(ErrorCode.ATTACHMENT_TAMPERED, opening)


def test_sha256_other_than_expected_is_refused(vault: AttachmentVault, kek: bytearray) -> None:
    stored = put_bytes(vault, b"scan", kek)
    opened = vault.read_bytes(
        stored.file_id, stored.wrapped_cek, wrapping_key=kek, expected_sha256=stored.sha256
    )
    assert opened == b"scan"
    assert_code(
        ErrorCode.ATTACHMENT_TAMPERED,
        lambda: vault.read_bytes(
            stored.file_id, stored.wrapped_cek, wrapping_key=kek, expected_sha256="0" * 64
        ),
    )


def test_wrapping_key_must_be_256_bits(vault: AttachmentVault) -> None:
    with pytest.raises(ValueError, match="32 bytes"):
        put_bytes(vault, b"scan", bytearray(16))
    assert vault.file_ids() == []


# --- failed writes leave nothing behind (T6) --------------------------------------------------


def failing_write(limit: int, code: int) -> Callable[[int, bytes], int]:
    """os.write that takes `limit` bytes in all (the last as a short write), then fails."""
    real_write = os.write
    written = 0

    def write(fd: int, data: bytes) -> int:
        nonlocal written
        room = limit - written
        if room <= 0:
            raise OSError(code, os.strerror(code))
        count = real_write(fd, bytes(data[:room]))
        written += count
        return count

    return write


@pytest.mark.parametrize("limit", [0, HEADER_SIZE + 5, SEGMENT + 50])
def test_disk_filling_up_during_write_raises_disk_full_and_leaves_nothing(
    vault: AttachmentVault, root: Path, kek: bytearray, monkeypatch: pytest.MonkeyPatch, limit: int
) -> None:
    kept = put_bytes(vault, b"earlier attachment", kek)
    with monkeypatch.context() as patch:
        patch.setattr(os, "write", failing_write(limit, errno.ENOSPC))
        assert_code(ErrorCode.DISK_FULL, lambda: put_bytes(vault, os.urandom(3 * CHUNK_SIZE), kek))
    assert sorted(os.listdir(root)) == [kept.file_id]
    assert read(vault, kept, kek) == b"earlier attachment"


def test_rename_failing_with_no_space_raises_disk_full_and_leaves_nothing(
    vault: AttachmentVault, root: Path, kek: bytearray, monkeypatch: pytest.MonkeyPatch
) -> None:
    kept = put_bytes(vault, b"earlier attachment", kek)

    def no_space(*_args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    with monkeypatch.context() as patch:
        patch.setattr(os, "replace", no_space)
        assert_code(ErrorCode.DISK_FULL, lambda: put_bytes(vault, b"new scan", kek))
    assert os.listdir(root) == [kept.file_id]


@pytest.mark.parametrize("failing_call", [1, 2], ids=["file fsync", "directory fsync"])
def test_failed_fsync_raises_io_error_and_leaves_nothing(
    vault: AttachmentVault,
    root: Path,
    kek: bytearray,
    monkeypatch: pytest.MonkeyPatch,
    failing_call: int,
) -> None:
    kept = put_bytes(vault, b"earlier attachment", kek)
    real_fsync, calls = os.fsync, 0

    def fsync(fd: int) -> None:
        nonlocal calls
        calls += 1
        if calls == failing_call:
            raise OSError(errno.EIO, "Input/output error")
        real_fsync(fd)

    with monkeypatch.context() as patch:
        patch.setattr(os, "fsync", fsync)
        assert_code(ErrorCode.IO_ERROR, lambda: put_bytes(vault, b"new scan", kek))
    assert calls == failing_call
    assert os.listdir(root) == [kept.file_id]


class BrokenSource(io.BytesIO):
    """A source that fails with `error` once its first chunk has been read."""

    def __init__(self, error: BaseException) -> None:
        super().__init__(bytes(3 * CHUNK_SIZE))
        self._error = error

    def read(self, size: int | None = -1, /) -> bytes:
        if self.tell() >= CHUNK_SIZE:
            raise self._error
        return super().read(size)


def test_source_failing_mid_stream_raises_io_error_and_leaves_nothing(
    vault: AttachmentVault, root: Path, kek: bytearray
) -> None:
    source = BrokenSource(OSError(errno.EIO, "Input/output error"))
    assert_code(
        ErrorCode.IO_ERROR,
        lambda: vault.put(source, wrapping_key=kek, wrap_key_id="kek-1"),
    )
    assert os.listdir(root) == []


def test_interrupted_write_leaves_nothing_and_lets_the_interrupt_through(
    vault: AttachmentVault, root: Path, kek: bytearray
) -> None:
    source = BrokenSource(KeyboardInterrupt())
    with pytest.raises(KeyboardInterrupt):
        vault.put(source, wrapping_key=kek, wrap_key_id="kek-1")
    assert os.listdir(root) == []


def test_error_about_a_source_file_does_not_carry_its_name(
    vault: AttachmentVault, kek: bytearray, tmp_path: Path
) -> None:
    missing = tmp_path / "Asylum_Interview_Ahmadi.pdf"
    error = assert_code(
        ErrorCode.IO_ERROR, lambda: vault.put(missing, wrapping_key=kek, wrap_key_id="kek-1")
    )
    assert "Ahmadi" not in "".join(traceback.format_exception(error))


# --- key rotation and per-case keys (KEY-5, KEY-6) --------------------------------------------


def test_rewrapped_key_opens_with_the_new_key_only_and_file_is_untouched(
    vault: AttachmentVault, root: Path, kek: bytearray
) -> None:
    stored = put_bytes(vault, b"scan of a passport", kek, key_id="kek-1")
    before = path_of(root, stored).read_bytes()
    case_key = bytearray(os.urandom(32))

    rewrapped = rewrap_cek(
        stored.file_id, stored.wrapped_cek, old_key=kek, new_key=case_key, new_key_id="case-7"
    )

    assert wrap_key_id_of(stored.wrapped_cek) == "kek-1"
    assert wrap_key_id_of(rewrapped) == "case-7"
    assert (
        vault.read_bytes(stored.file_id, rewrapped, wrapping_key=case_key) == b"scan of a passport"
    )
    assert_code(
        ErrorCode.ATTACHMENT_TAMPERED,
        lambda: vault.read_bytes(stored.file_id, rewrapped, wrapping_key=kek),
    )
    assert path_of(root, stored).read_bytes() == before


def test_rewrap_refuses_a_wrong_old_key_or_file_id(vault: AttachmentVault, kek: bytearray) -> None:
    stored = put_bytes(vault, b"scan", kek)
    other_id = put_bytes(vault, b"other", kek).file_id
    new = bytearray(os.urandom(32))
    for file_id, old in ((stored.file_id, bytearray(os.urandom(32))), (other_id, kek)):
        rewrapping = partial(
            rewrap_cek, file_id, stored.wrapped_cek, old_key=old, new_key=new, new_key_id="kek-2"
        )
        assert_code(ErrorCode.ATTACHMENT_TAMPERED, rewrapping)


# --- housekeeping: delete, listing, sweeps ----------------------------------------------------


def test_deleted_file_is_gone_and_deleting_again_is_harmless(
    vault: AttachmentVault, kek: bytearray
) -> None:
    kept, deleted = put_bytes(vault, b"kept", kek), put_bytes(vault, b"deleted", kek)
    vault.delete(deleted.file_id)
    vault.delete(deleted.file_id)
    assert not vault.exists(deleted.file_id)
    assert vault.exists(kept.file_id)
    assert vault.file_ids() == [kept.file_id]
    assert_code(ErrorCode.ATTACHMENT_MISSING, lambda: read(vault, deleted, kek))


def test_file_ids_lists_attachments_only(
    vault: AttachmentVault, root: Path, kek: bytearray
) -> None:
    assert vault.file_ids() == []  # no directory yet
    ids = sorted(put_bytes(vault, bytes([i]), kek).file_id for i in range(3))
    (root / ".partial-abc123").write_bytes(b"remains of a crash")
    (root / "desktop.ini").write_bytes(b"")
    assert vault.file_ids() == ids


def test_discarding_partial_writes_keeps_attachments(
    vault: AttachmentVault, root: Path, kek: bytearray
) -> None:
    stored = put_bytes(vault, b"kept", kek)
    (root / ".partial-abc123").write_bytes(b"remains of a crash")
    assert vault.discard_partial_writes() == 1
    assert os.listdir(root) == [stored.file_id]


def test_malformed_or_escaping_ids_never_reach_the_file_system(
    vault: AttachmentVault, kek: bytearray, tmp_path: Path
) -> None:
    stored = put_bytes(vault, b"scan", kek)
    outside = tmp_path / "outside"
    outside.write_bytes(b"not an attachment")
    for bad in ("../outside", stored.file_id.upper(), stored.file_id + "0", ""):
        assert not vault.exists(bad)
        opening = partial(vault.read_bytes, bad, stored.wrapped_cek, wrapping_key=kek)
        assert_code(ErrorCode.ATTACHMENT_MISSING, opening)
        assert_code(ErrorCode.ATTACHMENT_MISSING, partial(vault.delete, bad))
    assert outside.exists()


def test_missing_file_is_reported_as_missing(
    vault: AttachmentVault, root: Path, kek: bytearray
) -> None:
    stored = put_bytes(vault, b"scan", kek)
    path_of(root, stored).unlink()
    assert_code(ErrorCode.ATTACHMENT_MISSING, lambda: read(vault, stored, kek))


# --- properties -------------------------------------------------------------------------------


@settings(max_examples=40, deadline=None)
@given(size=st.integers(min_value=0, max_value=3 * CHUNK_SIZE + 17), rnd=st.randoms())
def test_any_content_round_trips(
    tmp_path_factory: pytest.TempPathFactory, size: int, rnd: random.Random
) -> None:
    root = tmp_path_factory.mktemp("vault")
    vault = AttachmentVault(root)
    key = bytearray(rnd.randbytes(32))
    data = rnd.randbytes(size)
    stored = put_bytes(vault, data, key)
    assert read(vault, stored, key) == data
    assert stored.sha256 == hashlib.sha256(data).hexdigest()


@settings(max_examples=60, deadline=None)
@given(
    size=st.sampled_from([0, 1, CHUNK_SIZE, CHUNK_SIZE + 1]),
    position=st.integers(min_value=0),
    mask=st.integers(min_value=1, max_value=255),
    cut=st.integers(min_value=0),
    tail=st.binary(min_size=1, max_size=64),
    how=st.sampled_from(["flip", "truncate", "append"]),
)
def test_no_altered_file_is_ever_accepted(
    tmp_path_factory: pytest.TempPathFactory,
    size: int,
    position: int,
    mask: int,
    cut: int,
    tail: bytes,
    how: str,
) -> None:
    root = tmp_path_factory.mktemp("vault")
    vault = AttachmentVault(root)
    key = bytearray(os.urandom(32))
    stored = put_bytes(vault, os.urandom(size), key)
    path = path_of(root, stored)
    data = path.read_bytes()
    if how == "flip":
        i = position % len(data)
        data = data[:i] + bytes([data[i] ^ mask]) + data[i + 1 :]
    elif how == "truncate":
        data = data[: cut % len(data)]
    else:
        data += tail
    path.write_bytes(data)
    assert_code(ErrorCode.ATTACHMENT_TAMPERED, lambda: read(vault, stored, key))
