"""Run every benchmark against its floor and print one table (``python -m bench.run``).

    python -m bench.run                      # full run: 5,000 cases written, search at 10,000
    python -m bench.run --quick              # smoke run, small sizes, well under 30 s
    python -m bench.run --json out.json      # also write every figure and the machine
    python -m bench.run --profile write      # cProfile our side of one benchmark, print hotspots
    python -m bench.run --only service       # the sync service: 8 laptops, SQLite and PostgreSQL
    python -m bench.run --only sync          # the sync client, service on SQLite and PostgreSQL
    python -m bench.run --only app           # the app: cold start, keystrokes, memory (offscreen)
    python -m bench.run --only duplicates    # the first duplicate check at 1,000 and 10,000 persons
    python -m bench.run --only memsec        # SQLCipher memory security ON vs OFF (on request)

Exit status is 0 whether goals are met or missed (a benchmark is not a test); it is 1 only when
the run itself cannot be trusted: the floor no longer writes the rows the services write, or
the search seed no longer answers like a store written through the services, or the service
benchmark lost, duplicated or refused a mutation or a change, or a sync of the sync client
benchmark failed or lost something, or the app crashed.
"""

from __future__ import annotations

import argparse
import cProfile
import dataclasses
import io
import pstats
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from bench.app_start import add_app_arguments, app_details, app_lines, app_sizes, run_app
from bench.duplicates_check import (
    DEFAULT_PERSONS,
    duplicates_details,
    duplicates_lines,
    run_duplicates,
)
from bench.machine import load_average, machine_info
from bench.memsec import (
    add_memsec_arguments,
    memsec_details,
    memsec_lines,
    memsec_sizes,
    run_memsec,
)
from bench.queries import benchmark_queries
from bench.report import Line, format_table, write_json
from bench.search_latency import run_search, search_details, search_lines, seed_mismatches
from bench.service_args import add_service_arguments, service_sizes
from bench.service_report import service_details, service_lines
from bench.service_throughput import run_service
from bench.store_write import run_store_write, write_details, write_lines
from bench.sync_client import run_sync, sync_details, sync_lines, sync_problems
from bench.sync_phases import add_sync_arguments, sync_backends, sync_sizes
from bench.unlock import run_unlock, unlock_details, unlock_line
from bench.workspace import new_profile
from storage.demo_data import generate_cases

BENCHMARKS = ("unlock", "write", "search", "duplicates", "service", "sync", "app")
ON_REQUEST = ("memsec",)  # only with --only: its child processes repeat the others
PROFILED = (
    "unlock",
    "write",
    "search",
    "duplicates",
    "service",
    "sync",
)  # the app runs in other processes
SEED_CHECK_CASES = 40


