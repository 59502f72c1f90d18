"""HTTP transport of the sync client, over one `requests.Session` (DESIGN §5.7, issue 4).

* TLS verification is always on; the organisation's CA bundle can be configured. The session
  ignores the environment (`trust_env = False`): no proxy or CA settings sneak in from it.
  A service the laptop must not trust fails with `tls_failed` (never retried, never downgraded
  to http); a handshake the network cut is `service_unreachable`, retried.
* Every call has (connect, read) timeouts.
* Transient failures (connection errors, timeouts, 429/5xx, a 2xx whose body does not decode)
  are retried with exponential backoff and full jitter, honouring `Retry-After` up to a bound.
  Retrying is safe because push is idempotent on (profile, mutation_seq) and pull is a read.
* A 401 with an access token triggers one token refresh and the same request again.
* A problem+json answer becomes a `SyncFailure` with the service's `code`; `action: wipe`
  becomes `WipeOrdered`.
* Every answer that carries the service clock updates `clock_reading`: how far off the
  laptop's clock is (`sync.client.clock_check`).
"""

from __future__ import annotations

import email.utils
import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol, TypeVar

import requests
from pydantic import BaseModel, ConfigDict, ValidationError

from sync.client.clock_check import ClockReading, read_clock
from sync.client.tls_errors import tls_problem
from sync.protocol.clocks import CLIENT_TIME_HEADER, SERVER_TIME_HEADER
from sync.protocol.errors import ErrorCode
from sync.protocol.problems import ProblemBody, parse_problem

DEVICE_HEADER = "Dossier-Device-Id"
PROFILE_HEADER = "Dossier-Profile-Id"
APP_VERSION_HEADER = "Dossier-App-Version"
APP_VERSION = "0.1.0"
UNREACHABLE = "service_unreachable"
TLS_FAILED = "tls_failed"
BAD_RESPONSE = "bad_response"
_RETRY_STATUS = frozenset({408, 425, 429, 500, 502, 503, 504})
_M = TypeVar("_M", bound=BaseModel)


class SyncFailure(Exception):
    """A sync step failed; `code` is a protocol/service code or one of this module's.

    `detail` refines `tls_failed` with a stable reason for IT (`sync.client.tls_errors`).
    """

    def __init__(
        self,
        code: str,
        *,
        status: int | None = None,
        problem: ProblemBody | None = None,
        detail: str | None = None,
    ) -> None:
        super().__init__(code)
        self.code = code
        self.status = status
        self.problem = problem
        self.detail = detail


class WipeOrdered(SyncFailure):
    """The service answered `action: wipe`: the device or profile must crypto-erase."""


class Auth(Protocol):
    """How a request proves who it is."""

    def headers(self) -> dict[str, str]:
        """The authentication headers of the next request."""
        ...

    def refresh(self, transport: Transport) -> bool:
        """Renew the credential after a 401; False when it cannot be renewed."""
        ...


@dataclass(frozen=True, slots=True)
class DeviceAuth:
    """The device credential acting for one profile: sealed transport on a locked laptop."""

    credential: str
    device_id: str
    profile_id: str

    def headers(self) -> dict[str, str]:
        """Bearer device credential plus the device and profile it acts for."""
        return {
            "Authorization": f"Bearer {self.credential}",
            DEVICE_HEADER: self.device_id,
            PROFILE_HEADER: self.profile_id,
        }

    def refresh(self, transport: Transport) -> bool:
        """A device credential does not expire; a 401 is final."""
        return False


class TokenPairBody(BaseModel):
    """`POST /v1/token/refresh` answer (extra members ignored)."""

    model_config = ConfigDict(extra="ignore", frozen=True)
    access_token: str
    refresh_token: str


@dataclass(slots=True)
class TokenAuth:
    """The profile's access token (unlocked app), refreshed when it expires mid-sync.

    `on_refresh` persists the new pair (inside the store) before the request is repeated, so a
    crash right after a refresh never leaves the laptop with a used refresh token only.
    """

    access_token: str
    refresh_token: str
    on_refresh: Callable[[str, str], None] = field(default=lambda access, refresh: None)

    def headers(self) -> dict[str, str]:
        """Bearer access token."""
        return {"Authorization": f"Bearer {self.access_token}"}

    def refresh(self, transport: Transport) -> bool:
        """Trade the refresh token for a new pair (each refresh token works once)."""
        try:
            pair = transport.call(
                "POST",
                "/v1/token/refresh",
                TokenPairBody,
                json_body={"refresh_token": self.refresh_token},
            )
        except SyncFailure:
            return False
        self.access_token, self.refresh_token = pair.access_token, pair.refresh_token
        self.on_refresh(pair.access_token, pair.refresh_token)
        return True


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """Bounded retries with exponential backoff and full jitter."""

    attempts: int = 5
    base_delay: float = 0.25
    max_delay: float = 8.0
    max_retry_after: float = 30.0  # a service asking for longer is reported, not waited on
    sleep: Callable[[float], None] = time.sleep
    jitter: Callable[[], float] = random.random

    def delay(self, attempt: int, retry_after: float | None) -> float:
        """Seconds to wait before attempt `attempt + 1`."""
        if retry_after is not None:
            return min(retry_after, self.max_retry_after)
        ceiling: float = min(self.max_delay, self.base_delay * 2.0**attempt)
        return self.jitter() * ceiling


