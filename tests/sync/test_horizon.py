"""F26 and F39/F40 with the real client over real HTTP, on SQLCipher stores.

* A laptop offline past the change-log retention: its cursor is below the bucket's horizon,
  the case comes again as a snapshot (`expired`), archived and removed rows are not
  resurrected, and an edit still pending is rebased on the snapshot and pushed later.
* A laptop whose protocol is below the service's minimum for pulls: its push still goes up,
  the pull is refused with `upgrade_required`, the state is kept for `dossier-sync status`
  and cleared once pulls are answered again.
"""

from __future__ import annotations

import dataclasses
import io
import json
from collections.abc import Callable
from datetime import timedelta

from fastapi import FastAPI
from sqlalchemy import delete, select

from storage.ids import new_id
from storage.tables import audit_event, outbox
from sync.cli import main as sync_cli
from sync.client.layout import ProfileFiles
from sync.client.reset_state import upgrade_required
from sync.protocol.buckets import case_bucket
from sync.server.db.changes import Change, append_changes
from sync.server.db.tables import ENTITY_TABLES
from sync.server.services import compaction
from tests.server.conftest import FakeClock
from tests.server.laptops import seed_case
from tests.sync.conftest import Laptop


def _compact_later(app: FastAPI, clock: FakeClock) -> compaction.CompactionReport:
    return compaction.compact(app.state.context.db, now=clock() + timedelta(days=91))


def _drop_link_with_tombstone(app: FastAPI, case_id: str, clock: FakeClock) -> str:
    # A row that left the bucket for good (not an archive): the service writes a tombstone.
    links = ENTITY_TABLES["case_person"]
    with app.state.context.db.write() as conn:
        link_id, version = conn.execute(
            select(links.c.id, links.c.entity_version).where(links.c.case_id == case_id)
        ).one()
        conn.execute(delete(links).where(links.c.id == link_id))
        gone = Change(case_bucket(case_id), "case_person", link_id, version + 1, None, "tombstone")
        append_changes(conn, [gone], commit_group=new_id(), now=clock())
    return str(link_id)


def test_a_laptop_behind_the_horizon_gets_the_case_again_and_keeps_its_pending_edit(
    app: FastAPI, make_laptop: Callable[[str], Laptop], clock: FakeClock
) -> None:
    anna, ben = make_laptop("anna"), make_laptop("ben")
    case_id = seed_case(app, "K-26", "anna", "ben")
    anna.sync()
    note = anna.unlock().records.create("note", {"body": "soon archived"}, case_id=case_id)
    assert anna.sync().error is None
    ben.sync()
    assert [n["body"] for n in ben.unlock().records.list("note", case_id=case_id)]
    ben.lock()  # ben goes offline for months

    anna.unlock().records.archive("note", note.id)
    assert anna.sync().error is None
    link_id = _drop_link_with_tombstone(app, case_id, clock)
    report = _compact_later(app, clock)
    assert report.tombstones >= 2 and report.horizons_raised == 1

    moved = ben.sync_locked()  # IT's scheduler stages the pages; nothing applied yet
    assert moved.error is None
    ben.unlock().records.update("case", case_id, {"summary": "typed before the apply"})
    ben.apply()  # the reset snapshot meets a pending edit
    profile = ben.unlock()
    assert profile.records.get("case", case_id, audit_read=False)["summary"] == (
        "typed before the apply"
    )
    archived = profile.records.get("note", note.id, audit_read=False)
    assert archived.archived  # not resurrected as a live note
    with profile.store.read() as conn:
        local_links = profile.records.list("case_person", case_id=case_id)
        pending = conn.execute(select(outbox.c.kind)).scalars().all()
        resets = [
            dict(d)
            for a, d in conn.execute(select(audit_event.c.action, audit_event.c.detail))
            if a == "sync"
        ]
    assert link_id not in {r.id for r in local_links}
    assert pending == ["case.update.v1"]
    assert {"reset": "cursor_expired"} in resets

    outcome = ben.sync()
    assert outcome.error is None and outcome.moved.sent == 1
    assert outcome.applied is not None and outcome.applied.expired == []
    anna.sync()
    assert anna.unlock().records.get("case", case_id, audit_read=False)["summary"] == (
        "typed before the apply"
    )
    assert ben.sync().applied is not None  # a further sync: nothing expired any more


def test_an_old_laptop_still_pushes_hears_upgrade_required_and_status_shows_it(
    app: FastAPI, make_laptop: Callable[[str], Laptop]
) -> None:
    anna = make_laptop("anna")
    case_id = seed_case(app, "K-39", "anna")
    assert anna.sync().error is None
    context = app.state.context
    # The service moves on: it answers pulls only from laptops a protocol newer than this one.
    newer = dataclasses.replace(context.settings, min_pull_protocol=99)
    app.state.context = dataclasses.replace(context, settings=newer)
    anna.unlock().records.update("case", case_id, {"summary": "typed on the old app"})

    outcome = anna.sync()
    assert outcome.error == "upgrade_required"
    assert outcome.moved.sent == 1  # the push went up before the pull was refused
    cases = ENTITY_TABLES["case"]
    with context.db.read() as conn:
        summary = conn.execute(select(cases.c.summary).where(cases.c.id == case_id)).scalar()
    assert summary == "typed on the old app"
    files = ProfileFiles(anna.info)
    assert upgrade_required(files) is not None
    assert files.state().last_error == "upgrade_required"
    anna.lock()
    out = io.StringIO()
    assert sync_cli(["status", "--json", "--data-dir", str(anna.workspace.root)], out) == 0
    (row,) = json.loads(out.getvalue())["profiles"]
    assert row["upgrade_required"]["protocol_version"] >= 1
    assert sync_cli(["run", "--json", "--data-dir", str(anna.workspace.root)], io.StringIO()) == 6

    app.state.context = context  # updated (here: the service lowered its minimum again)
    assert anna.sync().error is None
    assert upgrade_required(files) is None
