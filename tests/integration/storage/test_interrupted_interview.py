"""An interrupted interview is read-only until it is continued, on a real encrypted profile.

No sitting is going on while an interview is interrupted, so the store refuses answers and
participants: the protocol would otherwise attribute them to no sitting.
"""

from __future__ import annotations

import pytest

from storage.errors import ValidationFailed
from storage.services.records import pending_mutations
from storage.sittings import INTERRUPTED, is_interrupted
from storage.unlocked import OpenProfile
from tests.integration.storage.test_casework import CASE, complete_answers


@pytest.fixture
def case_id(profile: OpenProfile) -> str:
    return profile.records.create("case", CASE).id


def _outbox_size(profile: OpenProfile) -> int:
    with profile.store.read() as conn:
        return len(pending_mutations(conn))


def test_answers_of_an_interrupted_interview_are_refused_and_nothing_is_written(
    profile: OpenProfile, case_id: str
) -> None:
    casework = profile.casework
    interview = casework.start_interview(case_id, "initial_interview", "ti", "INT-204")
    casework.save_answers(interview.id, {"family_name": "Tesfay"})
    paused = casework.interrupt_interview(interview.id, "Person unwell")
    queued = _outbox_size(profile)

    with pytest.raises(ValidationFailed) as refused:
        casework.save_answers(interview.id, {"family_name": "Tesfaye"})
    assert refused.value.fields == {"answers": INTERRUPTED}
    with pytest.raises(ValidationFailed) as people:
        casework.set_participants(interview.id, language="ar", interpreter="INT-310")
    assert people.value.fields == {"language": INTERRUPTED, "interpreter": INTERRUPTED}
    with pytest.raises(ValidationFailed) as direct:  # the generic write path too
        profile.records.update("interview", interview.id, {"interpreter": "INT-9"})
    assert direct.value.fields == {"interpreter": INTERRUPTED}

    kept = profile.records.get("interview", interview.id, audit_read=False)
    assert kept.values == paused.values and kept.updated_hlc == paused.updated_hlc
    assert _outbox_size(profile) == queued


def test_an_unchanged_autosave_of_an_interrupted_interview_writes_nothing_and_passes(
    profile: OpenProfile, case_id: str
) -> None:
    casework = profile.casework
    interview = casework.start_interview(case_id, "initial_interview", "ti", "INT-204")
    casework.save_answers(interview.id, {"family_name": "Tesfay"})
    paused = casework.interrupt_interview(interview.id)

    same = casework.save_answers(interview.id, {"family_name": "Tesfay"})
    casework.set_participants(interview.id, language="ti", interpreter="INT-204")
    assert same.updated_hlc == paused.updated_hlc


def test_continuing_sets_the_participants_and_answers_are_accepted_again(
    profile: OpenProfile, case_id: str
) -> None:
    casework = profile.casework
    interview = casework.start_interview(case_id, "initial_interview", "ti", "INT-204")
    casework.interrupt_interview(interview.id)

    resumed = casework.continue_interview(interview.id, language="ar", interpreter="INT-310")
    assert (resumed["language"], resumed["interpreter"]) == ("ar", "INT-310")
    saved = casework.save_answers(interview.id, {"family_name": "Tesfay"})
    assert saved["answers"] == {"family_name": "Tesfay"}
    moved = casework.set_participants(interview.id, language="ar", interpreter="INT-311")
    assert moved["interpreter"] == "INT-311"


def test_an_interrupted_interview_can_still_be_finalised(
    profile: OpenProfile, case_id: str
) -> None:
    casework = profile.casework
    template = casework.templates()["return_counselling"]
    interview = casework.start_interview(case_id, "return_counselling", "fa", None)
    casework.save_answers(interview.id, complete_answers(template))
    casework.interrupt_interview(interview.id, "Enough for today")

    final = casework.finalise_interview(interview.id)
    assert final["status"] == "finalised" and not is_interrupted(final.values)
    assert final["sittings"][0]["reason"] == "Enough for today"
