"""`dossier-server admin persons …`: persons across every case (duplicates, F21)."""

from __future__ import annotations

import argparse
from dataclasses import asdict
from typing import Any

from sync.server import cli_admin
from sync.server.services import duplicates
from sync.server.settings import Settings


def add_parser(admin: Any, common: argparse.ArgumentParser) -> None:
    """The `admin persons` subcommands."""
    persons = admin.add_parser("persons", help="persons across cases").add_subparsers(
        dest="action", required=True
    )
    listing = persons.add_parser(
        "duplicates", parents=[common], help="likely duplicate persons, best first (ids only)"
    )
    listing.add_argument("--limit", type=int, default=1000)
    listing.add_argument(
        "--across-holders", action="store_true", help="only pairs no single caseworker holds"
    )
    listing.set_defaults(run=duplicates_list)


def duplicates_list(args: argparse.Namespace, settings: Settings) -> dict[str, Any]:
    """`admin persons duplicates`: pairs with score, reason codes, case numbers, holders."""
    with cli_admin.current_database(settings) as db, db.read() as conn:
        found = duplicates.find_duplicates(conn, limit=args.limit)
    if args.across_holders:
        found = [pair for pair in found if pair.across_holders]
    return {"duplicates": [asdict(pair) for pair in found]}
