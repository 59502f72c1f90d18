"""`dossier-server admin audit chains | export-head | check-head` (AUD-2, AUD-3).

* `chains` lists every laptop chain the service holds and whether its MACs are checked
  (the profile granted its chain key) or only its hashes (profiles made before that).
* `export-head FILE` writes the log's current signed tree head as one JSON object, for IT to
  keep *outside* the service (the witness: another machine, the DPO's system, a printout).
* `check-head FILE` holds the live log to such a witnessed head: it must be signed by the
  key the witness recorded, and the live log must be the same tree or extend it (RFC 9162
  consistency proof, checked by `sync.transparency.HeadWitness` as the laptops do). A log
  restored from an older backup (smaller), rewritten (same size, other root) or forked
  (proof fails) exits with code 3 and names the failure.
"""

from __future__ import annotations

import argparse
import base64
import binascii
import hmac
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from sqlalchemy import func, select

from sync.protocol.sealed import b64
from sync.server.app import utc_now
from sync.server.cli_admin import current_database
from sync.server.cli_audit import AuditLogBroken, head_line
from sync.server.db.audit_tables import device_audit_checkpoint, device_audit_flag, device_audit_key
from sync.server.errors import ServerError, ServerErrorCode
from sync.server.keys import ServiceKeyring, load_or_create
from sync.server.services import audit_log
from sync.server.settings import Settings
from sync.transparency import HeadWitness, SignedTreeHead, TreeHead, verify_tree_head

WITNESS_UNREADABLE = "witness_unreadable"  # detail of INVALID_ARGUMENT: not a head file
WITNESS_KEY_MISMATCH = "witness_key_mismatch"  # the service no longer has the recorded key
WITNESS_BAD_SIGNATURE = "witness_bad_signature"  # the file's head is not signed by its key


def add_parsers(audit_cmds: Any, common: argparse.ArgumentParser) -> None:
    """Register the subcommands under `admin audit`."""
    chains = audit_cmds.add_parser(
        "chains", parents=[common], help="laptop chains: MAC-checked or hashes only"
    )
    chains.add_argument("--profile", help="only this profile")
    chains.set_defaults(run=chains_list)
    export = audit_cmds.add_parser(
        "export-head", parents=[common], help="write the current signed head for a witness"
    )
    export.add_argument("file", metavar="FILE")
    export.set_defaults(run=export_head)
    check = audit_cmds.add_parser(
        "check-head", parents=[common], help="check the live log extends a witnessed head"
    )
    check.add_argument("file", metavar="FILE")
    check.set_defaults(run=check_head)


def chains_list(args: argparse.Namespace, settings: Settings) -> dict[str, Any]:
    """`admin audit chains`: per profile, where its chain ends and how it is checked."""
    point, key = device_audit_checkpoint, device_audit_key
    flags = (
        select(func.count())
        .where(device_audit_flag.c.profile_id == point.c.profile_id)
        .scalar_subquery()
    )
    query = select(point.c.profile_id, point.c.seq, key.c.granted_seq, flags.label("flags"))
    query = query.outerjoin(key, key.c.profile_id == point.c.profile_id)
    if args.profile:
        query = query.where(point.c.profile_id == args.profile)
    with current_database(settings) as db, db.read() as conn:
        rows = conn.execute(query.order_by(point.c.profile_id)).all()
    return {"chains": [_chain(row) for row in rows]}


def _chain(row: Any) -> dict[str, Any]:
    granted = row.granted_seq
    return {
        "profile_id": row.profile_id,
        "checkpoint_seq": int(row.seq),
        "macs_checked": granted is not None,
        # Entries after this seq are MAC-checked (None: hashes only, no key granted).
        "macs_checked_after_seq": None if granted is None else int(granted),
        "flags": int(row.flags),
    }


