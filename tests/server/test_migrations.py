"""The migrations are the derived metadata, on both backends."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from storage.schema import ENTITIES
from sync.server.app import create_app
from sync.server.db.database import Database
from sync.server.db.migrate import head_revision
from sync.server.db.tables import ENTITY_TABLES, metadata
from sync.server.errors import ServerError, ServerErrorCode
from sync.server.settings import Settings
from tests.server.conftest import Backend


def test_migrated_schema_matches_the_metadata_derived_from_the_domain(backend: Backend) -> None:
    db = Database.from_url(backend.url)
    try:
        with db.read() as conn:
            context = MigrationContext.configure(conn, opts={"compare_type": True})
            assert context.get_current_revision() == head_revision()
            assert compare_metadata(context, metadata) == []
    finally:
        db.dispose()


def test_every_declared_field_has_a_column_on_the_service() -> None:
    for name, entity in ENTITIES.items():
        columns = set(ENTITY_TABLES[name].c.keys())
        assert set(entity.field_names) <= columns
        assert {"entity_version", "archived", "updated_by_profile", "field_clocks"} <= columns


def test_the_service_refuses_a_database_that_was_never_migrated(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path)
    with pytest.raises(ServerError) as raised:
        create_app(settings)
    assert raised.value.code is ServerErrorCode.SCHEMA_NOT_CURRENT
