"""Retention per case type (issue 7): the policy file, and a closed case leaving the laptops.

The policy tests need no database. The sync tests run on both backends through the service's
HTTP endpoints, with the service clock moved forward.
"""

from __future__ import annotations

import dataclasses
import json
import os
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import select

from storage.ids import new_id
from storage.schema import CASE_TYPES
from sync.protocol.buckets import case_bucket
from sync.protocol.errors import RejectionCode
from sync.protocol.models import Mutation
from sync.protocol.outcomes import MutationStatus
from sync.server.db.tables import merge_audit
from sync.server.errors import ServerError, ServerErrorCode
from sync.server.services.conflicts import list_rejections
from sync.server.services.retention import RetentionConfigError, load_policy, shipped_policy
from sync.server.settings import Settings
from tests.server.conftest import FakeClock, add_user, bearer
from tests.server.erasure_case import UPDATE, close, version
from tests.server.laptops import Laptop, enrol_laptop, seed_case
from tests.server.test_blobs import attach, upload


def write(tmp_path: Path, document: Any) -> Path:
    path = tmp_path / "retention.json"
    path.write_text(document if isinstance(document, str) else json.dumps(document))
    return path


def problems(tmp_path: Path, document: Any) -> list[tuple[str, str]]:
    with pytest.raises(RetentionConfigError) as caught:
        load_policy(write(tmp_path, document))
    return [(p.path, p.code) for p in caught.value.problems]


def test_the_shipped_policy_covers_every_case_type() -> None:
    policy = shipped_policy()
    assert set(policy.rules) == set(CASE_TYPES)
    assert all(0 < r.laptop_days <= r.service_days for r in policy.rules.values())


def test_a_file_replaces_the_case_types_it_lists_and_keeps_the_others(tmp_path: Path) -> None:
    rule = {"laptop_days": 7, "service_days": 365}
    policy = load_policy(write(tmp_path, {"format": 1, "case_types": {"hardship": rule}}))
    assert policy.rules["hardship"].laptop_days == 7
    assert policy.rules["emergency_aid"] == shipped_policy().rules["emergency_aid"]


@pytest.mark.parametrize(
    ("document", "expected"),
    [
        (
            {"format": 1, "case_types": {"hardshp": {"laptop_days": 1, "service_days": 2}}},
            [("/case_types/hardshp", "not_a_choice")],
        ),
        (
            {"format": 1, "case_types": {"hardship": {"laptop_days": 30, "service_days": 10}}},
            [("/case_types/hardship/service_days", "out_of_range")],
        ),
        (
            {"format": 1, "case_types": {"hardship": {"laptop_days": "30", "service_days": 90}}},
            [("/case_types/hardship/laptop_days", "bad_type")],
        ),
        (
            {"format": 1, "case_types": {"hardship": {"laptop_days": -1, "service_days": 90}}},
            [("/case_types/hardship/laptop_days", "out_of_range")],
        ),
        (
            {"format": 1, "case_types": {"hardship": {"laptop_days": 1}}},
            [("/case_types/hardship/service_days", "required")],
        ),
        ({"format": 2, "case_types": {}}, [("/format", "unsupported_format")]),
        ({"format": 1, "case_types": {}, "extra": 1}, [("/extra", "unknown_key")]),
        ('{"format": 1, "case_types": {', [("", "bad_json")]),
    ],
)
def test_a_bad_policy_file_names_the_place_and_the_problem(
    tmp_path: Path, document: Any, expected: list[tuple[str, str]]
) -> None:
    assert problems(tmp_path, document) == expected


def test_the_service_refuses_to_start_with_a_bad_or_missing_policy_file(tmp_path: Path) -> None:
    bad = write(tmp_path, {"format": 1, "case_types": {"nope": {}}})
    for path in (bad, tmp_path / "missing.json"):
        env = {"DOSSIER_SERVER_DATA_DIR": str(tmp_path), "DOSSIER_RETENTION_FILE": str(path)}
        with pytest.raises(ServerError) as caught:
            Settings.from_env(env)
        assert caught.value.code is ServerErrorCode.CONFIG_INVALID
        assert path.name in caught.value.detail


# --- leaving the laptops ------------------------------------------------------------------


