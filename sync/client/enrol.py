"""Enrolment of a profile with the sync service (DESIGN §5.7).

The profile's public keys go up; the service's public keys are pinned in the store, the tokens
kept in the store, and — on the laptop's first enrolment — the device credential is written
beside the profiles, readable without any passphrase because it grants only sealed transport.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel, ConfigDict

from storage.enrolment_mark import clear_enrolment_mark
from storage.profiles import Workspace
from storage.unlocked import OpenProfile
from sync.client import identity
from sync.client.layout import DeviceCredential, ProfileFiles, read_device, write_device
from sync.client.transport import APP_VERSION, SyncFailure, Transport


class EnrolAnswer(BaseModel):
    """The members of `POST /v1/enrol`'s answer the laptop uses."""

    model_config = ConfigDict(extra="ignore", frozen=True)
    device_id: str
    device_credential: str | None
    profile_id: str
    service_keys: dict[str, Any]
    tokens: dict[str, Any]


@dataclass(frozen=True, slots=True)
class Enrolled:
    """The outcome of an enrolment."""

    server_profile_id: str
    device_id: str
    new_device: bool


def enrol(
    workspace: Workspace,
    profile: OpenProfile,
    *,
    service_url: str,
    code: str,
    login: str,
    password: str,
    device_name: str,
    ca_bundle: str | None = None,
    transport: Transport | None = None,
) -> Enrolled:
    """Enrol the unlocked `profile` with a one-time code; raises SyncFailure on refusal."""
    answer = request_enrolment(
        workspace,
        profile_public_keys(profile),
        service_url=service_url,
        code=code,
        login=login,
        password=password,
        device_name=device_name,
        ca_bundle=ca_bundle,
        transport=transport,
    )
    return record_enrolment(profile, answer, service_url)


# The three steps, for callers that keep store work and network work on different threads
# (the app: store on its DB lane, network on its I/O lane).


def profile_public_keys(profile: OpenProfile) -> tuple[str, str]:
    """The profile's signing and sealing public keys, as the service takes them (store read)."""
    with profile.store.read() as conn:
        return identity.public_keys(profile.store, conn)


def request_enrolment(
    workspace: Workspace,
    public_keys: tuple[str, str],
    *,
    service_url: str,
    code: str,
    login: str,
    password: str,
    device_name: str,
    ca_bundle: str | None = None,
    transport: Transport | None = None,
) -> EnrolAnswer:
    """Ask the service (network only, no store); on a laptop's first enrolment the device
    credential it answers with is written beside the profiles."""
    device = read_device(workspace.root)
    transport = transport or Transport(service_url, ca_bundle=ca_bundle)
    sign_public, seal_public = public_keys
    body = {
        "code": code,
        "login": login,
        "password": password,
        "device_name": device_name,
        "app_version": APP_VERSION,
        "profile": {"sign_public_key": sign_public, "seal_public_key": seal_public},
        "device_credential": device.credential if device else None,
    }
    answer = transport.call("POST", "/v1/enrol", EnrolAnswer, json_body=body)
    if answer.device_credential:
        device = DeviceCredential(
            answer.device_id, answer.device_credential, service_url, ca_bundle
        )
        write_device(workspace.root, device)
    return answer


def record_enrolment(profile: OpenProfile, answer: EnrolAnswer, service_url: str) -> Enrolled:
    """Pin the service's keys, keep the tokens and note the service's profile id (store write)."""
    with profile.store.write() as conn:
        store = profile.store
        identity.pin_service_keys(store, conn, answer.service_keys)
        store.set_meta(conn, identity.META_SERVER_PROFILE, answer.profile_id)
        store.set_meta(conn, identity.META_SERVICE_URL, service_url)
        identity.save_tokens(
            conn, str(answer.tokens["access_token"]), str(answer.tokens["refresh_token"])
        )
        profile.context.audit.record(
            conn, "sync", "profile", profile.profile_id, detail={"stage": "enrol"}
        )
    files = ProfileFiles(profile.info)
    files.ensure()
    state = files.state()
    state.server_profile_id = answer.profile_id
    files.save_state(state)
    # Last: a crash before this leaves the mark, which `sync.client.pending_enrolment`
    # then recognises as a completed enrolment (service profile id in the state).
    clear_enrolment_mark(profile.info.path)
    return Enrolled(answer.profile_id, answer.device_id, bool(answer.device_credential))


class ServiceKeysAnswer(BaseModel):
    """The member of `GET /v1/service-keys` a new profile needs before it exists."""

    model_config = ConfigDict(extra="ignore", frozen=True)
    recovery_public_key: str | None = None


RECOVERY_KEY_MISSING = "recovery_key_missing"


def fetch_recovery_key(
    service_url: str, *, ca_bundle: str | None = None, transport: Transport | None = None
) -> bytes:
    """The organisation recovery public key the service publishes (REC-1).

    A profile is created with it, so IT can recover the store; SyncFailure
    (`recovery_key_missing`) when IT has not installed one, so no profile is ever created
    that nobody could recover.
    """
    transport = transport or Transport(service_url, ca_bundle=ca_bundle)
    answer = transport.call("GET", "/v1/service-keys", ServiceKeysAnswer)
    try:
        public = base64.b64decode(answer.recovery_public_key or "", validate=True)
    except ValueError:
        public = b""
    if len(public) != 32:
        raise SyncFailure(RECOVERY_KEY_MISSING)
    return public
