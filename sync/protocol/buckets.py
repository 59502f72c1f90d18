"""Sync buckets and their checksums, shared by the service and the laptops.

One bucket per case (``case:<uuid>``, sync-designs §2.1). A bucket holds the case row, every
case-scoped row with that `case_id` (links, documents, interviews, notes, tasks, attachments,
return assistance) and every person linked to the case by a `case_person` row — archived link
or not, so removing a link never has to take the person out of the bucket again.

The checksum lets a laptop notice that its copy of a bucket diverged and re-download only that
bucket (sync-designs §2.3 step 5, F34): the sum of CRC32 over ``"<entity_id>:<entity_version>"``
(ASCII) of the bucket's *live* (not archived) rows, modulo 2³². Conflicts do not count. Both
ends call `bucket_checksum`, so the definition exists once.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable

CASE_PREFIX = "case:"
_MODULUS = 2**32


def case_bucket(case_id: str) -> str:
    """The bucket of a case."""
    return f"{CASE_PREFIX}{case_id}"


def case_of_bucket(bucket: str) -> str | None:
    """The case id of a case bucket; None for any other kind of bucket."""
    return bucket[len(CASE_PREFIX) :] if bucket.startswith(CASE_PREFIX) else None


def row_checksum(entity_id: str, entity_version: int) -> int:
    """The CRC32 one live row contributes to its bucket's checksum."""
    return zlib.crc32(f"{entity_id}:{entity_version}".encode("ascii"))


def bucket_checksum(live_rows: Iterable[tuple[str, int]]) -> int:
    """The checksum of a bucket from its live rows as ``(entity_id, entity_version)`` pairs.

    A sum (not a hash chain) so it does not depend on row order, and each side can add rows
    up in whatever order it reads them.
    """
    return sum(row_checksum(entity_id, version) for entity_id, version in live_rows) % _MODULUS
