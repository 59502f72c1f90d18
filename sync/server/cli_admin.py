"""The commands behind `dossier-server` (see `cli` for the parser and exit codes).

Each command takes the parsed arguments and the settings and returns a JSON-able dict, or
raises ServerError with a stable code. Nothing here prints personal data beyond what the
operator asked for (a user list shows logins; an import report shows row numbers and codes,
never cell values).
"""

from __future__ import annotations

import argparse
import getpass
import logging
import sys
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import asdict
from datetime import timedelta
from pathlib import Path
from typing import Any

from fastapi import FastAPI

from sync.server.app import create_app, utc_now
from sync.server.db.database import Database
from sync.server.db.durability import check_durability, log_durability
from sync.server.db.migrate import check_current, upgrade
from sync.server.errors import ServerError, ServerErrorCode
from sync.server.keys import ServiceKeyring, load_or_create, rotate, set_recovery_public_key
from sync.server.logs import configure_logging
from sync.server.retention_autorun import RetentionAutorun
from sync.server.services import assignments, audit_log, conflicts, devices, enrolment, users
from sync.server.services.audit_log import HeadSigner
from sync.server.services.import_files import ImportBatch, read_csv, read_json
from sync.server.services.importing import import_batch
from sync.server.services.passwords import MIN_PASSWORD_LENGTH, PasswordHasher
from sync.server.settings import Settings

WORKER_HEALTHCHECK_SECONDS = 60
"""How long a worker process may take to answer the supervisor's ping before it is killed."""


class ImportRejected(ServerError):
    """An import with errors; nothing was written. `report` lists them."""

    def __init__(self, report: dict[str, Any]) -> None:
        super().__init__(ServerErrorCode.IMPORT_REJECTED)
        self.report = report


def _database(settings: Settings) -> Database:
    settings.data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    return Database.from_url(
        settings.resolved_database_url, busy_timeout_ms=settings.sqlite_busy_timeout_ms
    )


@contextmanager
def _current_database(settings: Settings) -> Iterator[Database]:
    # Every command closes its pool: a CLI run must not leave connections to be reaped.
    db = _database(settings)
    try:
        check_current(db)
        # What an operator does is audited like what the service does: logged and signed.
        keyring = load_or_create(settings.keys_dir, utc_now)
        signer = HeadSigner.from_keyring(keyring, utc_now, every=settings.audit_head_every)
        audit_log.install(db, signer)
        yield db
    finally:
        db.dispose()


def current_database(settings: Settings) -> AbstractContextManager[Database]:
    """The database at head, with the audit log's commit hook installed (for CLI commands)."""
    return _current_database(settings)


def migrate(args: argparse.Namespace, settings: Settings) -> dict[str, Any]:
    """`migrate`: bring the schema to head."""
    db = _database(settings)
    try:
        before, after = upgrade(db)
    finally:
        db.dispose()
    return {"from_revision": before, "to_revision": after}


def serve(args: argparse.Namespace, settings: Settings) -> dict[str, Any]:
    """`serve`: run uvicorn until interrupted (SQLite is migrated first, PostgreSQL checked);
    with `DOSSIER_RETENTION_AUTORUN` also the daily retention run (`retention_autorun`)."""
    configure_logging()
    db = _database(settings)
    try:
        if args.migrate == "always" or (args.migrate == "auto" and db.dialect == "sqlite"):
            upgrade(db)
        check_current(db)
        log_durability(check_durability(db))  # SYNC-4: warn, the DBA fixes the setting
    finally:
        db.dispose()
    options: dict[str, Any] = {
        "host": args.host,
        "port": args.port,
        "log_config": None,
        "access_log": False,
        "server_header": False,
        "proxy_headers": settings.trust_proxy_headers,
    }
    logging.getLogger("dossier.server").info(
        "serving", extra={"host": args.host, "port": args.port}
    )
    # In this process, also with several workers: one daily run, not one per worker.
    autorun = RetentionAutorun(settings, utc_now) if settings.retention_autorun else None
    if autorun is not None:
        autorun.start()
    try:
        _run_uvicorn(args, settings, options)
    finally:
        if autorun is not None:
            autorun.stop()
    return {}


