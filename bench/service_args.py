"""Command-line options of the service benchmark (`python -m bench.run --only service`)."""

from __future__ import annotations

import argparse
import dataclasses

from bench.service_throughput import DEFAULT_PG_URL, QUICK_SIZES, ServiceSizes
from sync.protocol.models import MAX_BATCH


def add_service_arguments(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("service (sync service throughput)")
    default = ServiceSizes()
    sizes = (
        ("laptops", default.laptops, "concurrent laptops, each its own user and profile"),
        ("mutations", default.mutations, "mutations each laptop pushes"),
        ("batch", default.batch, "mutations per push request"),
        ("cases", default.cases, "cases each laptop holds, and as many again as a stand-in"),
        ("page-rows", default.page_rows, "max_rows of each pull page"),
        ("workers", default.pg_workers, "also run PostgreSQL with this many workers (1: don't)"),
    )
    for name, value, meaning in sizes:
        group.add_argument(f"--service-{name}", type=int, default=value, help=meaning)
    group.add_argument(
        "--service-profile-clock",
        choices=("cpu", "wall"),
        default="cpu",
        help="--profile service: CPU time, or wall time with the database waits",
    )
    group.add_argument(
        "--pg-url", default=DEFAULT_PG_URL, help="PostgreSQL where throw-away databases go"
    )


def service_sizes(parser: argparse.ArgumentParser, args: argparse.Namespace) -> ServiceSizes:
    if args.quick:
        return dataclasses.replace(QUICK_SIZES, seed=args.seed)
    sizes = ServiceSizes(
        laptops=args.service_laptops,
        mutations=args.service_mutations,
        batch=args.service_batch,
        cases=args.service_cases,
        page_rows=args.service_page_rows,
        pg_workers=args.service_workers,
        seed=args.seed,
    )
    if min(sizes.laptops, sizes.mutations, sizes.batch, sizes.cases, sizes.page_rows) < 1:
        parser.error("service sizes must be at least 1")
    if sizes.batch > MAX_BATCH:
        parser.error(f"--service-batch: at most {MAX_BATCH} (the protocol's limit per push)")
    return sizes
