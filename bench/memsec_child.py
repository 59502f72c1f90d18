"""One process of the memory-security benchmark (``python -m bench.memsec_child on|off ...``).

SQLCipher's `cipher_memory_security` is process-wide and cannot be switched off once on, so
each state is measured in a process of its own. Before any connection is opened this sets
`storage.engine.MEMORY_SECURITY`, then runs the store write, the unlock of the written store
and the search, and prints one JSON object on its last line of stdout: the figures, and the
state SQLCipher reports at the end (a check that the child really ran in the state asked for).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import sqlcipher3

import storage.engine
from bench.queries import benchmark_queries
from bench.report import median, percentile
from bench.search_latency import run_search
from bench.store_write import run_store_write
from bench.unlock import run_unlock
from storage.demo_data import generate_cases


def reported_state() -> int:
    """What SQLCipher reports for `cipher_memory_security` in this process (0 or 1)."""
    connection = sqlcipher3.connect(":memory:")
    try:
        return int(connection.execute("PRAGMA cipher_memory_security").fetchone()[0])
    finally:
        connection.close()


def measure(root: Path, args: argparse.Namespace) -> dict[str, Any]:
    """The write, unlock and search figures of this process."""
    cases = generate_cases(max(args.cases, args.search_cases), seed=args.seed)
    write = run_store_write(root / "write", cases[: args.cases], budget_s=0.0)
    figures: dict[str, Any] = {
        "write_cases_per_s": write.rate("ours"),
        "write_floor_sqlcipher_cases_per_s": write.rate("sqlcipher"),
        "write_floor_sqlite_cases_per_s": write.rate("sqlite"),
    }
    if write.workspace is not None and write.info is not None:
        unlock = run_unlock(write.workspace, write.info, label="memsec", rounds=args.unlocks)
        figures["unlock_s"] = median(unlock.ours_s)
        figures["unlock_floor_argon2id_s"] = median(unlock.floor_s)
    searched = cases[: args.search_cases]
    search = run_search(
        root / "search", searched, benchmark_queries(searched), rounds=1, unlock_rounds=1
    )
    ours = search.all_ours()
    figures |= {
        "search_p50_ms": median(ours),
        "search_p95_ms": percentile(ours, 95),
        "search_floor_fts_p50_ms": median(search.all_floor()),
    }
    return figures


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.memsec_child")
    parser.add_argument("state", choices=("on", "off"))
    parser.add_argument("--cases", type=int, default=300)
    parser.add_argument("--search-cases", type=int, default=2000)
    parser.add_argument("--unlocks", type=int, default=3)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--dir", type=Path)
    args = parser.parse_args(argv)
    storage.engine.MEMORY_SECURITY = args.state == "on"
    with tempfile.TemporaryDirectory(prefix="dossier-memsec-", dir=args.dir) as temp:
        root = Path(temp)
        (root / "write").mkdir()
        (root / "search").mkdir()
        figures = measure(root, args)
    figures |= {"state": args.state, "reported_state": reported_state()}
    print(json.dumps(figures), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
