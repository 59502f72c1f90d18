"""Has this profile shown that it holds a blob's bytes? (DESIGN §5.6, F41)

Blobs are content-addressed and stored once, so knowing a SHA-256 must not be enough to
obtain the bytes: an attachment row that names an existing blob gives every holder of its case
the right to download it (`blobs_access.may_download`). Before such a row is accepted, the
writer's user must *possess* the bytes: one of the user's profiles uploaded them first, the
user already holds a case that has them, or this profile sent the complete sealed stream again
and the service verified it against the stored hash. That last proof is kept as the profile's
upload row with every byte received and no part left (`blobs` deletes the parts in the
transaction that verifies them); the retention run removes it like any stale upload.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, exists, select

from sync.server.db.blob_tables import blob, blob_upload, blob_upload_part
from sync.server.db.tables import ENTITY_TABLES, profile
from sync.server.services import assignments
from sync.server.services.retention import OnLaptops


@dataclass(frozen=True, slots=True)
class Claimant:
    """Who claims to hold the bytes: a profile and its user's case rights."""

    profile_id: str
    user_id: str
    role: str
    team: str | None


def possesses(conn: Connection, claimant: Claimant, sha256: str, on_laptops: OnLaptops) -> bool:
    """Whether the claimant's user has shown it holds the bytes of the blob `sha256`."""
    return (
        _uploaded_by_user(conn, claimant.user_id, sha256)
        or proven(conn, claimant.profile_id, sha256)
        or holds_case_with(conn, claimant, sha256, on_laptops)
    )


def proven(conn: Connection, profile_id: str, sha256: str) -> bool:
    """Whether the profile's upload of `sha256` is complete and verified (its parts gone)."""
    part = blob_upload_part
    unverified = exists().where(part.c.sha256 == sha256, part.c.profile_id == profile_id)
    found = conn.execute(
        select(blob_upload.c.sha256).where(
            blob_upload.c.sha256 == sha256,
            blob_upload.c.profile_id == profile_id,
            blob_upload.c.received == blob_upload.c.upload_size,
            ~unverified,
        )
    ).first()
    return found is not None


def holds_case_with(
    conn: Connection, claimant: Claimant, sha256: str, on_laptops: OnLaptops
) -> bool:
    """Whether the claimant's user holds a case that has an attachment row of this hash."""
    rows = ENTITY_TABLES["attachment"]
    cases = conn.execute(select(rows.c.case_id).where(rows.c.sha256 == sha256).distinct())
    return any(
        assignments.holds_case(
            conn,
            user_id=claimant.user_id,
            role=claimant.role,
            team=claimant.team,
            case_id=case_id,
            on_laptops=on_laptops,
        )
        for case_id in list(cases.scalars())
    )


def _uploaded_by_user(conn: Connection, user_id: str, sha256: str) -> bool:
    uploader = conn.execute(
        select(profile.c.user_id)
        .join_from(blob, profile, blob.c.created_by_profile == profile.c.id)
        .where(blob.c.sha256 == sha256)
    ).scalar()
    return uploader == user_id
