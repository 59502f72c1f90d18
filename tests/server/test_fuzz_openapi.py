"""Schemathesis against the published OpenAPI, in process, on both backends.

Every operation gets a bounded number of generated requests, schema-valid ones and
schema-violating ones, sent with a real enrolled profile's access token so authenticated
endpoints are exercised past the 401. Each answer must not be a 5xx and must conform to the
document: a declared status code, a declared media type, and a body that validates against
the declared schema (problem+json errors included).

The operations are driven with Hypothesis directly (`APIOperation.as_strategy`) rather than
through `schemathesis.pytest.from_fixture`, whose test builder reads a pytest-internal node
attribute that pytest 9 no longer has.
"""

from __future__ import annotations

from typing import Any

import pytest
import schemathesis
from fastapi import FastAPI
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from tests.server.conftest import add_user
from tests.server.laptops import enrol_laptop, seed_case

EXAMPLES_PER_OPERATION = {GenerationMode.POSITIVE: 15, GenerationMode.NEGATIVE: 8}
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
]


@pytest.fixture
def auth_headers(app: FastAPI, client: TestClient) -> dict[str, str]:
    """An enrolled profile with one assigned case: authenticated calls reach the handlers."""
    add_user(app, "fuzzer")
    seed_case(app, "FZ-1", "fuzzer")
    return enrol_laptop(client, app, "fuzzer").headers()


def _fuzz(operation: Any, mode: GenerationMode, headers: dict[str, str]) -> None:
    @settings(
        max_examples=EXAMPLES_PER_OPERATION[mode],
        deadline=None,
        suppress_health_check=list(HealthCheck),
        database=None,  # a bounded run every time, no replay store on disk
    )
    @given(case=operation.as_strategy(generation_mode=mode))
    def run(case: Any) -> None:
        case.call_and_validate(headers=headers, checks=CHECKS)

    run()


def test_no_generated_request_gets_a_server_error_or_an_undocumented_answer(
    app: FastAPI, auth_headers: dict[str, str]
) -> None:
    schema = schemathesis.openapi.from_asgi("/openapi.json", app)
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 12  # every route is in the document, the audit ones included
    failures: list[str] = []
    for operation in operations:
        for mode in EXAMPLES_PER_OPERATION:
            try:
                _fuzz(operation, mode, auth_headers)
            except Unsatisfiable:
                assert mode is GenerationMode.NEGATIVE  # nothing to violate: no parameters
            except (Exception, BaseExceptionGroup) as failure:  # collect: one run shows all
                failures.append(f"{operation.label} ({mode.value}): {failure}")
    assert not failures, "\n\n".join(failures)
