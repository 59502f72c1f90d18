"""Issue 7/4: a scan added offline still goes up after its case left the laptop.

The eviction erases a case (its key first: crypto-shredding), but the outbox of the case is
kept (quarantine). An attachment whose insert is still in the outbox and whose bytes are not
sealed for the service yet keeps its vault file and the case key until the sealer has sealed
them; then they are erased as for any evicted case, and the bytes go up with the row: accepted
when the scan was added while the case was still assigned (F31), kept for review as a
rejection the inbox shows when it was added after. Real service over HTTP (both backends),
real SQLCipher profiles.

The sealer stops at an outbox row it cannot seal yet (a person not linked to any case has no
bucket), so a scan added after such a row is not sealed when the eviction arrives: the
realistic way a laptop holds unsealed bytes at a sync.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from fastapi import FastAPI
from sqlalchemy import select

from storage.tables import attachment_file, case_key, conflict, outbox
from sync.client.blobs import BlobFiles
from sync.server.db.blob_tables import blob
from sync.server.db.tables import ENTITY_TABLES
from sync.server.services import assignments
from tests.server.conftest import FakeClock
from tests.server.laptops import seed_case
from tests.sync.laptop import Laptop

DOCUMENT = b"%PDF-1.4 Reisepass Seite 2 " * 5000  # a few 64 KiB chunks


def _reassign(app: FastAPI, case_id: str, source: str, target: str) -> None:
    context = app.state.context
    with context.db.write() as conn:
        assignments.reassign(
            conn, from_login=source, to_login=target, case_refs=[case_id], now=context.clock()
        )


def _held_back(laptop: Laptop, case_id: str) -> tuple[list[str], bool, int]:
    """(file ids of the store's attachment files, whether the case key is here, outbox rows)."""
    with laptop.unlock().store.read() as conn:
        files = [str(f) for (f,) in conn.execute(select(attachment_file.c.file_id))]
        key = conn.execute(select(case_key).where(case_key.c.case_id == case_id)).first()
        pending = len(conn.execute(select(outbox.c.mutation_seq)).all())
    return files, key is not None, pending


def _rejections(laptop: Laptop) -> list[dict[str, object]]:
    with laptop.unlock().store.read() as conn:
        query = select(conflict).where(conflict.c.kind == "rejection")
        return [dict(r) for r in conn.execute(query).mappings()]


def _vault(laptop: Laptop) -> list[str]:
    root = laptop.info.attachments_path
    return sorted(p.name for p in root.iterdir() if p.is_file()) if root.is_dir() else []


def _service_blob(app: FastAPI, sha256: str) -> bool:
    with app.state.context.db.read() as conn:
        return (
            conn.execute(select(blob.c.sha256).where(blob.c.sha256 == sha256)).first() is not None
        )


def _service_attachment(app: FastAPI, attachment_id: str) -> dict[str, object] | None:
    rows = ENTITY_TABLES["attachment"]
    with app.state.context.db.read() as conn:
        found = conn.execute(select(rows).where(rows.c.id == attachment_id)).mappings().first()
    return None if found is None else dict(found)


def _scan_behind_a_blocked_row(laptop: Laptop, case_id: str) -> tuple[str, str, str]:
    """A person not linked yet (the sealer stops there), then a scan: (person, scan, sha)."""
    profile = laptop.unlock()
    person = profile.records.create("person", {"family_name": "Haddad", "given_names": "Lina"})
    scan = profile.attachments.add(
        case_id, io.BytesIO(DOCUMENT), filename="Reisepass.pdf", media_type="application/pdf"
    )
    return person.id, scan.id, str(scan.values["sha256"])


def test_a_scan_not_yet_sealed_survives_the_eviction_and_goes_up_after_it(
    app: FastAPI, make_laptop: Callable[[str], Laptop], clock: FakeClock
) -> None:
    clock.now = datetime.now(UTC)
    anna, ben = make_laptop("anna"), make_laptop("ben")
    case_id = seed_case(app, "K-74", "anna")
    keep_id = seed_case(app, "K-75", "anna")
    assert anna.sync().error is None
    person_id, scan_id, sha256 = _scan_behind_a_blocked_row(anna, case_id)
    clock.now = datetime.now(UTC) + timedelta(minutes=1)
    _reassign(app, case_id, "anna", "ben")  # the scan was added while anna held the case

    outcome = anna.sync()

    assert outcome.error is None and outcome.applied is not None
    assert outcome.applied.evicted == 1 and outcome.moved.sent == 0
    assert BlobFiles(anna.info).seqs() == []  # the bytes are not sealed yet
    profile = anna.unlock()
    assert [c.id for c in profile.records.list("case")] == [keep_id]
    files, key_here, pending = _held_back(anna, case_id)
    assert len(files) == 1 and key_here and pending == 2  # kept until answered
    assert _vault(anna) == files
    assert profile.summaries.pending_count() == 2  # the status bar still counts the scan

    # The person gets its case: the outbox moves again and the scan's bytes are sealed.
    profile.records.create(
        "case_person", {"person_id": person_id, "role": "child"}, case_id=keep_id
    )
    anna.lock()
    assert len(BlobFiles(anna.info).seqs()) == 1
    assert _held_back(anna, case_id)[1] and _vault(anna) == files  # not answered yet
    anna.lock()
    moved = anna.sync_locked()  # the scheduler: upload, push, pull; applied at unlock
    assert moved.error is None and moved.moved.blobs == 1 and moved.moved.sent == 3
    assert _vault(anna) == files
    anna.apply()

    assert _rejections(anna) == []
    assert _service_blob(app, sha256)
    stored = _service_attachment(app, scan_id)
    assert stored is not None and stored["case_id"] == case_id  # F31: added while assigned
    # Acknowledged: nothing of the case is left on the laptop (no key, no file, no row).
    assert _held_back(anna, case_id) == ([], False, 0)
    assert _vault(anna) == [] and BlobFiles(anna.info).seqs() == []
    assert [c.id for c in anna.unlock().records.list("case")] == [keep_id]
    # The case's new holder gets the scan, bytes included.
    assert ben.sync().error is None
    assert ben.unlock().attachments.read(scan_id) == DOCUMENT


def test_a_scan_added_after_the_case_left_reaches_review_and_the_inbox_shows_it(
    app: FastAPI, make_laptop: Callable[[str], Laptop], clock: FakeClock
) -> None:
    clock.now = datetime.now(UTC) - timedelta(minutes=2)
    anna = make_laptop("anna")
    make_laptop("ben")
    case_id = seed_case(app, "K-76", "anna")
    keep_id = seed_case(app, "K-77", "anna")
    assert anna.sync().error is None
    clock.now = datetime.now(UTC) - timedelta(minutes=1)
    _reassign(app, case_id, "anna", "ben")  # a minute before anna adds the scan offline
    person_id, scan_id, sha256 = _scan_behind_a_blocked_row(anna, case_id)
    assert anna.sync().applied.evicted == 1  # type: ignore[union-attr]
    assert _held_back(anna, case_id)[1]  # the key waits for the bytes

    anna.unlock().records.create(
        "case_person", {"person_id": person_id, "role": "child"}, case_id=keep_id
    )
    outcome = anna.sync()

    assert outcome.error is None and outcome.applied is not None
    assert outcome.applied.rejected == 1 and outcome.moved.blobs == 1
    assert _service_blob(app, sha256)  # the bytes are on the service for the review
    assert _service_attachment(app, scan_id) is None
    (rejection,) = _rejections(anna)
    assert rejection["entity_id"] == scan_id and rejection["reason"] == "forbidden"
    assert rejection["client_value"]["sha256"]["new"] == sha256  # type: ignore[index]
    assert _held_back(anna, case_id) == ([], False, 0)
    assert _vault(anna) == []


def test_an_evicted_case_with_its_scans_already_sealed_is_erased_at_once(
    app: FastAPI, make_laptop: Callable[[str], Laptop], clock: FakeClock, tmp_path: Path
) -> None:
    clock.now = datetime.now(UTC)
    anna = make_laptop("anna")
    make_laptop("ben")
    case_id = seed_case(app, "K-78", "anna")
    assert anna.sync().error is None
    anna.unlock().attachments.add(
        case_id, io.BytesIO(DOCUMENT), filename="Reisepass.pdf", media_type="application/pdf"
    )
    anna.lock()  # sealed (bytes included) while the laptop is offline
    assert len(BlobFiles(anna.info).seqs()) == 1
    clock.now = datetime.now(UTC) + timedelta(minutes=1)
    _reassign(app, case_id, "anna", "ben")

    moved = anna.sync_locked()  # pushes the sealed scan, then pulls the eviction
    assert moved.error is None and moved.moved.blobs == 1
    anna.apply()

    assert _held_back(anna, case_id) == ([], False, 0)
    assert _vault(anna) == []
