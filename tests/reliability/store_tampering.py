"""Random tampering with a profile's files, for the tamper trials (T3, DB-2, DB-8).

Each `Tamper` takes a copied profile folder and damages one of its files the way an attacker
or a failing disk could: bits flipped in a page (page 1 and its salt included), two pages
swapped, a page copied over another, the file truncated or extended, the `-wal` edited, the key
envelope edited field by field, truncated or bit-flipped inside its ciphertexts (with and
without a recomputed checksum, which anyone can recompute).
"""

from __future__ import annotations

import base64
import hashlib
import json
import random
from collections.abc import Callable
from pathlib import Path
from typing import Any

from storage.envelope_format import canonical_json
from storage.profiles import ENVELOPE_FILE, STORE_FILE
from tests.sqlcipher_pages import PAGE_SIZE, SALT_SIZE, WAL_FRAME_HEADER, WAL_HEADER

Tamper = Callable[[Path, random.Random], str]  # returns a short description, no data


def _flip_bits(data: bytearray, start: int, end: int, rng: random.Random) -> list[int]:
    offsets = []
    for _ in range(rng.randint(1, 8)):
        offset = rng.randrange(start, end)
        data[offset] ^= 1 << rng.randrange(8)
        offsets.append(offset)
    return offsets


def _pages(path: Path) -> int:
    return path.stat().st_size // PAGE_SIZE


def page_bits(folder: Path, rng: random.Random) -> str:
    """1-8 random bits flipped inside one random page (page 1 included)."""
    path = folder / STORE_FILE
    data = bytearray(path.read_bytes())
    page = rng.randrange(_pages(path))
    _flip_bits(data, page * PAGE_SIZE, (page + 1) * PAGE_SIZE, rng)
    path.write_bytes(bytes(data))
    return f"page {page + 1}"


def salt_bits(folder: Path, rng: random.Random) -> str:
    """1-8 random bits flipped in the 16-byte salt at the start of page 1."""
    path = folder / STORE_FILE
    data = bytearray(path.read_bytes())
    _flip_bits(data, 0, SALT_SIZE, rng)
    path.write_bytes(bytes(data))
    return "salt"


def zero_salt(folder: Path, rng: random.Random) -> str:
    """The salt overwritten with zeros (Zetetic forum #2674)."""
    path = folder / STORE_FILE
    data = bytearray(path.read_bytes())
    data[:SALT_SIZE] = bytes(SALT_SIZE)
    path.write_bytes(bytes(data))
    return "zero salt"


def swap_pages(folder: Path, rng: random.Random) -> str:
    """Two different pages exchanged."""
    path = folder / STORE_FILE
    data = bytearray(path.read_bytes())
    a, b = rng.sample(range(_pages(path)), 2)
    pa, pb = data[a * PAGE_SIZE : (a + 1) * PAGE_SIZE], data[b * PAGE_SIZE : (b + 1) * PAGE_SIZE]
    data[a * PAGE_SIZE : (a + 1) * PAGE_SIZE], data[b * PAGE_SIZE : (b + 1) * PAGE_SIZE] = pb, pa
    path.write_bytes(bytes(data))
    return f"swap {a + 1}<->{b + 1}"


def duplicate_page(folder: Path, rng: random.Random) -> str:
    """One page copied over another (a valid page, at the wrong place)."""
    path = folder / STORE_FILE
    data = bytearray(path.read_bytes())
    a, b = rng.sample(range(_pages(path)), 2)
    data[b * PAGE_SIZE : (b + 1) * PAGE_SIZE] = data[a * PAGE_SIZE : (a + 1) * PAGE_SIZE]
    path.write_bytes(bytes(data))
    return f"copy {a + 1}->{b + 1}"


def truncate_anywhere(folder: Path, rng: random.Random) -> str:
    """The file cut at a random byte offset."""
    path = folder / STORE_FILE
    size = rng.randrange(path.stat().st_size)
    with path.open("r+b") as handle:
        handle.truncate(size)
    return f"truncate at byte {size}"


def truncate_at_page(folder: Path, rng: random.Random) -> str:
    """The file cut at a page boundary (whole trailing pages gone)."""
    path = folder / STORE_FILE
    pages = rng.randrange(_pages(path))
    with path.open("r+b") as handle:
        handle.truncate(pages * PAGE_SIZE)
    return f"truncate to {pages} pages"


def append_garbage(folder: Path, rng: random.Random) -> str:
    """Random bytes added at the end: a partial page or whole pages."""
    path = folder / STORE_FILE
    size = rng.choice((rng.randint(1, PAGE_SIZE - 1), PAGE_SIZE * rng.randint(1, 3)))
    with path.open("ab") as handle:
        handle.write(rng.randbytes(size))
    return f"append {size} bytes"


