"""A laptop whose scope grew past `MAX_BUCKETS`: the real client over real HTTP (issue 3).

Its push still goes up, the pull is refused with `scope_too_large`, and the code is what
`dossier-sync status` shows and what the app's status text explains.
"""

from __future__ import annotations

import io
import json
from collections.abc import Callable

import pytest
from fastapi import FastAPI
from sqlalchemy import select

from desktop.messages import SYNC_TEXTS, sync_message, translate
from sync.cli import main as sync_cli
from sync.client.layout import ProfileFiles
from sync.server.db.tables import ENTITY_TABLES
from sync.server.services import pull
from tests.server.laptops import seed_case
from tests.sync.conftest import Laptop


def test_a_scope_past_the_bucket_limit_is_reported_and_the_push_still_goes_up(
    app: FastAPI, make_laptop: Callable[[str], Laptop], monkeypatch: pytest.MonkeyPatch
) -> None:
    anna = make_laptop("anna")
    case_id = seed_case(app, "K-1", "anna")
    assert anna.sync().error is None
    for n in range(2, 4):
        seed_case(app, f"K-{n}", "anna")
    monkeypatch.setattr(pull, "MAX_BUCKETS", 2)  # three cases now: one too many
    anna.unlock().records.update("case", case_id, {"summary": "typed before the limit"})

    outcome = anna.sync()
    assert outcome.error == "scope_too_large"
    assert outcome.moved.sent == 1
    cases = ENTITY_TABLES["case"]
    with app.state.context.db.read() as conn:
        summary = conn.execute(select(cases.c.summary).where(cases.c.id == case_id)).scalar()
    assert summary == "typed before the limit"
    assert ProfileFiles(anna.info).state().last_error == "scope_too_large"
    anna.lock()
    out = io.StringIO()
    assert sync_cli(["status", "--json", "--data-dir", str(anna.workspace.root)], out) == 0
    (row,) = json.loads(out.getvalue())["profiles"]
    assert row["last_error"] == "scope_too_large"
    message = sync_message("scope_too_large")
    # Its own text, not the generic one (in whatever language an earlier test installed).
    assert message.text == translate(SYNC_TEXTS["scope_too_large"])
    assert message.text != sync_message("no_such_code").text  # the generic text