def export_head(args: argparse.Namespace, settings: Settings) -> dict[str, Any]:
    """`admin audit export-head FILE`: the current signed head as JSON, for a witness."""
    keyring = load_or_create(settings.keys_dir, utc_now)
    with current_database(settings) as db:
        stored = audit_log.current_head(db, audit_log.HeadSigner.from_keyring(keyring, utc_now))
    line = head_line(stored, keyring)
    Path(args.file).write_text(json.dumps(line, indent=2, sort_keys=True) + "\n", "utf-8")
    return {"exported": args.file, "tree_size": line["tree_size"], "root_hash": line["root_hash"]}


@dataclass(frozen=True, slots=True)
class Witnessed:
    """A head as the witness kept it, with the key id and public key it recorded."""

    signed: SignedTreeHead
    key_id: str
    public_key: Ed25519PublicKey


def check_head(args: argparse.Namespace, settings: Settings) -> dict[str, Any]:
    """`admin audit check-head FILE`: consistent, or AuditLogBroken (exit 3) naming why."""
    witnessed = read_witness(Path(args.file))
    keyring = load_or_create(settings.keys_dir, utc_now)
    report: dict[str, Any] = {"witnessed_size": witnessed.signed.head.tree_size}
    if not verify_tree_head(witnessed.public_key, witnessed.signed):
        raise AuditLogBroken(report | {"problem": WITNESS_BAD_SIGNATURE})
    if not _service_holds(keyring, witnessed):
        raise AuditLogBroken(report | {"problem": WITNESS_KEY_MISMATCH})
    with current_database(settings) as db:
        live = audit_log.current_head(db, audit_log.HeadSigner.from_keyring(keyring, utc_now))
        report["live_size"] = live.signed.head.tree_size
        with db.snapshot() as conn:
            proof = _proof(conn, witnessed.signed.head.tree_size, live.signed.head.tree_size)
    pair = keyring.by_id(live.key_id)
    if pair is None:
        raise AuditLogBroken(report | {"problem": WITNESS_KEY_MISMATCH})
    log_id = witnessed.signed.head.log_id
    witness = HeadWitness(pair.sign_private.public_key(), log_id, witnessed.signed)
    verdict = witness.check(live.signed, proof)
    if verdict.failure is not None:
        raise AuditLogBroken(report | {"problem": f"witness_{verdict.failure.value}"})
    return report | {"consistent": True, "root_hash": b64(live.signed.head.root_hash)}


def _service_holds(keyring: ServiceKeyring, witnessed: Witnessed) -> bool:
    """The key the witness recorded is still the service's key of that id (not swapped)."""
    pair = keyring.by_id(witnessed.key_id)
    if pair is None:
        return False
    ours = pair.sign_private.public_key().public_bytes_raw()
    return hmac.compare_digest(ours, witnessed.public_key.public_bytes_raw())


def _proof(conn: Any, old_size: int, new_size: int) -> list[bytes]:
    if old_size in {0, new_size} or new_size < old_size:
        return []  # equal sizes compare roots; a smaller log is refused without a proof
    try:
        return audit_log.consistency(conn, old_size, new_size)
    except ServerError as error:
        if error.code is ServerErrorCode.AUDIT_LOG_CORRUPT:
            return []  # subtrees missing: the (empty) proof fails as not consistent
        raise


def read_witness(path: Path) -> Witnessed:
    """The head in a file written by `export-head`; INVALID_ARGUMENT if it is not one."""
    try:
        data = json.loads(path.read_text("utf-8"))
        head = TreeHead(
            int(data["tree_size"]),
            _unb64(data["root_hash"]),
            int(data["timestamp_ms"]),
            str(data["log_id"]),
        )
        signed = SignedTreeHead(head, _unb64(data["signature"]))
        public = Ed25519PublicKey.from_public_bytes(_unb64(data["sign_public_key"]))
        return Witnessed(signed, str(data["key_id"]), public)
    except (OSError, ValueError, KeyError, TypeError, binascii.Error):
        raise ServerError(ServerErrorCode.INVALID_ARGUMENT, WITNESS_UNREADABLE) from None


def _unb64(text: Any) -> bytes:
    if not isinstance(text, str):
        raise TypeError("base64 text expected")
    return base64.b64decode(text, validate=True)
