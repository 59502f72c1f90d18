"""A closed case past its retention's laptop figure leaves the laptops (issue 7, e2e).

The real `dossier-sync` client and store against the service served by uvicorn; both
backends. The service's clock is 2026-03-02; hardship cases stay 30 days on laptops after
their closing date.
"""

from __future__ import annotations

from collections.abc import Callable

from fastapi import FastAPI

from tests.server.laptops import seed_case
from tests.sync.laptop import Laptop


def test_a_case_closed_long_ago_is_evicted_at_the_next_sync_and_a_recent_one_stays(
    app: FastAPI, make_laptop: Callable[[str], Laptop]
) -> None:
    anna = make_laptop("anna")
    old = seed_case(app, "R-OLD-1", "anna")
    recent = seed_case(app, "R-NEW-2", "anna")
    assert anna.sync().error is None
    records = anna.unlock().records
    records.update("case", old, {"status": "closed", "closed_on": "2026-01-20"})
    records.update("case", recent, {"status": "closed", "closed_on": "2026-02-20"})

    outcome = anna.sync()  # the closing goes up; this pull or the next evicts the old one

    assert outcome.error is None, outcome
    assert anna.sync().error is None
    cases = [c.id for c in anna.unlock().records.list("case", include_archived=True)]
    assert cases == [recent]
    assert anna.unlock().records.get("case", recent, audit_read=False)["status"] == "closed"
