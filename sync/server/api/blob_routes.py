"""Attachment blobs: `POST`/`PATCH`/`GET /v1/blobs/{sha256}` (DESIGN §5.6, F36–F38).

The tus core protocol's shape with JSON answers: `POST` starts or resumes an upload and answers
the offset to continue from; `PATCH` with `Upload-Offset` appends a chunk of the sealed stream
(409 `blob_offset_mismatch` with `upload_offset` when out of step, 422 `blob_hash_mismatch`
when the complete stream does not verify); `GET` with an optional `Range: bytes=a-b` returns
plaintext bytes of a complete blob to a holder of a case that has it (206 for a range). Uploads
accept a retired device's final push, like `/v1/push`.
"""

from __future__ import annotations

import re
from typing import Annotated

from fastapi import APIRouter, Body, Header, Path, Response

from sync.protocol.models import BlobStatus, BlobUploadRequest
from sync.server.api.deps import Context, CurrentPrincipal, FinalPushPrincipal
from sync.server.api.problems import PROBLEM_RESPONSES
from sync.server.errors import ServerError, ServerErrorCode
from sync.server.services import blobs, blobs_access

router = APIRouter(responses=PROBLEM_RESPONSES, tags=["blobs"])
Sha256 = Annotated[str, Path(pattern=r"^[0-9a-f]{64}$", description="plaintext SHA-256, hex")]
SIZE_HEADER = "Dossier-Blob-Size"
_RANGE = re.compile(r"^bytes=(\d{1,18})-(\d{0,18})$")


@router.post("/v1/blobs/{sha256}")
def start_upload(
    sha256: Sha256, body: BlobUploadRequest, principal: FinalPushPrincipal, context: Context
) -> BlobStatus:
    """Start or resume an upload for a case the caller may write; `offset` is where to go on.

    An already complete blob answers `available` at once (content-addressed dedup) when the
    caller's user uploaded it or holds a case that has it; anyone else sends the bytes, which
    are verified against the stored blob: knowing a hash is not holding the bytes (F41).
    """
    limits = blobs.UploadLimits(context.settings.max_blob_bytes)
    return blobs.start(
        context.db,
        context.keyring,
        principal,
        sha256,
        body,
        limits=limits,
        now=context.clock(),
        retention=context.settings.retention,
    )


@router.patch("/v1/blobs/{sha256}")
def append_chunk(
    sha256: Sha256,
    principal: FinalPushPrincipal,
    context: Context,
    upload_offset: Annotated[int, Header(alias="Upload-Offset", ge=0, le=2**62)],
    chunk: Annotated[bytes, Body(media_type="application/octet-stream")] = b"",
) -> BlobStatus:
    """Append the next bytes of the sealed stream at exactly the service's offset."""
    return blobs.append(
        context.db,
        context.keyring,
        principal,
        sha256,
        offset=upload_offset,
        chunk=chunk,
        now=context.clock(),
    )


@router.get(
    "/v1/blobs/{sha256}",
    response_class=Response,
    responses={200: {"content": {"application/octet-stream": {}}}},
)
def download(
    sha256: Sha256,
    principal: CurrentPrincipal,
    context: Context,
    range_header: Annotated[str | None, Header(alias="Range", max_length=60)] = None,
) -> Response:
    """Plaintext bytes of a complete blob (at most 4 MiB per request; ask ranges for more)."""
    start, length = _parse_range(range_header)
    data, size = blobs_access.read_range(
        context.db,
        principal,
        sha256,
        start=start,
        length=length,
        now=context.clock(),
        retention=context.settings.retention,
    )
    headers = {SIZE_HEADER: str(size), "ETag": f'"{sha256}"'}
    if range_header is None and len(data) == size:
        return Response(data, media_type="application/octet-stream", headers=headers)
    end = start + len(data) - 1
    headers["Content-Range"] = f"bytes {start}-{end}/{size}"
    return Response(data, status_code=206, media_type="application/octet-stream", headers=headers)


def _parse_range(value: str | None) -> tuple[int, int]:
    if value is None:
        return 0, blobs_access.MAX_RANGE
    match = _RANGE.fullmatch(value.strip())
    if match is None:
        raise ServerError(ServerErrorCode.MALFORMED_REQUEST, "range")
    start = int(match.group(1))
    if not match.group(2):
        return start, blobs_access.MAX_RANGE
    end = int(match.group(2))
    if end < start:
        raise ServerError(ServerErrorCode.MALFORMED_REQUEST, "range")
    return start, end - start + 1
