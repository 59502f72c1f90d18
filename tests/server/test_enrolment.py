"""Enrolment, tokens and throttling over the API, on both backends."""

from __future__ import annotations

from fastapi import FastAPI
from fastapi.testclient import TestClient

from tests.server.conftest import FakeClock, add_user, bearer, enrol, enrol_body, new_code


def test_healthz_answers_ok_and_the_openapi_document_is_published(client: TestClient) -> None:
    assert client.get("/healthz").json() == {"status": "ok"}
    paths = client.get("/openapi.json").json()["paths"]
    assert {"/healthz", "/v1/enrol", "/v1/token/refresh", "/v1/service-keys"} <= set(paths)


def test_enrolment_creates_device_and_profile_and_returns_working_tokens(
    client: TestClient, app: FastAPI
) -> None:
    add_user(app, "alice")
    body = enrol(client, app, "Alice")  # logins are case-insensitive
    assert body["user"]["login"] == "alice"
    assert body["device_credential"].startswith("ddc_")
    keys = client.get("/v1/service-keys").json()
    assert body["service_keys"] == keys
    me = client.get("/v1/me", headers=bearer(body["tokens"]["access_token"])).json()
    assert (me["profile_id"], me["device_id"]) == (body["profile_id"], body["device_id"])


def test_second_profile_on_the_same_laptop_reuses_the_device(
    client: TestClient, app: FastAPI
) -> None:
    add_user(app, "alice")
    add_user(app, "bob")
    first = enrol(client, app, "alice")
    second = enrol(client, app, "bob", device_credential=first["device_credential"])
    assert second["device_id"] == first["device_id"]
    assert second["device_credential"] is None  # the credential is shown once, at creation
    assert second["profile_id"] != first["profile_id"]


def test_a_used_code_is_refused(client: TestClient, app: FastAPI) -> None:
    add_user(app, "alice")
    code = new_code(app)
    assert client.post("/v1/enrol", json=enrol_body(code, "alice")).status_code == 201
    again = client.post("/v1/enrol", json=enrol_body(code, "alice"))
    assert again.status_code == 400
    assert again.json()["code"] == "enrolment_code_invalid"


def test_an_expired_code_is_refused(client: TestClient, app: FastAPI, clock: FakeClock) -> None:
    add_user(app, "alice")
    code = new_code(app, hours=1)
    clock.advance(hours=1, seconds=1)
    response = client.post("/v1/enrol", json=enrol_body(code, "alice"))
    assert response.json()["code"] == "enrolment_code_invalid"


def test_a_code_bound_to_another_login_is_refused(client: TestClient, app: FastAPI) -> None:
    add_user(app, "alice")
    add_user(app, "bob")
    code = new_code(app, login="bob")
    response = client.post("/v1/enrol", json=enrol_body(code, "alice"))
    assert response.json()["code"] == "enrolment_code_invalid"


def test_wrong_passwords_are_throttled_with_retry_after(
    client: TestClient, app: FastAPI, clock: FakeClock
) -> None:
    add_user(app, "alice")
    code = new_code(app)
    wrong = enrol_body(code, "alice", password="not the password at all")
    statuses = [client.post("/v1/enrol", json=wrong).status_code for _ in range(4)]
    assert statuses == [401, 401, 401, 401]  # three free attempts, the fourth starts a block
    blocked = client.post("/v1/enrol", json=enrol_body(code, "alice"))
    assert blocked.status_code == 429
    assert blocked.json()["code"] == "rate_limited"
    assert int(blocked.headers["Retry-After"]) == 30
    # The client address is blocked too: guessing another login does not help.
    add_user(app, "bob")
    assert client.post("/v1/enrol", json=enrol_body(code, "bob")).status_code == 429
    clock.advance(seconds=31)
    assert client.post("/v1/enrol", json=enrol_body(code, "alice")).status_code == 201


def test_unknown_login_answers_like_a_wrong_password(client: TestClient, app: FastAPI) -> None:
    response = client.post("/v1/enrol", json=enrol_body(new_code(app), "nobody"))
    assert response.status_code == 401
    assert response.json()["code"] == "invalid_credentials"


def test_access_token_expires_and_refresh_rotates(
    client: TestClient, app: FastAPI, clock: FakeClock
) -> None:
    add_user(app, "alice")
    tokens = enrol(client, app, "alice")["tokens"]
    clock.advance(minutes=16)
    expired = client.get("/v1/me", headers=bearer(tokens["access_token"]))
    assert expired.status_code == 401
    assert expired.json()["code"] == "unauthenticated"
    refreshed = client.post("/v1/token/refresh", json={"refresh_token": tokens["refresh_token"]})
    assert refreshed.status_code == 200
    fresh = refreshed.json()
    assert client.get("/v1/me", headers=bearer(fresh["access_token"])).status_code == 200


def test_a_replayed_refresh_token_revokes_its_whole_family(
    client: TestClient, app: FastAPI
) -> None:
    add_user(app, "alice")
    tokens = enrol(client, app, "alice")["tokens"]
    old = {"refresh_token": tokens["refresh_token"]}
    fresh = client.post("/v1/token/refresh", json=old).json()
    replay = client.post("/v1/token/refresh", json=old)
    assert replay.status_code == 401
    assert client.get("/v1/me", headers=bearer(fresh["access_token"])).status_code == 401
    refresh = {"refresh_token": fresh["refresh_token"]}
    assert client.post("/v1/token/refresh", json=refresh).status_code == 401


def test_an_expired_refresh_token_is_refused(
    client: TestClient, app: FastAPI, clock: FakeClock
) -> None:
    add_user(app, "alice")
    tokens = enrol(client, app, "alice")["tokens"]
    clock.advance(days=31)
    response = client.post("/v1/token/refresh", json={"refresh_token": tokens["refresh_token"]})
    assert response.status_code == 401
