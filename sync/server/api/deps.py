"""FastAPI dependencies: the service context and the authenticated caller."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from sync.protocol.clocks import CLIENT_TIME_HEADER
from sync.server.api.metrics import Metrics
from sync.server.db.database import Database
from sync.server.errors import ServerError, ServerErrorCode
from sync.server.keys import ServiceKeyring
from sync.server.services import clocks, sessions
from sync.server.services.audit_log import HeadSigner
from sync.server.services.passwords import PasswordHasher
from sync.server.services.principals import Credentials, Principal, authenticate
from sync.server.settings import Settings

DEVICE_HEADER = "Dossier-Device-Id"
PROFILE_HEADER = "Dossier-Profile-Id"
APP_VERSION_HEADER = "Dossier-App-Version"
log = logging.getLogger("dossier.server.clocks")
_bearer = HTTPBearer(auto_error=False, description="access token or device credential")


@dataclass(frozen=True, slots=True)
class ServiceContext:
    """Everything a request handler needs; built once by `create_app`."""

    settings: Settings
    db: Database
    keyring: ServiceKeyring
    hasher: PasswordHasher
    clock: Callable[[], datetime]
    head_signer: HeadSigner
    metrics: Metrics


def get_context(request: Request) -> ServiceContext:
    """The context of the app serving `request`."""
    context: ServiceContext = request.app.state.context
    return context


Context = Annotated[ServiceContext, Depends(get_context)]
Bearer = Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]


def client_address(request: Request, context: ServiceContext) -> str | None:
    """The caller's address, for throttling; the proxy's header only when configured."""
    if context.settings.trust_proxy_headers:
        forwarded = request.headers.get("x-forwarded-for", "")
        if forwarded:
            return forwarded.split(",")[-1].strip()  # the hop our own proxy added
    return request.client.host if request.client else None


def _principal(
    request: Request,
    context: ServiceContext,
    bearer: HTTPAuthorizationCredentials | None,
    *,
    allow_retired: bool,
) -> Principal:
    if bearer is None:
        raise ServerError(ServerErrorCode.UNAUTHENTICATED)
    creds = Credentials(
        bearer=bearer.credentials,
        device_id=request.headers.get(DEVICE_HEADER),
        profile_id=request.headers.get(PROFILE_HEADER),
    )
    now = context.clock()
    with context.db.read() as conn:
        principal = authenticate(conn, creds, now=now, allow_retired=allow_retired)
    skew = _clock_skew(request, now)
    recorded = sessions.touch(
        context.db,
        device_id=principal.device_id,
        profile_id=principal.profile_id,
        app_version=_app_version(request),
        seen=principal.last_contact_at,
        now=now,
        clock_skew_ms=skew,
    )
    if recorded and skew is not None:
        _observe_skew(context, skew)
    return principal


def _clock_skew(request: Request, now: datetime) -> int | None:
    client_ms = clocks.parse_client_time(request.headers.get(CLIENT_TIME_HEADER))
    return None if client_ms is None else clocks.skew_ms(client_ms, now)


def _observe_skew(context: ServiceContext, skew: int) -> None:
    if not clocks.is_skewed(skew, context.settings.clock_skew_limit):
        context.metrics.count_clock_check("ok")
        return
    context.metrics.count_clock_check("ahead" if skew > 0 else "behind")
    log.warning("laptop clock skewed", extra={"skew_ms": skew})


def _app_version(request: Request) -> str | None:
    value = request.headers.get(APP_VERSION_HEADER, "")
    ok = 0 < len(value) <= 40 and all(c.isalnum() or c in ".+-" for c in value)
    return value if ok and value.isascii() else None


def current_principal(request: Request, context: Context, bearer: Bearer) -> Principal:
    """The caller, who must be on an active device and profile."""
    return _principal(request, context, bearer, allow_retired=False)


def final_push_principal(request: Request, context: Context, bearer: Bearer) -> Principal:
    """The caller of a push: a retired device or profile may still deliver its last work."""
    return _principal(request, context, bearer, allow_retired=True)


CurrentPrincipal = Annotated[Principal, Depends(current_principal)]
FinalPushPrincipal = Annotated[Principal, Depends(final_push_principal)]
