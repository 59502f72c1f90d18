"""Deadline engine: known dates across cantons and Länder, rule files, region ids, due states.

The expected dates were worked out by hand from the calendar and the `holidays` package's
public-holiday data (checked in `test_the_holiday_calendar_has_the_regional_differences_we_rely_on`
so a change in the package shows up as that failure, not as a puzzling date).
"""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from storage.deadline_rules import SHIPPED_RULES, subdivisions
from storage.deadlines import (
    DeadlineError,
    DueState,
    Region,
    Rule,
    Step,
    all_regions,
    compute_deadline,
    decode_explanation,
    due_state,
    holiday_name,
    is_working_day,
    load_rules,
    parse_region,
    parse_rules,
)

RULES = load_rules().rules
D = date.fromisoformat


def region(code: str) -> Region:
    return parse_region(code)


def make_rule(**fields: Any) -> Rule:
    data = {
        "id": "test_rule",
        "label_key": "deadline.test_rule",
        "trigger": "notification",
        "count": 30,
        "unit": "calendar_days",
        "shift": "next_working_day",
        "regions": ["CH", "DE"],
    }
    data.update(fields)
    return Rule.model_validate_json(json.dumps(data))


def due(rule_id: str, trigger: str, region_code: str) -> date:
    return compute_deadline(RULES[rule_id], D(trigger), region(region_code)).due_on


# --- the shipped rules --------------------------------------------------------------------


def test_shipped_rules_load_without_problems() -> None:
    loaded = load_rules()

    assert loaded.ok, loaded.problems
    assert {
        "ch_asylum_appeal_extended",
        "ch_asylum_appeal_accelerated",
        "ch_asylum_appeal_non_entry",
        "ch_departure_accelerated",
        "dublin_transfer",
        "dublin_transfer_absconded",
        "permit_expiry_reminder",
        "de_asylum_action",
        "de_asylum_action_manifestly_unfounded",
    } <= set(loaded.rules)
    assert RULES["dublin_transfer"].count == 6
    assert RULES["dublin_transfer_absconded"].count == 18


def test_the_holiday_calendar_has_the_regional_differences_we_rely_on() -> None:
    assert holiday_name(D("2024-12-26"), region("CH-ZH")) == "Saint Stephen's Day"
    assert holiday_name(D("2024-12-26"), region("CH-VD")) is None
    assert holiday_name(D("2026-01-02"), region("CH-VD")) == "Saint Berchtold's Day"
    assert holiday_name(D("2026-01-02"), region("CH-ZH")) is None
    assert holiday_name(D("2026-04-03"), region("CH-TI")) is None  # no Good Friday in Ticino
    assert holiday_name(D("2026-06-04"), region("DE-BY")) == "Corpus Christi"
    assert holiday_name(D("2026-06-04"), region("DE-BE")) is None
    assert holiday_name(D("2025-10-31"), region("DE-NI")) == "Reformation Day"
    assert holiday_name(D("2025-10-31"), region("DE-BY")) is None
    assert holiday_name(D("2026-12-31"), region("CH-GE")) == "Restoration Day"


def test_holiday_names_are_available_in_the_app_languages() -> None:
    assert holiday_name(D("2026-12-25"), region("CH-VD"), language="fr") == "Noël"
    assert (
        holiday_name(D("2026-12-26"), region("CH-TI"), language="it") == "Giorno di Santo Stefano"
    )


# --- calendar days and the shift to the next working day -----------------------------------


def test_thirty_day_period_ending_on_a_sunday_moves_to_monday() -> None:
    deadline = compute_deadline(
        RULES["ch_asylum_appeal_extended"], D("2026-10-02"), region("CH-ZH")
    )

    assert deadline.due_on == D("2026-11-02")
    assert deadline.explanation == (
        Step(
            "counted",
            {
                "count": 30,
                "unit": "calendar_days",
                "direction": "after",
                "from": "2026-10-02",
                "to": "2026-11-01",
            },
        ),
        Step(
            "shifted",
            {"from": "2026-11-01", "to": "2026-11-02", "reason": "weekend", "region": "CH-ZH"},
        ),
    )


