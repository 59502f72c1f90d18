"""Seal the store's outbox into passphrase-free files (DESIGN §5.0, §5.1).

Run after every local write commits and at unlock (to catch up): each outbox row without a
file is sealed for the service, signed by the profile and written atomically as
``outbox/<seq>.json``. The store's outbox row stays until the service's result for it is
applied (`sync.client.apply`), so a lost file can always be sealed again.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, select

from storage.services.records import pending_mutations
from storage.tables import ENTITY_TABLES
from storage.unlocked import OpenProfile
from sync.client.audit_upload import seal_audit
from sync.client.blobs import is_attachment_insert, seal_attachment_blob
from sync.client.identity import NotEnrolled, SyncIdentity, load_identity
from sync.client.layout import ProfileFiles
from sync.protocol.models import ChangedField, Mutation
from sync.protocol.sealed import seal_mutation
from sync.protocol.versions import MutationOp, parse_mutation_kind

_NO_CHANGES = frozenset({MutationOp.ARCHIVE, MutationOp.UNARCHIVE})


def seal_outbox(profile: OpenProfile) -> int:
    """Seal every outbox row that has no file yet, in order; returns how many were written.

    Stops at a row that cannot be sealed yet (a person not linked to any case has no bucket,
    an attachment whose encrypted file is missing), because the service needs the sequence
    without gaps. An attachment insert gets its sealed blob first (`sync.client.blobs`).
    """
    files = ProfileFiles(profile.info)
    files.ensure()
    state = files.state()
    floor = state.acked_upto if state.gap_from is None else state.gap_from - 1
    existing = set(files.outbox_seqs())
    written = 0
    with profile.store.read() as conn:
        try:
            ident = load_identity(profile.store, conn)
        except NotEnrolled:
            return 0
        for row in pending_mutations(conn):
            seq = int(row.mutation_seq)
            if seq <= floor or seq in existing:
                continue
            mutation = _mutation(conn, ident, row._mapping)
            if mutation is None:
                break
            # The bytes are sealed before the row's file exists, so a courier never finds an
            # attachment row without the blob it must upload first (F36).
            if is_attachment_insert(mutation) and not seal_attachment_blob(
                conn, profile.info, mutation, service_seal_public=ident.service_seal_public
            ):
                break
            item = seal_mutation(
                mutation,
                service_seal_public=ident.service_seal_public,
                profile_sign_private=ident.sign_private,
                service_key_id=ident.service_key_id,
            )
            files.write_outbox(seq, item.model_dump_json().encode())
            written += 1
    seal_audit(profile)  # the audit chain travels the same way (issue 7)
    return written


def _mutation(conn: Connection, ident: SyncIdentity, row: Any) -> Mutation | None:
    case_id = row["case_id"] or _case_of_person(conn, row["entity_id"])
    if case_id is None:
        return None
    changes = {
        name: ChangedField(old=change["old"], new=change["new"])
        for name, change in dict(row["changes"]).items()
    }
    kind = parse_mutation_kind(row["kind"])
    if kind is not None and kind.op in _NO_CHANGES:
        # The store keeps `archived: {old, new}` (the local rebase uses it), but on the wire an
        # archive or unarchive carries no fields: the service rejects one that does.
        changes = {}
    return Mutation(
        profile_id=ident.server_profile_id,
        mutation_seq=int(row["mutation_seq"]),
        kind=row["kind"],
        entity=row["entity"],
        entity_id=row["entity_id"],
        case_id=case_id,
        base_version=int(row["base_version"]),
        changes=changes,
        client_hlc=row["client_hlc"],
        conflict_id=row["conflict_id"],
    )


def _case_of_person(conn: Connection, person_id: str) -> str | None:
    # A person has no case of its own; it travels in the bucket of a case it is linked to.
    link = ENTITY_TABLES["case_person"]
    found = conn.execute(
        select(link.c.case_id).where(link.c.person_id == person_id).order_by(link.c.created_at)
    ).first()
    return None if found is None else str(found[0])
