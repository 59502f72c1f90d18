"""Every error as `application/problem+json` (RFC 9457) with a stable `code`.

Bad input of any kind — malformed JSON, invalid UTF-8, wrong types, unknown fields, oversize
bodies — is a 4xx with its own code, never a 5xx. Validation errors report where and what
(`loc`, `type`), never the rejected input: it may be a password or case data.
"""

from __future__ import annotations

import json
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from sqlalchemy.exc import OperationalError
from starlette.exceptions import HTTPException as StarletteHTTPException

from sync.protocol.models import MAX_BUCKETS
from sync.server.errors import ServerError, ServerErrorCode

MEDIA_TYPE = "application/problem+json"
E = ServerErrorCode
STATUS: dict[ServerErrorCode, int] = {
    E.MALFORMED_JSON: 400,
    E.ENROLMENT_CODE_INVALID: 400,
    E.UNSUPPORTED_PROTOCOL: 400,
    E.UNSUPPORTED_SCHEMA: 400,
    E.UPGRADE_REQUIRED: 426,
    E.SEAL_INVALID: 400,
    E.UNAUTHENTICATED: 401,
    E.INVALID_CREDENTIALS: 401,
    E.FORBIDDEN: 403,
    E.DEVICE_MISMATCH: 403,
    E.USER_DISABLED: 403,
    E.SIGNATURE_INVALID: 403,
    E.MUTATION_GAP: 409,
    E.BLOB_MISSING: 409,
    E.BLOB_OFFSET_MISMATCH: 409,
    E.BLOB_HASH_MISMATCH: 422,
    E.SERVER_EPOCH_CHANGED: 409,
    E.AUDIT_TREE_SIZE_UNKNOWN: 409,
    E.NOT_FOUND: 404,
    E.METHOD_NOT_ALLOWED: 405,
    E.DEVICE_REVOKED: 410,
    E.DEVICE_RETIRED: 410,
    E.PROFILE_REVOKED: 410,
    E.PROFILE_RETIRED: 410,
    E.PAYLOAD_TOO_LARGE: 413,
    E.UNSUPPORTED_MEDIA_TYPE: 415,
    E.MALFORMED_REQUEST: 422,
    E.SCOPE_TOO_LARGE: 422,
    E.INVALID_PUBLIC_KEY: 422,
    E.RATE_LIMITED: 429,
    E.INTERNAL_ERROR: 500,
    E.AUDIT_LOG_CORRUPT: 500,
    E.SERVICE_UNAVAILABLE: 503,
}
_BY_STATUS = {
    400: E.MALFORMED_JSON,
    401: E.UNAUTHENTICATED,
    403: E.FORBIDDEN,
    404: E.NOT_FOUND,
    405: E.METHOD_NOT_ALLOWED,
    413: E.PAYLOAD_TOO_LARGE,
    415: E.UNSUPPORTED_MEDIA_TYPE,
}
RETRY_AFTER_UNAVAILABLE = 5


class Problem(BaseModel):
    """The body of every error response (published in the OpenAPI document)."""

    type: str
    title: str
    status: int
    code: str
    request_id: str | None = None
    detail: str | None = None
    errors: list[dict[str, Any]] | None = None
    action: str | None = None  # "wipe": crypto-erase the device or profile, then stop
    retry_after: int | None = None
    expected_mutation_seq: int | None = None  # with mutation_gap: push again from this seq
    last_mutation_seq: int | None = None  # with mutation_gap: the last seq the service holds
    upload_offset: int | None = None  # with blob_offset_mismatch: the upload resumes here
    sha256: str | None = None  # with blob_missing: the blob to upload first


# `model` registers the Problem schema; the explicit reference puts it under the media type
# errors are actually sent as, so a schema-driven client (or fuzzer) checks error bodies too.
_PROBLEM_CONTENT = {MEDIA_TYPE: {"schema": {"$ref": "#/components/schemas/Problem"}}}
PROBLEM_RESPONSES: dict[int | str, dict[str, Any]] = {
    "4XX": {"model": Problem, "content": _PROBLEM_CONTENT},
    "5XX": {"model": Problem, "content": _PROBLEM_CONTENT},
}
"""`responses=` for routes, so the OpenAPI document describes the error bodies."""