def test_period_ending_on_a_working_day_is_not_shifted() -> None:
    deadline = compute_deadline(
        RULES["ch_asylum_appeal_extended"], D("2026-03-02"), region("CH-ZH")
    )

    assert deadline.due_on == D("2026-04-01")
    assert [step.code for step in deadline.explanation] == ["counted"]


def test_christmas_shifts_one_day_in_vaud_but_two_in_zurich() -> None:
    # 25 Dec 2024 is a Wednesday; 26 Dec is a holiday in Zurich but not in Vaud.
    assert due("ch_asylum_appeal_extended", "2024-11-25", "CH-VD") == D("2024-12-26")
    assert due("ch_asylum_appeal_extended", "2024-11-25", "CH-ZH") == D("2024-12-27")


def test_boxing_day_is_a_working_day_in_vaud_and_geneva_only() -> None:
    assert due("ch_asylum_appeal_extended", "2024-11-26", "CH-VD") == D("2024-12-26")
    assert due("ch_asylum_appeal_extended", "2024-11-26", "CH-GE") == D("2024-12-26")
    assert due("ch_asylum_appeal_extended", "2024-11-26", "CH-BE") == D("2024-12-27")
    assert due("ch_asylum_appeal_extended", "2024-11-26", "CH-TI") == D("2024-12-27")


def test_shift_explanation_names_the_holiday_and_the_region() -> None:
    deadline = compute_deadline(
        RULES["ch_asylum_appeal_extended"], D("2024-11-25"), region("CH-VD")
    )

    assert deadline.explanation[-1] == Step(
        "shifted",
        {
            "from": "2024-12-25",
            "to": "2024-12-26",
            "reason": "holiday",
            "holiday": "Christmas Day",
            "region": "CH-VD",
        },
    )


def test_easter_monday_moves_the_deadline_to_tuesday() -> None:
    assert due("ch_asylum_appeal_extended", "2026-03-07", "CH-ZH") == D("2026-04-07")


def test_ascension_day_moves_the_deadline_in_every_canton_and_land() -> None:
    assert due("ch_asylum_appeal_extended", "2026-04-14", "CH-GE") == D("2026-05-15")
    assert due("ch_asylum_appeal_extended", "2026-04-14", "CH") == D("2026-05-15")
    assert due("de_asylum_action", "2026-04-30", "DE-HH") == D("2026-05-15")


def test_whit_monday_moves_the_deadline_in_bern_and_berlin() -> None:
    assert due("ch_asylum_appeal_extended", "2026-04-25", "CH-BE") == D("2026-05-26")
    assert due("de_asylum_action", "2026-05-11", "DE-BE") == D("2026-05-26")


def test_swiss_national_day_moves_the_deadline_only_in_switzerland() -> None:
    # 1 August 2025 is a Friday.
    assert due("ch_asylum_appeal_extended", "2025-07-02", "CH-ZH") == D("2025-08-04")
    assert due("ch_asylum_appeal_extended", "2025-07-02", "CH") == D("2025-08-04")
    rule = make_rule()
    assert compute_deadline(rule, D("2025-07-02"), region("DE-BW")).due_on == D("2025-08-01")


def test_berchtold_day_counts_in_vaud_and_bern_but_not_in_zurich_or_berlin() -> None:
    # 2 January 2026 is a Friday.
    assert due("ch_asylum_appeal_extended", "2025-12-03", "CH-VD") == D("2026-01-05")
    assert due("ch_asylum_appeal_extended", "2025-12-03", "CH-BE") == D("2026-01-05")
    assert due("ch_asylum_appeal_extended", "2025-12-03", "CH-ZH") == D("2026-01-02")
    assert due("de_asylum_action", "2025-12-19", "DE-BE") == D("2026-01-02")


def test_reformation_day_moves_the_deadline_in_lower_saxony_not_in_bavaria() -> None:
    # 31 October 2025 is a Friday.
    assert due("de_asylum_action", "2025-10-17", "DE-NI") == D("2025-11-03")
    assert due("de_asylum_action", "2025-10-17", "DE-BY") == D("2025-10-31")


