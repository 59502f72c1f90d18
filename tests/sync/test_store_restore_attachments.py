"""A damaged store restored from the service, with attachments, end to end over HTTP.

The scan synced before the damage comes back as a row and its bytes are fetched again (the
vault folder went aside with the damaged store); the scan attached offline, whose sealed blob
was held but not yet uploaded when the store broke, goes up after the restore and its row
comes back too. Both decrypt to the original bytes, on this laptop and on a colleague's.
Both backends.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable

import pytest
from fastapi import FastAPI

from storage.errors import ErrorCode, StoreError
from sync.client.blobs import BlobFiles
from sync.client.store_restore import restore_from_service
from sync.server.db.blob_tables import blob
from tests.server.laptops import seed_case
from tests.sync.laptop import PASSPHRASE, Laptop
from tests.sync.replicas import laptop_case, lost_and_duplicated, server_case
from tests.sync.test_attachment_sync import attach, plaintext_on_disk, scan, service_rows
from tests.sync.test_store_restore_sync import _damage


def _hashes(app: FastAPI) -> set[str]:
    return {str(r["sha256"]) for r in service_rows(app, blob)}


@pytest.mark.parametrize("table", ["attachment", "attachment_file"])
def test_a_restored_store_gets_its_scans_back_and_uploads_the_held_one(
    app: FastAPI, make_laptop: Callable[[str], Laptop], table: str
) -> None:
    anna, ben = make_laptop("anna"), make_laptop("ben")
    case_id = seed_case(app, "R-50", "anna", "ben")
    assert anna.sync().error is None and ben.sync().error is None
    synced, held = scan(180_000, seed=50), scan(240_000, seed=51)
    synced_id = attach(anna, case_id, synced)
    first = anna.sync()
    assert first.error is None and first.moved.blobs == 1
    assert _hashes(app) == {hashlib.sha256(synced).hexdigest()}

    held_id = attach(anna, case_id, held)  # offline: sealed at the lock, never uploaded
    anna.lock()
    assert len(BlobFiles(anna.info).seqs()) == 1
    _damage(anna, table)
    with pytest.raises(StoreError) as caught:
        anna.unlock()
    assert caught.value.code is ErrorCode.STORE_CORRUPT

    restore_from_service(anna.workspace, anna.info.profile_id, PASSPHRASE)
    outcome = anna.sync()

    assert outcome.error is None, outcome
    assert outcome.moved.blobs == 1  # the held scan went up before its row
    assert _hashes(app) == {hashlib.sha256(d).hexdigest() for d in (synced, held)}
    assert BlobFiles(anna.info).seqs() == []
    assert outcome.attachments is not None
    assert (outcome.attachments.fetched, outcome.attachments.pending) == (2, 0)
    profile = anna.unlock()
    rows = profile.records.list("attachment", case_id=case_id)
    assert sorted(r.id for r in rows) == sorted([synced_id, held_id])
    assert profile.attachments.read(synced_id) == synced
    assert profile.attachments.read(held_id) == held
    assert laptop_case(anna, case_id) == server_case(app, case_id)
    assert lost_and_duplicated(app, anna) == ([], [])
    again = anna.sync()  # nothing fetched twice
    assert again.attachments is not None and again.attachments.fetched == 0

    assert ben.sync().error is None
    assert ben.unlock().attachments.read(held_id) == held
    assert plaintext_on_disk(anna.workspace.root, held) == []  # kept files stay sealed too
