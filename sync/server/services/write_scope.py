"""May this profile's user write what this mutation touches? (DESIGN §5.7, F41)

The answer is decided per mutation, on the service, from assignments read in the push
transaction — never from what the laptop claims. A mutation names the case it was made in; the
user must hold that case (assigned, or in a team lead's team), and the row must belong to it:
a case-scoped row by its `case_id`, a person by a link to the case. A refusal is a rejection
with code `forbidden`: the outbox moves on, nothing of the case is written, and the rejection
stays on record for review.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from sqlalchemy import Connection, select

from storage.hlc import Hlc
from sync.protocol.errors import RejectionCode
from sync.protocol.models import Mutation
from sync.protocol.versions import MutationOp, parse_mutation_kind
from sync.server.db.tables import ENTITY_TABLES
from sync.server.services import assignments, row_writes
from sync.server.services.retention import OnLaptops, left_laptops_on
from sync.server.services.rows import CASE, LINK, PERSON, StoredRow, is_linked, linked_case_ids

FORBIDDEN = RejectionCode.FORBIDDEN


@dataclass(slots=True)
class Writer:
    """The user behind a push, with the cases already checked in this batch."""

    profile_id: str
    user_id: str
    role: str
    team: str | None
    on_laptops: OnLaptops  # a case past the retention's laptop figure is held by nobody
    _held: dict[str, bool] = field(default_factory=dict)
    _assigned: dict[str, bool] = field(default_factory=dict)

    def prefetch(self, conn: Connection, case_ids: Iterable[str]) -> None:
        """Look up, in one query, whether the user holds each of the batch's cases."""
        wanted = set(case_ids) - self._held.keys()
        row_writes.flush(conn)  # the retention clause reads the case rows
        held = assignments.held_case_ids(
            conn,
            user_id=self.user_id,
            role=self.role,
            team=self.team,
            case_ids=wanted,
            on_laptops=self.on_laptops,
        )
        self._held |= {case_id: case_id in held for case_id in wanted}

    def holds(self, conn: Connection, case_id: str) -> bool:
        """Whether the user may write the case (cached for the batch's transaction)."""
        if case_id not in self._held:
            row_writes.flush(conn)  # the retention clause reads the case row
            self._held[case_id] = assignments.holds_case(
                conn,
                user_id=self.user_id,
                role=self.role,
                team=self.team,
                case_id=case_id,
                on_laptops=self.on_laptops,
            )
        return self._held[case_id]

    def held_for(self, conn: Connection, mutation: Mutation) -> bool:
        """Whether the user holds the mutation's case now, or held it when the edit was made.

        A laptop edits offline; the case may be reassigned before its next sync. The edit is
        judged by its own clock (the HLC's wall time) against the end of the assignment
        (F31): made while assigned → accepted; made after → `forbidden`, kept for review.
        A closed case that left the laptops (`retention`) is judged the same way: an edit
        made before the day it left is accepted, one made after is kept for review. The HLC
        is the laptop's claim, signed by the profile and kept in the merge audit beside the
        service's receipt time, so a clock set back on purpose stays visible.
        """
        if self.holds(conn, mutation.case_id):
            return True
        try:
            wall_ms = Hlc.parse(mutation.client_hlc).wall_ms
        except ValueError:
            return False
        at = datetime.fromtimestamp(wall_ms / 1000, tz=UTC)
        if self._held_before_it_left(conn, mutation.case_id, at):
            return True
        return assignments.held_at(
            conn,
            user_id=self.user_id,
            role=self.role,
            team=self.team,
            case_id=mutation.case_id,
            at=at,
        )

    def assigned(self, conn: Connection, case_id: str) -> bool:
        """Whether the user holds the case by a current assignment, even if it has left the
        laptops (its attachment bytes may still be uploaded: `blobs_access`)."""
        if case_id not in self._assigned:
            self._assigned[case_id] = self.holds(conn, case_id) or assignments.holds_case(
                conn,
                user_id=self.user_id,
                role=self.role,
                team=self.team,
                case_id=case_id,
                on_laptops=self.on_laptops.any_case(),
            )
        return self._assigned[case_id]

    def _held_before_it_left(self, conn: Connection, case_id: str, at: datetime) -> bool:
        row_writes.flush(conn)  # the case row's status and closing date
        left = left_laptops_on(conn, self.on_laptops.policy, case_id)
        if left is None or at.date() >= left:
            return False
        return self.assigned(conn, case_id)

    def now_holds(self, case_id: str) -> None:
        """Remember a case created (and assigned to the user) in this batch."""
        self._held[case_id] = True


def refusal(
    conn: Connection, writer: Writer, mutation: Mutation, stored: StoredRow | None
) -> RejectionCode | None:
    """Why `writer` may not apply `mutation` to `stored` (None: it may)."""
    entity = mutation.entity
    if entity == CASE:
        return _case_refusal(conn, writer, mutation, stored)
    if not writer.held_for(conn, mutation):
        return FORBIDDEN
    if entity == PERSON:
        # A person is shared by cases: editing one through a case it is not linked to would
        # let any caseworker reach any person whose id they learnt.
        linked = stored is None or is_linked(conn, mutation.entity_id, mutation.case_id)
        return None if linked else FORBIDDEN
    if stored is not None:
        return None if stored.case_id == mutation.case_id else FORBIDDEN
    if entity == LINK and _op(mutation) is MutationOp.CREATE:
        return _link_refusal(conn, writer, mutation)
    return None


def _op(mutation: Mutation) -> MutationOp | None:
    kind = parse_mutation_kind(mutation.kind)
    return kind.op if kind is not None else None


def _case_refusal(
    conn: Connection, writer: Writer, mutation: Mutation, stored: StoredRow | None
) -> RejectionCode | None:
    if mutation.entity_id != mutation.case_id:
        return FORBIDDEN
    if stored is None and _op(mutation) is MutationOp.CREATE:
        # A new case from a laptop: it is assigned to its creator in the same transaction.
        return None if assignments.may_create_cases(writer.role) else FORBIDDEN
    return None if writer.held_for(conn, mutation) else FORBIDDEN


def _link_refusal(conn: Connection, writer: Writer, mutation: Mutation) -> RejectionCode | None:
    change = mutation.changes.get("person_id")
    person_id = change.new if change is not None else None
    if not isinstance(person_id, str):
        return None  # the merge rejects the missing or malformed reference
    row_writes.flush(conn)  # a person created earlier in this batch
    persons = ENTITY_TABLES[PERSON]
    exists = conn.execute(select(persons.c.id).where(persons.c.id == person_id)).first()
    if exists is None:
        return RejectionCode.ENTITY_NOT_FOUND
    # Linking a person into one's own case delivers that person's record: only persons the
    # user can already see (or a new, not yet linked one) may be linked.
    cases = linked_case_ids(conn, person_id)
    if cases and not any(writer.holds(conn, case) for case in cases):
        return FORBIDDEN
    return None
