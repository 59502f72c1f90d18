"""Restore drill (T19, SYNC-3/4, F05): the service is restored from a backup, nothing is lost.

Real service over HTTP (uvicorn), real SQLCipher laptops, SQLite and PostgreSQL. The laptops
sync, IT takes a backup, the laptops push edits the service acknowledges (and the others pull
them), then the service's database is replaced by the backup: those edits are gone from it.
IT follows the documented procedure (docs/deploy.md, "Restoring the service from a backup"):
`dossier-server admin restored`, then `dossier-sync audit-accept-head` on each laptop whose
sync stops with `service_rollback`. The laptops sync again and push their acknowledged
mutations once more from their journal (`sync.client.sent_journal`).

Measured: RPO (acknowledged edits missing on the service; after the restore and after the
replay, which must be 0) and RTO (seconds from the restore to every replica converged).
"""

from __future__ import annotations

import hashlib
import io
import json
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import redirect_stdout
from pathlib import Path
from typing import Any

import pytest
from fastapi import FastAPI
from sqlalchemy import func, select

from sync.client.audit_upload_files import AuditFiles
from sync.client.blobs import BlobFiles
from sync.client.layout import ProfileFiles
from sync.client.sent_journal import SentJournal
from sync.server.cli import main as dossier_server
from sync.server.db.audit_tables import device_audit_event
from sync.server.db.blob_tables import blob
from tests.reliability.convergence_world import laptop_open_conflicts, server_open_conflicts
from tests.reliability.service_backup import Backup, drop_backup, restore_backup, take_backup
from tests.server.laptops import seed_case
from tests.sync.conftest import (  # noqa: F401 - fixtures
    Laptop,
    app,
    backend,
    clock,
    database_url,
    laptop_template,
    make_laptop,
    service_url,
)
from tests.sync.replicas import Image, laptop_case, lost_and_duplicated, server_case
from tests.sync.test_attachment_sync import attach, scan
from tests.sync.test_audit_accept import _accept

MAX_ROUNDS = 4


@pytest.fixture
def backups() -> Iterator[list[Backup]]:
    """Backups taken by a test, dropped at its end whatever happened."""
    taken: list[Backup] = []
    yield taken
    for backup in taken:
        drop_backup(backup)