def problem_body(
    status: int, code: ServerErrorCode, *, request_id: str | None, **extra: Any
) -> dict[str, Any]:
    """The problem+json document for `code`."""
    body: dict[str, Any] = {
        "type": f"urn:dossier:problem:{code.value}",
        "title": code.value.replace("_", " ").capitalize(),
        "status": status,
        "code": code.value,
        "request_id": request_id,
    }
    body.update({k: v for k, v in extra.items() if v is not None})
    return body


def problem_bytes(status: int, code: ServerErrorCode, *, request_id: str | None) -> bytes:
    """A problem body as bytes, for middleware that answers before the app runs."""
    return json.dumps(problem_body(status, code, request_id=request_id)).encode()


def problem_response(
    request: Request,
    code: ServerErrorCode,
    *,
    status: int | None = None,
    headers: dict[str, str] | None = None,
    **extra: Any,
) -> JSONResponse:
    """A problem+json response for `code` (status from the code unless given)."""
    status = status or STATUS.get(code, 400)
    request_id = getattr(request.state, "request_id", None)
    body = problem_body(status, code, request_id=request_id, **extra)
    return JSONResponse(body, status_code=status, media_type=MEDIA_TYPE, headers=headers)


async def _server_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, ServerError)
    headers: dict[str, str] = {}
    if exc.retry_after is not None:
        headers["Retry-After"] = str(exc.retry_after)
    if exc.code in {E.UNAUTHENTICATED, E.INVALID_CREDENTIALS}:
        headers["WWW-Authenticate"] = "Bearer"
    members: dict[str, Any] = {"action": exc.action.value if exc.action else None}
    members.update(exc.extra)
    return problem_response(
        request, exc.code, headers=headers, retry_after=exc.retry_after, **members
    )


async def _validation_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    errors = list(exc.errors())
    if any(e.get("type") == "json_invalid" for e in errors):
        return problem_response(request, E.MALFORMED_JSON)
    content_type = request.headers.get("content-type", "")
    body_expected = any(e.get("loc", ("",))[0] == "body" for e in errors)
    if body_expected and content_type and "json" not in content_type.lower():
        return problem_response(request, E.UNSUPPORTED_MEDIA_TYPE)
    where = [{"loc": [str(p) for p in e.get("loc", ())], "type": e.get("type")} for e in errors]
    if any(_too_many_buckets(e) for e in errors):
        # A laptop holding more buckets than a request may carry: the same answer as a
        # scope that grew too large on the service, not a malformed request.
        return problem_response(request, E.SCOPE_TOO_LARGE, max_buckets=MAX_BUCKETS)
    return problem_response(request, E.MALFORMED_REQUEST, errors=where)


def _too_many_buckets(error: Any) -> bool:
    loc = tuple(error.get("loc", ()))
    return error.get("type") == "too_long" and loc[-1:] == ("buckets",)


async def _http_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    code = _BY_STATUS.get(exc.status_code, E.INTERNAL_ERROR if exc.status_code >= 500 else None)
    code = code or E.MALFORMED_REQUEST
    headers = dict(exc.headers) if exc.headers else None
    return problem_response(request, code, status=exc.status_code, headers=headers)


async def _database_unavailable(request: Request, exc: Exception) -> JSONResponse:
    # The database is down or (SQLite) locked for longer than the busy timeout: transient.
    retry = RETRY_AFTER_UNAVAILABLE
    headers = {"Retry-After": str(retry)}
    return problem_response(request, E.SERVICE_UNAVAILABLE, headers=headers, retry_after=retry)


def install_problem_handlers(app: FastAPI) -> None:
    """Route every known kind of failure to a problem+json response."""
    app.add_exception_handler(ServerError, _server_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(OperationalError, _database_unavailable)
