"""The identity endpoints: health, service keys, enrolment, token refresh, who-am-I."""

from __future__ import annotations

import base64
import binascii

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from fastapi import APIRouter, Request
from sqlalchemy import text

from sync.server.api import models
from sync.server.api.deps import Context, CurrentPrincipal, ServiceContext, client_address
from sync.server.api.problems import PROBLEM_RESPONSES
from sync.server.errors import ServerError, ServerErrorCode
from sync.server.keys import ServiceKeyring, read_recovery_public_key
from sync.server.services import enrolment, sessions
from sync.server.services.assignments import visible_case_ids
from sync.server.services.retention import OnLaptops
from sync.server.services.tokens import TokenPair

router = APIRouter(responses=PROBLEM_RESPONSES)


@router.get("/healthz", tags=["service"])
def healthz(context: Context) -> models.Health:
    """Alive and able to reach the database (a failure answers 503 problem+json)."""
    with context.db.read() as conn:
        conn.execute(text("SELECT 1"))
    return models.Health(status="ok")


@router.get("/v1/service-keys", tags=["service"])
def service_keys(context: Context) -> models.ServiceKeys:
    """The service's public keys: laptops seal to the current one and pin it at enrolment."""
    recovery = read_recovery_public_key(context.settings.keys_dir)
    keys = _service_keys(context.keyring)
    return keys.model_copy(update={"recovery_public_key": _b64(recovery) if recovery else None})


@router.post("/v1/enrol", status_code=201, tags=["identity"])
def enrol(body: models.EnrolRequest, request: Request, context: Context) -> models.EnrolResponse:
    """Enrol a profile (and, on first enrolment, the device) with a one-time code."""
    result = enrolment.enrol(
        context.db,
        _enrolment_request(body, request, context),
        settings=context.settings,
        hasher=context.hasher,
        keyring=context.keyring,
        now=context.clock(),
    )
    user = result.user
    return models.EnrolResponse(
        user=models.UserView(
            id=user.id, login=user.login, display_name=user.display_name, role=user.role
        ),
        device_id=result.device_id,
        device_credential=result.device_credential,
        profile_id=result.profile_id,
        service_keys=_service_keys(context.keyring),
        tokens=_tokens(result.tokens),
    )


@router.post("/v1/token/refresh", tags=["identity"])
def refresh(body: models.RefreshRequest, context: Context) -> models.TokenPair:
    """Trade a refresh token for a new pair; each refresh token works once."""
    pair = sessions.refresh(
        context.db, body.refresh_token, settings=context.settings, now=context.clock()
    )
    return _tokens(pair)


@router.get("/v1/me", tags=["identity"])
def me(principal: CurrentPrincipal) -> models.Me:
    """The authenticated user, device and profile."""
    return models.Me(
        user_id=principal.user_id,
        login=principal.login,
        role=principal.role,
        device_id=principal.device_id,
        profile_id=principal.profile_id,
    )


@router.get("/v1/assignments", tags=["cases"])
def assignments(principal: CurrentPrincipal, context: Context) -> models.Assignments:
    """Ids of the cases the caller may see (assigned, or their team's for a team lead)."""
    with context.db.read() as conn:
        on_laptops = OnLaptops(context.settings.retention, context.clock().date())
        ids = visible_case_ids(
            conn,
            user_id=principal.user_id,
            role=principal.role,
            team=principal.team,
            on_laptops=on_laptops,
        )
    return models.Assignments(case_ids=ids)


def _enrolment_request(
    body: models.EnrolRequest, request: Request, context: ServiceContext
) -> enrolment.EnrolmentRequest:
    return enrolment.EnrolmentRequest(
        code=body.code,
        login=body.login,
        password=body.password,
        device_name=body.device_name,
        app_version=body.app_version,
        sign_public_key=_public_key(body.profile.sign_public_key, ed25519=True),
        seal_public_key=_public_key(body.profile.seal_public_key, ed25519=False),
        device_credential=body.device_credential,
        client_address=client_address(request, context),
    )


def _public_key(encoded: str, *, ed25519: bool) -> bytes:
    try:
        raw = base64.b64decode(encoded, validate=True)
        if ed25519:
            Ed25519PublicKey.from_public_bytes(raw)
    except (binascii.Error, ValueError):
        raise ServerError(ServerErrorCode.INVALID_PUBLIC_KEY) from None
    if len(raw) != 32 or raw == bytes(32):
        raise ServerError(ServerErrorCode.INVALID_PUBLIC_KEY)
    return raw


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def _service_keys(keyring: ServiceKeyring) -> models.ServiceKeys:
    keys = [
        models.ServiceKey(
            key_id=pair.key_id,
            seal_public_key=_b64(pair.seal_public),
            sign_public_key=_b64(pair.sign_public),
            created_at=pair.created_at,
            current=pair is keyring.current,
        )
        for pair in keyring.generations
    ]
    return models.ServiceKeys(current_key_id=keyring.current.key_id, keys=keys)


def _tokens(pair: TokenPair) -> models.TokenPair:
    return models.TokenPair(
        access_token=pair.access_token,
        access_expires_at=pair.access_expires_at,
        refresh_token=pair.refresh_token,
        refresh_expires_at=pair.refresh_expires_at,
    )
