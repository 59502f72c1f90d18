"""`dossier-sync`: headless sync of every profile on this laptop, for IT and schedulers.

    dossier-sync run [--profile ID] [--data-dir DIR] [--json]
    dossier-sync status [--profile ID] [--data-dir DIR] [--json]
    dossier-sync audit-accept-head --profile ID [--confirm] [--data-dir DIR] [--json]

`audit-accept-head` is for IT, after investigating a refused audit head (e.g. the service
was restored from a backup on purpose): without `--confirm` it shows the refusal and the
head it would trust; with it, the laptop trusts that head, discards the pages the refused
run held back, and records the acceptance for a local audit event at the next unlock
(`sync.client.audit_upload_accept`). Exit 0 accepted, 2 nothing refused or no `--confirm`,
4 a sync is running, 6 the refused head is not signed by a trusted key (re-enrol).

`run` moves sealed outboxes up and sealed inboxes down with the device credential; it never
needs a passphrase and never reads case data (pages are applied by the app at unlock).

A profile whose enrolment was cut short (the app died before the service confirmed it) is
skipped by `run` (row ``skipped=setup_not_finished``, exit code unaffected) and shown by
`status` as ``setup_not_finished=True`` with a warning line; the caseworker finishes it with
a new one-time code, or removes it, from the app's unlock screen.

`status` shows, per profile, the laptop's clock skew measured at the last sync
(`clock_skew_ms`: laptop minus service, positive when the laptop is ahead;
`clock_checked_at`) and adds a line ``warning code=clock_off …`` when it is beyond the
limit at which the service clamps HLCs from the future (`MAX_HLC_AHEAD`): IT should set
the laptop's clock, since its HLCs break last-writer-wins ties.

`status` also counts, from file names and sizes only (`sync.client.held_work`), what waits
on the laptop that nobody can read without the passphrase: `unacked_changes` and
`unacked_bytes` (sealed changes not yet acknowledged), `held_scans`, `held_scan_bytes` and
`held_scans_oldest_days` (sealed scans waiting for their upload), `sent_kept`,
`sent_kept_bytes` and `sent_kept_oldest_days` (acknowledged changes kept for a restored
service). A scan held past half the offline policy adds ``warning code=held_scans_old …``.

Exit codes (stable; a scheduler can act on them):

    0  everything synced (or nothing to do)
    1  some profile failed with a transient error (service unreachable, 5xx): retry later
    2  usage error
    3  the laptop is not enrolled (no device credential)
    4  another sync is running (lock held): skip this round
    5  the service ordered a wipe and the data was crypto-erased
    6  a profile needs attention (authentication, gap that needs an unlock, upgrade, a service
       certificate this laptop does not trust: tls_failed with last_error_detail, or the
       service's audit head refused: service_rollback, audit_log_inconsistent)
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import timedelta
from pathlib import Path
from typing import Any, TextIO

from storage.errors import StoreError
from storage.profiles import ProfileInfo, Workspace, default_data_dir
from sync.client.audit_upload import audit_status
from sync.client.audit_upload_accept import (
    HEAD_NOT_VERIFIABLE,
    AcceptRefused,
    accept_head,
    refused_head,
)
from sync.client.clock_check import clock_is_off
from sync.client.engine import RunOutcome, sync_locked, transport_for
from sync.client.filelock import exclusive_lock
from sync.client.held_work import held_scans_warning, held_work
from sync.client.layout import ProfileFiles, TransportState, read_device
from sync.client.pending_enrolment import SETUP_NOT_FINISHED, enrolment_pending
from sync.client.reset_state import upgrade_required
from sync.client.transport import TLS_FAILED, UNREACHABLE, SyncFailure
from sync.protocol.clocks import MAX_HLC_AHEAD

OK, TRANSIENT, USAGE, NOT_ENROLLED, BUSY, WIPED, ATTENTION = range(7)
LOCK_FILE = "sync.lock"
_TRANSIENT = frozenset({UNREACHABLE, "bad_response", "service_unavailable", "rate_limited"})


@contextmanager
def sync_lock(root: Path) -> Iterator[bool]:
    """Hold the laptop-wide sync lock; yields False when another sync holds it."""
    root.mkdir(mode=0o700, parents=True, exist_ok=True)
    with exclusive_lock(root / LOCK_FILE) as held:
        yield held


def _profiles(workspace: Workspace, wanted: str | None) -> list[ProfileInfo]:
    return [workspace.profile(wanted)] if wanted else workspace.list_profiles()


def _exit_code(outcomes: Sequence[RunOutcome]) -> int:
    if any(o.wiped for o in outcomes):
        return WIPED
    errors = [o.error for o in outcomes if o.error]
    if not errors:
        return OK
    if all(e in _TRANSIENT for e in errors):
        return TRANSIENT
    return ATTENTION


def run(args: argparse.Namespace, out: TextIO) -> int:
    """Sync every (or one) profile; see the module docstring for exit codes."""
    workspace = Workspace(args.data_dir)
    device = read_device(workspace.root)
    if device is None:
        return _emit(out, args.json, {"code": "not_enrolled"}, NOT_ENROLLED)
    with sync_lock(workspace.root) as held:
        if not held:
            return _emit(out, args.json, {"code": "sync_running"}, BUSY)
        transport = transport_for(device)
        outcomes, skipped = [], []
        try:
            for info in _profiles(workspace, args.profile):
                if enrolment_pending(info):  # nothing to move; the unlock screen offers it
                    skipped.append(info.profile_id)
                    continue
                progress = _progress(info, out) if out.isatty() and not args.json else None
                outcomes.append(sync_locked(workspace, info, transport, progress=progress))
                if outcomes[-1].device_wiped:
                    break
        finally:
            transport.close()
    report = [
        {
            "profile_id": o.profile_id,
            "sent": o.moved.sent,
            "pages": o.moved.pages,
            "error": o.error,
            "wiped": o.wiped,
            "skipped": None,
        }
        for o in outcomes
    ] + [_skipped_row(profile_id) for profile_id in skipped]
    return _emit(out, args.json, {"profiles": report}, _exit_code(outcomes))


def _skipped_row(profile_id: str) -> dict[str, Any]:
    # Not an error (the exit code ignores it): the caseworker finishes or removes the profile.
    return {
        "profile_id": profile_id,
        "sent": 0,
        "pages": 0,
        "error": None,
        "wiped": False,
        "skipped": SETUP_NOT_FINISHED,
    }


def _progress(info: ProfileInfo, out: TextIO) -> Any:
    def show(stage: str, count: int) -> None:
        out.write(f"\r{info.login}: {stage} {count}")
        out.flush()

    return show


def status(args: argparse.Namespace, out: TextIO) -> int:
    """Per profile: pending sealed mutations, staged pages, last success and error."""
    workspace = Workspace(args.data_dir)
    device = read_device(workspace.root)
    checked = _check(device) if device is not None and args.check else {"server_reachable": None}
    rows, warnings = [], []
    for info in _profiles(workspace, args.profile):
        files = ProfileFiles(info)
        state = files.state()
        if clock_is_off(state.clock_skew_ms):
            warnings.append(_clock_warning(info, state))
        pending = enrolment_pending(info)
        if pending:
            warnings.append({"code": SETUP_NOT_FINISHED, "profile_id": info.profile_id})
        held = held_work(info, now=time.time())  # file names and sizes, nothing opened
        if (old_scans := held_scans_warning(info, held)) is not None:
            warnings.append(old_scans)
        rows.append(
            {
                "profile_id": info.profile_id,
                "login": info.login,
                "enrolled": state.server_profile_id is not None,
                "setup_not_finished": pending,  # enrolment cut short: finish or remove it
                "pending_mutations": len(files.outbox_seqs()),
                "staged": len(files.staged()),
                "last_success": state.last_success,
                "last_attempt": state.last_attempt,
                "last_error": state.last_error,
                "last_error_detail": state.last_error_detail,  # e.g. certificate_expired
                "audit": audit_status(files),  # upload and the service log's head (issue 7)
                "upgrade_required": _upgrade(files),  # pulls refused until IT updates the app
                "clock_skew_ms": state.clock_skew_ms,
                "clock_checked_at": state.clock_checked_at,
                **held,
            }
        )
    body = {
        "enrolled": device is not None,
        **checked,
        "profiles": rows,
        "warnings": warnings,
    }
    return _emit(out, args.json, body, OK if device is not None else NOT_ENROLLED)


def accept(args: argparse.Namespace, out: TextIO) -> int:
    """IT trusts the refused audit head of one profile; see the module docstring."""
    workspace = Workspace(args.data_dir)
    try:
        info = workspace.profile(args.profile)
    except StoreError:
        return _emit(out, args.json, {"code": "profile_not_found"}, USAGE)
    with sync_lock(workspace.root) as held:
        if not held:
            return _emit(out, args.json, {"code": "sync_running"}, BUSY)
        try:
            if not args.confirm:
                review = {"code": "confirmation_required", "refused": refused_head(info)}
                return _emit_review(out, args.json, review, USAGE)
            done = accept_head(info)
        except AcceptRefused as refused:
            code = ATTENTION if refused.code == HEAD_NOT_VERIFIABLE else USAGE
            return _emit(out, args.json, {"code": refused.code}, code)
    accepted = {"code": "accepted", "accepted": done.record, "discarded_held": done.discarded_held}
    return _emit_review(out, args.json, accepted, OK)


def _emit_review(out: TextIO, as_json: bool, body: dict[str, Any], code: int) -> int:
    if not as_json:  # IT reads what is trusted before (and after) confirming
        out.write(json.dumps(body, indent=2, sort_keys=True) + "\n")
        return code
    return _emit(out, as_json, body, code)


def _clock_warning(info: ProfileInfo, state: TransportState) -> dict[str, Any]:
    return {
        "code": "clock_off",
        "profile_id": info.profile_id,
        "clock_skew_ms": state.clock_skew_ms,
        "clock_checked_at": state.clock_checked_at,
        "limit_ms": MAX_HLC_AHEAD // timedelta(milliseconds=1),
    }


def _upgrade(files: ProfileFiles) -> dict[str, object] | None:
    found = upgrade_required(files)
    return None if found is None else found.as_dict()


def _check(device: Any) -> dict[str, Any]:
    """Ask the service's health: reachable, else why (`tls_failed` and its detail for IT)."""
    from pydantic import BaseModel, ConfigDict

    class Health(BaseModel):
        model_config = ConfigDict(extra="ignore")
        status: str

    transport = transport_for(device)
    try:
        transport.call("GET", "/healthz", Health)
    except SyncFailure as failure:
        return {
            "server_reachable": failure.code not in {UNREACHABLE, TLS_FAILED},
            "server_error": failure.code,
            "server_error_detail": failure.detail,
        }
    finally:
        transport.close()
    return {"server_reachable": True, "server_error": None, "server_error_detail": None}


