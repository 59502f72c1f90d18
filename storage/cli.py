"""`dossier-store`: the local store from the command line, for IT and for the demo.

Output is JSON (one object per command) so scripts can read it; failures print
``{"error": "<code>"}`` on stderr and exit 2 — the codes are the store's `ErrorCode`s, the
same ones the app translates for caseworkers. Passphrases are read from the terminal (or one
line of stdin with ``--passphrase-stdin``), never from the command line.
"""

from __future__ import annotations

import argparse
import getpass
import json
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from storage import keys
from storage.audit import verify_store_chain
from storage.demo_data import generate_cases, insert_demo_case
from storage.errors import StoreError, ValidationFailed
from storage.fsutil import atomic_write_bytes
from storage.passphrase import generate_passphrase
from storage.profiles import Workspace
from storage.services.records import pending_mutations
from storage.unlocked import OpenProfile, unlock_profile

EXIT_ERROR = 2


def _emit(payload: dict[str, Any]) -> None:
    print(json.dumps(payload, ensure_ascii=False, indent=2))


def _passphrase(args: argparse.Namespace, prompt: str = "Passphrase: ") -> str:
    if args.passphrase_stdin:
        return sys.stdin.readline().rstrip("\n")
    return getpass.getpass(prompt)


def _open(args: argparse.Namespace) -> OpenProfile:
    workspace = Workspace(args.data_dir)
    workspace.profile(args.profile)  # an unknown profile is said before asking a passphrase
    return unlock_profile(workspace, args.profile, _passphrase(args))


def cmd_recovery_keygen(args: argparse.Namespace) -> None:
    """A new organisation recovery key pair; the private half goes to a 0600 file."""
    private, public = keys.generate_recovery_keypair()
    atomic_write_bytes(args.out, bytes(private).hex().encode())
    keys.wipe(private)
    _emit(
        {
            "recovery_public_key": public.hex(),
            "key_id": keys.recovery_key_id(public),
            "private_key_file": str(args.out),
        }
    )


def cmd_create_profile(args: argparse.Namespace) -> None:
    info = Workspace(args.data_dir).create_profile(
        login=args.login,
        display_name=args.name,
        passphrase=_passphrase(args),
        recovery_public_key=bytes.fromhex(args.recovery_public_key),
    )
    _emit({"profile_id": info.profile_id, "login": info.login, "path": str(info.path)})


def cmd_list(args: argparse.Namespace) -> None:
    profiles = Workspace(args.data_dir).list_profiles()
    _emit(
        {
            "profiles": [
                {
                    "profile_id": p.profile_id,
                    "login": p.login,
                    "display_name": p.display_name,
                    "created_at": p.created_at,
                }
                for p in profiles
            ]
        }
    )


def _summary(profile: OpenProfile) -> dict[str, Any]:
    with profile.store.read() as conn:
        pending = len(pending_mutations(conn))
    verdict = verify_store_chain(profile.store, profile.profile_id)
    return {
        "profile_id": profile.profile_id,
        "cases": profile.records.count("case"),
        "persons": profile.records.count("person"),
        "pending_mutations": pending,
        "integrity_problems": len(profile.store.integrity_problems()),
        "audit_chain": {
            "ok": verdict.ok,
            "entries": verdict.checked,
            "problem": verdict.problem,
            "first_bad_seq": verdict.first_bad_seq,
        },
    }


def cmd_info(args: argparse.Namespace) -> None:
    profile = _open(args)
    try:
        _emit(_summary(profile))
    finally:
        profile.lock()


def cmd_search(args: argparse.Namespace) -> None:
    profile = _open(args)
    try:
        _emit({"query": args.query, "hits": _hits(profile, args.query)})
    finally:
        profile.lock()


def _hits(profile: OpenProfile, query: str, limit: int = 10) -> list[dict[str, Any]]:
    results = []
    for hit in profile.search.search(query, limit=limit):
        case = profile.records.get("case", hit.case_id, audit_read=False)
        row: dict[str, Any] = {
            "case_number": case["case_number"],
            "score": round(hit.score, 3),
            "reason": hit.reason,
        }
        if hit.person_id:
            person = profile.records.get("person", hit.person_id, audit_read=False)
            row["person"] = f"{person['given_names'] or ''} {person['family_name']}".strip()
        results.append(row)
    return results