def test_corpus_christi_moves_the_deadline_in_bavaria_not_in_berlin() -> None:
    rule_id = "de_asylum_action_manifestly_unfounded"
    assert due(rule_id, "2026-05-28", "DE-BY") == D("2026-06-05")
    assert due(rule_id, "2026-05-28", "DE-BE") == D("2026-06-04")


def test_two_weeks_end_on_the_same_weekday_as_the_notification() -> None:
    assert due("de_asylum_action", "2026-12-09", "DE-BY") == D("2026-12-23")


def test_christmas_weekend_chain_in_germany() -> None:
    # Fri 25 Dec, Sat 26 Dec (2nd day of Christmas), Sun 27 Dec: next working day is Monday.
    assert due("de_asylum_action", "2026-12-11", "DE-NW") == D("2026-12-28")


def test_year_end_shift_in_geneva_crosses_into_the_next_year() -> None:
    # 31 Dec (Restoration Day, Geneva), 1 Jan, then a weekend.
    assert due("ch_asylum_appeal_extended", "2026-12-01", "CH-GE") == D("2027-01-04")
    assert due("ch_asylum_appeal_extended", "2026-12-01", "CH-ZH") == D("2026-12-31")


# --- working days -------------------------------------------------------------------------


def test_working_days_skip_good_friday_and_easter_monday_where_they_are_holidays() -> None:
    rule_id = "ch_asylum_appeal_non_entry"  # 5 working days; notified Thursday 2 April 2026
    assert due(rule_id, "2026-04-02", "CH-ZH") == D("2026-04-13")
    assert due(rule_id, "2026-04-02", "CH-TI") == D("2026-04-10")  # Easter Monday only
    assert due(rule_id, "2026-04-02", "CH-VS") == D("2026-04-09")  # neither is a holiday


def test_working_day_explanation_lists_the_weekday_holidays_skipped() -> None:
    deadline = compute_deadline(
        RULES["ch_asylum_appeal_non_entry"], D("2026-04-02"), region("CH-ZH")
    )

    assert deadline.explanation == (
        Step(
            "counted",
            {
                "count": 5,
                "unit": "working_days",
                "direction": "after",
                "from": "2026-04-02",
                "region": "CH-ZH",
                "to": "2026-04-13",
            },
        ),
        Step("holiday_skipped", {"on": "2026-04-03", "holiday": "Good Friday", "region": "CH-ZH"}),
        Step(
            "holiday_skipped", {"on": "2026-04-06", "holiday": "Easter Monday", "region": "CH-ZH"}
        ),
    )


def test_working_days_across_the_year_end_with_epiphany_in_ticino() -> None:
    rule_id = "ch_asylum_appeal_accelerated"  # 7 working days from Christmas Eve 2026
    assert due(rule_id, "2026-12-24", "CH-ZH") == D("2027-01-06")
    assert due(rule_id, "2026-12-24", "CH-TI") == D("2027-01-07")


def test_notification_on_a_holiday_counts_from_the_next_working_day() -> None:
    assert due("ch_asylum_appeal_non_entry", "2026-12-25", "CH-ZH") == D("2027-01-04")


# --- months and leap years ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("trigger", "expected"),
    [
        ("2028-01-31", "2028-02-29"),  # leap year: the last day of February
        ("2027-01-31", "2027-03-01"),  # 28 Feb 2027 is a Sunday
        ("2026-03-31", "2026-04-30"),
        ("2026-11-30", "2026-12-30"),
        ("2026-12-15", "2027-01-15"),  # across the year end
    ],
)
def test_one_month_ends_on_the_same_day_or_the_months_last_day(trigger: str, expected: str) -> None:
    assert due("de_residence_action", trigger, "DE-HE") == D(expected)


def test_month_end_step_explains_a_missing_day() -> None:
    deadline = compute_deadline(RULES["de_residence_action"], D("2028-01-31"), region("DE-HE"))

    assert Step("month_end", {"day": 31, "to": "2028-02-29"}) in deadline.explanation


@pytest.mark.parametrize(
    ("rule_id", "trigger", "expected"),
    [
        ("dublin_transfer", "2027-08-29", "2028-02-29"),
        ("dublin_transfer", "2027-08-31", "2028-02-29"),
        ("dublin_transfer_imprisoned", "2028-02-29", "2029-02-28"),
        ("dublin_transfer_absconded", "2026-08-31", "2028-02-29"),
    ],
)
def test_dublin_transfer_windows_across_leap_days(
    rule_id: str, trigger: str, expected: str
) -> None:
    assert due(rule_id, trigger, "CH-ZH") == D(expected)


