"""`dossier-server admin audit …`: verify the log, export signed heads, answer the DPO.

* `verify` recomputes the Merkle log from the stored records and checks every signed head;
  any break exits with code 3 and a report naming each finding (leaf, head size, record).
* `heads --export FILE` writes every signed head as JSON lines for an outside witness.
* `query` answers "who saw this person's file" (and by user, device, period) as JSON or CSV;
  the query itself is audited, because reading the audit trail is an access too.
* `flags` lists the breaks found in laptops' chains (gap, fork, rewind, mac_mismatch, ...).
* `chains`, `export-head`, `check-head`: see `sync.server.cli_audit_witness`.
* `adopt` logs records written before the log existed (once, after the upgrade to 0003).
"""

from __future__ import annotations

import argparse
import csv
import io
import json
from dataclasses import asdict
from pathlib import Path
from typing import Any

from sqlalchemy import select

from sync.protocol.sealed import b64
from sync.server.app import utc_now
from sync.server.cli_admin import current_database
from sync.server.db.audit_tables import device_audit_flag
from sync.server.errors import ServerError, ServerErrorCode
from sync.server.keys import load_or_create
from sync.server.services import audit, audit_log, audit_query, users
from sync.server.services.audit_verify import verify_log
from sync.server.settings import Settings

STDOUT = "_stdout"
"""Result key whose text `cli.main` prints as is (CSV), instead of the usual rendering."""


class AuditLogBroken(ServerError):
    """`verify` found breaks; `report` names them."""

    def __init__(self, report: dict[str, Any]) -> None:
        super().__init__(ServerErrorCode.AUDIT_LOG_BROKEN)
        self.report = report


def add_parser(admin: Any, common: argparse.ArgumentParser) -> Any:
    """The `admin audit` subcommands; returns their group (`cli_audit_witness` adds more)."""
    audit_cmds = admin.add_parser("audit", help="audit log and queries").add_subparsers(
        dest="action", required=True
    )
    audit_cmds.add_parser(
        "verify", parents=[common], help="recompute the log, check every signed head"
    ).set_defaults(run=verify)
    heads = audit_cmds.add_parser("heads", parents=[common], help="signed tree heads")
    heads.add_argument("--export", metavar="FILE", help="write every head as JSON lines")
    heads.add_argument("--from-size", type=int, default=0, help="only heads of this size on")
    heads.set_defaults(run=heads_export)
    query = audit_cmds.add_parser("query", parents=[common], help="who did what, to whom")
    query.add_argument("--person", help="person id: who saw or changed this person's file")
    query.add_argument("--user", help="login: what this user did")
    query.add_argument("--device", help="device id: what happened on this laptop")
    query.add_argument("--since", help="from this date (YYYY-MM-DD) or ISO datetime, UTC")
    query.add_argument("--until", help="to this date (inclusive) or ISO datetime (exclusive)")
    query.add_argument("--csv", action="store_true", help="CSV instead of JSON")
    query.add_argument("--output", metavar="FILE", help="write the rows to FILE")
    query.add_argument("--limit", type=int, default=10_000)
    query.set_defaults(run=query_rows)
    audit_cmds.add_parser(
        "adopt", parents=[common], help="log records written before the log existed (once)"
    ).set_defaults(run=adopt)
    flags = audit_cmds.add_parser("flags", parents=[common], help="breaks in laptops' chains")
    flags.add_argument("--profile", help="only this profile")
    flags.set_defaults(run=flags_list)
    return audit_cmds


def verify(args: argparse.Namespace, settings: Settings) -> dict[str, Any]:
    """`admin audit verify`: the report; AuditLogBroken (exit 3) if anything is wrong."""
    keyring = load_or_create(settings.keys_dir, utc_now)
    publics = {pair.key_id: pair.sign_public for pair in keyring.generations}
    with current_database(settings) as db, db.snapshot() as conn:
        report = verify_log(conn, publics).as_dict()
    if not report.pop("ok"):
        raise AuditLogBroken(report)
    return report


def adopt(args: argparse.Namespace, settings: Settings) -> dict[str, Any]:
    """`admin audit adopt`: append records without a leaf (after an upgrade); audited."""
    with current_database(settings) as db, db.write() as conn:
        adopted = audit_log.adopt_unlogged(conn, now=utc_now())
        audit.record(
            conn,
            now=utc_now(),
            actor_kind=audit.OPERATOR,
            actor_id=None,
            action="audit.adopted",
            object_type="audit_log",
            detail={"records": adopted},
        )
    return {"adopted": adopted}


