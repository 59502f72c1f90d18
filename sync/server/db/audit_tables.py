"""Tables of the tamper-evident audit trail (AUD-2, AUD-3), in the service's one `metadata`.

* `audit_leaf`, `audit_node`, `audit_log_state`, `audit_tree_head`: the append-only Merkle
  log of every audit record the service holds (its own events, merge outcomes, device
  events, chain flags). Each leaf names the record it commits to, so `admin audit verify`
  can recompute the log from the records themselves.
* `device_audit_event`, `device_audit_checkpoint`, `device_audit_flag`: the laptops' chained
  audit entries as uploaded, where each profile's verified chain ends, and what was wrong;
  `device_audit_key`: the chain MAC key of the profiles that granted one.

Imported at the end of `sync.server.db.tables`, so whoever sees `metadata` sees these too.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    BigInteger,
    Column,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    PrimaryKeyConstraint,
    Table,
    Text,
    UniqueConstraint,
)

from sync.server.db.tables import _id, merge_audit, metadata, server_audit
from sync.server.db.types import UtcDateTime

AUDIT_LOG_ROW = 1

# The auditor's questions ("who saw this person's file", "what did this user do") must not
# scan the whole trail.
Index("ix_server_audit_object", server_audit.c.object_type, server_audit.c.object_id)
Index("ix_server_audit_actor_id", server_audit.c.actor_id)
Index("ix_server_audit_occurred_at", server_audit.c.occurred_at)
Index("ix_merge_audit_user_id", merge_audit.c.user_id)
Index("ix_merge_audit_server_time", merge_audit.c.server_time)

audit_log_state = Table(
    "audit_log_state",
    metadata,
    # Exactly one row (id = 1), locked FOR UPDATE by every append: the log has one writer at
    # a time. `frontier` caches the perfect-subtree roots of [0, tree_size) (32 bytes each,
    # largest first), so an append costs one read instead of O(log n).
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("log_id", Text, nullable=False),  # origin of the signed heads; never changes
    Column("tree_size", BigInteger, nullable=False),
    Column("frontier", LargeBinary, nullable=False),
    Column("signed_size", BigInteger, nullable=False),  # size of the newest signed head
    Column("signed_timestamp_ms", BigInteger, nullable=False),
)

audit_leaf = Table(
    "audit_leaf",
    metadata,
    Column("leaf_index", BigInteger, primary_key=True, autoincrement=False),
    Column("leaf_hash", LargeBinary, nullable=False),  # SHA-256(0x00 ‖ entry)
    Column("source", Text, nullable=False),  # server | merge | device | flag
    Column("source_id", Text, nullable=False),  # the record's key in its table
    Column("appended_at", UtcDateTime, nullable=False),
    # One leaf per record: a record can be neither logged twice nor swapped for another.
    UniqueConstraint("source", "source_id"),
)

audit_node = Table(
    "audit_node",
    metadata,
    # Completed perfect subtrees above the leaves (level >= 1): MTH of the leaves
    # [node_index * 2**level, (node_index + 1) * 2**level). Immutable once written.
    Column("level", Integer, nullable=False),
    Column("node_index", BigInteger, nullable=False),
    Column("hash", LargeBinary, nullable=False),
    PrimaryKeyConstraint("level", "node_index"),
)

audit_tree_head = Table(
    "audit_tree_head",
    metadata,
    Column("tree_size", BigInteger, primary_key=True, autoincrement=False),
    Column("root_hash", LargeBinary, nullable=False),
    Column("timestamp_ms", BigInteger, nullable=False),
    Column("log_id", Text, nullable=False),
    Column("key_id", Text, nullable=False),  # the service key generation that signed it
    Column("signature", LargeBinary, nullable=False),  # Ed25519 over TreeHead.canonical_bytes
)

device_audit_event = Table(
    "device_audit_event",
    metadata,
    # A laptop's chained audit entry exactly as it was hashed (`storage.audit_event`): the
    # text fields are kept verbatim so the chain hash can be recomputed at any time.
    _id("profile_id", ForeignKey("profile.id"), nullable=False),
    Column("seq", BigInteger, nullable=False),
    Column("event_id", Text, nullable=False),
    # The profile id the laptop's chain is bound to (its genesis hash): the local one, which
    # may differ from the service's profile id when the store was created before enrolment.
    Column("chain_id", Text, nullable=False),
    Column("actor", Text, nullable=False, index=True),
    Column("device_id", Text, nullable=False, index=True),
    Column("action", Text, nullable=False),
    Column("object_type", Text, nullable=False),
    Column("object_id", Text, nullable=False),
    Column("occurred_at", Text, nullable=False),  # as hashed: ISO 8601 UTC ending in Z
    Column("occurred_utc", UtcDateTime, nullable=False, index=True),  # the same, for queries
    Column("recipient", Text, nullable=True),
    Column("detail", JSON, nullable=False),
    Column("chain_hash", LargeBinary, nullable=False),
    Column("mac", LargeBinary, nullable=False),
    Column("received_at", UtcDateTime, nullable=False),
    PrimaryKeyConstraint("profile_id", "seq"),
)
Index(
    "ix_device_audit_event_object", device_audit_event.c.object_type, device_audit_event.c.object_id
)

device_audit_checkpoint = Table(
    "device_audit_checkpoint",
    metadata,
    # Where each profile's verified chain ends: the next upload must continue from here.
    _id("profile_id", ForeignKey("profile.id"), primary_key=True),
    Column("chain_id", Text, nullable=False),  # as in device_audit_event
    Column("seq", BigInteger, nullable=False),
    Column("head_hash", LargeBinary, nullable=False),
    Column("updated_at", UtcDateTime, nullable=False),
)

device_audit_key = Table(
    "device_audit_key",
    metadata,
    # The profile's chain MAC key, from its grant (`sync.protocol.audit_key`): kept evolved to
    # the checkpoint (K_{key_seq+1}), never as granted, so each upload costs O(new entries).
    # `grant_digest` identifies the grant, so a resend is recognised and another refused.
    _id("profile_id", ForeignKey("profile.id"), primary_key=True),
    Column("chain_id", Text, nullable=False),
    Column("granted_seq", BigInteger, nullable=False),  # entries after it are MAC-checked
    Column("grant_digest", LargeBinary, nullable=False),
    Column("key_seq", BigInteger, nullable=False),
    Column("key_head", LargeBinary, nullable=False),  # h_{key_seq}
    Column("chain_key", LargeBinary, nullable=False),  # K_{key_seq+1}
    Column("granted_at", UtcDateTime, nullable=False),
    Column("updated_at", UtcDateTime, nullable=False),
)

device_audit_flag = Table(
    "device_audit_flag",
    metadata,
    # A break in a profile's chain (gap, fork, rewind, ...), kept for the auditor. One flag
    # per (profile, code, seq): a laptop that uploads the same broken chain again adds none.
    _id("flag_id", primary_key=True),
    _id("profile_id", ForeignKey("profile.id"), nullable=False),
    Column("device_id", Text, nullable=False),
    Column("code", Text, nullable=False),
    Column("seq", BigInteger, nullable=False),
    Column("expected_hash", LargeBinary, nullable=True),  # what the service holds there
    Column("received_hash", LargeBinary, nullable=True),  # what the laptop sent
    Column("entry", JSON, nullable=True),  # the divergent event (codes only, AUD-1)
    Column("flagged_at", UtcDateTime, nullable=False),
    UniqueConstraint("profile_id", "code", "seq"),
)

audit_erasure = Table(
    "audit_erasure",
    metadata,
    # An audit record removed by the erasure of its case (retention, issue 7): merge records
    # hold field values, which must go with the case. The leaf stays (a hash, no content), so
    # the log and its signed heads still verify; `admin audit verify` accepts the missing
    # record only when it is listed here under a `case.erase` event that is itself logged.
    Column("source", Text, nullable=False),
    Column("source_id", Text, nullable=False),
    _id("erased_by", nullable=False, index=True),  # the `server_audit` event of the erasure
    Column("erased_at", UtcDateTime, nullable=False),
    PrimaryKeyConstraint("source", "source_id"),
)
