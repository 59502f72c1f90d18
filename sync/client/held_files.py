"""Attachment files an eviction holds back until their bytes are on their way up (issue 7/4).

The eviction of a case erases its rows, files and key (KEY-6) but keeps its outbox rows
(quarantine: they still go up and the service judges them, F31). An attachment whose insert
is in the outbox, not yet answered by the service, would lose its bytes with the vault file
when they are not sealed for the service yet (`sync.client.blobs`), and its insert would
block the sealer for good; sealed bytes the service refuses twice are sealed again from the
vault file too. So the eviction keeps that attachment's `attachment_file` row, its vault file
and the case key, and removes only the attachment's row (nothing of the case shows).
`release_held_files` runs at the end of each apply (`sync.client.apply.apply_inbox`, where
the service's answers land): once it has answered the insert (accepted, or rejected and kept
for review), the file and its row go, and the case key goes with the last held file of a
case that is not (back) on the laptop.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Connection, delete, select

from storage.attachments import AttachmentVault
from storage.case_keys import case_key_id, shred_case_key
from storage.profiles import ProfileInfo
from storage.tables import ENTITY_TABLES, attachment_file, outbox
from storage.unlocked import OpenProfile
from sync.client.layout import ProfileFiles

_INSERT_KINDS = "attachment.create.%"  # `sync.client.blobs.is_attachment_insert`
_CASE_KEY_PREFIX = case_key_id("")


def unanswered_attachments(
    conn: Connection, info: ProfileInfo, case_ids: Iterable[str] | None = None
) -> set[str]:
    """Ids of attachments whose insert waits in the outbox, not yet answered by the service.

    An insert at or below the transport's `acked_upto` has been answered (its bytes are on
    the service), even while its result is still staged.
    """
    query = select(outbox.c.mutation_seq, outbox.c.entity_id).where(
        outbox.c.entity == "attachment", outbox.c.kind.like(_INSERT_KINDS)
    )
    if case_ids is not None:
        query = query.where(outbox.c.case_id.in_(sorted(set(case_ids))))
    state = ProfileFiles(info).state()
    floor = state.acked_upto if state.gap_from is None else state.gap_from - 1
    return {str(entity_id) for seq, entity_id in conn.execute(query) if int(seq) > floor}


def _held(conn: Connection) -> list[tuple[str, str, str]]:
    """(attachment id, file id, wrap key id) of every file whose attachment row is gone."""
    rows = ENTITY_TABLES["attachment"]
    query = (
        select(attachment_file.c.attachment_id, attachment_file.c.file_id)
        .add_columns(attachment_file.c.wrap_key_id)
        .outerjoin(rows, rows.c.id == attachment_file.c.attachment_id)
        .where(rows.c.id.is_(None))
    )
    return [(str(a), str(f), str(w)) for a, f, w in conn.execute(query)]


def release_held_files(profile: OpenProfile) -> int:
    """Erase the held files whose insert the service has answered; returns how many.

    Cheap when nothing is held (one read). The key of a case goes in the transaction that
    removes its last held file, if the case is not on the laptop (again); the files are
    unlinked after the commit, and the WAL is checkpointed so the key's pages do not live on
    there (DB-7).
    """
    with profile.store.read() as conn:
        if not _held(conn):
            return 0
    released: list[str] = []
    with profile.store.write() as conn:
        waiting = unanswered_attachments(conn, profile.info)
        cases: set[str] = set()
        for attachment_id, file_id, wrap_key_id in _held(conn):
            if attachment_id in waiting:
                continue
            conn.execute(
                delete(attachment_file).where(attachment_file.c.attachment_id == attachment_id)
            )
            released.append(file_id)
            if wrap_key_id.startswith(_CASE_KEY_PREFIX):
                cases.add(wrap_key_id.removeprefix(_CASE_KEY_PREFIX))
        case_rows = ENTITY_TABLES["case"]
        for case_id in sorted(cases):
            back = conn.execute(select(case_rows.c.id).where(case_rows.c.id == case_id)).first()
            still_held = conn.execute(
                select(attachment_file.c.attachment_id)
                .where(attachment_file.c.wrap_key_id == case_key_id(case_id))
                .limit(1)
            ).first()
            if back is None and still_held is None:
                shred_case_key(conn, case_id)
    if not released:
        return 0
    vault = AttachmentVault(profile.info.attachments_path)
    for file_id in released:
        vault.delete(file_id)
    profile.store.checkpoint()
    return len(released)