@pytest.fixture
def it_admin(
    database_url: str,  # noqa: F811
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> Callable[..., tuple[int, dict[str, Any]]]:
    """`dossier-server` as IT runs it on the service host (same database, same keys)."""
    monkeypatch.setenv("DOSSIER_DATABASE_URL", database_url)
    monkeypatch.setenv("DOSSIER_SERVER_DATA_DIR", str(tmp_path / "data"))

    def run(*args: str) -> tuple[int, dict[str, Any]]:
        out = io.StringIO()
        with redirect_stdout(out):
            code = dossier_server([*args, "--json"])
        return code, json.loads(out.getvalue())

    return run


def _service(api: FastAPI, cases: list[str]) -> dict[str, Image]:
    return {key: image for case_id in cases for key, image in server_case(api, case_id).items()}


def _device_audit(api: FastAPI) -> dict[str, int]:
    """How many chained audit entries of each profile the service holds."""
    query = select(device_audit_event.c.profile_id, func.count()).group_by(
        device_audit_event.c.profile_id
    )
    with api.state.context.db.read() as conn:
        return {str(profile): int(count) for profile, count in conn.execute(query)}


def _missing(reference: dict[str, Image], now: dict[str, Image]) -> list[str]:
    """Rows of the reference the service does not hold as they were (the RPO, in rows)."""
    return sorted(key for key, image in reference.items() if now.get(key) != image)


def _after_the_accepted_refusal(laptop: Laptop) -> None:
    """IT's step on one laptop: its sync stopped on the rewound audit log; accept the head."""
    assert laptop.sync().error == "service_rollback"
    laptop.lock()
    code, done = _accept(laptop, "--confirm")
    assert code == 0 and done["code"] == "accepted", done


def _sync_until_quiet(laptops: list[Laptop]) -> int:
    """Sync every laptop in turn until a whole round moves nothing; returns the rounds."""
    for rounds in range(1, MAX_ROUNDS + 1):
        moved = 0
        for laptop in laptops:
            outcome = laptop.sync()
            assert outcome.error is None, (laptop.login, outcome.error)
            moved += outcome.moved.sent + (outcome.applied.merged if outcome.applied else 0)
        if rounds > 1 and moved == 0:
            return rounds
    raise AssertionError(f"not quiet after {MAX_ROUNDS} rounds")


def _write_after_the_backup(anna: Laptop, ben: Laptop, shared: str, own: str) -> None:
    # A chain of acknowledged edits: ben edits on top of what he pulled from anna.
    anna.unlock().records.update("case", shared, {"summary": "anna, after the backup"})
    anna.unlock().records.create("note", {"body": "anna's note"}, case_id=shared)
    anna.unlock().records.update("case", own, {"accommodation": "Centre Nord"})
    assert anna.sync().error is None
    assert ben.sync().error is None
    ben.unlock().records.update("case", shared, {"summary": "ben, on top of anna's"})
    ben.unlock().records.create("note", {"body": "ben's note"}, case_id=shared)
    assert ben.sync().error is None
    assert anna.sync().error is None


def test_every_acknowledged_edit_is_back_after_the_service_is_restored_from_a_backup(
    app: FastAPI,  # noqa: F811
    make_laptop: Callable[[str], Laptop],  # noqa: F811
    backups: list[Backup],
    it_admin: Callable[..., tuple[int, dict[str, Any]]],
) -> None:
    anna, ben = make_laptop("anna"), make_laptop("ben")
    shared, own = seed_case(app, "RST-1", "anna", "ben"), seed_case(app, "RST-2", "anna")
    cases, laptops = [shared, own], [anna, ben]
    for laptop in laptops:
        assert laptop.sync().error is None
    backups.append(take_backup(app))  # IT's nightly backup
    _write_after_the_backup(anna, ben, shared, own)
    reference = _service(app, cases)  # what a service that never lost anything holds
    audit_reference = _device_audit(app)
    anna.unlock().records.create("note", {"body": "typed offline"}, case_id=shared)  # pending

    restore_backup(app, backups[0])
    started = time.monotonic()
    lost_at_restore = _missing(reference, _service(app, cases))
    code, done = it_admin("admin", "restored", "--note", "CHG-4711")
    assert code == 0 and done["restored"]["server_epoch"] != done["restored"]["previous_epoch"]
    for laptop in laptops:
        _after_the_accepted_refusal(laptop)
    rounds = _sync_until_quiet(laptops)
    rto = time.monotonic() - started

    final = _service(app, cases)
    print(
        f"\nrestore drill: rpo_rows_at_restore={len(lost_at_restore)} "
        f"rpo_rows_after_replay={len(_missing(reference, final))} rounds={rounds} "
        f"rto_seconds={rto:.2f}"
    )
    assert len(lost_at_restore) == 4  # the case's summary, two notes, the other case's address
    assert _missing(reference, final) == []
    notes = Counter(values[0][1] for key, (_, _, values) in final.items() if key.startswith("note"))
    assert notes == {"anna's note": 1, "ben's note": 1, "typed offline": 1}
    for laptop in laptops:
        assert lost_and_duplicated(app, laptop) == ([], [])
        for case_id in (shared, own) if laptop is anna else (shared,):
            assert laptop_case(laptop, case_id) == server_case(app, case_id), laptop.login
    assert server_open_conflicts(app, shared) == set()  # replayed in the order first pushed
    audit_final = _device_audit(app)  # the laptops' audit trails are whole again, no gap
    assert all(audit_final[p] >= count for p, count in audit_reference.items())
    assert [AuditFiles(laptop.info).state().flags for laptop in laptops] == [[], []]


def test_a_replay_out_of_the_first_order_opens_a_conflict_every_laptop_sees(
    app: FastAPI,  # noqa: F811
    make_laptop: Callable[[str], Laptop],  # noqa: F811
    backups: list[Backup],
    it_admin: Callable[..., tuple[int, dict[str, Any]]],
) -> None:
    anna, ben = make_laptop("anna"), make_laptop("ben")
    shared, own = seed_case(app, "RST-3", "anna", "ben"), seed_case(app, "RST-4", "anna")
    for laptop in (anna, ben):
        assert laptop.sync().error is None
    backups.append(take_backup(app))
    _write_after_the_backup(anna, ben, shared, own)
    restore_backup(app, backups[0])
    assert it_admin("admin", "restored")[0] == 0
    for laptop in (ben, anna):  # ben's edit, made on top of anna's, goes up again first
        _after_the_accepted_refusal(laptop)
    _sync_until_quiet([ben, anna])

    summary = server_case(app, shared)[f"case:{shared}"][2]
    assert dict(summary)["summary"] == "anna, after the backup"  # nothing applied silently
    opened = server_open_conflicts(app, shared)
    assert len(opened) == 1  # ben's value waits in it: nothing is lost
    assert laptop_open_conflicts(anna, shared) == laptop_open_conflicts(ben, shared) == opened
    for laptop in (anna, ben):
        assert lost_and_duplicated(app, laptop) == ([], [])


def test_a_restore_nobody_announced_is_caught_by_a_cursor_the_service_never_issued(
    app: FastAPI,  # noqa: F811
    make_laptop: Callable[[str], Laptop],  # noqa: F811
    backups: list[Backup],
) -> None:
    anna, ben = make_laptop("anna"), make_laptop("ben")
    shared, own = seed_case(app, "RST-5", "anna", "ben"), seed_case(app, "RST-6", "anna")
    for laptop in (anna, ben):
        assert laptop.sync().error is None
    backups.append(take_backup(app))
    _write_after_the_backup(anna, ben, shared, own)
    reference = _service(app, [shared, own])
    restore_backup(app, backups[0])  # and IT forgets `admin restored`

    for laptop in (anna, ben):
        _after_the_accepted_refusal(laptop)
    _sync_until_quiet([anna, ben])

    assert _missing(reference, _service(app, [shared, own])) == []
    assert all(ProfileFiles(lap.info).state().reset_pending is False for lap in (anna, ben))


def test_answered_mutations_stay_replayable_for_the_kept_days_then_go(
    app: FastAPI,  # noqa: F811
    make_laptop: Callable[[str], Laptop],  # noqa: F811
) -> None:
    anna = make_laptop("anna")
    case_id = seed_case(app, "RST-7", "anna")
    anna.sync()
    anna.unlock().records.create("note", {"body": "one"}, case_id=case_id)
    anna.unlock().records.create("note", {"body": "two"}, case_id=case_id)
    assert anna.sync().error is None
    journal = SentJournal(anna.info)
    assert journal.seqs() == [1, 2] and ProfileFiles(anna.info).outbox_seqs() == []

    now = time.time()
    assert journal.prune(now=now + 13 * 86_400) == 0
    assert journal.prune(now=now + 15 * 86_400) == 2
    assert journal.seqs() == []


def test_a_scan_acknowledged_after_the_backup_goes_up_again_with_its_bytes(
    app: FastAPI,  # noqa: F811
    make_laptop: Callable[[str], Laptop],  # noqa: F811
    backups: list[Backup],
    it_admin: Callable[..., tuple[int, dict[str, Any]]],
) -> None:
    anna, ben = make_laptop("anna"), make_laptop("ben")
    case_id = seed_case(app, "RST-8", "anna", "ben")
    for laptop in (anna, ben):
        assert laptop.sync().error is None
    backups.append(take_backup(app))
    data = scan(200_000)
    attachment_id = attach(anna, case_id, data)
    assert anna.sync().moved.blobs == 1
    assert BlobFiles(anna.info).seqs() == [] and len(SentJournal(anna.info).seqs()) == 1
    restore_backup(app, backups[0])
    assert _blobs(app) == []  # the restored service lost the bytes with the row

    assert it_admin("admin", "restored")[0] == 0
    _after_the_accepted_refusal(anna)  # ben saw nothing after the backup: no refusal there
    _sync_until_quiet([anna, ben])

    assert _blobs(app) == [hashlib.sha256(data).hexdigest()]
    assert ben.unlock().attachments.read(attachment_id) == data


def _blobs(api: FastAPI) -> list[str]:
    with api.state.context.db.read() as conn:
        return [str(sha) for (sha,) in conn.execute(select(blob.c.sha256))]
