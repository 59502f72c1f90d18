"""Revocation, retirement and the device-hosts-profile check (F41), on both backends."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI
from fastapi.testclient import TestClient

from sync.server.api.deps import FinalPushPrincipal
from sync.server.services import devices
from tests.server.conftest import FakeClock, add_user, bearer, enrol, enrol_body, new_code


def _set_status(app: FastAPI, device_id: str, status: str, profile_id: str | None = None) -> None:
    context = app.state.context
    with context.db.write() as conn:
        if profile_id:
            devices.set_profile_status(
                conn,
                device_id=device_id,
                profile_id=profile_id,
                status=status,
                now=context.clock(),
            )
        else:
            devices.set_device_status(conn, device_id=device_id, status=status, now=context.clock())


def _add_final_push_route(app: FastAPI) -> None:
    # Push arrives with the sync endpoints; this stand-in uses the same dependency.
    @app.post("/test/final-push")
    def final_push(principal: FinalPushPrincipal) -> dict[str, str]:
        return {"profile_id": principal.profile_id}


def _assert_wipe(response: Any, code: str) -> None:
    assert response.status_code == 410
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["code"] == code
    assert response.json()["action"] == "wipe"


def test_a_revoked_device_is_told_to_wipe_even_with_an_expired_token(
    client: TestClient, app: FastAPI, clock: FakeClock
) -> None:
    add_user(app, "alice")
    enrolled = enrol(client, app, "alice")
    _set_status(app, enrolled["device_id"], "revoked")
    clock.advance(hours=2)  # the access token has expired meanwhile
    tokens = enrolled["tokens"]
    _assert_wipe(client.get("/v1/me", headers=bearer(tokens["access_token"])), "device_revoked")
    refresh = client.post("/v1/token/refresh", json={"refresh_token": tokens["refresh_token"]})
    _assert_wipe(refresh, "device_revoked")
    headers = bearer(
        enrolled["device_credential"], **{"Dossier-Profile-Id": enrolled["profile_id"]}
    )
    _assert_wipe(client.get("/v1/me", headers=headers), "device_revoked")


def test_a_revoked_device_cannot_enrol_another_profile(client: TestClient, app: FastAPI) -> None:
    add_user(app, "alice")
    add_user(app, "bob")
    enrolled = enrol(client, app, "alice")
    _set_status(app, enrolled["device_id"], "revoked")
    body = enrol_body(new_code(app), "bob", device_credential=enrolled["device_credential"])
    _assert_wipe(client.post("/v1/enrol", json=body), "device_revoked")


def test_a_retired_device_may_make_its_final_push_and_is_then_told_to_wipe(
    client: TestClient, app: FastAPI
) -> None:
    _add_final_push_route(app)
    add_user(app, "alice")
    enrolled = enrol(client, app, "alice")
    _set_status(app, enrolled["device_id"], "retired")
    headers = bearer(enrolled["tokens"]["access_token"])
    assert client.post("/test/final-push", headers=headers).status_code == 200
    _assert_wipe(client.get("/v1/me", headers=headers), "device_retired")


def test_revoking_one_profile_leaves_the_other_profiles_of_the_laptop_working(
    client: TestClient, app: FastAPI
) -> None:
    add_user(app, "alice")
    add_user(app, "bob")
    alice = enrol(client, app, "alice")
    bob = enrol(client, app, "bob", device_credential=alice["device_credential"])
    _set_status(app, alice["device_id"], "revoked", profile_id=alice["profile_id"])
    alice_me = client.get("/v1/me", headers=bearer(alice["tokens"]["access_token"]))
    _assert_wipe(alice_me, "profile_revoked")
    assert client.get("/v1/me", headers=bearer(bob["tokens"]["access_token"])).status_code == 200


def test_a_profile_is_refused_when_the_request_names_another_device(
    client: TestClient, app: FastAPI
) -> None:
    add_user(app, "alice")
    add_user(app, "bob")
    alice, bob = enrol(client, app, "alice"), enrol(client, app, "bob")  # two laptops
    foreign = bearer(alice["tokens"]["access_token"], **{"Dossier-Device-Id": bob["device_id"]})
    response = client.get("/v1/me", headers=foreign)
    assert response.status_code == 403
    assert response.json()["code"] == "device_mismatch"


def test_a_device_credential_cannot_act_for_a_profile_of_another_device(
    client: TestClient, app: FastAPI
) -> None:
    add_user(app, "alice")
    add_user(app, "bob")
    alice, bob = enrol(client, app, "alice"), enrol(client, app, "bob")
    own = bearer(alice["device_credential"], **{"Dossier-Profile-Id": alice["profile_id"]})
    assert client.get("/v1/me", headers=own).json()["profile_id"] == alice["profile_id"]
    other = bearer(alice["device_credential"], **{"Dossier-Profile-Id": bob["profile_id"]})
    response = client.get("/v1/me", headers=other)
    assert response.status_code == 403
    assert response.json()["code"] == "device_mismatch"


def test_requests_without_a_known_credential_are_unauthenticated(client: TestClient) -> None:
    for headers in ({}, bearer("dat_forged"), bearer("ddc_forged"), bearer("nonsense")):
        response = client.get("/v1/me", headers=headers)
        assert response.status_code == 401
        assert response.json()["code"] == "unauthenticated"


def test_device_list_shows_last_contact_and_app_version(
    client: TestClient, app: FastAPI, clock: FakeClock
) -> None:
    add_user(app, "alice")
    enrolled = enrol(client, app, "alice")
    clock.advance(minutes=5)
    headers = bearer(enrolled["tokens"]["access_token"], **{"Dossier-App-Version": "0.2.0"})
    clock.advance(minutes=1)
    refreshed = client.post(
        "/v1/token/refresh", json={"refresh_token": enrolled["tokens"]["refresh_token"]}
    ).json()
    headers["Authorization"] = f"Bearer {refreshed['access_token']}"
    assert client.get("/v1/me", headers=headers).status_code == 200
    with app.state.context.db.read() as conn:
        (device,) = devices.list_devices(conn)
    assert device.app_version == "0.2.0"
    assert device.last_contact_at == clock.now
    assert [p.login for p in device.profiles] == ["alice"]
