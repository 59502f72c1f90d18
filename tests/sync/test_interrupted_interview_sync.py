"""An interview interrupted on this laptop still takes the service's changes from a pull.

The store refuses local answers while an interview is interrupted; what another laptop wrote
and the service accepted is not a local edit and must still arrive.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from fastapi import FastAPI

from storage.errors import ValidationFailed
from storage.sittings import INTERRUPTED, is_interrupted
from tests.server.laptops import seed_case
from tests.sync.conftest import Laptop


def test_answers_from_another_laptop_reach_an_interview_interrupted_here(
    app: FastAPI, make_laptop: Callable[[str], Laptop]
) -> None:
    anna, ben = make_laptop("anna"), make_laptop("ben")
    case_id = seed_case(app, "K-63", "anna", "ben")
    assert anna.sync().error is None
    interview = anna.unlock().casework.start_interview(case_id, "initial_interview", "ti", None)
    assert anna.sync().error is None and ben.sync().error is None

    ben.unlock().casework.interrupt_interview(interview.id, "Interpreter left")
    anna.unlock().casework.save_answers(interview.id, {"family_name": "Tesfay"})
    assert anna.sync().error is None
    outcome = ben.sync()
    assert outcome.error is None

    seen = ben.unlock().records.get("interview", interview.id, audit_read=False)
    assert seen["answers"] == {"family_name": "Tesfay"}  # the service's value applied
    assert is_interrupted(seen.values)
    with pytest.raises(ValidationFailed) as refused:  # ben's own edits wait for "continue"
        ben.unlock().casework.save_answers(interview.id, {"family_name": "Other"})
    assert refused.value.fields == {"answers": INTERRUPTED}
    assert anna.sync().error is None
    there = anna.unlock().records.get("interview", interview.id, audit_read=False)
    assert is_interrupted(there.values) and there["answers"] == {"family_name": "Tesfay"}