def heads_export(args: argparse.Namespace, settings: Settings) -> dict[str, Any]:
    """`admin audit heads [--export FILE]`: the newest head; every head into FILE."""
    keyring = load_or_create(settings.keys_dir, utc_now)
    with current_database(settings) as db, db.snapshot() as conn:
        lines = [head_line(h, keyring) for h in audit_log.heads(conn, from_size=args.from_size)]
    if args.export:
        text = "".join(json.dumps(line, sort_keys=True) + "\n" for line in lines)
        Path(args.export).write_text(text, encoding="utf-8")
    return {"exported": len(lines) if args.export else 0, "newest": lines[-1] if lines else None}


def head_line(stored: audit_log.StoredHead, keyring: Any) -> dict[str, Any]:
    """A signed head as JSON, as `heads --export` and `export-head` write it."""
    head = stored.signed.head
    pair = keyring.by_id(stored.key_id)
    return {
        "log_id": head.log_id,
        "tree_size": head.tree_size,
        "root_hash": b64(head.root_hash),
        "timestamp_ms": head.timestamp_ms,
        "key_id": stored.key_id,
        "signature": b64(stored.signed.signature),
        # For convenience only: a witness pins the key it trusts, it does not take it from here.
        "sign_public_key": b64(pair.sign_public) if pair is not None else None,
    }


def query_rows(args: argparse.Namespace, settings: Settings) -> dict[str, Any]:
    """`admin audit query`: matching rows as JSON, or CSV on stdout / in `--output`."""
    chosen = [args.person, args.user, args.device, args.since, args.until]
    if not any(chosen) or args.limit <= 0:
        raise ServerError(ServerErrorCode.INVALID_ARGUMENT, "--person, --user, --device or dates")
    since = audit_query.parse_bound(args.since, end=False) if args.since else None
    until = audit_query.parse_bound(args.until, end=True) if args.until else None
    with current_database(settings) as db, db.write() as conn:
        user_id = users.get_user(conn, args.user).id if args.user else None
        where = audit_query.AuditFilter(args.person, user_id, args.device, since, until)
        rows = audit_query.query(conn, where, limit=args.limit)
        _audit_the_query(conn, args, len(rows))
    if not args.csv:
        found = [_plain(asdict(r)) for r in rows]
        if args.output:
            Path(args.output).write_text(json.dumps(found, indent=2), encoding="utf-8")
            return {"rows": len(found), "output": args.output}
        return {"rows": found}
    text = _csv(rows)
    if args.output:
        Path(args.output).write_text(text, encoding="utf-8")
        return {"rows": len(rows), "output": args.output}
    return {STDOUT: text}


def _audit_the_query(conn: Any, args: argparse.Namespace, count: int) -> None:
    kind, target = next(
        ((k, v) for k, v in (("person", args.person), ("device", args.device)) if v),
        ("user", args.user) if args.user else ("period", None),
    )
    audit.record(
        conn,
        now=utc_now(),
        actor_kind=audit.OPERATOR,
        actor_id=None,
        action="audit.queried",
        object_type=kind,
        object_id=target,
        detail={"rows": count, "format": "csv" if args.csv else "json"},
    )


def _plain(row: dict[str, Any]) -> dict[str, Any]:
    return {k: v.isoformat() if hasattr(v, "isoformat") else v for k, v in row.items()}


def _csv(rows: list[audit_query.AuditRow]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(audit_query.FIELDS)
    for row in rows:
        values = _plain(asdict(row))
        values["detail"] = json.dumps(values["detail"], sort_keys=True)
        writer.writerow([_cell(values[name]) for name in audit_query.FIELDS])
    return out.getvalue()


def _cell(value: Any) -> str:
    text = "" if value is None else str(value)
    # A cell starting with = + - @ is a formula in spreadsheet programs (CSV injection).
    return "'" + text if text[:1] in ("=", "+", "-", "@") else text


def flags_list(args: argparse.Namespace, settings: Settings) -> dict[str, Any]:
    """`admin audit flags`: every kept break of a laptop's chain, newest first."""
    t = device_audit_flag
    q = select(t.c.flag_id, t.c.profile_id, t.c.device_id, t.c.code, t.c.seq, t.c.flagged_at)
    if args.profile:
        q = q.where(t.c.profile_id == args.profile)
    with current_database(settings) as db, db.read() as conn:
        found = conn.execute(q.order_by(t.c.flagged_at.desc(), t.c.flag_id)).mappings().all()
    return {"flags": [_plain(dict(row)) for row in found]}
