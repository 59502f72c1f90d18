"""Whose value is whose in a local conflict row: this laptop's, the other side's, or neither.

A conflict record names the profile that wrote its `client` value (`opened_by_profile`) and,
from protocol 2 on, the one that wrote its `server` value (`server_writer_profile`). Both are
kept with the local row, the same on every laptop; each laptop compares them with its own
service profile id when it shows the conflict, so the profile whose value reached the service
first sees its own value as "mine" too, not as "theirs".

The local `conflict` table keeps the wire values as they are (`server_value`, `client_value`:
a resolution must name the server value it was made against). The two profile ids sit beside
the suggestion in the JSON `suggested` column — ``{"suggested": side, "client_profile": id,
"server_profile": id}`` — so no local schema migration is needed. Rows written before hold a
bare side or NULL there; they read as "mine = client", what the app showed for them so far.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sync.protocol.models import ConflictRecord


class Mine(StrEnum):
    """Which wire side of a conflict this laptop's profile wrote."""

    CLIENT = "client"  # this profile's mutation opened the conflict
    SERVER = "server"  # this profile wrote the value the service kept
    NEITHER = "neither"  # other profiles (a team lead, a third laptop), or not known


@dataclass(frozen=True, slots=True)
class Sides:
    """What the `suggested` column holds."""

    suggested: str | None  # "client" | "server" | None: the side the merge suggests
    client_profile: str | None  # who wrote the client value (None: a row from before)
    server_profile: str | None  # who wrote the server value (None: not known)

    def mine(self, own_profile: str | None) -> Mine:
        """Which side the profile `own_profile` (its id at the service) wrote."""
        if self.client_profile is None:
            return Mine.CLIENT  # a row from before the profiles were kept
        if own_profile is not None and own_profile == self.client_profile:
            return Mine.CLIENT
        if own_profile is not None and own_profile == self.server_profile:
            return Mine.SERVER
        return Mine.NEITHER


def stored_sides(record: ConflictRecord) -> dict[str, Any]:
    """The `suggested` column's value for `record` (the same on every laptop)."""
    return {
        "suggested": record.suggested.value if record.suggested else None,
        "client_profile": record.opened_by_profile,
        "server_profile": record.server_writer_profile,
    }


def read_sides(value: Any) -> Sides:
    """The `suggested` column back; a bare side (or NULL) is a row from before."""
    if isinstance(value, dict):
        return Sides(
            _text(value.get("suggested")),
            _text(value.get("client_profile")),
            _text(value.get("server_profile")),
        )
    return Sides(_text(value), None, None)


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None