def wal_bits(folder: Path, rng: random.Random) -> str:
    """1-8 bits flipped in the `-wal`: its header, a frame header or a frame's page."""
    path = folder / (STORE_FILE + "-wal")
    data = bytearray(path.read_bytes())
    frames = (len(data) - WAL_HEADER) // (WAL_FRAME_HEADER + PAGE_SIZE)
    where = rng.choice(("header", "frame header", "frame page"))
    if where == "header" or frames == 0:
        _flip_bits(data, 0, WAL_HEADER, rng)
        path.write_bytes(bytes(data))
        return "wal header"
    frame = rng.randrange(frames)
    start = WAL_HEADER + frame * (WAL_FRAME_HEADER + PAGE_SIZE)
    if where == "frame header":
        _flip_bits(data, start, start + WAL_FRAME_HEADER, rng)
    else:
        _flip_bits(data, start + WAL_FRAME_HEADER, start + WAL_FRAME_HEADER + PAGE_SIZE, rng)
    path.write_bytes(bytes(data))
    return f"wal {where} {frame}"


def wal_truncate(folder: Path, rng: random.Random) -> str:
    """The `-wal` cut at a random offset (committed frames lost with it)."""
    path = folder / (STORE_FILE + "-wal")
    size = rng.randrange(path.stat().st_size)
    with path.open("r+b") as handle:
        handle.truncate(size)
    return f"wal truncate at {size}"


def _leaves(doc: Any, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    if isinstance(doc, dict):
        return [leaf for key, value in doc.items() for leaf in _leaves(value, (*prefix, key))]
    return [prefix]


def _set(doc: dict[str, Any], path: tuple[str, ...], value: Any) -> None:
    for key in path[:-1]:
        doc = doc[key]
    doc[path[-1]] = value


def _get(doc: dict[str, Any], path: tuple[str, ...]) -> Any:
    for key in path:
        doc = doc[key]
    return doc


def _other_value(value: Any, rng: random.Random) -> Any:
    if isinstance(value, bool) or not isinstance(value, int | str):
        return rng.choice((None, 0, "", [], {}))
    if isinstance(value, int):
        return rng.choice((value + 1, value - 1, value * 2, value // 2, 0, -1, str(value)))
    try:
        raw = bytearray(base64.b64decode(value, validate=True))
    except ValueError:
        raw = bytearray()
    if raw and rng.random() < 0.7:
        _flip_bits(raw, 0, len(raw), rng)  # same length, still valid base64
        return base64.b64encode(bytes(raw)).decode()
    return rng.choice((value[:-1], value + "A", value[::-1], "", value.upper()))


def _write_doc(path: Path, doc: dict[str, Any], rng: random.Random) -> str:
    recompute = rng.random() < 0.5  # an attacker can recompute the plain SHA-256 checksum
    if recompute:
        doc = {k: v for k, v in doc.items() if k != "checksum"}
        doc["checksum"] = hashlib.sha256(canonical_json(doc)).hexdigest()
    path.write_text(json.dumps(doc, indent=2, sort_keys=True))
    return " (checksum recomputed)" if recompute else ""


def envelope_field(folder: Path, rng: random.Random) -> str:
    """One field of the key envelope changed (or removed), checksum optionally recomputed."""
    path = folder / ENVELOPE_FILE
    doc = json.loads(path.read_text("utf-8"))
    leaf = rng.choice(_leaves(doc))
    if rng.random() < 0.15:
        parent = _get(doc, leaf[:-1]) if len(leaf) > 1 else doc
        del parent[leaf[-1]]
        return f"envelope drop {'.'.join(leaf)}" + _write_doc(path, doc, rng)
    _set(doc, leaf, _other_value(_get(doc, leaf), rng))
    return f"envelope field {'.'.join(leaf)}" + _write_doc(path, doc, rng)


def envelope_ciphertext_bits(folder: Path, rng: random.Random) -> str:
    """Bits flipped inside one wrap's ciphertext (decoded, flipped, encoded again)."""
    path = folder / ENVELOPE_FILE
    doc = json.loads(path.read_text("utf-8"))
    leaf = (rng.choice(("passphrase_wrap", "recovery_wrap")), "ciphertext")
    raw = bytearray(base64.b64decode(_get(doc, leaf)))
    _flip_bits(raw, 0, len(raw), rng)
    _set(doc, leaf, base64.b64encode(bytes(raw)).decode())
    return f"envelope bits {'.'.join(leaf)}" + _write_doc(path, doc, rng)


def envelope_truncate(folder: Path, rng: random.Random) -> str:
    """The envelope file cut at a random offset."""
    path = folder / ENVELOPE_FILE
    data = path.read_bytes()
    path.write_bytes(data[: rng.randrange(len(data))])
    return "envelope truncate"


STORE_TAMPERS: dict[str, Tamper] = {
    "page_bits": page_bits,
    "salt_bits": salt_bits,
    "zero_salt": zero_salt,
    "swap_pages": swap_pages,
    "duplicate_page": duplicate_page,
    "truncate_anywhere": truncate_anywhere,
    "truncate_at_page": truncate_at_page,
    "append_garbage": append_garbage,
    "envelope_field": envelope_field,
    "envelope_ciphertext_bits": envelope_ciphertext_bits,
    "envelope_truncate": envelope_truncate,
}
WAL_TAMPERS: dict[str, Tamper] = {"wal_bits": wal_bits, "wal_truncate": wal_truncate}
