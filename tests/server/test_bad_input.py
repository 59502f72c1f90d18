"""Bad input of every kind is a 4xx problem+json with a stable code, never a 5xx."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sync.server.logs import JsonFormatter
from tests.server.conftest import add_user, enrol_body, new_code

JSON = {"content-type": "application/json"}
PROBLEM = "application/problem+json"


def _problem(response: object, status: int, code: str) -> None:
    assert response.status_code == status, response.text  # type: ignore[attr-defined]
    assert response.headers["content-type"] == PROBLEM  # type: ignore[attr-defined]
    assert response.json()["code"] == code  # type: ignore[attr-defined]


def test_malformed_json_is_400(client: TestClient) -> None:
    _problem(client.post("/v1/enrol", content=b'{"code": ', headers=JSON), 400, "malformed_json")


def test_invalid_utf8_is_400(client: TestClient) -> None:
    body = b'{"refresh_token": "\xff\xfe"}'
    _problem(client.post("/v1/token/refresh", content=body, headers=JSON), 400, "malformed_json")


def test_unknown_fields_are_refused_and_reported_by_location_only(client: TestClient) -> None:
    body = {**enrol_body("CODE", "alice"), "is_admin": True}
    response = client.post("/v1/enrol", json=body)
    _problem(response, 422, "malformed_request")
    assert {"loc": ["body", "is_admin"], "type": "extra_forbidden"} in response.json()["errors"]


def test_wrong_types_are_refused_without_echoing_the_input(client: TestClient) -> None:
    body = {**enrol_body("CODE", "alice"), "password": 12345678901234, "login": ["alice"]}
    response = client.post("/v1/enrol", json=body)
    _problem(response, 422, "malformed_request")
    assert "12345678901234" not in response.text
    assert "input" not in response.text


def test_a_declared_oversize_body_is_refused_before_it_is_read(client: TestClient) -> None:
    big = b'{"refresh_token": "' + b"x" * (65 * 1024) + b'"}'
    _problem(client.post("/v1/token/refresh", content=big, headers=JSON), 413, "payload_too_large")


def test_a_streamed_oversize_body_is_cut_off(client: TestClient) -> None:
    def chunks() -> Iterator[bytes]:
        yield b'{"refresh_token": "'
        for _ in range(80):
            yield b"x" * 1024
        yield b'"}'

    response = client.post("/v1/token/refresh", content=chunks(), headers=JSON)
    _problem(response, 413, "payload_too_large")


def test_a_body_that_is_not_json_is_415(client: TestClient) -> None:
    response = client.post("/v1/token/refresh", content=b"token=abc", headers={
        "content-type": "application/x-www-form-urlencoded"})  # fmt: skip
    _problem(response, 415, "unsupported_media_type")


def test_an_invalid_public_key_is_422(client: TestClient, app: FastAPI) -> None:
    add_user(app, "alice")
    body = enrol_body(new_code(app), "alice")
    body["profile"]["sign_public_key"] = "A" * 43 + "="  # decodes, but is no Ed25519 point
    _problem(client.post("/v1/enrol", json=body), 422, "invalid_public_key")


def test_unknown_routes_and_methods_are_problems_too(client: TestClient) -> None:
    _problem(client.get("/v1/nothing-here"), 404, "not_found")
    _problem(client.delete("/healthz"), 405, "method_not_allowed")


def test_every_response_carries_a_request_id_and_a_good_one_is_kept(client: TestClient) -> None:
    assert client.get("/healthz", headers={"X-Request-Id": "lb-1234"}).headers["x-request-id"] == (
        "lb-1234"
    )
    forged = client.get("/healthz", headers={"X-Request-Id": "a\nb"}).headers["x-request-id"]
    assert forged != "a\nb" and len(forged) == 32


@pytest.mark.parametrize("path", ["/v1/enrol", "/v1/token/refresh"])
def test_random_bodies_never_cause_a_server_error(client: TestClient, path: str) -> None:
    @settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
    @given(
        body=st.one_of(
            st.binary(max_size=300),
            st.recursive(
                st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
                lambda inner: (
                    st.lists(inner, max_size=4)
                    | st.dictionaries(st.text(max_size=12), inner, max_size=4)
                ),
                max_leaves=12,
            ).map(lambda value: repr(value).encode()),
        ),
        content_type=st.sampled_from(["application/json", "text/plain", ""]),
    )
    def run(body: bytes, content_type: str) -> None:
        headers = {"content-type": content_type} if content_type else {}
        response = client.post(path, content=body, headers=headers)
        assert 400 <= response.status_code < 500, response.text
        assert response.headers["content-type"] == PROBLEM

    run()


def test_an_unexpected_failure_is_a_500_problem_whose_log_keeps_the_message_out(
    app: FastAPI, caplog: pytest.LogCaptureFixture
) -> None:
    @app.get("/test/boom")
    def boom() -> None:
        raise RuntimeError("Haddad, born 1990")  # an exception message may quote case data

    with TestClient(app) as client:
        response = client.get("/test/boom")
    _problem(response, 500, "internal_error")
    assert "Haddad" not in response.text
    formatted = [JsonFormatter().format(r) for r in caplog.records]
    assert any('"exc_type": "RuntimeError"' in line for line in formatted)
    assert not any("Haddad" in line for line in formatted)