def cmd_recover(args: argparse.Namespace) -> None:
    private = bytearray(bytes.fromhex(Path(args.recovery_private_key).read_text().strip()))
    try:
        Workspace(args.data_dir).recover(
            args.profile, private, _passphrase(args, "New passphrase: ")
        )
    finally:
        keys.wipe(private)
    _emit({"profile_id": args.profile, "recovered": True})


def cmd_demo(args: argparse.Namespace) -> None:
    """A demo profile full of fictional cases, with a few searches to show what works."""
    root = args.data_dir or Path(tempfile.mkdtemp(prefix="dossier-demo-"))
    workspace = Workspace(root)
    private, public = keys.generate_recovery_keypair()
    keys.wipe(private)  # the demo keeps no recovery key: it's throwaway data
    passphrase = generate_passphrase(6)
    info = workspace.create_profile(
        login="demo",
        display_name="Demo Caseworker",
        passphrase=passphrase,
        recovery_public_key=public,
    )
    started = time.perf_counter()
    profile = unlock_profile(workspace, info.profile_id, passphrase)
    unlocked = time.perf_counter()
    try:
        for demo in generate_cases(args.cases, seed=args.seed):
            with profile.store.write():
                insert_demo_case(profile.records, demo)
        written = time.perf_counter()
        queries = [
            "Mohamed",
            "Muhammad Alhasan",
            "Tesfaye",
            "Yusuf",
            "Kovalenko 1990",
            "Arztzeugnis",
            profile.records.list("case", limit=1)[0]["case_number"],
        ]
        _emit(
            {
                "data_dir": str(root),
                "profile_id": info.profile_id,
                "passphrase": passphrase,
                "unlock_seconds": round(unlocked - started, 3),
                "write_seconds": round(written - unlocked, 3),
                **_summary(profile),
                "searches": {q: _hits(profile, q, limit=3) for q in queries},
            }
        )
    finally:
        profile.lock()


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="dossier-store", description=__doc__)
    parser.add_argument(
        "--data-dir",
        type=Path,
        default=None,
        help="profiles folder (default: the platform's user data dir)",
    )
    parser.add_argument(
        "--passphrase-stdin", action="store_true", help="read the passphrase from one line of stdin"
    )
    sub = parser.add_subparsers(dest="command", required=True)
    commands: dict[str, tuple[Callable[[argparse.Namespace], None], Sequence[str]]] = {
        "recovery-keygen": (cmd_recovery_keygen, ()),
        "create-profile": (cmd_create_profile, ()),
        "list": (cmd_list, ()),
        "info": (cmd_info, ("profile",)),
        "search": (cmd_search, ("profile", "query")),
        "recover": (cmd_recover, ("profile",)),
        "demo": (cmd_demo, ()),
    }
    parsers = {}
    for name, (handler, positionals) in commands.items():
        parsers[name] = sub.add_parser(name, help=(handler.__doc__ or "").split("\n")[0])
        parsers[name].set_defaults(handler=handler)
        for positional in positionals:
            parsers[name].add_argument(positional)
    parsers["recovery-keygen"].add_argument("--out", type=Path, required=True)
    parsers["create-profile"].add_argument("--login", required=True)
    parsers["create-profile"].add_argument("--name", required=True)
    parsers["create-profile"].add_argument("--recovery-public-key", required=True)
    parsers["recover"].add_argument("--recovery-private-key", required=True)
    parsers["demo"].add_argument("--cases", type=int, default=300)
    parsers["demo"].add_argument("--seed", type=int, default=7)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        args.handler(args)
    except ValidationFailed as exc:
        print(json.dumps({"error": exc.code.value, "fields": exc.fields}), file=sys.stderr)
        return EXIT_ERROR
    except StoreError as exc:
        print(json.dumps({"error": exc.code.value, "detail": exc.detail}), file=sys.stderr)
        return EXIT_ERROR
    except (ValueError, OSError) as exc:  # e.g. a key file that is not hex, a missing file
        print(json.dumps({"error": "invalid_input", "detail": type(exc).__name__}), file=sys.stderr)
        return EXIT_ERROR
    return 0


if __name__ == "__main__":
    sys.exit(main())