def test_thirty_calendar_days_across_a_leap_february() -> None:
    assert due("ch_asylum_appeal_extended", "2028-02-01", "CH-ZH") == D("2028-03-02")
    assert due("ch_asylum_appeal_extended", "2027-02-01", "CH-ZH") == D("2027-03-03")


# --- rules that do not shift, and reminders before an expiry -------------------------------


def test_departure_deadline_on_a_holiday_is_kept_and_explained() -> None:
    deadline = compute_deadline(RULES["ch_departure_accelerated"], D("2026-12-18"), region("CH-VD"))

    assert deadline.due_on == D("2026-12-25")
    assert deadline.explanation[-1] == Step(
        "not_shifted",
        {"on": "2026-12-25", "reason": "holiday", "holiday": "Christmas Day", "region": "CH-VD"},
    )


def test_expiry_reminder_moves_to_the_previous_working_day() -> None:
    # 90 days before 31 March 2027 is 31 Dec 2026, Restoration Day in Geneva.
    assert due("permit_expiry_reminder", "2027-03-31", "CH-GE") == D("2026-12-30")
    assert due("permit_expiry_reminder", "2027-03-31", "CH-ZH") == D("2026-12-31")


# --- regions ------------------------------------------------------------------------------


def test_bern_and_berlin_are_told_apart_by_their_country() -> None:
    assert parse_region("BE", country="CH") == Region("CH", "BE")
    assert parse_region("BE", country="DE") == Region("DE", "BE")
    assert parse_region("ch-be") == Region("CH", "BE")
    assert parse_region("DE-BE").code == "DE-BE"
    # 2 Jan 2026 is a holiday in the canton of Bern, a working day in Berlin.
    assert not is_working_day(D("2026-01-02"), parse_region("BE", country="CH"))
    assert is_working_day(D("2026-01-02"), parse_region("BE", country="DE"))


@pytest.mark.parametrize(
    ("text", "country", "code"),
    [
        ("BE", None, "region_needs_country"),
        ("VD", None, "region_needs_country"),
        ("DE-BE", "CH", "country_mismatch"),
        ("CH-XX", None, "unknown_region"),
        ("CH-", None, "unknown_region"),
        ("AT-W", None, "unknown_country"),
        ("", None, "unknown_region"),
        ("Stadt Zurich", "CH", "unknown_region"),
        ("VD", "FR", "unknown_country"),
    ],
)
def test_unusable_region_ids_are_refused_with_a_code(
    text: str, country: str | None, code: str
) -> None:
    with pytest.raises(DeadlineError) as caught:
        parse_region(text, country=country)
    assert caught.value.code == code


def test_every_canton_and_land_is_a_region() -> None:
    codes = {r.code for r in all_regions()}

    assert len(subdivisions("CH")) == 26
    assert len(subdivisions("DE")) == 16
    assert {"CH", "DE", "CH-BE", "DE-BE", "CH-VD", "DE-BY"} <= codes


def test_rule_outside_its_region_scope_is_refused() -> None:
    with pytest.raises(DeadlineError) as caught:
        compute_deadline(RULES["de_asylum_action"], D("2026-01-05"), region("CH-VD"))
    assert caught.value.code == "region_out_of_scope"


def test_rule_scoped_to_one_canton_applies_there_only() -> None:
    rule = make_rule(regions=["CH-GE"])

    assert compute_deadline(rule, D("2026-03-02"), region("CH-GE")).due_on == D("2026-04-01")
    with pytest.raises(DeadlineError):
        compute_deadline(rule, D("2026-03-02"), region("CH-VD"))


