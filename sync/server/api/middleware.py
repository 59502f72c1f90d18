"""Outermost ASGI middleware: request id, service clock, body size limit, access log and 500.

Written as plain ASGI (not BaseHTTPMiddleware) so it sees the raw body stream: a body is
refused from its Content-Length before it is read, and a chunked body is cut off as soon as it
passes the limit. Unhandled exceptions end here as a problem+json 500 and are logged with the
exception type and code locations only, never the message.

Every response — errors and the 500 fallback included — carries `Dossier-Server-Time`, the
service clock in milliseconds since the epoch (`sync.protocol.clocks`), taken when the answer
starts, so a laptop can tell how far off its own clock is.
"""

from __future__ import annotations

import logging
import re
import time
import uuid
from collections.abc import Callable
from datetime import datetime
from typing import Any

from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from sync.protocol.clocks import SERVER_TIME_HEADER
from sync.server.api.metrics import Metrics
from sync.server.api.problems import MEDIA_TYPE, problem_bytes
from sync.server.errors import ServerErrorCode
from sync.server.services.clocks import epoch_ms

log = logging.getLogger("dossier.server.http")
_REQUEST_ID = re.compile(r"[A-Za-z0-9._-]{1,64}")
_SERVER_TIME = SERVER_TIME_HEADER.lower().encode()


class BodyTooLarge(HTTPException):
    """Raised from `receive` when a body grows past the limit (FastAPI passes it through)."""

    def __init__(self) -> None:
        super().__init__(status_code=413)


class RequestContextMiddleware:
    """Request id, service clock, body limit, one JSON access-log line per request, and the
    500 fallback."""

    def __init__(
        self,
        app: ASGIApp,
        *,
        max_body_bytes: int,
        clock: Callable[[], datetime],
        metrics: Metrics | None = None,
    ) -> None:
        self.app = app
        self.max_body_bytes = max_body_bytes
        self.clock = clock
        self.metrics = metrics

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Handle one HTTP request; other scopes (lifespan) pass straight through."""
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request_id = _request_id(scope)
        scope.setdefault("state", {})["request_id"] = request_id
        started, state = time.perf_counter(), {"status": 0}

        async def send_with_id(message: Message) -> None:
            if message["type"] == "http.response.start":
                state["status"] = message["status"]
                headers = list(message.get("headers", []))
                headers.append((b"x-request-id", request_id.encode()))
                headers.append((_SERVER_TIME, str(epoch_ms(self.clock())).encode()))
                message = {**message, "headers": headers}
            await send(message)

        try:
            too_large = _declared_length(scope) > self.max_body_bytes
            if too_large:
                await _answer(send_with_id, 413, ServerErrorCode.PAYLOAD_TOO_LARGE, request_id)
            else:
                await self.app(scope, self._limited(receive), send_with_id)
        except Exception:
            log.exception("unhandled", extra={"request_id": request_id})
            if state["status"] == 0:
                await _answer(send_with_id, 500, ServerErrorCode.INTERNAL_ERROR, request_id)
        finally:
            _log_request(scope, request_id, state["status"], started, self.metrics)

    def _limited(self, receive: Receive) -> Receive:
        seen = 0

        async def limited_receive() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_body_bytes:
                    raise BodyTooLarge
            return message

        return limited_receive


def _request_id(scope: Scope) -> str:
    # A caller's id (a load balancer's, or the laptop's for support) is kept when it is
    # harmless; anything else is replaced, so log lines cannot be forged through it.
    for name, value in scope.get("headers", []):
        if name == b"x-request-id":
            text = bytes(value).decode("latin-1")
            if _REQUEST_ID.fullmatch(text):
                return text
    return uuid.uuid4().hex


def _declared_length(scope: Scope) -> int:
    for name, value in scope.get("headers", []):
        if name == b"content-length":
            try:
                return int(value)
            except ValueError:
                return 0  # the server itself rejects a malformed Content-Length
    return 0


async def _answer(send: Send, status: int, code: ServerErrorCode, request_id: str) -> None:
    body = problem_bytes(status, code, request_id=request_id)
    headers = [(b"content-type", MEDIA_TYPE.encode()), (b"content-length", str(len(body)).encode())]
    if status == 413:
        headers.append((b"connection", b"close"))  # don't read the rest of a huge body
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


def _log_request(
    scope: Scope, request_id: str, status: int, started: float, metrics: Metrics | None
) -> None:
    route: Any = scope.get("route")
    seconds = time.perf_counter() - started
    # The route template, not the path: paths carry ids, and query strings may carry more.
    template = getattr(route, "path", None) or "unmatched"
    fields = {
        "request_id": request_id,
        "method": scope.get("method"),
        "route": template,
        "status": status,
        "duration_ms": round(seconds * 1000, 2),
    }
    log.info("request", extra=fields)
    if metrics is not None:
        metrics.observe_request(str(scope.get("method")), template, status, seconds)
