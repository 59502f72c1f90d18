"""The blob calls over HTTP: start/resume an upload, append a chunk, download a range.

Same session, TLS rules, timeouts, retry policy, token refresh and problem decoding as every
other call (`sync.client.transport`); only the bodies differ: chunks go up as
`application/octet-stream`, and a download answers raw bytes whose position the service states
in `Content-Range`, so a response that does not start where it was asked is never used (F38).
"""

from __future__ import annotations

import re
from typing import Any

import requests

from sync.client.transport import (
    BAD_RESPONSE,
    Auth,
    SyncFailure,
    Transport,
    _failure,  # private on purpose: one decoding of problems for every call
    _transient,
    connection_failure,
)
from sync.protocol.models import BlobStatus, BlobUploadRequest

_CONTENT_RANGE = re.compile(r"^bytes (\d+)-(\d+)/(\d+)$")


class BlobClient:
    """Blob calls of one profile to one service."""

    def __init__(self, transport: Transport, auth: Auth) -> None:
        self.transport = transport
        self.auth = auth

    def start(self, sha256: str, request: BlobUploadRequest) -> BlobStatus:
        """Open or resume the upload; the offset to continue from (or `available`)."""
        return self.transport.call(
            "POST",
            f"/v1/blobs/{sha256}",
            BlobStatus,
            body=request.model_dump_json().encode(),
            auth=self.auth,
        )

    def append(self, sha256: str, offset: int, chunk: bytes) -> BlobStatus:
        """Send `chunk` to go at `offset` of the upload."""
        headers = {"Upload-Offset": str(offset), "Content-Type": "application/octet-stream"}
        response = self._request("PATCH", sha256, headers, chunk)
        try:
            return BlobStatus.model_validate_json(response.content)
        except ValueError:
            raise SyncFailure(BAD_RESPONSE, status=response.status_code) from None

    def download(self, sha256: str, start: int, length: int) -> tuple[bytes, int]:
        """(bytes from exactly `start`, at most `length` of them; the blob's size)."""
        headers = {"Range": f"bytes={start}-{start + length - 1}"}
        response = self._request("GET", sha256, headers, None)
        if response.status_code == 200 and start == 0:
            size = len(response.content)
            return response.content, size
        match = _CONTENT_RANGE.fullmatch(response.headers.get("Content-Range", ""))
        if match is None or int(match.group(1)) != start:
            raise SyncFailure(BAD_RESPONSE, status=response.status_code)
        if int(match.group(2)) - start + 1 != len(response.content):
            raise SyncFailure(BAD_RESPONSE, status=response.status_code)  # truncated on the way
        return response.content, int(match.group(3))

    def _request(
        self, method: str, sha256: str, headers: dict[str, str], body: bytes | None
    ) -> requests.Response:
        """One call, retried while transient, refreshed once on 401; a 2xx or SyncFailure."""
        refreshed = False
        attempt = 0
        retry = self.transport.retry
        while True:
            outcome = self._attempt(method, sha256, headers, body)
            if isinstance(outcome, requests.Response):
                return outcome
            failure, retry_after = outcome
            if failure.status == 401 and not refreshed:
                refreshed = True
                if self.auth.refresh(self.transport):
                    continue
            if not _transient(failure) or attempt + 1 >= retry.attempts:
                raise failure
            if retry_after is not None and retry_after > retry.max_retry_after:
                raise failure
            retry.sleep(retry.delay(attempt, retry_after))
            attempt += 1

    def _attempt(
        self, method: str, sha256: str, headers: dict[str, str], body: bytes | None
    ) -> requests.Response | tuple[SyncFailure, float | None]:
        all_headers: dict[str, Any] = {"Accept": "*/*", **headers, **self.auth.headers()}
        try:
            response = self.transport.session.request(
                method,
                f"{self.transport.base_url}/v1/blobs/{sha256}",
                data=body,
                headers=all_headers,
                timeout=self.transport.timeout,
            )
        except OSError as error:  # as in `Transport`: untrusted TLS, or the network
            return connection_failure(error), None
        if 200 <= response.status_code < 300:
            return response
        return _failure(response)
