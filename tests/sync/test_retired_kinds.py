"""Version skew end to end: a laptop still on an older app pushes a kind the service retired.

The service is given a translation table (`Settings.retired_kinds`, the seam the shipped
`RETIRED_KINDS` fills in production): ``case.edit.v1`` — what an older app wrote for a case
edit, with the summary field still called ``synopsis`` — is now ``case.update.v1`` with
``summary``. The old laptop is a real profile whose outbox rows are rewritten, before they
are sealed, into what that older app would have written. Over the real service (uvicorn,
SQLite and PostgreSQL) its change is accepted, translated, merged with a current laptop's edit
of another field, and pulled by the current laptop; a kind no version ever had is rejected
with `unsupported_kind`, kept visible on the old laptop, and does not hold back the rest of
the batch.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from types import MappingProxyType

import pytest
from fastapi import FastAPI
from sqlalchemy import select, update

from storage.tables import conflict, outbox
from sync.client.layout import ProfileFiles
from sync.protocol.errors import RejectionCode
from sync.protocol.outcomes import MutationStatus
from sync.protocol.versions import KindTranslation, accepted_kind
from sync.server.app import create_app
from sync.server.db.tables import mutation_log
from sync.server.settings import Settings
from tests.server.conftest import FAST_HASHING, THROTTLING, FakeClock
from tests.server.laptops import seed_case
from tests.sync.laptop import Laptop
from tests.sync.replicas import server_case

OLD_KIND = "case.edit.v1"
UNKNOWN_KIND = "note.pin.v1"
RETIRED = MappingProxyType({OLD_KIND: KindTranslation("case.update.v1", {"synopsis": "summary"})})


@pytest.fixture
def app(database_url: str, tmp_path: Path, clock: FakeClock) -> Iterator[FastAPI]:
    """The service as released after `case.edit.v1` was retired (overrides the sync one)."""
    settings = Settings(
        data_dir=tmp_path / "data",
        database_url=database_url,
        max_body_bytes=4 * 1024 * 1024,
        passwords=FAST_HASHING,
        throttling=THROTTLING,
        retired_kinds=RETIRED,
    )
    application = create_app(settings, clock=clock)
    yield application
    application.state.context.db.dispose()


def _written_by_old_app(laptop: Laptop, seq: int, kind: str, renamed: dict[str, str]) -> None:
    """Rewrite the unsealed outbox row `seq` as the older app wrote it: its kind, its names."""
    profile = laptop.unlock()
    with profile.store.write() as conn:
        changes = conn.execute(
            select(outbox.c.changes).where(outbox.c.mutation_seq == seq)
        ).scalar_one()
        old = {renamed.get(name, name): value for name, value in changes.items()}
        conn.execute(
            update(outbox).where(outbox.c.mutation_seq == seq).values(kind=kind, changes=old)
        )


def _last_seq(laptop: Laptop) -> int:
    with laptop.unlock().store.read() as conn:
        return int(
            conn.execute(select(outbox.c.mutation_seq).order_by(outbox.c.mutation_seq.desc()))
            .scalars()
            .first()
            or 0
        )


def _logged(app: FastAPI, laptop: Laptop) -> list[tuple[int, str, str]]:
    """The laptop's mutations as the service logged them: (seq, kind, status)."""
    profile_id = ProfileFiles(laptop.info).state().server_profile_id
    columns = (mutation_log.c.mutation_seq, mutation_log.c.kind, mutation_log.c.status)
    query = select(*columns).where(mutation_log.c.profile_id == profile_id)
    with app.state.context.db.read() as conn:
        rows = conn.execute(query.order_by(mutation_log.c.mutation_seq))
        return [(int(seq), str(kind), str(status)) for seq, kind, status in rows]


def _case_field(laptop: Laptop, case_id: str, name: str) -> object:
    return laptop.unlock().records.get("case", case_id, audit_read=False)[name]


def _notes(laptop: Laptop, case_id: str) -> list[str]:
    return sorted(n["body"] for n in laptop.unlock().records.list("note", case_id=case_id))


def test_an_old_laptops_retired_kind_is_translated_merged_and_pulled_by_a_current_laptop(
    app: FastAPI, make_laptop: Callable[[str], Laptop]
) -> None:
    old, current = make_laptop("anna"), make_laptop("ben")
    case_id = seed_case(app, "VS-1", "anna", "ben")
    assert old.sync().error is None and current.sync().error is None
    assert accepted_kind(OLD_KIND, app.state.context.settings.retired_kinds)

    # The current laptop edits one field; the old one, offline, another — in its own words.
    current.unlock().records.update("case", case_id, {"case_number": "VS-1-A"})
    assert current.sync().error is None
    old.unlock().records.update("case", case_id, {"summary": "typed on the old app"})
    _written_by_old_app(old, _last_seq(old), OLD_KIND, {"summary": "synopsis"})
    old.unlock().records.create("note", {"body": "pinned by a kind nobody knows"}, case_id=case_id)
    _written_by_old_app(old, _last_seq(old), UNKNOWN_KIND, {})
    old.unlock().records.create("note", {"body": "after the unknown one"}, case_id=case_id)
    old.lock()  # sealed as the old app would have sealed it

    outcome = old.sync()

    assert outcome.error is None, outcome
    assert outcome.moved.sent == 3
    assert _logged(app, old) == [
        (1, "case.update.v1", MutationStatus.APPLIED.value),  # translated before the merge
        (2, UNKNOWN_KIND, MutationStatus.REJECTED.value),
        (3, "note.create.v1", MutationStatus.APPLIED.value),  # not held back by the rejection
    ]
    (_, _, values) = server_case(app, case_id)[f"case:{case_id}"]
    on_service = dict(values)
    assert (on_service["summary"], on_service["case_number"]) == ("typed on the old app", "VS-1-A")

    assert current.sync().error is None
    assert _case_field(current, case_id, "summary") == "typed on the old app"
    assert _case_field(current, case_id, "case_number") == "VS-1-A"
    assert _notes(current, case_id) == ["after the unknown one"]
    # The old laptop converges on the same image and keeps the rejection in view.
    assert old.sync().error is None
    assert _case_field(old, case_id, "summary") == "typed on the old app"
    assert _case_field(old, case_id, "case_number") == "VS-1-A"
    with old.unlock().store.read() as conn:
        rejections = conn.execute(
            select(conflict.c.entity, conflict.c.reason, conflict.c.status).where(
                conflict.c.kind == "rejection"
            )
        ).all()
        left = conn.execute(select(outbox.c.mutation_seq)).all()
    assert [tuple(r) for r in rejections] == [
        ("note", RejectionCode.UNSUPPORTED_KIND.value, "open")
    ]
    assert left == []
