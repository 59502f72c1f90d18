"""No canary left in the service database's files after an erasure (issue 7).

Canaries go into a case field, a person's name, a note and an attachment's bytes through the
real endpoints. The raw bytes of the database files are scanned before the erasure (the scan
must see every canary, or it proves nothing) and after it:

* SQLite: the database file and its -wal (`secure_delete` zeroes deleted content; the run's
  TRUNCATE checkpoint empties the WAL that still held the old pages).
* PostgreSQL: every relation file of the database (tables, indexes, TOAST), read with
  `pg_relation_filepath` + `pg_read_binary_file` as the superuser after a CHECKPOINT (the
  run's VACUUM FULL rewrote the touched tables).
"""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import text
from sqlalchemy.engine import make_url

from sync.server.services import retention_run
from tests.server.erasure_case import SERVICE_DAY, build

_RELATIONS = text(
    "SELECT pg_relation_filepath(c.oid) FROM pg_class c"
    " WHERE c.relnamespace IN ('public'::regnamespace, 'pg_toast'::regnamespace)"
    " AND c.relkind IN ('r', 'i', 't') AND pg_relation_filepath(c.oid) IS NOT NULL"
)

_READ = text(
    "SELECT pg_read_binary_file(CAST(:f AS text), 0,"
    " COALESCE((pg_stat_file(CAST(:f AS text), true)).size, 0), true)"
)


def hits(app: FastAPI, canaries: list[str]) -> set[str]:
    """The canaries found in the raw bytes of the service's database files."""
    db = app.state.context.db
    needles = {c: c.encode() for c in canaries}
    if db.dialect == "sqlite":
        path = Path(str(make_url(str(db.engine.url)).database))
        blobs = [p.read_bytes() for p in (path, Path(f"{path}-wal")) if p.exists()]
    else:
        with db.engine.connect() as plain:
            conn = plain.execution_options(isolation_level="AUTOCOMMIT")
            conn.execute(text("CHECKPOINT"))  # the pages reach the files
            files = list(conn.execute(_RELATIONS).scalars())
            blobs = [bytes(conn.execute(_READ, {"f": f}).scalar() or b"") for f in files]
    return {name for name, needle in needles.items() if any(needle in b for b in blobs)}


def test_an_erased_case_leaves_no_canary_in_the_database_files(
    app: FastAPI, client: TestClient
) -> None:
    built = build(app, client)
    assert hits(app, built.canaries) == set(built.canaries)  # the scan sees every one

    context = app.state.context
    report = retention_run.run_retention(
        context.db,
        policy=context.settings.retention,
        today=SERVICE_DAY,
        now=context.clock(),
    )

    assert [e.case_id for e in report.erased] == [built.case_a]
    expected = "wal_checkpoint_truncate" if context.db.dialect == "sqlite" else "vacuum_full"
    assert report.scrub == expected
    assert hits(app, built.canaries) == set()