def _arguments(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench.run", description=__doc__.split("\n")[0])
    parser.add_argument("--json", type=Path, help="write every figure and the machine here")
    parser.add_argument("--n", type=int, default=5000, help="cases written (default 5000)")
    parser.add_argument("--search-n", type=int, default=10000, help="cases searched (10000)")
    parser.add_argument("--quick", action="store_true", help="small sizes: a smoke run")
    parser.add_argument("--seed", type=int, default=7, help="demo data seed (default 7)")
    parser.add_argument(
        "--write-budget",
        type=float,
        default=75.0,
        help="stop the store write once ours has spent this many seconds (0: never; default 75)",
    )
    parser.add_argument("--rounds", type=int, default=3, help="passes over the query list")
    parser.add_argument(
        "--dup-persons",
        default=",".join(map(str, DEFAULT_PERSONS)),
        help="persons of each first duplicate check (default 1000,10000)",
    )
    parser.add_argument("--unlock-rounds", type=int, default=5, help="unlocks per median")
    parser.add_argument("--only", default=",".join(BENCHMARKS), help="e.g. write,search")
    parser.add_argument("--dir", type=Path, help="where the throw-away stores live (not tmpfs)")
    parser.add_argument("--profile", choices=PROFILED, help="cProfile our side of one")
    parser.add_argument("--profile-out", type=Path, help="save the profile (pstats) here")
    add_service_arguments(parser)
    add_sync_arguments(parser)
    add_app_arguments(parser)
    add_memsec_arguments(parser)
    args = parser.parse_args(argv)
    args.service = service_sizes(parser, args)
    args.sync = sync_sizes(parser, args)
    args.app = app_sizes(parser, args)
    args.memsec = memsec_sizes(parser, args)
    args.dup_persons = [int(n) for n in str(args.dup_persons).split(",") if n.strip()]
    if args.quick:
        args.n, args.search_n, args.rounds, args.unlock_rounds = 60, 300, 1, 1
        args.write_budget = 0.0
        args.dup_persons = [300]
    if not args.dup_persons or min(args.dup_persons) < 2:
        parser.error("--dup-persons: at least 2 persons each")
    if min(args.n, args.search_n, args.rounds, args.unlock_rounds) < 1:
        parser.error("sizes, rounds and unlock rounds must be at least 1")
    args.only = {b.strip() for b in args.only.split(",") if b.strip()}
    unknown = args.only - set(BENCHMARKS) - set(ON_REQUEST)
    if unknown:
        parser.error(f"unknown benchmark(s): {', '.join(sorted(unknown))}")
    chosen = sync_backends(parser, args) if "sync" in args.only else ([], None)
    args.sync_backends, args.sync_left_out = chosen
    return args


def _say(message: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


class Run:
    """One benchmark run: its settings, the lines of the table and the JSON document."""

    def __init__(self, args: argparse.Namespace, root: Path) -> None:
        self.args = args
        self.root = root
        self.lines: list[Line] = []
        self.details: dict[str, Any] = {}
        own_profiler = args.profile not in (None, "service", "app")
        self.profiler = cProfile.Profile() if own_profiler else None
        self.service_profiles: dict[str, pstats.Stats] = {}
        self.trusted = True
        store_benchmarks = args.only - {"service", "sync", "app", "memsec"}  # they make their own
        needed = max(args.n, args.search_n, *args.dup_persons)  # a case holds 1-5 persons
        self.cases = generate_cases(needed, seed=args.seed) if store_benchmarks else []

    def profiler_for(self, benchmark: str) -> cProfile.Profile | None:
        return self.profiler if self.args.profile == benchmark else None

    def unlock(self) -> None:
        _say("unlock: empty profile")
        workspace, info = new_profile(self.root, "unlocker")
        result = run_unlock(
            workspace,
            info,
            label="new profile",
            rounds=self.args.unlock_rounds,
            profiler=self.profiler_for("unlock"),
        )
        self.lines.append(unlock_line(result))
        self.details["unlock"] = unlock_details(result)

    def write(self) -> None:
        budget = f", budget {self.args.write_budget:.0f} s" if self.args.write_budget else ""
        _say(f"store write: {self.args.n} cases, three writers in turn{budget}")
        result = run_store_write(
            self.root,
            self.cases[: self.args.n],
            budget_s=self.args.write_budget,
            profiler=self.profiler_for("write"),
        )
        self.lines += write_lines(result)
        self.details["store_write"] = write_details(result)
        if result.our_domain_rows != result.floor_rows:
            self.trusted = False
            _say(f"ROWS DIFFER: ours {result.our_domain_rows}, floor {result.floor_rows}")
        if result.workspace is None or result.info is None:
            return
        _say(f"unlock: the store holding {result.written} cases")
        unlock = run_unlock(
            result.workspace,
            result.info,
            label=f"{result.written} cases written",
            rounds=self.args.unlock_rounds,
        )
        self.lines.append(unlock_line(unlock))
        self.details["unlock_written_store"] = unlock_details(unlock)

    def search(self) -> None:
        cases = self.cases[: self.args.search_n]
        queries = benchmark_queries(cases)
        _say(f"search: checking the seed against the services on {SEED_CHECK_CASES} cases")
        check = self.cases[:SEED_CHECK_CASES]
        mismatches = seed_mismatches(self.root, check, benchmark_queries(check))
        self.details["seed_check"] = {"cases": len(check), "mismatching_queries": mismatches}
        if mismatches:
            self.trusted = False
            _say(f"SEED MISMATCH on {len(mismatches)} queries: fix bench/seed.py")
        _say(f"search: seeding {len(cases)} cases, then {len(queries)} queries")
        result = run_search(
            self.root,
            cases,
            queries,
            rounds=self.args.rounds,
            unlock_rounds=self.args.unlock_rounds,
            profiler=self.profiler_for("search"),
        )
        self.lines += search_lines(result)
        self.details["search"] = search_details(result)
        if result.unlock is not None:
            self.lines.append(unlock_line(result.unlock))
            self.details["unlock_seeded_store"] = unlock_details(result.unlock)

    def duplicates(self) -> None:
        sizes = self.args.dup_persons
        _say(f"duplicates: first check of {', '.join(map(str, sizes))} persons, then the floor")
        results = run_duplicates(
            self.root, self.cases, sizes, profiler=self.profiler_for("duplicates")
        )
        self.lines += duplicates_lines(results)
        self.details["duplicates"] = duplicates_details(results)

    def service(self) -> None:
        sizes = self.args.service
        _say(
            f"service: {sizes.laptops} laptops x {sizes.mutations} mutations, SQLite and "
            f"PostgreSQL ({self.args.pg_url.split('@')[-1]})"
        )
        result = run_service(
            self.root,
            sizes,
            pg_url=self.args.pg_url,
            profile=self.args.profile == "service",
            profile_clock=self.args.service_profile_clock,
            say=_say,
        )
        self.lines += service_lines(result)
        self.details["service"] = service_details(result)
        if result.problems:
            self.trusted = False
            for problem in result.problems:
                _say(f"SERVICE CHECK FAILED: {problem}")
        if result.profile is not None and result.profile.profile_dir is not None:
            for kind in ("push", "pull"):  # read now: the temporary directory goes at the end
                found = result.profile.profile_dir / f"{kind}.pstats"
                self.service_profiles[kind] = pstats.Stats(str(found), stream=io.StringIO())

    def sync(self) -> None:
        sizes, backends = self.args.sync, self.args.sync_backends
        _say(
            f"sync: initial {sizes.cases} cases, push {sizes.push}, pull {sizes.pull}, "
            f"{sizes.laptops} laptops x {sizes.edits} edits (real client and service, "
            f"the service on {' and '.join(backends)})"
        )
        details: dict[str, Any] = {"postgresql_left_out": self.args.sync_left_out}
        if self.args.sync_left_out:
            _say(
                f"sync: PostgreSQL left out: {self.args.sync_left_out} "
                "(--sync-backends postgresql makes this an error)"
            )
        for backend in backends:
            result = run_sync(
                self.root,
                sizes,
                backend=backend,
                pg_url=self.args.pg_url,
                say=_say,
                profiler=self.profiler_for("sync"),
            )
            self.lines += sync_lines(result)
            details[backend] = sync_details(result)
            for problem in sync_problems(result):
                self.trusted = False
                _say(f"SYNC CHECK FAILED: {problem}")
        self.details["sync"] = details

    def app(self) -> None:
        sizes = self.args.app
        _say(f"app: {sizes.cases} cases, cold start offscreen, then keystrokes")
        result = run_app(self.root, sizes, say=_say)
        self.lines += app_lines(result)
        self.details["app"] = app_details(result)
        if result.problems:
            self.trusted = False
            for problem in result.problems:
                _say(f"APP CHECK FAILED: {problem}")

    def memsec(self) -> None:
        result = run_memsec(self.root, self.args.memsec, say=_say)
        self.lines += memsec_lines(result)
        self.details["memsec"] = memsec_details(result)
        for problem in result.problems:
            self.trusted = False
            _say(f"MEMSEC CHECK FAILED: {problem}")


def hotspots(profile: cProfile.Profile | pstats.Stats, top: int = 25, restrict: str = "") -> str:
    """The top functions by cumulative and by own time (`restrict`: a regex on the path)."""
    out = io.StringIO()
    stats = pstats.Stats(stream=out)
    stats.add(profile)
    if restrict:
        stats.sort_stats("cumulative").print_stats(restrict, top)
    else:
        stats.strip_dirs().sort_stats("cumulative").print_stats(top)
    stats.sort_stats("tottime").print_stats(top)
    return out.getvalue()


def _settings(args: argparse.Namespace) -> dict[str, Any]:
    return {
        "n": args.n,
        "search_n": args.search_n,
        "quick": args.quick,
        "seed": args.seed,
        "write_budget_s": args.write_budget,
        "rounds": args.rounds,
        "dup_persons": args.dup_persons,
        "unlock_rounds": args.unlock_rounds,
        "only": sorted(args.only),
        "profile": args.profile,
        "service": dataclasses.asdict(args.service) if "service" in args.only else None,
        "sync": dataclasses.asdict(args.sync) if "sync" in args.only else None,
        "sync_backends": args.sync_backends,
        "app": dataclasses.asdict(args.app) if "app" in args.only else None,
        "memsec": dataclasses.asdict(args.memsec) if "memsec" in args.only else None,
    }


def _execute(run: Run) -> None:
    for name in BENCHMARKS + ON_REQUEST:
        if name in run.args.only:
            getattr(run, name)()


def _print(run: Run, elapsed: float, machine: dict[str, Any], load: list[float]) -> None:
    print(format_table(run.lines))
    print(
        f"\n{elapsed:.0f} s on {machine['cpu_count']} CPUs, load {load} -> {load_average()}, "
        f"SQLCipher {machine['versions']['sqlcipher']}",
        flush=True,
    )
    if run.profiler is not None:
        print(f"\ncProfile of our side of '{run.args.profile}':\n{hotspots(run.profiler)}")
        if run.args.profile_out:
            run.profiler.dump_stats(run.args.profile_out)
    for kind, stats in run.service_profiles.items():
        clock = run.args.service_profile_clock
        print(f"\ncProfile ({clock} time) of the service's {kind} requests, our code first:")
        print(hotspots(stats, restrict=r"/(sync|storage)/"))
        if run.args.profile_out:
            target = run.args.profile_out
            target = target if kind == "push" else target.with_name(f"{target.stem}-pull.pstats")
            stats.dump_stats(target)


def _document(
    run: Run, elapsed: float, machine: dict[str, Any], load: list[float]
) -> dict[str, Any]:
    return {
        "machine": machine | {"load_before": load, "load_after": load_average()},
        "settings": _settings(run.args),
        "elapsed_s": elapsed,
        "lines": [line.as_dict() for line in run.lines],
        "trusted": run.trusted,
        **run.details,
    }


def main(argv: Sequence[str] | None = None) -> int:
    """Run the chosen benchmarks in a throw-away directory; print the table, write the JSON."""
    args = _arguments(argv)
    started, load = time.perf_counter(), load_average()
    with tempfile.TemporaryDirectory(prefix="dossier-bench-", dir=args.dir) as temp:
        machine = machine_info(Path(temp))
        run = Run(args, Path(temp))
        _execute(run)
    elapsed = time.perf_counter() - started
    _print(run, elapsed, machine, load)
    if args.json:
        write_json(args.json, _document(run, elapsed, machine, load))
    return 0 if run.trusted else 1


if __name__ == "__main__":
    sys.exit(main())