def _emit(out: TextIO, as_json: bool, body: dict[str, Any], code: int) -> int:
    if as_json:
        out.write(json.dumps({"exit_code": code, **body}, sort_keys=True) + "\n")
    else:
        for profile in body.get("profiles", []):
            out.write(" ".join(f"{k}={v}" for k, v in profile.items()) + "\n")
        for warning in body.get("warnings", []):
            out.write("warning " + " ".join(f"{k}={v}" for k, v in warning.items()) + "\n")
        if "code" in body:
            out.write(f"{body['code']}\n")
    return code


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="dossier-sync", description=__doc__.split("\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    for name in ("run", "status"):
        sub = commands.add_parser(name)
        sub.add_argument("--profile", default=None)
        sub.add_argument("--data-dir", type=Path, default=default_data_dir())
        sub.add_argument("--json", action="store_true")
        if name == "status":
            sub.add_argument("--check", action="store_true", help="ask the service if reachable")
    sub = commands.add_parser("audit-accept-head", help="trust a refused audit head (IT)")
    sub.add_argument("--profile", required=True)
    sub.add_argument("--data-dir", type=Path, default=default_data_dir())
    sub.add_argument("--json", action="store_true")
    sub.add_argument("--confirm", action="store_true", help="investigated: trust this head")
    return parser


def main(argv: Sequence[str] | None = None, out: TextIO | None = None) -> int:
    """Entry point of `dossier-sync`; returns the exit code."""
    try:
        args = _parser().parse_args(argv)
    except SystemExit as exc:
        return USAGE if exc.code else OK
    stream = out or sys.stdout
    commands = {"run": run, "status": status, "audit-accept-head": accept}
    return commands[args.command](args, stream)


if __name__ == "__main__":
    sys.exit(main())
