"""`dossier-server admin persons duplicates`: the service lists likely duplicate persons across
every case (F21) — ids, case numbers, holders, score and reason codes, never names; both
backends."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sync.server.settings import Settings
from tests.server.conftest import PASSWORD
from tests.server.test_cli import env, run  # noqa: F401 - fixture

CASES = {
    "cases": [
        {
            "case_number": "D-1",
            "case_type": "hardship",
            "status": "open",
            "persons": [
                {"given_names": "Abd al-Rahman", "family_name": "Hassan",
                 "birth_date": "1985", "role": "applicant"},
                {"given_names": "Jamal", "family_name": "Haddad", "role": "spouse"},
            ],
        },
        {
            "case_number": "D-2",
            "case_type": "hardship",
            "status": "open",
            "persons": [
                {"given_names": "Abdulrahman", "family_name": "Hassan",
                 "birth_date": "1985-07-02", "role": "applicant"},
                {"given_names": "Kamal", "family_name": "Haddad", "role": "spouse"},
            ],
        },
    ]
}  # fmt: skip


def test_duplicates_are_listed_with_reasons_cases_and_holders_but_no_names(
    env: Settings,  # noqa: F811
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    assert run(capsys, "migrate")[0] == 0
    for login in ("alice", "bob"):
        run(capsys, "admin", "users", "add", login, "--name", login, "--role", "caseworker",
            "--password-stdin", stdin=PASSWORD + "\n")  # fmt: skip
    source = tmp_path / "cases.json"
    source.write_text(json.dumps(CASES))
    assert run(capsys, "admin", "import", "--json-file", str(source))[0] == 0
    run(capsys, "admin", "assign", "--login", "alice", "D-1")
    run(capsys, "admin", "assign", "--login", "bob", "D-2")

    code, out = run(capsys, "admin", "persons", "duplicates")
    assert code == 0
    (pair,) = out["duplicates"]  # Jamal and Kamal Haddad are two people
    assert pair["reasons"] == ["names_transliteration_variants", "same_birth_year"]
    sides = sorted([pair["first"], pair["second"]], key=lambda s: s["case_numbers"])
    assert [(s["case_numbers"], s["holders"]) for s in sides] == [
        (["D-1"], ["alice"]),
        (["D-2"], ["bob"]),
    ]
    assert pair["across_holders"] is True
    assert "Hassan" not in json.dumps(out)
    code, out = run(capsys, "admin", "persons", "duplicates", "--across-holders", "--limit", "5")
    assert code == 0 and len(out["duplicates"]) == 1
