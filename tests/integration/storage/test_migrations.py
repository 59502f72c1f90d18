"""Local schema migrations: they match the declared model, and every golden store from a
released schema opens and upgrades with the current code (no data lost)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Column, Integer, MetaData

from storage.audit import verify_store_chain
from storage.migrate import head_revision
from storage.profiles import Workspace
from storage.tables import metadata
from storage.unlocked import OpenProfile, unlock_profile
from tests.data.make_golden_store import CASES, PASSPHRASE

GOLDEN = sorted((Path(__file__).parents[2] / "data" / "golden").iterdir())


def test_migrations_build_exactly_the_declared_tables(profile: OpenProfile) -> None:
    with profile.store.write() as conn:
        context = MigrationContext.configure(
            conn,
            opts={
                "include_name": lambda name, type_, parents: (
                    not (type_ == "table" and name and name.startswith("search_fts"))
                )
            },
        )
        assert compare_metadata(context, metadata) == []


def test_there_is_a_golden_store_for_the_first_schema() -> None:
    assert [g.name for g in GOLDEN][:1] == ["v1"]


@pytest.mark.parametrize("golden", GOLDEN, ids=[g.name for g in GOLDEN])
def test_golden_store_opens_upgrades_and_keeps_everything(golden: Path, tmp_path: Path) -> None:
    root = tmp_path / golden.name
    shutil.copytree(golden, root)
    workspace = Workspace(root)
    (info,) = workspace.list_profiles()
    written_at = (golden / "REVISION").read_text().strip()
    profile = unlock_profile(workspace, info.profile_id, PASSPHRASE)
    try:
        assert len(profile.records.list("case")) == CASES
        assert profile.records.count("person") >= CASES
        assert profile.search.search(profile.records.list("case")[3]["case_number"])
        (attachment,) = profile.records.list("attachment")
        assert profile.attachments.read(attachment.id).startswith(b"%PDF-1.4 golden")
        assert verify_store_chain(profile.store, info.profile_id).ok
        profile.records.create(
            "note", {"body": "after upgrade"}, case_id=profile.records.list("case")[0].id
        )
    finally:
        profile.lock()
    backups = (
        list((info.path / "backups").glob("store-*.db")) if (info.path / "backups").exists() else []
    )
    assert (len(backups) == 1) == (written_at != head_revision())


def test_the_comparison_would_notice_a_drift(profile: OpenProfile) -> None:
    drifted = MetaData()
    for table in metadata.tables.values():
        table.to_metadata(drifted)
    drifted.tables["person"].append_column(Column("shoe_size", Integer))
    with profile.store.write() as conn:
        context = MigrationContext.configure(conn)
        assert any("shoe_size" in str(diff) for diff in compare_metadata(context, drifted))