@pytest.mark.parametrize(
    ("rule_id", "trigger", "region_code"),
    [
        ("ch_asylum_appeal_extended", date(2100, 12, 20), "CH-ZH"),  # calendar ends in 2100
        ("de_asylum_action", date(1990, 6, 1), "DE-BY"),  # and starts in 1991 for Germany
        ("ch_asylum_appeal_extended", date.max - timedelta(days=3), "CH-ZH"),
        ("ch_asylum_appeal_non_entry", date(2100, 12, 28), "CH-ZH"),
    ],
)
def test_dates_outside_the_holiday_calendar_are_refused(
    rule_id: str, trigger: date, region_code: str
) -> None:
    with pytest.raises(DeadlineError) as caught:
        compute_deadline(RULES[rule_id], trigger, region(region_code))
    assert caught.value.code == "date_out_of_range"


# --- due states ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("due_on", "state", "days"),
    [
        ("2026-03-09", DueState.OVERDUE, -1),
        ("2026-03-10", DueState.DUE_TODAY, 0),
        ("2026-03-11", DueState.DUE_SOON, 1),
        ("2026-03-17", DueState.DUE_SOON, 7),
        ("2026-03-18", DueState.LATER, 8),
    ],
)
def test_due_state_relative_to_today(due_on: str, state: DueState, days: int) -> None:
    status = due_state(D(due_on), D("2026-03-10"))

    assert (status.state, status.days) == (state, days)


def test_due_soon_window_is_configurable() -> None:
    assert due_state(D("2026-03-13"), D("2026-03-10"), soon_days=2).state is DueState.LATER


# --- explanations as stored text ----------------------------------------------------------


def test_explanation_survives_a_round_trip_through_json() -> None:
    deadline = compute_deadline(
        RULES["ch_asylum_appeal_accelerated"], D("2026-12-24"), region("CH-TI")
    )
    text = deadline.explanation_json()

    assert decode_explanation(text) == deadline.explanation
    assert len(text) <= 400  # fits the task's explanation field


@pytest.mark.parametrize(
    "text", ["", "{", "[]x", '{"a": 1}', '[["counted"]]', '[["c", {"x": [1]}]]', "[[1, {}]]"]
)
def test_malformed_explanations_decode_to_nothing(text: str) -> None:
    assert decode_explanation(text) == ()


# --- the rules file loader ----------------------------------------------------------------


def _rules_file(*rules: dict[str, Any], **top: Any) -> str:
    base = {
        "id": "x_rule",
        "label_key": "deadline.x_rule",
        "trigger": "notification",
        "count": 30,
        "unit": "calendar_days",
        "shift": "next_working_day",
        "regions": ["CH"],
    }
    document = {"format": 1, "rules": [{**base, **rule} for rule in rules or ({},)]}
    document.update(top)
    return json.dumps(document)


@pytest.mark.parametrize(
    ("source", "path", "code"),
    [
        ("{", "", "bad_json"),
        (b"\xff\xfe{}", "", "bad_encoding"),
        ('{"format": 1, "format": 1, "rules": []}', "", "duplicate_key"),
        ('{"format": 1, "rules": [{"count": NaN}]}', "", "bad_json"),
        ("[]", "", "bad_type"),
        (_rules_file(format=2), "/format", "unsupported_format"),
        (_rules_file(format=True), "/format", "bad_type"),
        (_rules_file(rules=[]), "/rules", "too_short"),
        (_rules_file({"count": None}), "/rules/0/count", "bad_type"),
        (_rules_file({"count": "30"}), "/rules/0/count", "bad_type"),
        (_rules_file({"count": 30.0}), "/rules/0/count", "bad_type"),
        (_rules_file({"count": 0}), "/rules/0/count", "out_of_range"),
        (_rules_file({"unit": "fortnights"}), "/rules/0/unit", "not_a_choice"),
        (_rules_file({"colour": "red"}), "/rules/0/colour", "unknown_key"),
        (_rules_file({"id": "Appeal 30"}), "/rules/0/id", "bad_format"),
        (_rules_file({"regions": ["BE"]}), "/rules/0/regions/0", "region_needs_country"),
        (_rules_file({"regions": ["CH-XX"]}), "/rules/0/regions/0", "unknown_region"),
        (_rules_file({"regions": ["ch"]}), "/rules/0/regions/0", "bad_format"),
        (_rules_file({}, {}), "/rules/1/id", "duplicate_id"),
        (
            _rules_file({"shift": "previous_working_day"}),
            "/rules/0/shift",
            "shift_against_direction",
        ),
        (
            _rules_file({"direction": "before", "shift": "next_working_day"}),
            "/rules/0/shift",
            "shift_against_direction",
        ),
    ],
)
def test_broken_rule_files_are_reported_with_path_and_code(
    source: str | bytes, path: str, code: str
) -> None:
    loaded = parse_rules(source)

    assert not loaded.ok and not loaded.rules
    assert (path, code) in {(p.path, p.code) for p in loaded.problems}


