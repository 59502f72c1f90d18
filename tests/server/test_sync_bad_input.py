"""Bad sync input is a 4xx problem, transient database trouble a 503 to retry (both backends)."""

from __future__ import annotations

import json
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from storage.ids import new_id
from sync.server.db.database import Database
from sync.server.errors import ServerError, ServerErrorCode
from sync.server.services.push import MAX_ATTEMPTS, run_transaction
from tests.server.conftest import add_user
from tests.server.laptops import Laptop, enrol_laptop, seed_case

PROBLEM = "application/problem+json"


@pytest.fixture
def alice(client: TestClient, app: FastAPI) -> Laptop:
    """An enrolled caseworker holding one case."""
    add_user(app, "alice")
    seed_case(app, "ZH-1", "alice")
    return enrol_laptop(client, app, "alice")


_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=12),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=10,
)
_b64ish = st.text(alphabet="ABCDEFabcdef0123456789+/=", min_size=0, max_size=120)


def _item() -> st.SearchStrategy[dict[str, Any]]:
    return st.fixed_dictionaries(
        {"mutation_seq": st.integers(-2, 3), "sealed": _b64ish, "signature": _b64ish},
        optional={"service_key_id": st.text(max_size=5)},
    )


@pytest.mark.parametrize("path", ["/v1/push", "/v1/pull"])
def test_random_authenticated_bodies_never_cause_a_server_error(alice: Laptop, path: str) -> None:
    shaped = st.fixed_dictionaries(
        {
            "protocol_version": st.integers(0, 2),
            "schema_version": st.integers(0, 2),
            "profile_id": st.sampled_from([alice.profile_id, new_id(), "x"]),
        },
        optional={
            "items": st.lists(_item(), max_size=3),
            "buckets": st.dictionaries(
                st.sampled_from(["case:" + new_id(), "ref:global", "nope"]), st.integers(-1, 5)
            ),
            "continuation": _b64ish,
            "server_epoch": st.text(max_size=10),
        },
    )

    @settings(max_examples=30, deadline=None, suppress_health_check=list(HealthCheck))
    @given(body=st.one_of(_json, shaped))
    def run(body: Any) -> None:
        response = alice.client.post(
            path,
            content=json.dumps(body),
            headers=alice.headers(**{"content-type": "application/json"}),
        )
        # A generated body is sometimes a valid request (protocol 2, the laptop's own
        # profile, no buckets): that is answered. Anything else is a problem, never a 5xx.
        assert response.status_code < 500, response.text
        if response.status_code >= 400:
            assert response.headers["content-type"] == PROBLEM

    run()


def test_a_batch_of_more_than_250_mutations_is_refused(alice: Laptop) -> None:
    item = {"mutation_seq": 1, "sealed": "AAAA", "signature": "A" * 86 + "=="}
    items = [{**item, "mutation_seq": n} for n in range(1, 252)]
    body = {
        "protocol_version": 1,
        "schema_version": 1,
        "profile_id": alice.profile_id,
        "items": items,
    }
    response = alice.client.post("/v1/push", json=body, headers=alice.headers())
    assert response.status_code in (413, 422)  # the body limit may strike first


def test_transient_database_errors_are_retried_then_answered_with_retry_after(
    app: FastAPI,
) -> None:
    db: Database = app.state.context.db
    attempts: list[int] = []

    def flaky(conn: Any) -> str:
        attempts.append(1)
        if len(attempts) < MAX_ATTEMPTS:
            _fail_transiently(db, conn)
        return "done"

    assert run_transaction(db, flaky) == "done"
    assert len(attempts) == MAX_ATTEMPTS
    with pytest.raises(ServerError) as raised:
        run_transaction(db, lambda conn: _fail_transiently(db, conn))
    assert (raised.value.code, raised.value.retry_after) == (ServerErrorCode.SERVICE_UNAVAILABLE, 1)


def _fail_transiently(db: Database, conn: Any) -> None:
    if db.dialect == "postgresql":
        # A real PostgreSQL error with the deadlock's SQLSTATE, raised by the server.
        conn.execute(text("DO $$ BEGIN RAISE EXCEPTION 'x' USING ERRCODE = '40P01'; END $$"))
        return
    # SQLite: this transaction holds the write lock, so a second writer with a short busy
    # timeout gets "database is locked" — the error a busy embedded server produces.
    other = Database.from_url(db.engine.url.render_as_string(), busy_timeout_ms=20)
    try:
        with other.write() as blocked:
            blocked.execute(text("SELECT 1"))
    finally:
        other.dispose()


def test_the_sync_endpoints_are_in_the_published_openapi(client: TestClient) -> None:
    document = client.get("/openapi.json").json()
    for path, model in (("/v1/push", "SealedPushBatch"), ("/v1/pull", "PullRequest")):
        operation = document["paths"][path]["post"]
        assert operation["requestBody"]["content"]["application/json"]["schema"] == {
            "$ref": f"#/components/schemas/{model}"
        }
        assert {"200", "4XX", "5XX"} <= set(operation["responses"])
