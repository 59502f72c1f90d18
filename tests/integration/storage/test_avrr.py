"""Return assistance (AVRR) on a real encrypted profile: the status flow the store enforces,
the reminders each step creates from the rules in data, the budget and its currency."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from sqlalchemy import select

from storage.deadlines import decode_explanation
from storage.errors import ErrorCode, StoreError, ValidationFailed
from storage.schema import AVRR_STATUSES
from storage.services.avrr import (
    ALREADY_STARTED,
    IN_FUTURE,
    NOT_ELIGIBLE,
    ReturnAssistanceService,
    currency_for,
)
from storage.services.records import Record
from storage.tables import audit_event, outbox
from storage.unlocked import OpenProfile
from storage.validation import AVRR_STATUS_TRANSITIONS, transition_allowed

TODAY = date(2026, 11, 27)
CASE = {
    "case_number": "VD-2026-000777",
    "case_type": "return_assistance",
    "status": "open",
    "region": "VD",
}
PLAN = {"programme": "SIM", "country": "SY", "eligible": True, "travel_date": "2026-12-23"}


def _service(profile: OpenProfile) -> ReturnAssistanceService:
    return ReturnAssistanceService(profile.context, profile.records, profile.casework)


def _case(profile: OpenProfile, **values: Any) -> str:
    return profile.records.create("case", CASE | values).id


def _started(profile: OpenProfile, **values: Any) -> Record:
    return _service(profile).start(_case(profile), PLAN | values)


def _registered(profile: OpenProfile, **values: Any) -> Record:
    record = _started(profile, **values)
    moved = _service(profile).move(
        record.id, "registered", expected_hlc=record.updated_hlc, today=TODAY
    )
    return moved.record


def _open_tasks(profile: OpenProfile, case_id: str | None) -> dict[str, Record]:
    tasks = profile.records.list("task", case_id=case_id)
    return {t["rule"]: t for t in tasks if not t["done"]}


# --- the status flow ----------------------------------------------------------------------


def test_the_declared_flow_is_counselling_registered_departed_monitoring_or_cancelled() -> None:
    assert set(AVRR_STATUS_TRANSITIONS) == set(AVRR_STATUSES)
    assert transition_allowed("return_assistance", "status", "counselling", "registered")
    assert transition_allowed("return_assistance", "status", "registered", "departed")
    assert transition_allowed("return_assistance", "status", "departed", "monitoring")
    assert not transition_allowed("return_assistance", "status", "counselling", "departed")
    assert not transition_allowed("return_assistance", "status", "departed", "cancelled")
    assert not transition_allowed("return_assistance", "status", "monitoring", "counselling")
    assert AVRR_STATUS_TRANSITIONS["monitoring"] == ()


def test_return_assistance_starts_in_counselling_once_per_case(profile: OpenProfile) -> None:
    case_id = _case(profile)
    service = _service(profile)
    record = service.start(case_id, PLAN | {"status": "departed"})  # a status is not chosen
    assert record["status"] == "counselling"
    with pytest.raises(ValidationFailed) as twice:
        service.start(case_id, PLAN)
    assert twice.value.fields == {"case_id": ALREADY_STARTED}
    assert len(profile.records.list("return_assistance", case_id=case_id)) == 1


def test_the_store_refuses_a_status_jump_whichever_way_it_is_written(
    profile: OpenProfile,
) -> None:
    record = _started(profile)
    service = _service(profile)
    with pytest.raises(ValidationFailed) as jump:
        service.move(record.id, "departed", expected_hlc=record.updated_hlc, today=TODAY)
    assert jump.value.fields == {"status": "illegal_transition"}
    with pytest.raises(ValidationFailed) as direct:  # the generic write path: same rule
        profile.records.update("return_assistance", record.id, {"status": "monitoring"})
    assert direct.value.fields == {"status": "illegal_transition"}
    with pytest.raises(ValidationFailed) as through_save:
        service.save(record.id, {"status": "registered"}, expected_hlc="x", today=TODAY)
    assert through_save.value.fields == {"status": "illegal_transition"}
    stored = profile.records.get("return_assistance", record.id)
    assert stored["status"] == "counselling" and stored.version == record.version


def test_registering_needs_an_eligible_person(profile: OpenProfile) -> None:
    record = _started(profile, eligible=None)
    service = _service(profile)
    with pytest.raises(ValidationFailed) as refused:
        service.move(record.id, "registered", expected_hlc=record.updated_hlc, today=TODAY)
    assert refused.value.fields == {"eligible": NOT_ELIGIBLE}
    assert _open_tasks(profile, record.case_id) == {}


def test_a_step_on_a_stale_record_is_a_version_conflict(profile: OpenProfile) -> None:
    record = _started(profile)
    _service(profile).save(
        record.id, {"reintegration_budget": 100}, expected_hlc=record.updated_hlc, today=TODAY
    )
    with pytest.raises(StoreError) as stale:
        _service(profile).move(
            record.id, "registered", expected_hlc=record.updated_hlc, today=TODAY
        )
    assert stale.value.code is ErrorCode.VERSION_CONFLICT


# --- reminders from the rules in data -------------------------------------------------------


def test_registering_creates_travel_reminders_with_their_explanation_and_is_audited(
    profile: OpenProfile,
) -> None:
    record = _started(profile)
    result = _service(profile).move(
        record.id, "registered", expected_hlc=record.updated_hlc, today=TODAY
    )
    assert result.record["status"] == "registered" and result.skipped is None
    due = {t["rule"]: t["due_on"] for t in result.created}
    # Two weeks before Wednesday 23.12.; two working days after it, Christmas not counted.
    assert due == {"avrr_travel_preparation": "2026-12-09", "avrr_departure_check": "2026-12-28"}
    check = next(t for t in result.created if t["rule"] == "avrr_departure_check")
    assert check["kind"] == "reminder" and check["title"] == "deadline.avrr_departure_check"
    steps = decode_explanation(check["explanation"])
    assert [s.code for s in steps] == ["counted", "holiday_skipped"]
    assert steps[1].params["on"] == "2026-12-25" and steps[1].params["region"] == "CH-VD"
    assert _open_tasks(profile, record.case_id).keys() == due.keys()

    with profile.store.read() as conn:
        events = conn.execute(
            select(audit_event).where(audit_event.c.object_id == record.id)
        ).fetchall()
        kinds = [r.kind for r in conn.execute(select(outbox).order_by(outbox.c.mutation_seq))]
    assert [(e.action, e.detail.get("fields")) for e in events][-1] == ("update", "status")
    assert kinds[-3:] == ["return_assistance.update.v1", "task.create.v1", "task.create.v1"]


def test_a_reminder_already_past_is_not_created(profile: OpenProfile) -> None:
    record = _started(profile, travel_date="2026-12-03")  # preparation would be 19.11.
    result = _service(profile).move(
        record.id, "registered", expected_hlc=record.updated_hlc, today=TODAY
    )
    assert [t["rule"] for t in result.created] == ["avrr_departure_check"]


def test_a_new_travel_date_recomputes_the_open_travel_reminders(profile: OpenProfile) -> None:
    record = _registered(profile)
    result = _service(profile).save(
        record.id, {"travel_date": "2027-01-12"}, expected_hlc=record.updated_hlc, today=TODAY
    )
    assert {t["due_on"] for t in result.withdrawn} == {"2026-12-09", "2026-12-28"}
    assert all(t.archived for t in result.withdrawn)
    remaining = {rule: t["due_on"] for rule, t in _open_tasks(profile, record.case_id).items()}
    assert remaining == {
        "avrr_travel_preparation": "2026-12-29",
        "avrr_departure_check": "2027-01-14",
    }
    unchanged = _service(profile).save(
        record.id,
        {"reintegration_budget": 2000},
        expected_hlc=result.record.updated_hlc,
        today=TODAY,
    )
    assert unchanged.created == () and unchanged.withdrawn == ()


def test_the_departure_ticks_travel_reminders_off_and_starts_monitoring(
    profile: OpenProfile,
) -> None:
    record = _registered(profile)
    service = _service(profile)
    later = date(2027, 1, 5)
    with pytest.raises(ValidationFailed) as no_date:
        service.move(record.id, "departed", expected_hlc=record.updated_hlc, today=later)
    assert no_date.value.fields == {"departed_on": "required"}
    with pytest.raises(ValidationFailed) as future:
        service.move(
            record.id,
            "departed",
            expected_hlc=record.updated_hlc,
            today=later,
            departed_on=date(2027, 1, 6),
        )
    assert future.value.fields == {"departed_on": IN_FUTURE}

    result = service.move(
        record.id,
        "departed",
        expected_hlc=record.updated_hlc,
        today=later,
        departed_on=date(2026, 11, 30),
    )
    assert {t["rule"]: t["done"] for t in result.withdrawn} == {
        "avrr_travel_preparation": True,
        "avrr_departure_check": True,
    }
    due = {t["rule"]: t["due_on"] for t in result.created}
    # 30.11. + 3 months: February has no 30th, so 28.02.2027 — a Sunday, so Monday 1.3.
    assert due == {"avrr_monitoring_first": "2027-03-01", "avrr_monitoring_final": "2027-05-31"}
    first = next(t for t in result.created if t["rule"] == "avrr_monitoring_first")
    codes = [s.code for s in decode_explanation(first["explanation"])]
    assert codes == ["counted", "month_end", "shifted"]

    monitoring = service.move(
        record.id, "monitoring", expected_hlc=result.record.updated_hlc, today=later
    )
    assert monitoring.created == () and monitoring.withdrawn == ()
    with pytest.raises(ValidationFailed):
        service.move(
            record.id, "cancelled", expected_hlc=monitoring.record.updated_hlc, today=later
        )


def test_cancelling_withdraws_open_reminders_and_counselling_can_start_again(
    profile: OpenProfile,
) -> None:
    record = _registered(profile)
    service = _service(profile)
    cancelled = service.move(record.id, "cancelled", expected_hlc=record.updated_hlc, today=TODAY)
    assert len(cancelled.withdrawn) == 2 and all(t.archived for t in cancelled.withdrawn)
    assert _open_tasks(profile, record.case_id) == {}
    again = service.move(
        record.id, "counselling", expected_hlc=cancelled.record.updated_hlc, today=TODAY
    )
    assert again.record["status"] == "counselling"


def test_without_a_region_the_step_is_saved_and_the_reminders_reported_missing(
    profile: OpenProfile,
) -> None:
    case_id = _case(profile, region=None)
    record = _service(profile).start(case_id, PLAN)
    result = _service(profile).move(
        record.id, "registered", expected_hlc=record.updated_hlc, today=TODAY
    )
    assert result.record["status"] == "registered"
    assert result.created == () and result.skipped == "unknown_region"
    ambiguous = _service(profile).start(_case(profile, region="BE", case_number="BE-1"), PLAN)
    moved = _service(profile).move(
        ambiguous.id, "registered", expected_hlc=ambiguous.updated_hlc, today=TODAY
    )
    assert moved.skipped == "region_needs_country"  # Bern or Berlin: never guessed


# --- budget and currency --------------------------------------------------------------------


def test_the_reintegration_budget_is_never_negative(profile: OpenProfile) -> None:
    record = _started(profile)
    with pytest.raises(ValidationFailed) as negative:
        _service(profile).save(
            record.id, {"reintegration_budget": -1}, expected_hlc=record.updated_hlc, today=TODAY
        )
    assert negative.value.fields == {"reintegration_budget": "out_of_range"}
    with pytest.raises(ValidationFailed):
        _service(profile).start(
            _case(profile, case_number="VD-2"), PLAN | {"reintegration_budget": -500}
        )
    saved = _service(profile).save(
        record.id, {"reintegration_budget": 0}, expected_hlc=record.updated_hlc, today=TODAY
    )
    assert saved.record["reintegration_budget"] == 0


@pytest.mark.parametrize(
    ("region", "currency"),
    [("VD", "CHF"), ("CH-ZH", "CHF"), ("BY", "EUR"), ("DE", "EUR"), ("BE", None), (None, None)],
)
def test_the_budget_currency_follows_the_case_region(region: str | None, currency: str) -> None:
    assert currency_for(region) == currency


def test_load_shows_the_record_its_reminders_and_currency(profile: OpenProfile) -> None:
    record = _registered(profile)
    profile.casework.create_deadline_task(
        str(record.case_id), "ch_asylum_appeal_extended", TODAY
    )  # not a return-assistance task
    loaded = _service(profile).load(str(record.case_id))
    assert loaded.record is not None and loaded.record.id == record.id
    assert loaded.offered and loaded.currency == "CHF"
    assert {t["rule"] for t in loaded.tasks} == {
        "avrr_travel_preparation",
        "avrr_departure_check",
    }
    other = _service(profile).load(_case(profile, case_type="hardship", case_number="X-1"))
    assert other.record is None and not other.offered