class Transport:
    """Calls to one sync service."""

    def __init__(
        self,
        base_url: str,
        *,
        ca_bundle: str | None = None,
        timeout: tuple[float, float] = (5.0, 60.0),
        retry: RetryPolicy | None = None,
        wall_clock_ms: Callable[[], int] | None = None,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self.wall_clock_ms = wall_clock_ms or _system_ms
        self.retry = retry or RetryPolicy()
        self.session = requests.Session()
        self.session.trust_env = False  # no proxies or CA overrides from the environment
        # Verification is never switched off: a custom bundle replaces the default CAs.
        self.session.verify = ca_bundle if ca_bundle else True
        self.session.headers[APP_VERSION_HEADER] = APP_VERSION
        self.clock_reading: ClockReading | None = None  # from the newest answer with a clock

    def close(self) -> None:
        """Close the pooled connections."""
        self.session.close()

    def call(
        self,
        method: str,
        path: str,
        model: type[_M],
        *,
        body: bytes | None = None,
        json_body: Any = None,
        auth: Auth | None = None,
    ) -> _M:
        """One API call, retried while transient; the decoded answer or a SyncFailure."""
        refreshed = False
        attempt = 0
        while True:
            outcome = self._attempt(method, path, model, body, json_body, auth)
            if isinstance(outcome, BaseModel):
                return outcome
            failure, retry_after = outcome
            if failure.status == 401 and auth is not None and not refreshed:
                refreshed = True
                if auth.refresh(self):
                    continue
            if not _transient(failure) or attempt + 1 >= self.retry.attempts:
                raise failure
            if retry_after is not None and retry_after > self.retry.max_retry_after:
                raise failure
            self.retry.sleep(self.retry.delay(attempt, retry_after))
            attempt += 1

    def _attempt(  # noqa: PLR0917 - one private call site, all positional
        self,
        method: str,
        path: str,
        model: type[_M],
        body: bytes | None,
        json_body: Any,
        auth: Auth | None,
    ) -> _M | tuple[SyncFailure, float | None]:
        # The laptop's clock goes up with every request; the service's comes back.
        sent_ms = self.wall_clock_ms()
        headers = {"Accept": "application/json", CLIENT_TIME_HEADER: str(sent_ms)}
        if body is not None:
            headers["Content-Type"] = "application/json"
        if auth is not None:
            headers |= auth.headers()
        try:
            response = self.session.request(
                method,
                self.base_url + path,
                data=body,
                json=json_body,
                headers=headers,
                timeout=self.timeout,
            )
        except OSError as error:  # requests' errors, and a CA bundle path that does not exist
            return connection_failure(error), None
        self._read_clock(response, sent_ms)
        if 200 <= response.status_code < 300:
            try:
                return model.model_validate_json(response.content)
            except ValidationError:
                # A 2xx we cannot read (truncated, a captive portal) is never success.
                return SyncFailure(BAD_RESPONSE, status=response.status_code), None
        return _failure(response)

    def _read_clock(self, response: requests.Response, sent_ms: int) -> None:
        header = response.headers.get(SERVER_TIME_HEADER)
        reading = read_clock(header, sent_ms=sent_ms, received_ms=self.wall_clock_ms())
        if reading is not None:
            self.clock_reading = reading


def connection_failure(error: OSError) -> SyncFailure:
    """A request that got no answer: an untrusted service (final) or the network (retried)."""
    reason = tls_problem(error)
    if reason is None:
        return SyncFailure(UNREACHABLE)
    return SyncFailure(TLS_FAILED, detail=reason)


def _failure(response: requests.Response) -> tuple[SyncFailure, float | None]:
    problem = parse_problem(response.content, response.status_code)
    code = problem.code or f"http_{response.status_code}"
    kind = WipeOrdered if problem.wipe else SyncFailure
    failure = kind(code, status=response.status_code, problem=problem)
    return failure, _retry_after(response.headers.get("Retry-After"))


def _retry_after(value: str | None) -> float | None:
    if not value:
        return None
    if value.strip().isdigit():
        return float(value.strip())
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


_TRANSIENT_CODES = frozenset(
    {UNREACHABLE, BAD_RESPONSE, *(c.value for c in ErrorCode if c.is_transient)}
)


def _transient(failure: SyncFailure) -> bool:
    if isinstance(failure, WipeOrdered):
        return False
    return failure.code in _TRANSIENT_CODES or (failure.status or 0) in _RETRY_STATUS


def _system_ms() -> int:
    return time.time_ns() // 1_000_000
