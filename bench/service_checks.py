"""Nothing lost: the checks after a timed service run (untimed; any failure fails the run).

* every push was answered 200, its sealed answer verifies and opens, and holds one `applied`
  result for each of the laptop's mutations, in order;
* the service's mutation log holds exactly laptops x mutations rows, all `applied`;
* every pull page verifies and opens; the acks it carried cover every mutation once;
* after one more sync per laptop (for what others committed after its last timed page),
  every laptop received every change-log row of the cases it holds, written after its first
  sync, exactly once, nothing else, and its replica matches the service's bucket checksums.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Any

from sqlalchemy import func, select

from bench.service_floor import Exchange
from bench.service_laptops import Http, Laptop
from sync.protocol.buckets import case_bucket
from sync.server.db.database import Database
from sync.server.db.tables import change_log, mutation_log


def check_run(
    db: Database,
    fleet: Sequence[Laptop],
    records: Sequence[Sequence[Exchange]],
    *,
    mutations: int,
    page_rows: int,
    port: int,
) -> tuple[dict[str, Any], list[str]]:
    """The figures of the checks and the problems found (none: nothing lost)."""
    problems: list[str] = []
    statuses: Counter[str] = Counter()
    timed_changes = 0
    everything = list(range(1, mutations + 1))
    for laptop, record in zip(fleet, records, strict=True):
        seqs = []
        for ex in record:
            if ex.status != 200:
                problems.append(f"{laptop.login}: {ex.kind} answered {ex.status}")
            elif ex.kind == "push":
                answer = laptop.open_result(ex.response)
                statuses.update(r.status.value for r in answer.results)
                seqs += [r.mutation_seq for r in answer.results]
            else:
                laptop.apply(laptop.open_page(ex.response))
        if seqs != everything:
            problems.append(f"{laptop.login}: push results for {len(seqs)} mutations")
        if sorted(laptop.acked) != everything:
            problems.append(f"{laptop.login}: {len(laptop.acked)} acks pulled")
        timed_changes += len(laptop.delivered)
    http = Http(port)
    try:
        catch_up = [laptop.sync(http, page_rows, results_after=mutations) for laptop in fleet]
    finally:
        http.close()
    with db.read() as conn:
        by_status = select(mutation_log.c.status, func.count()).group_by(mutation_log.c.status)
        logged: dict[str, int] = {str(s): int(n) for s, n in conn.execute(by_status).all()}
        changes = conn.execute(select(change_log.c.bucket, change_log.c.seq)).all()
    expected_log = len(fleet) * mutations
    if sum(logged.values()) != expected_log:
        problems.append(f"mutation log holds {sum(logged.values())}, not {expected_log}")
    if set(statuses) != {"applied"} or set(logged) != {"applied"}:
        problems.append(f"not every mutation applied: {dict(statuses)}, log {logged}")
    per_laptop = [_deliveries(laptop, changes) for laptop in fleet]
    for laptop, found in zip(fleet, per_laptop, strict=True):
        if found["duplicates"] or found["missing"] or found["unexpected"]:
            problems.append(f"{laptop.login}: deliveries {found}")
        wrong = laptop.checksum_mismatches()
        if wrong:
            problems.append(f"{laptop.login}: {len(wrong)} bucket checksums differ")
    first_sync = max((c for lap in fleet for c in lap.start_cursors.values()), default=0)
    checks = {
        "mutation_log_rows": sum(logged.values()),
        "mutation_log_by_status": logged,
        "push_results_by_status": dict(statuses),
        "change_log_rows_written": sum(1 for c in changes if c.seq > first_sync),
        "changes_delivered_in_timed_pulls": timed_changes,
        "changes_delivered_in_catch_up": sum(f["delivered"] for f in per_laptop) - timed_changes,
        "catch_up_pages": sum(catch_up),
        "per_laptop": per_laptop,
        "checksums_compared": sum(len(lap.checksums) for lap in fleet),
        "nothing_lost": not problems,
    }
    return checks, problems


def _deliveries(laptop: Laptop, changes: Sequence[Any]) -> dict[str, int]:
    buckets = {case_bucket(c) for c in laptop.held_cases}
    expected = {
        (c.bucket, c.seq)
        for c in changes
        if c.bucket in buckets and c.seq > laptop.start_cursors.get(c.bucket, 0)
    }
    got = set(laptop.delivered)
    return {
        "expected": len(expected),
        "delivered": len(laptop.delivered),
        "duplicates": len(laptop.delivered) - len(got),
        "missing": len(expected - got),
        "unexpected": len(got - expected),
    }
