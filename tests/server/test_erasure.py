"""Erasure on the service (issue 7): everything of the case goes, the audit log still verifies.

Both backends. The case is filled through the real push and blob endpoints
(`tests.server.erasure_case`); the erasure is the one `admin retention run` performs.
"""

from __future__ import annotations

from datetime import timedelta

from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import select

from sync.protocol.buckets import case_bucket
from sync.protocol.errors import RejectionCode
from sync.protocol.outcomes import MutationStatus
from sync.server.db.audit_tables import audit_erasure
from sync.server.db.blob_tables import blob
from sync.server.db.tables import ENTITY_TABLES, metadata, server_audit
from sync.server.services import retention_run
from sync.server.services.audit_verify import verify_log
from sync.server.services.erasure import CASE_DATA_TABLES, NO_CASE_CONTENT_TABLES
from tests.server.erasure_case import SERVICE_DAY, build, dump


def run(app: FastAPI, *, dry_run: bool = False, days: int = 0) -> retention_run.RetentionReport:
    context = app.state.context
    return retention_run.run_retention(
        context.db,
        policy=context.settings.retention,
        today=SERVICE_DAY + timedelta(days=days),
        now=context.clock(),
        dry_run=dry_run,
    )


def entity_ids(app: FastAPI, case_id: str) -> set[str]:
    """The ids of the case and of every case-scoped row in it."""
    ids = {case_id}
    with app.state.context.db.read() as conn:
        for table in ENTITY_TABLES.values():
            if "case_id" in table.c:
                ids.update(
                    conn.execute(select(table.c.id).where(table.c.case_id == case_id)).scalars()
                )
    return ids


def test_every_table_is_either_erased_or_holds_no_case_content() -> None:
    # A new table must be sorted into one of the two, or this fails.
    assert CASE_DATA_TABLES.isdisjoint(NO_CASE_CONTENT_TABLES)
    assert set(metadata.tables) == CASE_DATA_TABLES | NO_CASE_CONTENT_TABLES


def test_erasure_removes_every_row_of_the_case_and_nothing_of_others(
    app: FastAPI, client: TestClient
) -> None:
    built = build(app, client)
    gone = entity_ids(app, built.case_a) - {built.shared_person}
    assert run(app, days=-1).erased == []  # one day early: not due
    before = dump(app)
    assert any(built.canaries[1] in row for row in before["person"])  # the check can see it

    report = run(app)

    assert [e.case_id for e in report.erased] == [built.case_a]
    counts = report.erased[0]
    assert counts.persons == 2 and counts.conflicts >= 1 and counts.merge_records > 0
    assert counts.blobs == 1 and counts.uploads == 1 and counts.mutations > 0
    after = dump(app)
    needles = [*built.canaries, *gone, case_bucket(built.case_a), built.own_blob]
    for name in CASE_DATA_TABLES:
        for row in after[name]:
            assert not [n for n in needles if n in row], name
    for name in NO_CASE_CONTENT_TABLES:
        for row in after[name]:
            assert not [c for c in built.canaries if c in row], name
    # Case B, the shared person and the shared file stay.
    assert any(built.case_b in row for row in after["case"])
    assert any(built.shared_person in row for row in after["person"])
    assert any(built.shared_blob in row for row in after["blob"])
    with app.state.context.db.read() as conn:
        assert (
            conn.execute(select(blob.c.sha256).where(blob.c.sha256 == built.own_blob)).first()
            is None
        )


def test_erasure_is_one_content_free_audit_event_and_the_log_still_verifies(
    app: FastAPI, client: TestClient
) -> None:
    built = build(app, client)
    report = run(app)
    context = app.state.context
    publics = {pair.key_id: pair.sign_public for pair in context.keyring.generations}
    with context.db.read() as conn:
        events = list(
            conn.execute(
                select(server_audit).where(server_audit.c.action == "case.erase")
            ).mappings()
        )
        marks = conn.execute(select(audit_erasure)).mappings().all()
        verified = verify_log(conn, publics)
    assert [(e["object_type"], e["object_id"]) for e in events] == [("case", built.case_a)]
    detail = events[0]["detail"]
    assert detail == report.erased[0].counts()
    assert all(isinstance(v, int) for v in detail.values())
    assert len(marks) == detail["merge_records"] and marks
    assert {m["erased_by"] for m in marks} == {events[0]["event_id"]}
    assert verified.ok, verified.as_dict()
    assert verified.records_erased == detail["merge_records"]


def test_a_removed_merge_record_without_an_erasure_is_still_reported_missing(
    app: FastAPI, client: TestClient
) -> None:
    build(app, client)
    run(app)
    context = app.state.context
    publics = {pair.key_id: pair.sign_public for pair in context.keyring.generations}
    with context.db.write() as conn:
        conn.execute(audit_erasure.delete())  # forge: the erasure's own list is gone
    with context.db.read() as conn:
        verified = verify_log(conn, publics)
    assert not verified.ok and verified.counts["record_missing"] > 0


def test_dry_run_lists_the_case_and_changes_nothing(app: FastAPI, client: TestClient) -> None:
    built = build(app, client)
    before = dump(app)
    report = run(app, dry_run=True)
    assert [e.case_id for e in report.erased] == [built.case_a]
    assert report.erased[0].rows > 0 and report.erased[0].persons == 2
    assert report.off_laptops == 1
    assert dump(app) == before


def test_a_case_reopened_after_the_list_was_made_is_skipped(
    app: FastAPI, client: TestClient
) -> None:
    built = build(app, client)
    context = app.state.context
    cases = ENTITY_TABLES["case"]
    with context.db.write() as conn:
        conn.execute(cases.update().where(cases.c.id == built.case_a).values(status="in_progress"))
    assert run(app).erased == []
    assert any(built.case_a in row for row in dump(app)["case"])


def test_a_push_repeated_after_its_case_was_erased_is_answered_not_applied(
    app: FastAPI, client: TestClient
) -> None:
    built = build(app, client)
    alice = built.alice
    last = alice.next_seq - 1
    mutation = alice.mutation("case.update.v1", built.case_a, built.case_a, base=9)
    mutation = mutation.model_copy(update={"mutation_seq": last})  # its answer was lost
    alice.next_seq -= 1
    run(app)
    response = alice.push_items([alice.seal(mutation)])
    assert response.status_code == 200, response.text
    (result,) = alice.open_result(response.json()).results
    assert result.status is MutationStatus.DUPLICATE
    assert result.rejection_code is RejectionCode.FORBIDDEN
    # Bob's laptop, which held case A, is told to drop nothing it cannot see; B syncs on.
    assert built.bob.sync()[-1].has_more is False
