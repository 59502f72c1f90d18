"""Check the store's `-wal` before SQLite reads it: damage there is otherwise silent (DB-8).

SQLCipher's page HMACs protect the pages inside the `-wal` too, but SQLite first checks each
frame's own checksum chain and, at the first frame that fails, quietly ignores it and every
frame after it. Committed transactions then vanish at the next unlock without any error. So
before the store is opened we walk the chain ourselves (the WAL format of
https://www.sqlite.org/fileformat2.html#walformat) and refuse a `-wal` that is damaged where
a crash cannot damage it:

* a header whose magic or checksum is wrong while whole frames follow it (SQLite writes the
  header once per generation, before any frame of it);
* a frame of the current generation (its salts match the header's) whose checksum fails while
  another complete frame of the current generation follows it: a killed writer appends frames
  in order, so only the last one can be incomplete.

What a crash can legitimately leave — a short last frame, an incomplete last transaction, old
frames of an earlier generation after the current ones — passes. A `-wal` cut at a frame
boundary (or its last frame damaged) looks exactly like a crash and cannot be told apart
without a witness outside the file; that is a rollback (security baseline, rollback of the
encrypted file), which the sync's sealed outbox covers.
"""

from __future__ import annotations

import struct
from pathlib import Path

from storage.errors import ErrorCode, StoreError

PAGE_SIZE = 4096  # DB-2: the SQLCipher 4 default, never changed
WAL_MAGIC = (0x377F0682, 0x377F0683)  # the low bit selects big-endian checksums
HEADER_BYTES = 32
FRAME_HEADER_BYTES = 24


def _checksum(data: bytes, big_endian: bool, s0: int = 0, s1: int = 0) -> tuple[int, int]:
    words = struct.unpack((">" if big_endian else "<") + f"{len(data) // 4}I", data)
    mask = 0xFFFFFFFF
    for i in range(0, len(words), 2):
        s0 = (s0 + words[i] + s1) & mask
        s1 = (s1 + words[i + 1] + s0) & mask
    return s0, s1


def wal_damage(wal: Path, page_size: int = PAGE_SIZE) -> str | None:
    """Why the `-wal` at `wal` was damaged in a way no crash leaves, or None (also when absent).

    Reads the file only; never changes it.
    """
    try:
        data = wal.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise StoreError(ErrorCode.IO_ERROR, f"read wal: {type(exc).__name__}") from None
    frame_bytes = FRAME_HEADER_BYTES + page_size
    frames = max(0, (len(data) - HEADER_BYTES) // frame_bytes)
    if frames == 0:
        return None  # nothing committed can be in it
    magic, _, header_page_size, _, salt1, salt2, c0, c1 = struct.unpack(">8I", data[:32])
    big_endian = magic & 1 == 1
    if (
        magic not in WAL_MAGIC
        or header_page_size != page_size
        or _checksum(data[:24], big_endian) != (c0, c1)
    ):
        return "wal header"
    return _frame_damage(
        data,
        frames=frames,
        frame_bytes=frame_bytes,
        big_endian=big_endian,
        salts=(salt1, salt2),
        running=(c0, c1),
    )


def _frame_damage(
    data: bytes,
    *,
    frames: int,
    frame_bytes: int,
    big_endian: bool,
    salts: tuple[int, int],
    running: tuple[int, int],
) -> str | None:
    def current(n: int) -> bool:
        start = HEADER_BYTES + n * frame_bytes
        return struct.unpack(">2I", data[start + 8 : start + 16]) == salts

    for n in range(frames):
        start = HEADER_BYTES + n * frame_bytes
        header = data[start : start + FRAME_HEADER_BYTES]
        if not current(n):
            # An earlier generation's leftovers end the chain; none of ours may follow them.
            later = any(current(m) for m in range(n + 1, frames))
            return f"wal frame {n}: salt" if later else None
        body = header[:8] + data[start + FRAME_HEADER_BYTES : start + frame_bytes]
        running = _checksum(body, big_endian, *running)
        if running != struct.unpack(">2I", header[16:24]):
            later = any(current(m) for m in range(n + 1, frames))
            return f"wal frame {n}: checksum" if later else None
    return None