def test_missing_field_is_reported_at_its_path() -> None:
    document = json.loads(_rules_file())
    del document["rules"][0]["unit"]

    problems = parse_rules(json.dumps(document)).problems

    assert [(p.path, p.code) for p in problems] == [("/rules/0/unit", "required")]


def test_rules_file_is_all_or_nothing() -> None:
    loaded = parse_rules(_rules_file({"id": "good"}, {"id": "bad", "count": -1}))

    assert loaded.rules == {}
    assert [p.path for p in loaded.problems] == ["/rules/1/count"]


def test_unreadable_rule_files_are_reported(tmp_path: Path) -> None:
    big = tmp_path / "big.json"
    big.write_bytes(b" " * 1_000_001)

    assert load_rules(tmp_path / "missing.json").problems[0].code == "not_found"
    assert load_rules(big).problems[0].code == "too_large"
    assert load_rules(tmp_path).problems[0].code == "unreadable"  # a directory


def test_shipped_rules_file_is_where_the_loader_looks() -> None:
    assert SHIPPED_RULES.is_file()


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner),
    max_leaves=10,
)


@given(json_values)
def test_any_json_document_yields_rules_or_problems_never_an_exception(document: Any) -> None:
    loaded = parse_rules(json.dumps({"format": 1, "rules": [document]}))

    assert loaded.ok or loaded.problems


@given(st.binary(max_size=200))
def test_arbitrary_bytes_never_crash_the_loader(data: bytes) -> None:
    assert not parse_rules(data).ok


# --- properties ---------------------------------------------------------------------------

REGIONS = all_regions()
forward_rules = st.one_of(
    st.builds(lambda n: make_rule(unit="calendar_days", count=n), st.integers(1, 400)),
    st.builds(lambda n: make_rule(unit="working_days", count=n), st.integers(1, 200)),
    st.builds(lambda n: make_rule(unit="weeks", count=n), st.integers(1, 52)),
    st.builds(lambda n: make_rule(unit="months", count=n), st.integers(1, 24)),
)
triggers = st.dates(date(1995, 1, 1), date(2096, 12, 31))


@settings(max_examples=300, deadline=None)
@given(forward_rules, triggers, st.sampled_from(REGIONS))
def test_shifted_due_date_is_the_first_working_day_not_before_the_counted_end(
    rule: Rule, trigger: date, where: Region
) -> None:
    deadline = compute_deadline(rule, trigger, where)
    counted_end = D(str(deadline.explanation[0].params["to"]))

    assert deadline.due_on > trigger
    assert is_working_day(deadline.due_on, where)
    assert deadline.due_on.weekday() < 5 and holiday_name(deadline.due_on, where) is None
    assert deadline.due_on >= counted_end
    assert all(
        not is_working_day(counted_end + timedelta(days=offset), where)
        for offset in range((deadline.due_on - counted_end).days)
    )


@settings(max_examples=100, deadline=None)
@given(st.integers(1, 120), triggers, st.sampled_from(REGIONS))
def test_reminders_before_an_expiry_land_on_a_working_day_before_it(
    count: int, expiry: date, where: Region
) -> None:
    rule = make_rule(count=count, direction="before", shift="previous_working_day")

    deadline = compute_deadline(rule, expiry, where)

    assert deadline.due_on < expiry
    assert is_working_day(deadline.due_on, where)


@settings(max_examples=100, deadline=None)
@given(st.integers(1, 60), triggers, st.sampled_from(REGIONS))
def test_unshifted_rules_end_exactly_where_counted(
    count: int, trigger: date, where: Region
) -> None:
    rule = make_rule(count=count, shift="none")

    assert compute_deadline(rule, trigger, where).due_on == trigger + timedelta(days=count)
