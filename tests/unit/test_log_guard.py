"""The whole-run log guard (tests/log_guard.py) sees what it must and nothing else."""

from __future__ import annotations

import logging

from tests.log_guard import PersonalDataGuard, personal_data_in


def test_a_demo_family_name_or_the_canary_is_found_in_any_letter_case() -> None:
    assert personal_data_in("Case of TESFAY, Yonas opened") == ["TESFAY"]
    assert personal_data_in("note Qzxcanary7F3A saved") == ["Qzxcanary7F3A"]
    assert personal_data_in("Tesfaye and kayak are other words") == []


def test_a_warning_with_a_name_in_its_arguments_is_noted_but_not_an_exception_message() -> None:
    guard = PersonalDataGuard()
    logger = logging.getLogger("dossier.test.guard")
    logger.addHandler(guard)
    logger.propagate = False  # not to the run's own guard: these names are planted
    try:
        logger.info("info is below the guard: %s", "Haddad")
        logger.warning("import refused row %s", "Haddad")
        try:
            raise ValueError("Kovalenko")  # formatters show only type and frames
        except ValueError:
            logger.exception("failed for %s", "Kovalenko")
    finally:
        logger.removeHandler(guard)
        logger.propagate = True
    assert len(guard.hits) == 2
    assert "Haddad" in guard.hits[0] and "Kovalenko" in guard.hits[1]
