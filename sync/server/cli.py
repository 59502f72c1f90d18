"""`dossier-server`: serve, migrate and administer the central service.

Exit codes (stable, for scripts and schedulers):
  0   done
  1   the operation was refused (unknown user or device, login taken, …; see the code)
  2   usage error (argparse)
  3   `admin audit verify` or `check-head` found a break in the audit log (the report names it)
  65  input data rejected (import: nothing was written; see the report)
  69  database unavailable or its schema not current (run `dossier-server migrate`)
  78  configuration invalid (environment, key files)
With `--json` every command prints one JSON object on stdout, errors included
(`{"ok": false, "code": …}`); without it, results go to stdout and errors to stderr.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy.exc import OperationalError

from sync.server import (
    cli_admin,
    cli_audit,
    cli_audit_witness,
    cli_clocks,
    cli_compact,
    cli_persons,
    cli_restore,
    cli_retention,
)
from sync.server.db.tables import ROLES
from sync.server.errors import ServerError, ServerErrorCode
from sync.server.settings import Settings

EXIT_OK, EXIT_REFUSED, EXIT_DATA, EXIT_UNAVAILABLE, EXIT_CONFIG = 0, 1, 65, 69, 78
EXIT_AUDIT_BROKEN = 3
MAX_WORKERS = 64
_EXIT_BY_CODE = {
    ServerErrorCode.AUDIT_LOG_BROKEN: EXIT_AUDIT_BROKEN,
    ServerErrorCode.IMPORT_REJECTED: EXIT_DATA,
    ServerErrorCode.SCHEMA_NOT_CURRENT: EXIT_UNAVAILABLE,
    ServerErrorCode.SCHEMA_NEWER: EXIT_UNAVAILABLE,
    ServerErrorCode.SERVICE_UNAVAILABLE: EXIT_UNAVAILABLE,
    ServerErrorCode.CONFIG_INVALID: EXIT_CONFIG,
    ServerErrorCode.KEYS_UNREADABLE: EXIT_CONFIG,
}
Command = Callable[[argparse.Namespace, Settings], dict[str, Any]]


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of `dossier-server`."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--json", action="store_true", help="print one JSON object")
    parser = argparse.ArgumentParser(prog="dossier-server", description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    serve = sub.add_parser("serve", parents=[common], help="run the service (uvicorn)")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8765)
    serve.add_argument(
        "--workers",
        type=_workers,
        default=1,
        help="worker processes sharing the port (stateless; one per core)",
    )
    serve.add_argument(
        "--migrate",
        choices=("auto", "always", "never"),
        default="auto",
        help="auto: migrate a SQLite database, only check a PostgreSQL one",
    )
    serve.set_defaults(run=cli_admin.serve)
    sub.add_parser("migrate", parents=[common], help="bring the schema to head").set_defaults(
        run=cli_admin.migrate
    )
    admin = sub.add_parser("admin", help="users, codes, devices, keys, cases").add_subparsers(
        dest="area", required=True
    )
    _users(admin, common)
    _codes(admin, common)
    _devices(admin, common)
    _keys(admin, common)
    _cases(admin, common)
    _conflicts(admin, common)
    cli_audit_witness.add_parsers(cli_audit.add_parser(admin, common), common)
    cli_persons.add_parser(admin, common)
    cli_compact.add_parser(admin, common)
    cli_retention.add_parser(admin, common)
    cli_restore.add_parser(admin, common)
    return parser


def _workers(raw: str) -> int:
    try:
        count = int(raw)
    except ValueError:
        count = 0
    if not 1 <= count <= MAX_WORKERS:
        raise argparse.ArgumentTypeError(f"a whole number from 1 to {MAX_WORKERS}")
    return count


def _users(admin: Any, common: argparse.ArgumentParser) -> None:
    users = admin.add_parser("users", help="users and roles").add_subparsers(
        dest="action", required=True
    )
    add = users.add_parser("add", parents=[common], help="create a user")
    add.add_argument("login")
    add.add_argument("--name", required=True, help="display name")
    add.add_argument("--role", required=True, choices=ROLES)
    add.add_argument("--team")
    add.add_argument("--password-stdin", action="store_true", help="read the password from stdin")
    add.set_defaults(run=cli_admin.users_add)
    users.add_parser("list", parents=[common]).set_defaults(run=cli_admin.users_list)
    role = users.add_parser("set-role", parents=[common], help="change role (and team)")
    role.add_argument("login")
    role.add_argument("role", choices=ROLES)
    role.add_argument("--team", help="new team ('' clears it)")
    role.set_defaults(run=cli_admin.users_set_role)


def _codes(admin: Any, common: argparse.ArgumentParser) -> None:
    codes = admin.add_parser("enrol-code", help="one-time enrolment codes").add_subparsers(
        dest="action", required=True
    )
    create = codes.add_parser("create", parents=[common], help="a new one-time code")
    create.add_argument("--login", help="only this user may enrol with it")
    create.add_argument("--ttl-hours", type=float, help="validity (default from settings)")
    create.set_defaults(run=cli_admin.code_create)


def _devices(admin: Any, common: argparse.ArgumentParser) -> None:
    devices = admin.add_parser("devices", help="the laptop fleet").add_subparsers(
        dest="action", required=True
    )
    devices.add_parser("list", parents=[common]).set_defaults(run=cli_admin.devices_list)
    cli_clocks.add_parser(devices, common)
    for action, what in (("revoke", "lost: wipe at next contact"), ("retire", "handed back")):
        cmd = devices.add_parser(action, parents=[common], help=what)
        cmd.add_argument("device_id")
        cmd.add_argument("--profile", help="only this profile of the device")
        cmd.set_defaults(run=cli_admin.devices_set_status, status=f"{action}d")


def _keys(admin: Any, common: argparse.ArgumentParser) -> None:
    keys = admin.add_parser("keys", help="service keys").add_subparsers(
        dest="action", required=True
    )
    keys.add_parser("list", parents=[common]).set_defaults(run=cli_admin.keys_list)
    keys.add_parser("rotate", parents=[common], help="new current keys").set_defaults(
        run=cli_admin.keys_rotate
    )
    recovery = keys.add_parser(
        "set-recovery", parents=[common], help="the organisation recovery public key (hex)"
    )
    recovery.add_argument("public_key")
    recovery.set_defaults(run=cli_admin.keys_set_recovery)


def _cases(admin: Any, common: argparse.ArgumentParser) -> None:
    imp = admin.add_parser("import", parents=[common], help="import cases and persons")
    imp.add_argument("--json-file", dest="json_file", help="JSON: {cases: [{…, persons: […]}]}")
    imp.add_argument("--cases", help="CSV of cases")
    imp.add_argument("--persons", help="CSV of persons (with case_number and role)")
    imp.set_defaults(run=cli_admin.import_cases)
    assign = admin.add_parser("assign", parents=[common], help="assign or reassign cases")
    assign.add_argument("cases", nargs="*", help="case ids or case numbers")
    assign.add_argument("--login", help="assign the cases to this user")
    assign.add_argument("--replace", action="store_true", help="remove other assignees")
    assign.add_argument("--from", dest="from_login", help="reassign from this user …")
    assign.add_argument("--to", dest="to_login", help="… to this user (all cases if none given)")
    assign.set_defaults(run=cli_admin.assign)


def _conflicts(admin: Any, common: argparse.ArgumentParser) -> None:
    conflicts = admin.add_parser("conflicts", help="conflicts and rejections").add_subparsers(
        dest="action", required=True
    )
    listing = conflicts.add_parser("list", parents=[common], help="conflicts, newest first")
    listing.add_argument(
        "--status", choices=("open", "resolved", "superseded", "all"), default="open"
    )
    listing.add_argument("--case", help="only this case (id or case number)")
    listing.add_argument("--limit", type=int, default=100)
    listing.set_defaults(run=cli_admin.conflicts_list)
    show = conflicts.add_parser("show", parents=[common], help="one conflict with its values")
    show.add_argument("conflict_id")
    show.set_defaults(run=cli_admin.conflicts_show)
    rejected = conflicts.add_parser(
        "rejections", parents=[common], help="mutations the service rejected"
    )
    rejected.add_argument("--case", help="only this case (id or case number)")
    rejected.add_argument("--limit", type=int, default=100)
    rejected.set_defaults(run=cli_admin.rejections_list)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the console script; returns the exit code."""
    args = build_parser().parse_args(argv)
    run: Command = args.run
    try:
        result = run(args, Settings.from_env())
    except ServerError as exc:
        return _fail(args, exc.code, exc.detail, getattr(exc, "report", None))
    except OperationalError:
        return _fail(args, ServerErrorCode.SERVICE_UNAVAILABLE, "database", None)
    if cli_audit.STDOUT in result:  # e.g. CSV: printed as is, for a file or a pipe
        sys.stdout.write(result[cli_audit.STDOUT])
        return EXIT_OK
    _print(args, {"ok": True, **result})
    return EXIT_OK


def _fail(args: argparse.Namespace, code: ServerErrorCode, detail: str, report: Any) -> int:
    payload: dict[str, Any] = {"ok": False, "code": code.value}
    if detail:
        payload["detail"] = detail
    if report is not None:
        payload["report"] = report
    if getattr(args, "json", False):
        print(json.dumps(payload, default=str))
    else:
        print(f"error: {code.value}" + (f" ({detail})" if detail else ""), file=sys.stderr)
        if report is not None:
            print(json.dumps(report, indent=2, default=str), file=sys.stderr)
    return _EXIT_BY_CODE.get(code, EXIT_REFUSED)


def _print(args: argparse.Namespace, payload: dict[str, Any]) -> None:
    if getattr(args, "json", False):
        print(json.dumps(payload, default=str))
        return
    for key, value in payload.items():
        if key != "ok":
            text = value if isinstance(value, str) else json.dumps(value, indent=2, default=str)
            print(f"{key}: {text}")


if __name__ == "__main__":
    sys.exit(main())
