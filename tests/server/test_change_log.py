"""Change log seqs are handed out in commit order (sync-designs §2.2, F01), on both backends."""

from __future__ import annotations

import threading
import time

from fastapi import FastAPI
from sqlalchemy import select

from sync.server.db.changes import Change, append_changes, sequenced_upto, server_epoch
from sync.server.db.tables import change_log


def _change(n: int) -> Change:
    return Change(f"case:{n}", "case", f"00000000-0000-7000-8000-{n:012d}", 1, {"n": n})


def test_a_writer_that_takes_seqs_later_waits_until_the_earlier_one_commits(app: FastAPI) -> None:
    db, now = app.state.context.db, app.state.context.clock()
    first_has_seqs, events = threading.Event(), []

    def slow_writer() -> None:
        with db.write() as conn:
            append_changes(conn, [_change(1), _change(2)], commit_group="g1", now=now)
            first_has_seqs.set()
            time.sleep(0.4)  # still uncommitted: a puller must not get past these seqs
            events.append("first committing")

    def fast_writer() -> None:
        first_has_seqs.wait()
        with db.write() as conn:
            seqs = append_changes(conn, [_change(3)], commit_group="g2", now=now)
            events.append(f"second got {list(seqs)}")

    threads = [threading.Thread(target=slow_writer), threading.Thread(target=fast_writer)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(10)
    # The second writer only got its seq once the first let go of the lock, at its commit.
    assert events == ["first committing", "second got [3]"]
    with db.read() as conn:
        rows = conn.execute(select(change_log.c.seq, change_log.c.commit_group)).all()
        assert sorted(rows) == [(1, "g1"), (2, "g1"), (3, "g2")]
        assert sequenced_upto(conn) == 3


def test_a_rolled_back_writer_leaves_no_gap(app: FastAPI) -> None:
    db, now = app.state.context.db, app.state.context.clock()
    try:
        with db.write() as conn:
            append_changes(conn, [_change(1)], commit_group="lost", now=now)
            raise RuntimeError("crash before commit")
    except RuntimeError:
        pass
    with db.write() as conn:
        assert list(append_changes(conn, [_change(2)], commit_group="kept", now=now)) == [1]


def test_the_database_has_a_random_server_epoch(app: FastAPI) -> None:
    with app.state.context.db.read() as conn:
        epoch = server_epoch(conn)
    assert len(epoch) == 32 and int(epoch, 16) >= 0
