"""`GET /metrics`: Prometheus counters by route template and outcome, never personal data."""

from __future__ import annotations

import re

from fastapi import FastAPI
from fastapi.testclient import TestClient

from storage.ids import new_id
from tests.server.audit_laptop import AuditChain
from tests.server.conftest import add_user
from tests.server.laptops import enrol_laptop, seed_case

# name{label="value",...} number — every line that is not a comment must look like this.
_SAMPLE = re.compile(r'^[a-z_]+(\{([a-z_]+="[^"\\\n]*",?)+\})? -?[0-9.e+-]+$')


def _metrics(client: TestClient) -> dict[str, float]:
    response = client.get("/metrics")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/plain; version=0.0.4")
    samples = {}
    for line in response.text.splitlines():
        if line.startswith("#"):
            continue
        assert _SAMPLE.match(line), line
        name, value = line.rsplit(" ", 1)
        samples[name] = float(value)
    return samples


def test_metrics_count_requests_mutations_pages_and_audit_uploads_without_personal_data(
    client: TestClient, app: FastAPI
) -> None:
    user_id = add_user(app, "amira_haddad")
    case_id = seed_case(app, "ZH-2026-0042", "amira_haddad")
    alice = enrol_laptop(client, app, "amira_haddad")
    person = new_id()
    alice.push(
        alice.mutation("person.create.v1", person, case_id, family_name=(None, "Haddad")),
        alice.mutation("note.create.v1", new_id(), new_id(), body=(None, "elsewhere")),
    )
    alice.sync()
    chain = AuditChain(alice, user_id)
    chain.record("read", "person", person)
    chain.upload_ok()
    client.get(f"/v1/no-such-thing/{person}")

    samples = _metrics(client)
    assert samples['dossier_push_mutations_total{status="applied"}'] == 1
    assert samples['dossier_push_mutations_total{status="rejected"}'] == 1
    assert samples["dossier_pull_pages_total"] >= 1
    assert samples['dossier_audit_entries_total{result="stored"}'] == 1
    assert samples['dossier_http_requests_total{method="POST",route="/v1/push",status="200"}'] == 1
    assert samples['dossier_http_requests_total{method="GET",route="unmatched",status="404"}'] == 1
    assert samples["dossier_db_pool_checked_out"] >= 0

    text = client.get("/metrics").text
    secrets = [person, case_id, user_id, alice.device_id, alice.profile_id, alice.access_token]
    for canary in [*secrets, "amira", "haddad", "Haddad", "ZH-2026-0042", "elsewhere"]:
        assert canary not in text, canary
