"""Version negotiation (F39/F40): an old laptop after the service raised its pull minimum.

Its pulls hear 426 `upgrade_required`; its pushes of the kinds it was built with are still
accepted, so nothing typed offline is stranded. Retired kinds are translated to their
successors before the merge (`sync.protocol.versions.current_kind`).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import select

from storage.ids import new_id
from sync.protocol.models import ChangedField
from sync.protocol.outcomes import MutationStatus
from sync.protocol.versions import (
    KindTranslation,
    accepted_kind,
    current_kind,
)
from sync.server.app import create_app
from sync.server.db.tables import ENTITY_TABLES
from sync.server.errors import ServerError, ServerErrorCode
from sync.server.settings import Settings
from tests.server.conftest import FakeClock, add_user
from tests.server.laptops import Laptop, enrol_laptop, seed_case


@pytest.fixture
def raised_app(settings: Settings, clock: FakeClock) -> Iterator[FastAPI]:
    """The service after an upgrade: pulls only from protocol 2 on."""
    application = create_app(dataclasses.replace(settings, min_pull_protocol=2), clock=clock)
    yield application
    application.state.context.db.dispose()


@pytest.fixture
def raised_client(raised_app: FastAPI) -> Iterator[TestClient]:
    with TestClient(raised_app) as test_client:
        yield test_client


def _old_push(laptop: Laptop, *mutations: object) -> dict[str, object]:
    from sync.protocol.envelopes import SealedPushBatch

    batch = SealedPushBatch(
        protocol_version=1,  # built before the service moved on
        schema_version=1,
        profile_id=laptop.profile_id,
        items=[laptop.seal(m) for m in mutations],  # type: ignore[arg-type]
    )
    response = laptop.client.post(
        "/v1/push",
        content=batch.model_dump_json(),
        headers=laptop.headers(**{"content-type": "application/json"}),
    )
    assert response.status_code == 200, response.text
    return dict(response.json())


def test_an_old_laptop_is_refused_pulls_but_its_v1_pushes_are_applied(
    raised_client: TestClient, raised_app: FastAPI
) -> None:
    add_user(raised_app, "anna")
    anna = enrol_laptop(raised_client, raised_app, "anna")
    case_id = seed_case(raised_app, "ZH-39", "anna")
    note_id = new_id()
    answer = anna.open_result(
        _old_push(
            anna,
            anna.mutation("note.create.v1", note_id, case_id, body=(None, "offline work")),
            anna.mutation("case.update.v1", case_id, case_id, base=1, summary=(None, "kept")),
        )
    )
    assert [r.status for r in answer.results] == [MutationStatus.APPLIED] * 2
    notes = ENTITY_TABLES["note"]
    with raised_app.state.context.db.read() as conn:
        body = conn.execute(select(notes.c.body).where(notes.c.id == note_id)).scalar()
    assert body == "offline work"

    refused = anna.pull_raw({"buckets": {}, "protocol_version": 1})
    assert refused.status_code == 426
    problem = refused.json()
    assert problem["code"] == "upgrade_required" and problem["min_protocol_version"] == 2
    assert refused.headers["content-type"].startswith("application/problem+json")
    assert anna.pull_raw({"buckets": {}, "protocol_version": 2}).status_code == 200


def test_a_protocol_the_service_never_spoke_is_unsupported_not_upgrade_required(
    raised_client: TestClient, raised_app: FastAPI
) -> None:
    add_user(raised_app, "anna")
    anna = enrol_laptop(raised_client, raised_app, "anna")
    response = anna.pull_raw({"buckets": {}, "protocol_version": 99})
    assert response.status_code == 400 and response.json()["code"] == "unsupported_protocol"


def test_the_pull_minimum_comes_from_the_environment_and_is_checked() -> None:
    env = {"DOSSIER_SERVER_DATA_DIR": "/tmp/unused", "DOSSIER_MIN_PULL_PROTOCOL": "2"}
    assert Settings.from_env(env).min_pull_protocol == 2
    assert Settings.from_env({"DOSSIER_SERVER_DATA_DIR": "/tmp/x"}).min_pull_protocol == 1
    with pytest.raises(ServerError) as raised:
        Settings.from_env(env | {"DOSSIER_MIN_PULL_PROTOCOL": "7"})
    assert raised.value.code is ServerErrorCode.CONFIG_INVALID
    days = Settings.from_env(env | {"DOSSIER_CHANGELOG_RETENTION_DAYS": "30"})
    assert days.changelog_retention.days == 30


def test_a_retired_kind_is_translated_along_its_chain() -> None:
    retired = {
        "task.update.v1": KindTranslation("task.update.v2", {"due": "due_on"}),
        "task.update.v2": KindTranslation("task.update.v3", {"done": "completed"}),
    }
    changes = {"due": ChangedField(old=None, new="2026-04-01"), "done": True}
    kind, fields = current_kind("task.update.v1", changes, retired)
    assert kind == "task.update.v3"
    assert fields == {"due_on": changes["due"], "completed": True}
    assert current_kind("case.update.v1", {"x": 1}, retired) == ("case.update.v1", {"x": 1})
    assert accepted_kind("task.update.v1", retired)
    assert not accepted_kind("task.update.v9", retired)
    with pytest.raises(ValueError, match="does not end"):
        current_kind("a.b.v1", {}, {"a.b.v1": KindTranslation("a.b.v1")})
