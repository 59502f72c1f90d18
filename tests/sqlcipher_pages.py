"""Every page of a SQLCipher store decrypted with its key, free pages and WAL frames included.

For the erasure tests (DB-7, KEY-6): a scan of the *decrypted* bytes shows what anyone who later
obtains the data key (say through the recovery escrow) could still read, not only what SQL
reaches. Decrypting pages ourselves (AES-256-CBC per page, SQLCipher 4 defaults, DB-2) reads
pages SQL never visits: the freelist, unused parts of B-tree pages, old frames in the `-wal`.
"""

from __future__ import annotations

from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

PAGE_SIZE = 4096  # DB-2: the v4 default
RESERVE = 80  # per page: IV (16) + HMAC-SHA512 (64)
SALT_SIZE = 16
WAL_HEADER = 32
WAL_FRAME_HEADER = 24
SQLITE_HEADER = b"SQLite format 3\x00"


def raw_key(key_pragma: str) -> bytes:
    """The 32-byte data key from the ``x'<64 hex>'`` literal of `Store.raw_key_pragma`."""
    return bytes.fromhex(key_pragma.removeprefix("x'").removesuffix("'"))


def decrypt_page(page: bytes, number: int, key: bytes) -> bytes:
    """One page's plaintext (page 1 with SQLite's header back in place of the salt)."""
    if len(page) != PAGE_SIZE:
        raise ValueError("short page")
    start = SALT_SIZE if number == 1 else 0
    iv = page[PAGE_SIZE - RESERVE : PAGE_SIZE - RESERVE + 16]
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    body = decryptor.update(page[start : PAGE_SIZE - RESERVE]) + decryptor.finalize()
    return (SQLITE_HEADER if number == 1 else b"") + body


def store_plaintext(db_path: Path, key: bytes) -> dict[str, bytes]:
    """The decrypted bytes of the store file and of each frame of its `-wal`, by name.

    Raises ValueError if page 1 does not decrypt to a SQLite header with our page size: the
    key or the page layout is wrong, and a scan of the result would prove nothing.
    """
    data = db_path.read_bytes()
    pages = [data[i : i + PAGE_SIZE] for i in range(0, len(data), PAGE_SIZE)]
    plain = {f"page {n}": decrypt_page(p, n, key) for n, p in enumerate(pages, start=1)}
    first = plain.get("page 1", b"")
    if first[16:18] != PAGE_SIZE.to_bytes(2, "big") or first[21:24] != b"\x40\x20\x20":
        raise ValueError("page 1 did not decrypt to a SQLite header: wrong key or layout")
    wal = db_path.with_name(db_path.name + "-wal")
    wal_data = wal.read_bytes() if wal.exists() else b""
    offset, frame = WAL_HEADER, 0
    while offset + WAL_FRAME_HEADER + PAGE_SIZE <= len(wal_data):
        number = int.from_bytes(wal_data[offset : offset + 4], "big")
        page = wal_data[offset + WAL_FRAME_HEADER : offset + WAL_FRAME_HEADER + PAGE_SIZE]
        plain[f"wal frame {frame} (page {number})"] = decrypt_page(page, number, key)
        offset += WAL_FRAME_HEADER + PAGE_SIZE
        frame += 1
    return plain
