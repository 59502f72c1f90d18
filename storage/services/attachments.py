"""Attachments of a case: encrypted file first, then its metadata row (DESIGN §5.6).

The bytes go into the vault (chunked AEAD, random name, ATT-1/3) before the row that points
to them is committed; if the row can't be written the file is removed again, so there are no
dangling rows. Each file's CEK is wrapped by its case's key (KEY-6, `storage.case_keys`), so
erasing the case's key erases its files. Viewing decrypts in memory only (ATT-2) and is audited.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import BinaryIO

from sqlalchemy import select

from storage.attachments import AttachmentVault
from storage.case_keys import (
    case_key_for,
    case_key_id,
    existing_case_key,
    record_file,
    wrapping_key,
)
from storage.context import ProfileContext
from storage.errors import ErrorCode, StoreError, ValidationFailed
from storage.ids import is_uuid, new_id
from storage.services.records import Record, RecordService
from storage.tables import ENTITY_TABLES, attachment_file


class AttachmentService:
    def __init__(self, ctx: ProfileContext, records: RecordService, vault: AttachmentVault):
        self._ctx = ctx
        self._records = records
        self._vault = vault

    def _case_key(self, case_id: str) -> bytearray:
        """The case's key (made now if it has none); the caller wipes it."""
        # No key row for a case that is not here: fail as `RecordService.create` would.
        if not is_uuid(case_id):
            raise ValidationFailed({"case_id": "required"})
        cases = ENTITY_TABLES["case"]
        with self._ctx.store.read() as conn:
            if conn.execute(select(cases.c.id).where(cases.c.id == case_id)).first() is None:
                raise StoreError(ErrorCode.NOT_FOUND, "case")
            key = existing_case_key(conn, case_id)
        if key is not None:
            return key
        with self._ctx.store.write() as conn:
            return case_key_for(conn, case_id)

    def add(
        self,
        case_id: str,
        source: BinaryIO | Path,
        *,
        filename: str,
        media_type: str,
        person_id: str | None = None,
    ) -> Record:
        """Encrypt and keep a scan or photo for a case; returns the attachment record."""
        key = self._case_key(case_id)
        try:
            stored = self._vault.put(source, wrapping_key=key, wrap_key_id=case_key_id(case_id))
            attachment_id = new_id()
            try:
                return self._records.create(
                    "attachment",
                    {
                        "sha256": stored.sha256,
                        "filename": filename,
                        "media_type": media_type,
                        "size": stored.size,
                        "person_id": person_id,
                    },
                    case_id=case_id,
                    record_id=attachment_id,
                    also=lambda conn: record_file(conn, attachment_id, case_id, stored, key),
                )
            except BaseException:
                self._vault.delete(stored.file_id)
                raise
        finally:
            key[:] = bytes(len(key))

    def read(self, attachment_id: str) -> bytes:
        """The attachment's bytes, decrypted in memory and hash-checked; the view is audited."""
        record = self._records.get("attachment", attachment_id, audit_read=False)
        with self._ctx.store.write() as conn:
            row = conn.execute(
                select(attachment_file).where(attachment_file.c.attachment_id == attachment_id)
            ).first()
            if row is None:
                raise StoreError(ErrorCode.ATTACHMENT_MISSING)
            key = wrapping_key(conn, row.wrap_key_id)
            self._ctx.audit.record(conn, "read", "attachment", attachment_id)
        try:
            return self._vault.read_bytes(
                row.file_id,
                row.wrapped_cek,
                wrapping_key=key,
                expected_sha256=record.values["sha256"],
            )
        finally:
            key[:] = bytes(len(key))

    def with_file(self, attachment_ids: Iterable[str]) -> frozenset[str]:
        """Which of these attachments have their bytes on this laptop (no audit, no decrypt).

        A row synced from another laptop exists before its bytes are downloaded
        (`sync.client.blobs_download`); such a row, or one whose vault file is gone, is
        missing here. Cheap: one indexed read and a file-exists check per attachment.
        """
        wanted = list(dict.fromkeys(attachment_ids))
        if not wanted:
            return frozenset()
        query = select(attachment_file.c.attachment_id, attachment_file.c.file_id).where(
            attachment_file.c.attachment_id.in_(wanted)
        )
        with self._ctx.store.read() as conn:
            rows = conn.execute(query).all()
        return frozenset(r.attachment_id for r in rows if self._vault.exists(r.file_id))