def _run_uvicorn(args: argparse.Namespace, settings: Settings, options: dict[str, Any]) -> None:
    import uvicorn

    if args.workers > 1:
        # Stateless workers: throttling, tokens and sequence numbers all live in the database.
        # A spawned worker imports everything and builds its app before it answers the
        # supervisor's ping; uvicorn's 5 s default kills and respawns it for ever on a busy
        # machine, so the service never comes up.
        uvicorn.run(
            "sync.server.cli_admin:app_from_env",
            factory=True,
            workers=args.workers,
            timeout_worker_healthcheck=WORKER_HEALTHCHECK_SECONDS,
            **options,
        )
    else:
        uvicorn.run(create_app(settings), **options)


def app_from_env() -> FastAPI:
    """The app for one uvicorn worker process, configured from the environment.

    A worker is a fresh process (spawned): it sets up the JSON logs itself, or its lines
    (uvicorn's included) would bypass the formatter that keeps personal data out (LOG-1).
    """
    configure_logging()
    return create_app(Settings.from_env())


def _read_password(from_stdin: bool) -> str:
    if from_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    elif sys.stdin.isatty():
        password = getpass.getpass("password: ")
        if getpass.getpass("again: ") != password:
            raise ServerError(ServerErrorCode.INVALID_ARGUMENT, "passwords differ")
    else:
        raise ServerError(ServerErrorCode.INVALID_ARGUMENT, "use --password-stdin")
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ServerError(ServerErrorCode.INVALID_ARGUMENT, f"password < {MIN_PASSWORD_LENGTH}")
    return password


def users_add(args: argparse.Namespace, settings: Settings) -> dict[str, Any]:
    """`admin users add`."""
    password_hash = PasswordHasher(settings.passwords).hash(_read_password(args.password_stdin))
    with _current_database(settings) as db, db.write() as conn:
        user = users.add_user(
            conn,
            login=args.login,
            display_name=args.name,
            role=args.role,
            team=args.team,
            password_hash=password_hash,
            now=utc_now(),
        )
    return {"user": asdict(user)}


def users_list(args: argparse.Namespace, settings: Settings) -> dict[str, Any]:
    """`admin users list`."""
    with _current_database(settings) as db, db.read() as conn:
        return {"users": [asdict(u) for u in users.list_users(conn)]}


def users_set_role(args: argparse.Namespace, settings: Settings) -> dict[str, Any]:
    """`admin users set-role`."""
    with _current_database(settings) as db, db.write() as conn:
        user = users.set_role(conn, login=args.login, role=args.role, team=args.team, now=utc_now())
    return {"user": asdict(user)}


def code_create(args: argparse.Namespace, settings: Settings) -> dict[str, Any]:
    """`admin enrol-code create`: the code is shown once and stored only hashed."""
    ttl = timedelta(hours=args.ttl_hours) if args.ttl_hours else settings.enrolment_code_ttl
    if ttl <= timedelta(0):
        raise ServerError(ServerErrorCode.INVALID_ARGUMENT, "ttl")
    with _current_database(settings) as db, db.write() as conn:
        user_id = users.get_user(conn, args.login).id if args.login else None
        code, expires = enrolment.create_code(conn, now=utc_now(), ttl=ttl, user_id=user_id)
    return {"code": code, "expires_at": expires.isoformat(), "login": args.login}


def devices_list(args: argparse.Namespace, settings: Settings) -> dict[str, Any]:
    """`admin devices list`: status, last contact and app version of every laptop."""
    with _current_database(settings) as db, db.read() as conn:
        return {"devices": [asdict(d) for d in devices.list_devices(conn)]}


def devices_set_status(args: argparse.Namespace, settings: Settings) -> dict[str, Any]:
    """`admin devices revoke|retire DEVICE [--profile PROFILE]`."""
    with _current_database(settings) as db, db.write() as conn:
        if args.profile:
            devices.set_profile_status(
                conn,
                device_id=args.device_id,
                profile_id=args.profile,
                status=args.status,
                now=utc_now(),
            )
        else:
            devices.set_device_status(
                conn, device_id=args.device_id, status=args.status, now=utc_now()
            )
    return {"device_id": args.device_id, "profile_id": args.profile, "status": args.status}


def _keyring_view(keyring: ServiceKeyring) -> dict[str, Any]:
    return {
        "current_key_id": keyring.current.key_id,
        "key_ids": [k.key_id for k in keyring.generations],
    }


