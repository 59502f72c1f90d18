"""A scope larger than a laptop may hold (`MAX_BUCKETS`) is a coded 4xx, never a 5xx (issue 3).

The cursors of every bucket travel in each pull request and continuation, which the wire caps
at `MAX_BUCKETS`. A user assigned more cases than that hears `scope_too_large` with the
figures, from the service's own count or from a request that carries too many buckets; pushes
still go through. Both backends.
"""

from __future__ import annotations

import dataclasses

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from sync.protocol.buckets import case_bucket
from sync.protocol.models import MAX_BUCKETS
from sync.protocol.outcomes import MutationStatus
from sync.server.services import pull
from sync.server.settings import DEFAULT_MAX_BODY_BYTES, Settings
from tests.server.conftest import add_user
from tests.server.laptops import enrol_laptop, seed_case


@pytest.fixture
def settings(settings: Settings) -> Settings:
    """The shipped body limit: 20,001 buckets fit in it, as they would in production."""
    return dataclasses.replace(settings, max_body_bytes=DEFAULT_MAX_BODY_BYTES)


def test_a_scope_beyond_the_bucket_limit_is_refused_with_its_own_code(
    client: TestClient, app: FastAPI, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_user(app, "alice")
    alice = enrol_laptop(client, app, "alice")
    cases = [seed_case(app, f"ZH-{n}", "alice") for n in range(3)]
    monkeypatch.setattr(pull, "MAX_BUCKETS", 3)
    assert alice.pull_page().snapshots  # exactly at the limit: served
    monkeypatch.setattr(pull, "MAX_BUCKETS", 2)
    response = alice.pull_raw({"buckets": alice.cursors, "max_rows": 100})
    assert response.status_code == 422
    assert response.headers["content-type"] == "application/problem+json"
    body = response.json()
    assert (body["code"], body["visible_cases"], body["max_buckets"]) == ("scope_too_large", 3, 2)
    # The laptop's own work still goes up.
    edit = alice.mutation("case.update.v1", cases[0], cases[0], base=1, summary=(None, "seen"))
    assert alice.push(edit).results[0].status is MutationStatus.APPLIED


def test_a_request_carrying_more_buckets_than_the_wire_allows_hears_the_same_code(
    client: TestClient, app: FastAPI
) -> None:
    add_user(app, "alice")
    alice = enrol_laptop(client, app, "alice")
    buckets = {
        case_bucket(f"{n:08d}-0000-4000-8000-000000000000"): 1 for n in range(MAX_BUCKETS + 1)
    }
    response = alice.pull_raw({"buckets": buckets, "max_rows": 100})
    assert response.status_code == 422
    assert response.json()["code"] == "scope_too_large"
    assert response.json()["max_buckets"] == MAX_BUCKETS
    # One too many of something else is still a malformed request.
    other = alice.pull_raw({"buckets": {}, "max_rows": 10**9})
    assert (other.status_code, other.json()["code"]) == (422, "malformed_request")