@pytest.fixture
def settings(settings: Settings) -> Settings:
    """The test service, with access tokens that outlive the weeks the clock moves on."""
    return dataclasses.replace(settings, access_token_ttl=timedelta(days=365))


def _holder(app: FastAPI, client: TestClient) -> tuple[Laptop, str, str]:
    add_user(app, "alice")
    closing = seed_case(app, "ZH-CLOSE-1", "alice")
    reopened = seed_case(app, "ZH-REOPEN-2", "alice")
    alice = enrol_laptop(client, app, "alice")
    alice.sync()
    return alice, closing, reopened


def test_a_closed_case_leaves_the_laptops_at_the_next_pull_after_its_laptop_days(
    app: FastAPI, client: TestClient, clock: FakeClock
) -> None:
    alice, closing, reopened = _holder(app, client)
    close(alice, closing, base=1)
    close(alice, reopened, base=1)
    alice.push(
        alice.mutation(
            UPDATE,
            reopened,
            reopened,
            base=version(app, reopened),
            status=("closed", "in_progress"),
        )
    )
    clock.advance(days=29)  # hardship: 30 days on laptops after closure
    assert alice.sync()[0].evict == []
    assert case_bucket(closing) in alice.rows

    clock.advance(days=1)
    pages = alice.sync()

    assert pages[0].evict == [case_bucket(closing)]
    assert case_bucket(closing) not in alice.rows and case_bucket(reopened) in alice.rows
    listed = client.get("/v1/assignments", headers=bearer(alice.access_token)).json()
    assert listed["case_ids"] == [reopened]


def at(day: str, laptop: Laptop, mutation: Mutation) -> Mutation:
    """`mutation` as made offline on `day` (its HLC's wall time)."""
    wall = int(datetime.fromisoformat(f"{day}T12:00:00+00:00").timestamp() * 1000)
    return mutation.model_copy(update={"client_hlc": f"{wall:013d}:0000:{laptop.login}"})


def test_an_edit_made_after_the_case_left_the_laptops_is_kept_for_review(
    app: FastAPI, client: TestClient, clock: FakeClock
) -> None:
    alice, closing, _ = _holder(app, client)
    close(alice, closing, base=1)  # on 2026-03-02: off the laptops from 2026-04-01
    base = version(app, closing)
    clock.advance(days=40)
    note = new_id()
    late = at(
        "2026-04-01",
        alice,
        alice.mutation("note.create.v1", note, closing, body=(None, "written offline")),
    )
    (result,) = alice.push(late).results
    assert result.status is MutationStatus.REJECTED
    assert result.rejection_code is RejectionCode.FORBIDDEN
    edit = at(
        "2026-04-05",
        alice,
        alice.mutation(UPDATE, closing, closing, base=base, stage=(None, "appeal")),
    )
    assert alice.push(edit).results[0].rejection_code is RejectionCode.FORBIDDEN
    context = app.state.context
    with context.db.read() as conn:
        review = list_rejections(conn, case_id=closing, limit=10)
        kept = conn.execute(
            select(merge_audit.c.client_value).where(merge_audit.c.entity_id == note)
        ).scalars()
        assert "written offline" in list(kept)
    assert {r.mutation_seq for r in review} == {late.mutation_seq, edit.mutation_seq}
    assert all(r.rejection_code == "forbidden" for r in review)


def test_an_edit_and_a_file_made_before_the_case_left_are_accepted_after_it_left(
    app: FastAPI, client: TestClient, clock: FakeClock
) -> None:
    alice, closing, _ = _holder(app, client)
    close(alice, closing, base=1)
    base = version(app, closing)
    clock.advance(days=40)
    edit = at(
        "2026-03-31",
        alice,
        alice.mutation(UPDATE, closing, closing, base=base, stage=(None, "archived")),
    )
    assert alice.push(edit).results[0].status is MutationStatus.APPLIED
    scan = os.urandom(900)
    assert upload(alice, scan, closing)["available"]  # the bytes of a pending file go up
    response = attach(alice, closing, scan)  # attached on the laptop before it left
    assert response.status_code == 200, response.text
    assert alice.open_result(response.json()).results[0].status is MutationStatus.APPLIED
    assert alice.sync()[0].evict == [case_bucket(closing)]  # and the case stays off laptops