def keys_list(args: argparse.Namespace, settings: Settings) -> dict[str, Any]:
    """`admin keys list` (creates the first keys if there are none yet)."""
    return _keyring_view(load_or_create(settings.keys_dir, utc_now))


def keys_rotate(args: argparse.Namespace, settings: Settings) -> dict[str, Any]:
    """`admin keys rotate`: a new current generation; running workers pick it up on restart."""
    return _keyring_view(rotate(settings.keys_dir, utc_now))


def keys_set_recovery(args: argparse.Namespace, settings: Settings) -> dict[str, Any]:
    """`admin keys set-recovery HEX`: the organisation recovery public key (REC-1), made
    offline with `dossier-store recovery-keygen`; new profiles wrap their store key to it."""
    try:
        public = bytes.fromhex(args.public_key.strip())
    except ValueError:
        raise ServerError(ServerErrorCode.INVALID_ARGUMENT, "not hex") from None
    set_recovery_public_key(settings.keys_dir, public)
    return {"recovery_public_key": public.hex()}


def import_cases(args: argparse.Namespace, settings: Settings) -> dict[str, Any]:
    """`admin import`: all files in one transaction, all or nothing."""
    batch = ImportBatch()
    sources = [(args.json_file, "json"), (args.cases, "cases"), (args.persons, "persons")]
    if not any(path for path, _ in sources):
        raise ServerError(ServerErrorCode.INVALID_ARGUMENT, "no file given")
    for path, kind in sources:
        if path:
            data = _read_file(path)
            if kind == "json":
                read_json(batch, Path(path).name, data)
            else:
                read_csv(batch, Path(path).name, data, kind=kind)
    with _current_database(settings) as db, db.write() as conn:
        report = import_batch(conn, batch, now=utc_now())
        if not report.ok:
            raise ImportRejected({"errors": [asdict(e) for e in report.errors]})
    return {"cases": report.cases, "persons": report.persons, "links": report.links}


def _read_file(path: str) -> bytes:
    try:
        return Path(path).read_bytes()
    except OSError as exc:
        raise ServerError(ServerErrorCode.INVALID_ARGUMENT, f"cannot read {path}") from exc


def assign(args: argparse.Namespace, settings: Settings) -> dict[str, Any]:
    """`admin assign`: `--login L CASE…` assigns; `--from A --to B [CASE…]` reassigns."""
    now = utc_now()
    with _current_database(settings) as db, db.write() as conn:
        if args.login and args.cases and not (args.from_login or args.to_login):
            change = assignments.assign(
                conn, case_refs=args.cases, login=args.login, replace=args.replace, now=now
            )
        elif args.from_login and args.to_login and not args.login:
            change = assignments.reassign(
                conn,
                from_login=args.from_login,
                to_login=args.to_login,
                case_refs=args.cases or None,
                now=now,
            )
        else:
            raise ServerError(ServerErrorCode.INVALID_ARGUMENT, "--login CASE… or --from --to")
    return asdict(change)


def _case_filter(conn: Any, ref: str | None) -> str | None:
    return assignments.resolve_cases(conn, [ref])[0] if ref else None


def conflicts_list(args: argparse.Namespace, settings: Settings) -> dict[str, Any]:
    """`admin conflicts list`: ids, classification and status (no case content)."""
    status = None if args.status == "all" else args.status
    with _current_database(settings) as db, db.read() as conn:
        found = conflicts.list_conflicts(
            conn, status=status, case_id=_case_filter(conn, args.case), limit=args.limit
        )
    return {"conflicts": [asdict(c) for c in found]}


def conflicts_show(args: argparse.Namespace, settings: Settings) -> dict[str, Any]:
    """`admin conflicts show ID`: base, server and client values, and the audit trail."""
    with _current_database(settings) as db, db.read() as conn:
        return {"conflict": conflicts.conflict_detail(conn, args.conflict_id)}


def rejections_list(args: argparse.Namespace, settings: Settings) -> dict[str, Any]:
    """`admin conflicts rejections`: mutations the service refused, newest first."""
    with _current_database(settings) as db, db.read() as conn:
        found = conflicts.list_rejections(
            conn, case_id=_case_filter(conn, args.case), limit=args.limit
        )
    return {"rejections": [asdict(r) for r in found]}
