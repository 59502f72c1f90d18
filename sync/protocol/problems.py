"""The laptop's reading of a problem+json error body (RFC 9457), tolerant by design.

`ErrorBody` is the strict, closed model the protocol publishes; the service's bodies carry
more members (`request_id`, `action`, `last_mutation_seq`, codes only the service knows such
as `device_revoked`). A laptop must act on what it understands and ignore the rest: an older
client reading a newer service's error must still retry, reset or wipe correctly.
"""

from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, ValidationError

WIPE_ACTION = "wipe"


class ProblemBody(BaseModel):
    """What a client reads from an error answer; unknown members are ignored."""

    model_config = ConfigDict(extra="ignore", frozen=True)

    status: int = 0
    code: Annotated[str, Field(max_length=100)] = ""
    action: Annotated[str, Field(max_length=40)] | None = None
    retry_after: Annotated[int, Field(ge=0, le=86_400)] | None = None
    expected_mutation_seq: Annotated[int, Field(ge=1)] | None = None
    last_mutation_seq: Annotated[int, Field(ge=0)] | None = None
    upload_offset: Annotated[int, Field(ge=0)] | None = None  # blob_offset_mismatch: resume here
    request_id: Annotated[str, Field(max_length=100)] | None = None

    @property
    def wipe(self) -> bool:
        """The service told this device (or profile) to crypto-erase."""
        return self.action == WIPE_ACTION


def parse_problem(body: bytes, status: int) -> ProblemBody:
    """The problem in `body`; a body that is not one still yields the HTTP status."""
    try:
        return ProblemBody.model_validate_json(body)
    except ValidationError:
        return ProblemBody(status=status)
